import type { OrganizationKind } from "@communique/core";

/** An organization news copy names by a short form alone, or by a name no pattern would find. */
export interface KnownOrganization {
  name: string;
  acronym?: string;
  kind: OrganizationKind;
  /** Other names of the same body (`Arab League` for the League of Arab States): one organization. */
  aliases?: readonly string[];
  /**
   * For a grouping whose joint statements are its members' (the Quad, the G7), the ISO 3166-1 codes
   * of the members; a body that issues statements in its own name (the EU, ASEAN) has none.
   */
  members?: readonly string[];
  /**
   * For a body whose leaders' or ministers' statements are its own (ASEAN, APEC, the Pacific Islands
   * Forum), its members' ISO 3166-1 codes: a statement it issues alone has the body as its one
   * party, in their name.
   */
  membership?: readonly string[];
  /**
   * The names of its own institutions and offices a post may name instead of the body (`President of
   * the European Commission` holds a post of the EU).
   */
  institutions?: readonly string[];
  /**
   * The code ISO 3166-1 reserves for the body, which the posts in it and its institutions take as
   * their country (`EU`).
   */
  code?: string;
  /**
   * Titles of its own offices that news writes bare once the story has named the body (`High
   * Representative …`, `Trade Commissioner …`, `Commission President …`). A title here may carry a
   * portfolio before it or `for …` after it.
   */
  ownTitles?: readonly string[];
  /**
   * The portfolios of its commissioners, lower case, word by word: a `Commissioner` written with
   * them (`Trade Commissioner`, `Commissioner for International Partnerships`) is the body's, and one
   * with other words (`Information Commissioner`, `County Commissioner`) is not.
   */
  commissionerPortfolios?: readonly string[];
}

