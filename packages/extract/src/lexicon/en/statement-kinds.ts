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
