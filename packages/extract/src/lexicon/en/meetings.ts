/**
 * The words a meeting's name ends with (`Summit`, `Security Consultative Committee`, `2+2 Foreign
 * and Defence Ministerial Consultations`), and the words that may stand inside one in lower case.
 * Lower case; matched in any letter case.
 */
export const MEETING_HEADS: readonly string[] = [
  "summit",
  "meeting",
  "meetings",
  "dialogue",
  "consultations",
  "consultation",
  "committee",
  "forum",
  "talks",
  "conference",
  "ministerial",
  "two-plus-two",
  "2+2",
  "retreat",
];

/**
 * Words a meeting's name may hold in lower case before its head: `the GCC-UK ministerial meeting`,
 * `the 17th German-Polish intergovernmental consultations`, `their fifth tripartite summit`.
 */
export const LOWER_NAME_WORDS: readonly string[] = [
  "annual",
  "ministerial",
  "strategic",
  "high-level",
  "leaders'",
  "leaders’",
  "trilateral",
  "tripartite",
  "quadrilateral",
  "bilateral",
  "intergovernmental",
  "joint",
  "summit",
];

/**
 * Portfolios written in lower case before `ministers` in whose meeting it is: `the meeting of the
 * foreign ministers`, `of the trade and economy ministers`.
 */
export const MINISTERS_PORTFOLIOS: readonly string[] = [
  "foreign",
  "defence",
  "defense",
  "trade",
  "finance",
  "economy",
  "economic",
  "energy",
  "agriculture",
  "health",
  "environment",
  "interior",
  "justice",
  "transport",
  "education",
  "fisheries",
];

/**
 * Possessives that stand for the grouping a numbered meeting is a session of: `the bloc's 69th
 * summit`, `the alliance's 75th summit`.
 */
export const GROUPING_POSSESSIVES: readonly string[] = [
  "bloc's",
  "bloc’s",
  "grouping's",
  "grouping’s",
  "alliance's",
  "alliance’s",
  "forum's",
  "forum’s",
  "organisation's",
  "organisation’s",
  "organization's",
  "organization’s",
  "group's",
  "group’s",
];

/**
 * Words that open a sentence in capitals but are never part of a meeting's name: `The talks`,
 * `Our talks`, `These consultations`.
 */
export const MEETING_DETERMINERS: readonly string[] = [
  "the",
  "a",
  "an",
  "our",
  "their",
  "his",
  "her",
  "its",
  "my",
  "your",
  "these",
  "those",
  "this",
  "that",
  "such",
  "today's",
  "today’s",
  "yesterday's",
  "yesterday’s",
];

/** Small words that may join the capitalized words of a meeting's name. */
export const NAME_CONNECTORS: readonly string[] = ["and", "of", "on", "for", "the", "&"];

/** Ordinals in words, as meetings are numbered (`the Seventh`, `inaugural`). */
export const ORDINAL_WORDS: Readonly<Record<string, number>> = {
  inaugural: 1,
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  fifth: 5,
  sixth: 6,
  seventh: 7,
  eighth: 8,
  ninth: 9,
  tenth: 10,
  eleventh: 11,
  twelfth: 12,
  thirteenth: 13,
  fourteenth: 14,
  fifteenth: 15,
  sixteenth: 16,
  seventeenth: 17,
  eighteenth: 18,
  nineteenth: 19,
  twentieth: 20,
  thirtieth: 30,
  fortieth: 40,
  fiftieth: 50,
};

/** Words before a meeting's name that make it another meeting than the one the statement came from. */
export const OTHER_MEETING_BEFORE: readonly string[] = [
  "sidelines of",
  "margins of",
  "margin of",
  "next",
  "upcoming",
  "previous",
  "prior",
  "last",
  "another",
  "future",
  "preparations for",
  "prepare",
  "ahead of",
  "followed by",
  "to hold",
  "to convene",
  "to host",
];

/** Words after a meeting's name that put it in the future: `… will be held next year`. */
export const FUTURE_AFTER: readonly string[] = [
  "will",
  "is to",
  "would",
  "due to",
  "to be held",
  "later this",
  "next year",
];