/** Organizations news copy names by a short form alone, with their full names. Facts. */
export const KNOWN_ORGANIZATIONS: readonly KnownOrganization[] = [
  { name: "United Nations", acronym: "UN", kind: "intergovernmental" },
  { name: "United Nations Security Council", acronym: "UNSC", kind: "intergovernmental" },
  {
    name: "North Atlantic Treaty Organization",
    acronym: "NATO",
    kind: "intergovernmental",
    aliases: ["North Atlantic Treaty Organisation"],
  },
  {
    name: "European Union",
    acronym: "EU",
    kind: "intergovernmental",
    code: "EU",
    institutions: [
      "European Commission",
      "European Council",
      "European Parliament",
      "Council of the European Union",
      "European External Action Service",
      "European Commissioner",
      "High Representative of the Union",
    ],
    ownTitles: [
      "High Representative",
      "High Representative/Vice-President",
      "HR/VP",
      "HRVP",
      "European Commissioner",
      "Commission President",
      "Commission Vice-President",
      "Executive Vice-President",
    ],
    commissionerPortfolios: [
      "trade",
      "economic",
      "security",
      "energy",
      "housing",
      "health",
      "animal",
      "welfare",
      "competition",
      "economy",
      "productivity",
      "implementation",
      "simplification",
      "agriculture",
      "food",
      "climate",
      "net-zero",
      "clean",
      "growth",
      "environment",
      "water",
      "resilience",
      "circular",
      "oceans",
      "fisheries",
      "transport",
      "tourism",
      "sustainable",
      "enlargement",
      "neighbourhood",
      "migration",
      "home",
      "affairs",
      "justice",
      "rule",
      "of",
      "law",
      "consumer",
      "protection",
      "budget",
      "anti-fraud",
      "public",
      "administration",
      "cohesion",
      "reforms",
      "crisis",
      "management",
      "equality",
      "preparedness",
      "innovation",
      "research",
      "startups",
      "digital",
      "internal",
      "market",
      "industrial",
      "strategy",
      "financial",
      "services",
      "savings",
      "investments",
      "union",
      "defence",
      "space",
      "mediterranean",
      "international",
      "partnerships",
      "development",
      "humanitarian",
      "aid",
      "employment",
      "social",
      "rights",
      "skills",
      "quality",
      "jobs",
      "preparedness",
      "education",
      "culture",
      "youth",
      "sport",
      "intergenerational",
      "fairness",
      "taxation",
      "customs",
      "interinstitutional",
      "relations",
      "transparency",
      "values",
      "democracy",
      "and",
      "for",
    ],
  },
  {
    name: "Association of Southeast Asian Nations",
    acronym: "ASEAN",
    kind: "intergovernmental",
    // The eleven member states, Timor-Leste the eleventh (October 2025).
    membership: ["BN", "KH", "ID", "LA", "MY", "MM", "PH", "SG", "TH", "TL", "VN"],
  },
  { name: "International Atomic Energy Agency", acronym: "IAEA", kind: "intergovernmental" },
  { name: "World Trade Organization", acronym: "WTO", kind: "intergovernmental" },
  { name: "World Health Organization", acronym: "WHO", kind: "intergovernmental" },
  { name: "International Monetary Fund", acronym: "IMF", kind: "intergovernmental" },
  { name: "World Bank", kind: "intergovernmental" },
  {
    name: "Organisation for Economic Co-operation and Development",
    acronym: "OECD",
    kind: "intergovernmental",
    aliases: ["Organization for Economic Cooperation and Development"],
  },
  { name: "African Union", acronym: "AU", kind: "intergovernmental" },
  {
    name: "Gulf Cooperation Council",
    acronym: "GCC",
    kind: "intergovernmental",
    aliases: ["Gulf Co-operation Council"],
    // Its Ministerial Council's and Supreme Council's communiqués are its own.
    membership: ["BH", "KW", "OM", "QA", "SA", "AE"],
  },
  { name: "Organization of the Petroleum Exporting Countries", acronym: "OPEC", kind: "intergovernmental" },
  {
    name: "Shanghai Cooperation Organisation",
    acronym: "SCO",
    kind: "intergovernmental",
    // Member states (India and Pakistan from 2017, Iran from 2023, Belarus from 2024); its summits'
    // declarations are its own.
    membership: ["CN", "RU", "KZ", "KG", "TJ", "UZ", "IN", "PK", "IR", "BY"],
  },
  {
    name: "Organization for Security and Co-operation in Europe",
    acronym: "OSCE",
    kind: "intergovernmental",
  },
  { name: "African Union Commission", acronym: "AUC", kind: "intergovernmental" },
  {
    name: "Asia-Pacific Economic Cooperation",
    acronym: "APEC",
    kind: "intergovernmental",
    // The 21 member economies.
    membership: [
      "AU",
      "BN",
      "CA",
      "CL",
      "CN",
      "HK",
      "ID",
      "JP",
      "KR",
      "MY",
      "MX",
      "NZ",
      "PG",
      "PE",
      "PH",
      "RU",
      "SG",
      "TW",
      "TH",
      "US",
      "VN",
    ],
  },
  {
    name: "Pacific Islands Forum",
    acronym: "PIF",
    kind: "intergovernmental",
    // The eighteen members, French Polynesia and New Caledonia among them.
    membership: [
      "AU",
      "CK",
      "FJ",
      "PF",
      "KI",
      "MH",
      "FM",
      "NR",
      "NC",
      "NZ",
      "NU",
      "PW",
      "PG",
      "WS",
      "SB",
      "TO",
      "TV",
      "VU",
    ],
  },
  {
    name: "League of Arab States",
    acronym: "LAS",
    kind: "intergovernmental",
    aliases: ["Arab League"],
    // Its 22 members; its summits' declarations are its own.
    membership: [
      "DZ",
      "BH",
      "KM",
      "DJ",
      "EG",
      "IQ",
      "JO",
      "KW",
      "LB",
      "LY",
      "MR",
      "MA",
      "OM",
      "PS",
      "QA",
      "SA",
      "SO",
      "SD",
      "SY",
      "TN",
      "AE",
      "YE",
    ],
  },
  { name: "Organisation of Islamic Cooperation", acronym: "OIC", kind: "intergovernmental" },
  { name: "Organization of American States", acronym: "OAS", kind: "intergovernmental" },
  { name: "Caribbean Community", acronym: "CARICOM", kind: "intergovernmental" },
  { name: "Economic Community of West African States", acronym: "ECOWAS", kind: "intergovernmental" },
  { name: "South Asian Association for Regional Cooperation", acronym: "SAARC", kind: "intergovernmental" },
  { name: "Nordic Council", kind: "intergovernmental" },
  // More groupings news names by short form, regional and global.
  {
    name: "Southern Common Market",
    acronym: "Mercosur",
    kind: "intergovernmental",
    aliases: ["MERCOSUR"],
    // Its States Parties (Venezuela suspended since 2016; Bolivia a full member since 2024).
    membership: ["AR", "BR", "PY", "UY", "BO"],
  },
  { name: "BRICS", kind: "forum" },
  {
    name: "Community of Portuguese Language Countries",
    acronym: "CPLP",
    kind: "intergovernmental",
  },
  { name: "African Continental Free Trade Area", acronym: "AfCFTA", kind: "intergovernmental" },
  { name: "Southern African Development Community", acronym: "SADC", kind: "intergovernmental" },
  { name: "East African Community", acronym: "EAC", kind: "intergovernmental" },
  { name: "Community of Latin American and Caribbean States", acronym: "CELAC", kind: "intergovernmental" },
  { name: "Pacific Alliance", kind: "intergovernmental" },
  { name: "Andean Community", kind: "intergovernmental" },
  { name: "Arctic Council", kind: "intergovernmental" },
  { name: "Council of Europe", kind: "intergovernmental" },
  { name: "Visegrad Group", acronym: "V4", kind: "forum", aliases: ["Visegrád Group"] },
  { name: "Nordic-Baltic Eight", acronym: "NB8", kind: "forum" },
  { name: "Joint Expeditionary Force", acronym: "JEF", kind: "intergovernmental" },
  { name: "Indian Ocean Rim Association", acronym: "IORA", kind: "intergovernmental" },
  {
    name: "Bay of Bengal Initiative for Multi-Sectoral Technical and Economic Cooperation",
    acronym: "BIMSTEC",
    kind: "intergovernmental",
  },
  {
    name: "United Nations General Assembly",
    acronym: "UNGA",
    kind: "intergovernmental",
    aliases: ["UN General Assembly"],
  },
  { name: "United Nations Human Rights Council", acronym: "UNHRC", kind: "intergovernmental" },
  // The European Union's institutions that news names as bodies of their own (the Commission and the
  // Council are read by their head words).
  { name: "European Parliament", kind: "legislature" },
  { name: "European External Action Service", acronym: "EEAS", kind: "intergovernmental" },
  { name: "European Central Bank", acronym: "ECB", kind: "intergovernmental" },
  { name: "Court of Justice of the European Union", acronym: "CJEU", kind: "intergovernmental" },
  // The Council of Europe's court, not the Union's; `ECHR` is as often its convention.
  { name: "European Court of Human Rights", acronym: "ECtHR", kind: "intergovernmental" },
  { name: "United Nations High Commissioner for Refugees", acronym: "UNHCR", kind: "intergovernmental" },
  { name: "World Food Programme", acronym: "WFP", kind: "intergovernmental" },
  { name: "International Criminal Court", acronym: "ICC", kind: "intergovernmental" },
  { name: "International Court of Justice", acronym: "ICJ", kind: "intergovernmental" },
  { name: "International Energy Agency", acronym: "IEA", kind: "intergovernmental" },
  { name: "Food and Agriculture Organization", acronym: "FAO", kind: "intergovernmental" },
  { name: "International Labour Organization", acronym: "ILO", kind: "intergovernmental" },
  { name: "Commonwealth of Nations", kind: "intergovernmental" },
  { name: "East Asia Summit", acronym: "EAS", kind: "forum" },
  { name: "ASEAN Regional Forum", acronym: "ARF", kind: "forum" },
  {
    name: "Group of Seven",
    acronym: "G7",
    kind: "forum",
    members: ["CA", "DE", "FR", "GB", "IT", "JP", "US"],
  },
  {
    name: "Quadrilateral Security Dialogue",
    acronym: "Quad",
    kind: "forum",
    members: ["AU", "IN", "JP", "US"],
  },
  { name: "Group of 20", acronym: "G20", kind: "forum" },
  // The United States with the five Central Asian states, a format named by its members' count.
  { name: "C5+1", kind: "forum", members: ["KZ", "KG", "TJ", "TM", "US", "UZ"] },
  // Trade blocs and export-control regimes: bodies with members and secretariats, named by acronym.
  {
    name: "Comprehensive and Progressive Agreement for Trans-Pacific Partnership",
    acronym: "CPTPP",
    kind: "intergovernmental",
  },
  { name: "Regional Comprehensive Economic Partnership", acronym: "RCEP", kind: "intergovernmental" },
  { name: "Nuclear Suppliers Group", acronym: "NSG", kind: "intergovernmental" },
  { name: "Missile Technology Control Regime", acronym: "MTCR", kind: "intergovernmental" },
  { name: "Wassenaar Arrangement", kind: "intergovernmental" },
  { name: "Australia Group", kind: "intergovernmental" },
];

