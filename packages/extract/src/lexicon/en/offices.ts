/**
 * Offices whose English title belongs to one country's government, so that the title alone tells
 * whose official holds it (`Secretary of State` with no `for …` is the United States', `Foreign
 * Secretary` the United Kingdom's). Facts about governments; matched against a whole post title, in
 * any letter case, with `Acting`, `former`, `then-` and `U.S.`-style prefixes already taken off.
 */
export const NATIONAL_OFFICES: readonly (readonly [title: string, country: string])[] = [
  ["Secretary of State", "US"],
  ["Secretary of Defense", "US"],
  ["Defense Secretary", "US"],
  ["Deputy Secretary of State", "US"],
  ["Deputy Secretary of Defense", "US"],
  ["Under Secretary of State", "US"],
  ["Secretary of the Treasury", "US"],
  ["Treasury Secretary", "US"],
  ["Secretary of Homeland Security", "US"],
  ["Chairman of the Joint Chiefs of Staff", "US"],
  ["Chief of Naval Operations", "US"],
  ["National Security Advisor", "US"],
  ["Trade Representative", "US"],
  ["United States Trade Representative", "US"],
  ["Foreign Secretary", "GB"],
  ["Defence Secretary", "GB"],
  ["Home Secretary", "GB"],
  ["Chancellor of the Exchequer", "GB"],
  ["First Sea Lord", "GB"],
  ["Secretary of State for Foreign, Commonwealth and Development Affairs", "GB"],
  ["Secretary of State for Defence", "GB"],
  ["State Councilor", "CN"],
  ["State Councillor", "CN"],
  ["Premier of the State Council", "CN"],
  ["Taoiseach", "IE"],
  ["Tánaiste", "IE"],
  ["Chief Cabinet Secretary", "JP"],
  ["Federal Chancellor", "DE"],
];

/**
 * Titles in the table above that other governments use too, for other posts (India's, Pakistan's,
 * Bangladesh's, Nepal's and Sri Lanka's senior civil servants are their Foreign, Defence and Home
 * Secretaries): they name the table's country only in a text that names that country.
 */
export const SHARED_TITLES: readonly string[] = ["Foreign Secretary", "Defence Secretary", "Home Secretary"];

/**
 * Heads of state and government that some governments do not have, so that a `President` or a
 * `Prime Minister` whose country the text leaves unsaid is the one party to a statement that has
 * such an office: beside a monarchy (which has no president), the president is the other party's;
 * beside a presidential republic with no prime minister, the prime minister is the other's. Facts
 * about constitutions, as of 2026; `bodies` says whether an organization (the EU, the AU) may have a
 * post of the title.
 */
export const OFFICES_NOT_EVERYWHERE: readonly {
  readonly title: string;
  /** The governments without the office; or, for one few have, `holders`: the only ones with it. */
  readonly lacking?: readonly string[];
  readonly holders?: readonly string[];
  readonly bodies: boolean;
}[] = [
  // China's head of government and deputies (`Premier Li`, `Vice-Premier Liu`), and Taiwan's.
  { title: "Premier", holders: ["CN", "TW"], bodies: false },
  { title: "Vice Premier", holders: ["CN", "TW"], bodies: false },
  { title: "Vice-Premier", holders: ["CN", "TW"], bodies: false },
  {
    title: "President",
    // Sovereign monarchies.
    lacking: [
      "AD",
      "AG",
      "AU",
      "BS",
      "BH",
      "BE",
      "BZ",
      "BT",
      "BN",
      "KH",
      "CA",
      "DK",
      "SZ",
      "GD",
      "JM",
      "JP",
      "JO",
      "KW",
      "LS",
      "LI",
      "LU",
      "MY",
      "MC",
      "MA",
      "NL",
      "NZ",
      "NO",
      "OM",
      "PG",
      "QA",
      "KN",
      "LC",
      "VC",
      "SA",
      "SB",
      "ES",
      "SE",
      "TH",
      "TO",
      "TV",
      "GB",
    ],
    bodies: true,
  },
  {
    title: "Prime Minister",
    // Presidential republics whose president heads the government, with no prime minister.
    lacking: [
      "US",
      "MX",
      "BR",
      "AR",
      "CL",
      "CO",
      "EC",
      "BO",
      "PY",
      "UY",
      "VE",
      "CR",
      "PA",
      "GT",
      "HN",
      "SV",
      "DO",
      "ID",
      "PH",
      "CY",
      "NG",
      "GH",
      "ZA",
      "IR",
      "BW",
      "LR",
      "MV",
    ],
    bodies: false,
  },
];
