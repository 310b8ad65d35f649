import type { StatementKind } from "@communique/joint-statement";

/**
 * The names of documents two or more parties issue together, in English, with the kind each is.
 * Matched in any letter case, singular or plural, whole words; a longer name wins over a shorter one
 * it contains. Words in brackets may be left out: `joint [press] statement`.
 */
export const STATEMENT_KINDS: readonly (readonly [phrase: string, kind: StatementKind])[] = [
  ["joint [press] statement", "joint-statement"],
  ["joint leaders' statement", "joint-statement"],
  ["leaders' joint statement", "joint-statement"],
  ["joint [leaders'] vision statement", "joint-statement"],
  ["leaders' vision statement", "joint-statement"],
  ["vision statement", "joint-statement"],
  ["joint summary", "joint-statement"],
  ["joint outcome statement", "joint-statement"],
  ["joint outcomes statement", "joint-statement"],
  ["joint ministerial statement", "joint-statement"],
  ["trilateral [joint] statement", "joint-statement"],
  ["tripartite [joint] statement", "joint-statement"],
  ["joint trilateral statement", "joint-statement"],
  ["trilateral [joint] declaration", "joint-declaration"],
  ["tripartite [joint] declaration", "joint-declaration"],
  ["joint press announcement", "joint-statement"],
  ["joint [press] communiqué", "joint-communique"],
  ["joint [press] communique", "joint-communique"],
  ["joint press release", "joint-press-release"],
  ["joint declaration", "joint-declaration"],
  ["leaders' declaration", "declaration"],
  ["statement of principles", "declaration"],
  ["chair's statement", "chairs-statement"],
  ["chairman's statement", "chairs-statement"],
  ["chairperson's statement", "chairs-statement"],
  // A communiqué is a meeting's: news writes a joint one as `the communiqué` once it is named.
  ["communiqué", "joint-communique"],
  ["communique", "joint-communique"],
];

/**
 * Words just before a bare `communiqué` that make it one body's own, not a meeting's: `a foreign
 * ministry communiqué`, `the presidency's communiqué`, `a police communiqué`. Lower case.
 */
export const SINGLE_ISSUERS: readonly string[] = [
  "ministry",
  "government",
  "presidency",
  "presidential",
  "palace",
  "office",
  "embassy",
  "police",
  "army",
  "military",
  "party",
  "company",
  "kremlin",
  "cabinet",
];

/** The last word of a titled document's name (`the Oslo Declaration`, `the Hiroshima Accord`). */
export const TITLED_HEADS: readonly (readonly [head: string, kind: StatementKind])[] = [
  ["Declaration", "declaration"],
  ["Communiqué", "communique"],
  ["Communique", "communique"],
  ["Accord", "other"],
];

/** Words that, just before a document's name, say there was none: `no joint declaration followed`. */
export const NEGATIONS: readonly string[] = ["no", "not", "without", "never", "nor"];

/**
 * Words that deny a list the document's name ends: `without agreement or a joint statement`,
 * `no deal and no joint communiqué`.
 */
export const LIST_NEGATIONS: readonly string[] = ["no", "not", "without", "neither"];

/**
 * Words just before a document's name (and `a`, `an`, `the`) that say it is yet to come, not
 * reported: `are expected to sign a joint declaration`. Not `will sign`: a release announcing the
 * day's signing (`will sign a joint statement later today`) reports it.
 */
export const ANTICIPATING_PHRASES: readonly string[] = [
  "expected to sign",
  "expected to issue",
  "expected to adopt",
  "expected to release",
  "expected to produce",
  "due to sign",
  "due to issue",
  "due to adopt",
  "set to sign",
  "set to issue",
  "set to adopt",
  "plan to sign",
  "plans to sign",
  "plan to issue",
  "plans to issue",
  "planning to sign",
  "planning to issue",
  "hope to sign",
  "hopes to sign",
  "aim to sign",
  "aims to sign",
  "to negotiate",
  "work on",
  "working on",
  "draft of",
  "drafting",
];