/**
 * Armed groups and movements news copy names by their own names, which no head noun gives away.
 * Matched with their capitals only (`Islamic State`, not `an Islamic state`).
 */
export const ARMED_GROUPS: readonly KnownOrganization[] = [
  { name: "Islamic State", kind: "other", aliases: ["ISIS", "ISIL", "Daesh"] },
  { name: "Hamas", kind: "other" },
  { name: "Hezbollah", kind: "other" },
  { name: "Taliban", kind: "other" },
  { name: "al-Qaeda", kind: "other", aliases: ["al-Qaida", "Al-Qaeda", "Al Qaeda"] },
  { name: "Boko Haram", kind: "other" },
  { name: "al-Shabaab", kind: "other", aliases: ["Al-Shabaab"] },
  { name: "Houthis", kind: "other" },
];

/** Newspapers a place's name does not give away. Facts. */
export const NEWSPAPERS: readonly KnownOrganization[] = [
  { name: "Financial Times", kind: "company" },
  { name: "Wall Street Journal", kind: "company" },
  { name: "The Economist", kind: "company" },
  { name: "The Guardian", kind: "company" },
  { name: "Asahi Shimbun", kind: "company" },
  { name: "Yomiuri Shimbun", kind: "company" },
  { name: "Nikkei", kind: "company" },
  { name: "South China Morning Post", kind: "company" },
];

