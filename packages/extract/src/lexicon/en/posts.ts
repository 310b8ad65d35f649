/**
 * The words official posts are made of, as news copy writes them. A post is modifiers, a head, and
 * a complement (`Deputy` `Minister` `for Defense Policy`); a name follows it.
 */

/** Words that head a post. */
export const HEADS = new Set(
  "Minister Secretary Secretary-General President Premier Chancellor Ambassador Envoy Representative Spokesman Spokeswoman Spokesperson Director Director-General Chief Chairman Chairwoman Chair Chairperson Commissioner Governor Senator Mayor King Queen Emir Sultan Prince General Admiral Commander Adviser Advisor Counselor Counsellor Undersecretary Head Leader Coordinator Negotiator Attache Attaché Consul Officer Spokesperson Lawmaker Congressman Congresswoman Representative Sherpa Councillor Councilor HRVP Administrator CEO Manager Member Attorney Solicitor Inspector Surgeon Speaker".split(
    " ",
  ),
);

/** Words that come before a head. */
export const MODIFIERS = new Set(
  "Acting Deputy Vice Assistant Under High Senior Principal First Second Special Permanent Former Foreign Defense Defence Trade Finance Unification Interior Home Justice Economy Economic Health Energy Environment National Security Prime Executive Top Nuclear Lead Joint Presidential State Cabinet Parliamentary Federal Crown Chief Fisheries Agriculture Industry Climate Education Labor Labour Culture Transport Science Ministerial Regional Military Army Navy Air Force Press Political Policy Strategic Government Commerce Development Digital Maritime Marine Natural Resources Oceans Foreign Affairs Veterans Infrastructure Tourism Sports Youth Women Family Labour Employment Planning Housing Treasury Water Irrigation External Business Majority Minority Opposition".split(
    " ",
  ),
);

/** Capitalized words a post's complement (`for Arms Control and International Security`) is made of. */
export const COMPLEMENT = new Set(
  "Indo-Pacific Asia-Pacific Euro-Atlantic Trans-Atlantic State States Defense Defence Policy Policies Arms Control International Security Foreign Affairs Trade Economy Economic Finance Unification Political Politics Military East Asian Asia Pacific Planning Strategy Strategic Nuclear Energy Environment Health Justice Home Interior National Public Diplomacy Europe European African Africa Middle Global Multilateral Bilateral Korean Peninsula Peace Cooperation Development Relations Industry Industries Commerce Fisheries Fishery Ocean Oceans Maritime Marine Climate Change Agriculture Food Science Technology ICT Intelligence Operations Staff Joint Chiefs Management Resources Legal Consular Protocol Press Information Communication Communications Culture Education Labor Labour Land Transport Infrastructure Gender Equality Family Welfare Veterans Budget Treasury Investment Revenue Customs Immigration Borders Border Coast Guard Forces Army Navy Air Force Nonproliferation Non-Proliferation Disarmament Counterterrorism Counter-Terrorism Terrorism Human Rights Humanitarian Aid Relief Northeast Southeast Northwest Southwest South North West Western Eastern Central Americas Arctic Nordic Baltic Gulf Affair Region Regional Office Council Commission Committee Department Ministry General Assembly Union Nations United Atomic Agency Organization Bureau Division Cabinet Government Republic Federation Kingdom Mission Delegation Embassy People Fisheries Resources Sea Seas Coastal Research Statistics Planning Protection Police Lands Business Workplace Self-Defense Self-Defence Naval Congress Parliament Senate Water Irrigation Constitutional Mines Petroleum Expatriates Diaspora Prosecution Prosecutions District".split(
    " ",
  ),
);

/** Lower-case words that join a complement's words. */
export const CONNECTORS = new Set(["of", "for", "and", "the", "on", "to", "&", "in"]);

