import type { ActionClass, Modality } from "@communique/joint-statement";
import type { CountryHit } from "../entities/countries.js";
import { lastIndexWithin, type Segment } from "../text/span.js";

/** A provision found in the text: its words, what it does, who acts and for whom. */
export interface ProvisionHit {
  text: Segment;
  action: ActionClass;
  modality: Modality;
  /** Party codes that act; empty means all the parties. */
  actors: string[];
  recipients: CountryHit[];
  restatements: Segment[];
  /** Whether the words quote the statement or report it. */
  wording: "quoted" | "reported";
}

// Each starts at a word's start: the `\b` is put once before them all where they are used, which
// V8 runs twice as fast as a `\b` that opens every alternative.
const ACTIONS: readonly [ActionClass, RegExp][] = [
  ["reaffirm", /reaffirm(?:s|ed|ing)?\b|reiterat(?:e|es|ed|ing)\b/i],
  ["condemn", /(?:condemn(?:s|ed|ing)?|denounc(?:e|es|ed|ing))\b/i],
  [
    "express-concern",
    /(?:express(?:es|ed|ing)?|voic(?:e|es|ed|ing))\s+(?:their\s+|its\s+)?(?:deep\s+|grave\s+|serious\s+|strong\s+)?concern\b/i,
  ],
  ["call-on", /(?:call(?:s|ed|ing)?\s+(?:on|upon|for)|urg(?:e|es|ed|ing))\b/i],
  ["commit", /(?:commit(?:s|ted|ting)?\s+to|pledg(?:e|es|ed|ing)|vow(?:s|ed|ing)?|promis(?:e|es|ed|ing))\b/i],
  ["agree", /agree(?:s|d|ing)?\b/i],
  ["decide", /decid(?:e|es|ed|ing)\b/i],
  ["welcome", /welcom(?:e|es|ed|ing)\b/i],
  ["support", /(?:support(?:s|ed|ing)?|back(?:s|ed|ing)|endors(?:e|es|ed|ing))\b/i],
  ["launch", /(?:launch(?:es|ed|ing)?|establish(?:es|ed|ing)?)\b/i],
  ["note", /(?:not(?:e|es|ed|ing)|acknowledg(?:e|es|ed|ing)|recogni[sz](?:e|es|ed|ing))\b/i],
];

// All the action patterns in one expression, a group each, so one pass finds the first of any.
const ANY_ACTION = new RegExp(
  `\\b(?:${ACTIONS.map(([, pattern]) => `(${pattern.source})`).join("|")})`,
  "gi",
);

function actionAt(match: RegExpExecArray): ActionClass {
  const group = match.findIndex((part, index) => index > 0 && part !== undefined);
  return (ACTIONS[group - 1] as [ActionClass, RegExp])[0];
}

function firstAction(text: string): { action: ActionClass; verbAt: number } | undefined {
  ANY_ACTION.lastIndex = 0;
  const match = ANY_ACTION.exec(text);
  return match === null ? undefined : { action: actionAt(match), verbAt: match.index };
}

/** The action a provision's words (or the words framing them) take, and where its verb stands. */
export function actionOf(text: string, frame: string): { action: ActionClass; verbAt: number } {
  const own = firstAction(text);
  if (own !== undefined) return own;
  const future = /\b(?:will|shall)\b/i.exec(text);
  if (future !== null) return { action: "commit", verbAt: future.index };
  const framed = firstAction(frame);
  if (framed !== undefined) return { action: framed.action, verbAt: -1 };
  if (/\b(?:will|shall)\b/i.test(frame)) return { action: "commit", verbAt: -1 };
  return { action: "note", verbAt: firstVerb(text) };
}