/**
 * The words that end an organization's name (`Norwegian Seafood Council`, `ASEAN Secretariat`,
 * `Royal Papua New Guinea Constabulary`); the name may go on with `for`/`of`/`on` and capitalized
 * words (`Institute for Strategic Studies`, `Centres for Disease Control and Prevention`).
 */
export const ORGANIZATION_HEADS: readonly string[] = [
  "Council",
  "Agency",
  "Committee",
  "Commission",
  "Association",
  "Federation",
  "Institute",
  "Authority",
  "Board",
  "Bureau",
  "Organization",
  "Organisation",
  "Union",
  "Bank",
  "Fund",
  "Secretariat",
  "Constabulary",
  "Police",
  "University",
  "College",
  "Centres",
  "Centers",
  "Airlines",
  "Airways",
  "Corporation",
  "Foundation",
  "Forces",
  "Office",
  "Service",
  "Parliament",
  "Court",
  "League",
  "Party",
  "Holdings",
  "Securities",
  "Equities",
  "Investments",
];

/**
 * Heads that make a body a state's when a country's name or demonym opens it (`PNG Parliament`,
 * `Ghana TVET Service`, `Nigeria Police`): the country is named too. (Other bodies a state's name opens,
 * `Qatar News Agency`, `Norwegian Seafood Council`, do not name it.)
 */
export const STATE_BODY_HEADS: readonly string[] = ["Parliament", "Police", "Service", "Office", "Forces"];

/** Rooms and other things named like an office: `the Oval Office`. Not bodies. */
export const NOT_BODIES: readonly string[] = ["Oval Office", "Box Office"];

/**
 * Heads that end a body's name only with what it is for after them: `Centers for Disease Control
 * and Prevention`, not a city's `Regional Centers`.
 */
export const HEADS_NEEDING_PURPOSE: readonly string[] = ["Centres", "Centers"];

/**
 * The words that end the name of a state's armed service; the name is the state's (`Brazilian
 * Army`, `U.S. Army`, `Japan Maritime Self-Defense Force`, `Royal Navy`), perhaps with a command's
 * region after it (`U.S. Army South`).
 */