/**
 * What, after a document's name, says it is yet to come: `a joint statement on water is expected`,
 * `the declaration will be signed in Hanoi`. Present or future only: `was expected` may be reported;
 * and not in a sentence of the day (`today`), which announces it.
 */
export const ANTICIPATED_AFTER: readonly string[] = [
  "is expected",
  "are expected",
  "is due",
  "are due",
  "is planned",
  "are planned",
  "is likely",
  "is set to be",
  "is to be",
  "are to be",
  "will be",
  "would be",
];

/** Phrases that, before a document's name (and `a`, `the`, `any`), say it did not come about. */
export const NEGATING_PHRASES: readonly string[] = [
  "fail to agree on",
  "fails to agree on",
  "failed to agree on",
  "failing to agree on",
  "fail to issue",
  "failed to issue",
  "fail to produce",
  "failed to produce",
  "fail to adopt",
  "failed to adopt",
  "refused to sign",
  "declined to sign",
  "no agreement on",
  "no expectation of",
  "no plan for",
  "no plans for",
  "no intention of issuing",
];

/**
 * Words that, just before a document's name, refer to an earlier one instead of reporting this one:
 * `a breach of the Joint Declaration`, `under the Joint Communiqué`, `the 2007 Joint Declaration`.
 */
export const REFERENCES: readonly string[] = [
  "breach of",
  "breaches of",
  "violation of",
  "violations of",
  "violates",
  "violated",
  "under",
  "in line with",
  "in accordance with",
  "pursuant to",
  "consistent with",
  "enshrined in",
  "as set out in",
  "anniversary of",
  "reaffirmed",
  "reaffirm",
  "reaffirming",
  "recalled",
  "recalling",
  "recall",
  "implementation of",
  "implementing",
];

/**
 * The voice of a text that is itself a joint statement without a title: its parties as one subject
 * (`The Prime Ministers reaffirmed …`), beside sentences in their first person plural (`We are
 * committed …`). Subjects and verbs, lower case.
 */
export const JOINT_VOICE_SUBJECTS: readonly string[] = [
  "prime ministers",
  "leaders",
  "ministers",
  "foreign ministers",
  "defence ministers",
  "defense ministers",
  "presidents",
  "sides",
  "heads of state",
  "heads of government",
  "delegations",
  "parties",
  "governments",
];
export const JOINT_VOICE_VERBS: readonly string[] = [
  "reaffirmed",
  "welcomed",
  "agreed",
  "noted",
  "committed",
  "expressed",
  "emphasised",
  "emphasized",
  "underlined",
  "recognised",
  "recognized",
  "looked forward",
  "reiterated",
  "stressed",
  "condemned",
  "called",
  "acknowledged",
  "affirmed",
  "decided",
  "highlighted",
  "resolved",
];
export const FIRST_PERSON_PLURAL_VERBS: readonly string[] = [
  "are",
  "will",
  "have",
  "share",
  "remain",
  "reaffirm",
  "welcome",
  "commit",
  "agree",
  "recognise",
  "recognize",
  "support",
  "call",
  "condemn",
];

/**
 * A page's label for an opinion piece, on a line of its own above the headline (`OPINION`,
 * `Op-Ed`), or the note that closes one (`The views expressed are his own`). An opinion piece
 * weighs documents in general and ones to come; it reports one only with a verb of issuing.
 */
export const OPINION_LABELS: readonly string[] = [
  "opinion",
  "op-ed",
  "oped",
  "commentary",
  "comment",
  "column",
  "viewpoint",
  "perspective",
];
export const OPINION_CLOSINGS: readonly string[] = [
  "views expressed are",
  "views expressed in this article are",
  "opinions expressed are",
  "views are his own",
  "views are her own",
  "views are their own",
];