/** Lower-case post words, for posts written after the name (`Park Ji-won, deputy minister for policy`). */
// A country's or body's capitalized name may stand among the modifiers (`acting U.S. assistant secretary`).
export const LOWER_CASE_POST =
  /^(?:(?:the|a|an|acting|deputy|vice|assistant|under|senior|principal|chief|special|permanent|former|foreign|defen[cs]e|trade|finance|unification|national|security|prime|executive|top|nuclear|lead|presidential|state|fisheries|press|[A-Z][A-Za-z.'’-]*)\s+)*(?:minister|secretary|secretary-general|president|premier|chancellor|ambassador|envoy|representative|spokesman|spokeswoman|spokesperson|director|director-general|chief|chairman|chairwoman|chair|commissioner|governor|adviser|advisor|counselor|counsellor|undersecretary|head|coordinator|negotiator|official|analyst|economist|researcher|professor|lawmaker|commander|diplomat)\b[^,.;"“”]{0,80}$/;

/**
 * Words that head a post written in lower case before a name, as British and many other papers
 * write them (`the prime minister, Jane Roe,`, `Norway's foreign minister Kari Dahl`), including
 * titles of one country's offices that papers leave uncapitalized (`the taoiseach`).
 */
export const LOWER_CASE_HEADS: readonly string[] = [
  "minister",
  "secretary",
  "secretary-general",
  "president",
  "vice-president",
  "premier",
  "chancellor",
  "taoiseach",
  "tánaiste",
  "ambassador",
  "envoy",
  "spokesman",
  "spokeswoman",
  "spokesperson",
  "governor",
  "mayor",
  "commissioner",
  "chairman",
  "chairwoman",
  "chairperson",
  "chair",
  "director",
  "director-general",
  "negotiator",
  "representative",
  // Wire copy's short titles: `IAEA chief …`, `North Korean leader …`, `Hamas official …`.
  "chief",
  "leader",
  "official",
];

/** Particles inside personal names (`Mohammed bin Salman`, `Ursula von der Leyen`). */
export const NAME_PARTICLES = new Set([
  "bin",
  "bint",
  "ibn",
  "al",
  "el",
  "de",
  "da",
  "di",
  "van",
  "von",
  "der",
  "den",
  "le",
  "la",
  "du",
  "dos",
  "del",
]);

/**
 * The verbs a headline written in title case puts after a name (`Foreign Minister Wang Yi Says …`,
 * `President Biden Meets Xi`): never a name's word. (Not those that are also family names: `Hails`,
 * `Calls`, `Signs`, `Holds`.)
 */
export const HEADLINE_VERBS: readonly string[] =
  "Says Meets Visits Warns Urges Agrees Vows Pledges Seeks Slams Rejects Condemns Welcomes Announces Unveils Arrives Denies Discusses Receives Launches Accuses Criticizes Criticises Insists Promises Expects Resigns Defends".split(
    " ",
  );

/**
 * The words that end the name of a street, a square or a palace, which speaks for those in it (`Downing
 * Street said`, `Buckingham Palace said`): never a person's.
 */
export const SEAT_WORDS: readonly string[] = "Street Road Avenue Square Boulevard Palace Plaza Airport".split(
  " ",
);

/**
 * Capitalized words that start sentences, name days and months, end a seat's name, or are a headline's
 * verbs: never a person's.
 */
export const NOT_NAMES = new Set([
  ..."The A An He She It They We In On At But And Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August September October November December Source Photo Earlier Later According Summit Forum Conference Meeting Dialogue".split(
    " ",
  ),
  ...HEADLINE_VERBS,
  ...SEAT_WORDS,
]);

/**
 * The words an author's description ends on when it says what they do (`a former Chilean
 * diplomat`, `a senior fellow`, `professor of law`): a line about an opinion piece's author names
 * their post only with one of these.
 */
export const ROLE_NOUNS = new Set(
  "diplomat ambassador fellow professor lecturer scholar researcher analyst economist historian scientist journalist editor writer correspondent columnist commentator author lawyer adviser advisor consultant expert director chairman chairwoman chair president secretary minister envoy negotiator official officer politician senator lawmaker member partner founder head chief executive".split(
    " ",
  ),
);