export const ARMED_SERVICES: readonly string[] = [
  "Army",
  "Navy",
  "Air Force",
  "Marine Corps",
  "Marines",
  "Coast Guard",
  "Space Force",
  "National Guard",
  "Armed Forces",
  "Defence Force",
  "Defense Force",
  "Defence Forces",
  "Defense Forces",
  "Self-Defense Force",
  "Self-Defence Force",
  "Self-Defense Forces",
  "Self-Defence Forces",
  "Joint Chiefs of Staff",
];

/** The words that stand before a state's name in its armed services' names: `Royal Navy`. */
export const SERVICE_QUALIFIERS: readonly string[] = ["Royal", "Imperial", "People's Liberation"];

/** The regions a service's command is named after: `U.S. Army South`, `U.S. Army Pacific`. */
export const COMMAND_REGIONS: readonly string[] = [
  "North",
  "South",
  "Central",
  "Pacific",
  "Europe",
  "Africa",
  "Japan",
  "Korea",
];

/**
 * The words that start an organization's name and go on with `of` and a name: `Office of the
 * Spokesperson`, `Government of Japan`, `Parliament of Australia`, `University of Tokyo`,
 * `Coalition of the Fisheries Nations`. (Ministries and departments are read apart, with their kind.)
 */
export const NAME_OPENERS: readonly string[] = [
  "Office",
  "Government",
  "Parliament",
  "University",
  "Coalition",
  "Bank",
  "Secretariat",
  "Court",
  "Embassy",
  "Consulate",
];

/**
 * The words that end the name of a thing made, a place set up or a law, which news copy also gives
 * with a short form in brackets: `Human Landing System (HLS)`, `Special Economic Zone (SEZ)`,
 * `Kospi Index`, `Exploration Upper Stage (EUS)`, `Inflation Reduction Act (IRA)`. Not bodies. (Not
 * `Programme` or `Project`: `United Nations Development Programme` is a body.)
 */
export const THING_HEADS: readonly string[] = [
  "System",
  "Systems",
  "Zone",
  "Index",
  "Rover",
  "Stage",
  "Vehicle",
  "Satellite",
  "Telescope",
  "Lander",
  "Corridor",
  "Pipeline",
  "Act",
  "Bill",
];

/**
 * Capitalized words a sentence or line may open with before a body's name, which are never part of
 * it: `Former National Security Council official …`, `Interim BART Police Chief …`, `Key Security
 * Council powers …`.
 */
export const NOT_NAME_OPENERS: readonly string[] = [
  "Former",
  "Interim",
  "Acting",
  "Outgoing",
  "Incoming",
  "Key",
  "Powerful",
];

/**
 * The endings of a describing word, not a name's: `Delhi-based`, `Saudi-led`, `Iran-backed`,
 * `state-run`, `state-owned`.
 */
export const DESCRIBING_ENDINGS: readonly string[] = [
  "based",
  "led",
  "backed",
  "run",
  "owned",
  "funded",
  "controlled",
  "sponsored",
  "allied",
  "linked",
];

/**
 * Lower-case nouns news copy puts just before a body's name to say what it is, with the kind each
 * tells (`state broadcaster EBC`, `electric vehicle maker BYD`, `fertiliser giant OCP Group`, `rights
 * group Amnesty International`); `null` where the word does not tell the kind.
 */
export const CLASSIFIERS: Readonly<Record<string, OrganizationKind | null>> = {
  company: "company",
  firm: "company",
  giant: "company",
  conglomerate: "company",
  maker: "company",
  automaker: "company",
  carmaker: "company",
  chipmaker: "company",
  drugmaker: "company",
  steelmaker: "company",
  planemaker: "company",
  toymaker: "company",
  shipbuilder: "company",
  manufacturer: "company",
  producer: "company",
  lender: "company",
  insurer: "company",
  carrier: "company",
  airline: "company",
  operator: "company",
  miner: "company",
  retailer: "company",
  developer: "company",
  supplier: "company",
  exporter: "company",
  utility: "company",
  startup: "company",
  "start-up": "company",
  subsidiary: "company",
  contractor: "company",
  broadcaster: "company",
  newspaper: "company",
  daily: "company",
  tabloid: "company",
  publisher: "company",
  agency: null,
  regulator: "government",
  watchdog: null,
  charity: "non-governmental",
  "think tank": "non-governmental",
  militia: "other",
  group: null,
  party: "political-party",
};