/** Every action verb in a text, in order, with where it stands. */
export function actionVerbs(text: string): { action: ActionClass; at: number; end: number }[] {
  const verbs: { action: ActionClass; at: number; end: number }[] = [];
  ANY_ACTION.lastIndex = 0;
  for (let match = ANY_ACTION.exec(text); match !== null; match = ANY_ACTION.exec(text))
    verbs.push({ action: actionAt(match), at: match.index, end: match.index + match[0].length });
  return verbs;
}

/** How the provision holds, from its verbs and the words that frame it. */
export function modalityOf(text: string, frame: string): Modality {
  const both = `${frame} ${text}`;
  if (/\b(?:not|never|no longer|refus(?:e|ed)|rejected)\b|n['’]t\b/i.test(both)) return "negated";
  if (/\b(?:will|shall|pledg(?:e|ed)|vow(?:ed)?|commit(?:ted)?\s+to|promis(?:e|ed))\b/i.test(both))
    return "committed";
  if (
    /\b(?:intend(?:s|ed)?|plan(?:s|ned)?\s+to|aim(?:s|ed)?\s+to|seek(?:s)?\s+to|hope(?:s|d)?\s+to)\b/i.test(
      both,
    )
  )
    return "intended";
  if (/\b(?:if|unless|would|could|should|provided that)\b/i.test(both)) return "conditional";
  return "asserted";
}

// The first word that reads as a finite verb: one ending in -ed, or an auxiliary.
function firstVerb(text: string): number {
  const match = /\b(?:\p{L}+ed|is|are|was|were|has|have|had|will|shall|remain|remains)\b/u.exec(text);
  return match?.index ?? -1;
}

const RECIPIENT_BEFORE =
  /\b(?:to|toward|towards|for|against|on|upon|with)\s+(?:the\s+)?(?:(?:defen[cs]e|security|protection|people|government|sovereignty)\s+of\s+(?:the\s+)?)?$/i;
const NOT_RECIPIENT =
  /\b(?:in\s+response|according|due|in\s+addition|prior|next|close|owing|thanks)\s+to\s+(?:the\s+)?$/i;

/**
 * The parties acting (named before the verb; none named means all of them) and the countries the
 * provision is for or against (named after the verb, after `to`, `for`, `against`, `on` …).
 */
export function actorsAndRecipients(
  source: string,
  text: Segment,
  verbAt: number,
  countries: readonly CountryHit[],
  parties: readonly string[],
): { actors: string[]; recipients: CountryHit[] } {
  const inside = countries.filter((hit) => hit.start >= text.start && hit.end <= text.end);
  const verb = verbAt < 0 ? text.start : text.start + verbAt;
  const clauseStart = Math.max(text.start, lastIndexWithin(source, ",", text.start, verb) + 1);
  const actors = [
    ...new Set(
      inside
        .filter((hit) => hit.start >= clauseStart && hit.end <= verb && parties.includes(hit.code))
        .map((hit) => hit.code),
    ),
  ];
  const recipients: CountryHit[] = [];
  for (const hit of inside) {
    if (hit.start < verb) continue;
    const before = source.slice(Math.max(text.start, hit.start - 40), hit.start);
    // `condemned the DPRK's launch`, `called on Pyongyang`: the country is the verb's object.
    const object =
      verbAt >= 0 && /^\p{L}+(?:\s+(?:on|upon))?\s+(?:the\s+)?$/u.test(source.slice(verb, hit.start));
    if (!object && (!RECIPIENT_BEFORE.test(before) || NOT_RECIPIENT.test(before))) continue;
    if (!recipients.some((known) => known.code === hit.code)) recipients.push(hit);
  }
  return { actors, recipients };
}

const STOP = new Set(
  "the a an and or of to in on for with by at from as its their his her our this that these those such will would be been being is are was were has have had also new more which who".split(
    " ",
  ),
);

const STEMS = new Map<string, string>();

/** A word's stem for comparing provisions with the sentences that report them. */
function stem(word: string): string {
  let stemmed = STEMS.get(word);
  if (stemmed === undefined) {
    stemmed = word
      .toLowerCase()
      .replace(/(?:ments?|ing|ed|es|s)$/, "")
      .replace(/tt$/, "t");
    // Remembered for the words of many articles, within bounds.
    if (STEMS.size < 100_000) STEMS.set(word, stemmed);
  }
  return stemmed;
}

// The action verbs without the words after them (`committed`, not `committed to`).
const ANY_PREDICATE = new RegExp(
  `\\b(?:${ACTIONS.map(([, pattern]) => `(?:${pattern.source.replace(/\\s\+to\b/, "")})`).join("|")})`,
  "gi",
);

/** The verbs and verb-nouns that carry a provision: its action words and the verb after `to`. */
export function predicateStems(text: string): Set<string> {
  const stems = new Set<string>();
  ANY_PREDICATE.lastIndex = 0;
  for (let match = ANY_PREDICATE.exec(text); match !== null; match = ANY_PREDICATE.exec(text))
    stems.add(stem(firstWord(match[0])));
  if (/\bcommitment\b/i.test(text)) stems.add("commit");
  // An exec loop on one pattern: `matchAll` copies the pattern for each text.
  TO_VERB.lastIndex = 0;
  for (let match = TO_VERB.exec(text); match !== null; match = TO_VERB.exec(text))
    if (!STOP.has((match[1] as string).toLowerCase())) stems.add(stem(match[1] as string));
  return stems;
}

const TO_VERB = /\bto\s+(?:\p{Ll}+ly\s+)?(\p{Ll}+)/gu;

// The words up to the first space (`committed` of `committed to`), without an array of them all.
function firstWord(words: string): string {
  const space = words.search(/\s/);
  return space === -1 ? words : words.slice(0, space);
}

const LETTER = /\p{L}/u;

function isAsciiLetter(code: number): boolean {
  return (code | 32) >= 97 && (code | 32) <= 122;
}

// How many code units the letter at `at` takes (a surrogate pair is one letter), or 0 for none.
function letterAt(text: string, at: number): number {
  const code = text.charCodeAt(at);
  if (code < 128) return isAsciiLetter(code) ? 1 : 0;
  if (code >= 0xd800 && code <= 0xdbff && at + 1 < text.length) {
    const next = text.charCodeAt(at + 1);
    if (next >= 0xdc00 && next <= 0xdfff) return LETTER.test(text.slice(at, at + 2)) ? 2 : 0;
  }
  return LETTER.test(text[at] as string) ? 1 : 0;
}

/** The content-word stems of a text. */
export function contentStems(text: string): Set<string> {
  // One pass into the set: every sentence of the body is read here, no arrays in between. The
  // words are what `\p{L}[\p{L}-]*` finds, read character by character: the pattern's exec for
  // each word cost more than the word itself.
  const stems = new Set<string>();
  let at = 0;
  while (at < text.length) {
    const first = letterAt(text, at);
    if (first === 0) {
      at++;
      continue;
    }
    const start = at;
    at += first;
    // The rest of the word: ASCII letters and hyphens read here, other characters by `letterAt`.
    for (;;) {
      const code = text.charCodeAt(at);
      if (code === 45 || isAsciiLetter(code)) at++;
      else {
        const next = code >= 128 ? letterAt(text, at) : 0;
        if (next === 0) break;
        at += next;
      }
    }
    if (at - start <= 2) continue;
    const word = text.slice(start, at);
    let content = CONTENT_STEMS.get(word);
    if (content === undefined) {
      content = STOP.has(word.toLowerCase()) ? null : stem(word);
      if (CONTENT_STEMS.size < 100_000) CONTENT_STEMS.set(word, content);
    }
    if (content !== null) stems.add(content);
  }
  return stems;
}

// A word's stem, or null for a stop word: one look-up a word where there were three (the lower
// case, the stop words, the stems). Remembered for the words of many articles, within bounds.
const CONTENT_STEMS = new Map<string, string | null>();