/**
 * The describing nouns that may stand before a one-word name (`technology giant Huawei said`): not
 * those that also describe people or ships (`policy maker Schnabel`, `film producer X`, `the
 * broadcaster X`, `aircraft carrier X`), which name a body only by a short form or a company's ending.
 */
export const ONE_WORD_CLASSIFIERS: readonly string[] = [
  "company",
  "firm",
  "giant",
  "conglomerate",
  "automaker",
  "carmaker",
  "chipmaker",
  "drugmaker",
  "steelmaker",
  "planemaker",
  "toymaker",
  "shipbuilder",
  "manufacturer",
  "lender",
  "insurer",
  "airline",
  "miner",
  "retailer",
  "exporter",
  "utility",
  "startup",
  "start-up",
  "subsidiary",
  "newspaper",
  "tabloid",
  "agency",
  "regulator",
  "watchdog",
  "charity",
  "think tank",
  "militia",
  "group",
  "party",
];

/**
 * Words before `Service` that make it a rite, not a body: `a Memorial Service`, `the Remembrance
 * Sunday Service`.
 */
export const RITES: readonly string[] = [
  "Memorial",
  "Remembrance",
  "Funeral",
  "Sunday",
  "Christmas",
  "Easter",
  "Prayer",
  "Thanksgiving",
  "Church",
  "Wedding",
  "Requiem",
];

/**
 * The words before `Court` that make it a court of law, not a place (`Centre Court`, `Earls Court`,
 * `Hampton Court`): `Supreme Court`, `High Court`, `District Court` …
 */
export const COURTS_OF_LAW: readonly string[] = [
  "Supreme",
  "High",
  "Constitutional",
  "Criminal",
  "District",
  "Federal",
  "Appeals",
  "Appeal",
  "Administrative",
  "Military",
  "Magistrates",
  "Magistrates'",
  "Crown",
  "Family",
  "Arbitration",
  "Justice",
  "Circuit",
  "Superior",
  "Labour",
  "Labor",
  "Electoral",
  "Special",
  "International",
];

/** The words that end a company's name after its own (`OCP Group`, `Amnesty International`). */
export const COMPANY_ENDINGS: readonly string[] = [
  "Group",
  "Holdings",
  "International",
  "Corp",
  "Corporation",
  "Inc",
  "Ltd",
  "Co",
  "Company",
  "Motors",
  "Technologies",
  "Industries",
  "Energy",
];

/** The word that opens a flag carrier's name before its state's: `Air New Zealand`, `Air India`. */
export const AIRLINE_OPENER = "Air";

/** The words that end a newspaper's name after a place's: `Washington Post`, `Japan Times`. */
export const NEWSPAPER_HEADS: readonly string[] = [
  "Post",
  "Times",
  "Journal",
  "Herald",
  "Tribune",
  "Gazette",
  "Chronicle",
];

/**
 * Bodies named after the building they sit in; `at the White House`, `in the Pentagon` name the
 * place, not the body.
 */
export const SEATS: readonly string[] = ["White House", "Blue House", "Kremlin", "Pentagon"];

/** The government whose seat or ministry a name without a country's word is (`Kremlin spokesman …`). */
export const SEAT_COUNTRIES: Readonly<Record<string, string>> = {
  "White House": "US",
  Pentagon: "US",
  "State Department": "US",
  "Blue House": "KR",
  Kremlin: "RU",
};

/** Words before a seat's name that make it the place: `at the White House`. */
// Not `to`/`from`: a letter to the White House, a statement from the Kremlin are the body's.
export const AT_A_PLACE: readonly string[] = ["at", "in", "inside", "outside", "near"];

/**
 * How a committee's name is used as its meeting's (`the … Committee meeting`, `held the …
 * Committee`, `… Committee (two-plus-two)`): words after it, words before it, and the meeting
 * formats a bracket after it may give.
 */
export const MEETING_USE_AFTER: readonly string[] = ["meeting", "meetings"];
export const MEETING_USE_BEFORE: readonly string[] = ["held", "convened", "co-hosted", "co-chaired"];
/** How a joint commission's sessions are named: `the third session of the … Joint Commission`. */
export const SESSION_WORDS: readonly string[] = ["session", "meeting", "round", "sitting"];
export const MEETING_FORMATS: readonly string[] = ["two-plus-two", "2+2", "2 + 2"];
