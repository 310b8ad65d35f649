import type { OrganizationHit } from "./entities/organizations.js";
import type { PersonHit } from "./entities/people.js";
import type { Mention } from "./entities/post-countries.js";
import { isWhiteSpace } from "./text/chars.js";
import { lastEndingBy } from "./text/lookup.js";
import type { Segment } from "./text/span.js";
import { indexWithin, segment, trimmed } from "./text/span.js";

/** Who a quotation is put down to, as the text says it. */
export type Speaker =
  | { kind: "statement" }
  | { kind: "person"; name?: string }
  | { kind: "organization"; name?: string }
  | { kind: "unknown" };

/** A quoted passage, the words that attribute it, and the words that frame it in its sentence. */
export interface QuoteHit {
  /** The words between the quotation marks. */
  text: Segment;
  /** The attributing words, e.g. `the allies said in their joint statement`. */
  cue?: Segment;
  speaker: Speaker;
  /** The rest of the sentence before the opening mark, e.g. `They will also`. */
  lead: Segment;
}

/**
 * Who a quotation is attributed to: what the document names, by id, or no one it names (the model's
 * `Attribution` before the words that attribute it are added).
 */
export type AttributedTo =
  | { kind: "person" | "organization" | "statement"; ref: string }
  | { kind: "unknown" };

/**
 * Decides who a quotation is by, the one place that does: the statement it is quoted from (the
 * statement pass says which), the person the cue names or, for `he said`, the person named last
 * before it, or the organization the cue names. A speaker the text does not let us name (an
 * unresolved `he`, a ministry not found) is no one.
 */
export function attributionOf(
  hit: QuoteHit,
  people: readonly PersonHit[],
  mentions: readonly Mention[],
  organizations: readonly OrganizationHit[],
  statementId: string | undefined,
): AttributedTo {
  const { speaker, cue } = hit;
  if (speaker.kind === "statement")
    return statementId === undefined ? { kind: "unknown" } : { kind: "statement", ref: statementId };
  if (speaker.kind === "person") {
    const named = speaker.name;
    const person =
      named !== undefined
        ? people.find((candidate) => candidate.name === named)
        : lastNamedBefore(mentions, hit.text.start);
    return person === undefined ? { kind: "unknown" } : { kind: "person", ref: person.id };
  }
  if (speaker.kind === "organization") {
    const org = organizations.find(
      (candidate) =>
        cue?.text.includes(candidate.name) ||
        (candidate.acronym !== undefined && cue?.text.includes(candidate.acronym)),
    );
    return org === undefined ? { kind: "unknown" } : { kind: "organization", ref: org.id };
  }
  return { kind: "unknown" };
}

// `"…," he said`: the person named last before the quotation, within a few sentences.
function lastNamedBefore(mentions: readonly Mention[], at: number): PersonHit | undefined {
  const mention = lastEndingBy(mentions, at);
  return mention !== undefined && at - mention.end < 400 ? mention.person : undefined;
}

/** A passage whose quotation marks do not close within its paragraph. */
export interface UnclosedQuote {
  at: number;
}

const PAIRS: Readonly<Record<string, string>> = { "“": "”", '"': '"', "«": "»", "„": "“" };
const STATEMENT_NOUN =
  /\b(?:(?:joint\s+)?(?:press\s+)?(?:statement|communiqu[eé]|declaration|press\s+release)|joint\s+release)(?![\p{L}])/giu;
const SPEECH =
  /\b(?:said|says|say|stated|states|added|noted|declared|reads?|told|according\s+to|wrote|announced)\b/i;
const SPEECH_ALL = new RegExp(SPEECH.source, "gi");

/**
 * The quotations in a paragraph (curly, straight or guillemet marks, whole sentences or words inside
 * one) with their attribution: the words after the closing mark up to the end of the clause, or those
 * before the opening mark (`the statement said: “…”`).
 */
export function findQuotes(
  source: string,
  paragraph: Segment,
  people: PeopleByWord,
): { quotes: QuoteHit[]; unclosed: UnclosedQuote[] } {
  const quotes: QuoteHit[] = [];
  const unclosed: UnclosedQuote[] = [];
  let at = paragraph.start;
  while (at < paragraph.end) {
    const open = nextOpening(source, at, paragraph.end);
    if (open === -1) break;
    const closeMark = PAIRS[source[open] as string] as string;
    const close = indexWithin(source, closeMark, open + 1, paragraph.end);
    if (close === -1) {
      unclosed.push({ at: open });
      break;
    }
    const text = segment(source, open + 1, close);
    if (text.text.trim().length > 0) {
      const lead = leadOf(source, paragraph.start, open);
      const cue =
        cueAfter(source, close + 1, paragraph.end) ?? cueBefore(source, lead) ?? namedLead(lead, people);
      quotes.push({ text, lead, speaker: speakerOf(cue, people), ...(cue === undefined ? {} : { cue }) });
    }
    at = close + 1;
  }
  return { quotes, unclosed };
}

// `Costa called the meeting "a milestone."`: a sentence that opens with a person's name and quotes them.
function namedLead(lead: Segment, people: PeopleByWord): Segment | undefined {
  if (lead.text.length === 0 || lead.text.length > 120) return undefined;
  const first = /^\p{Lu}[\p{L}'’-]*/u.exec(lead.text)?.[0];
  return first !== undefined && people.has(first.replace(/['’]s$/, "")) ? lead : undefined;
}

/** People's names by each word of them that names only one person (`Zhao` → `Zhao Lei`). */
export type PeopleByWord = ReadonlyMap<string, string>;

/** The index `findQuotes` names speakers by. */
export function peopleByWord(names: readonly string[]): PeopleByWord {
  const counts = new Map<string, number>();
  for (const name of names)
    for (const word of new Set(name.split(/,?\s+/))) counts.set(word, (counts.get(word) ?? 0) + 1);
  const index = new Map<string, string>();
  for (const name of names)
    for (const word of name.split(/,?\s+/))
      if (word.length > 2 && counts.get(word) === 1) index.set(word, name);
  return index;
}

function nextOpening(source: string, from: number, end: number): number {
  for (let index = from; index < end; index++) {
    const code = source.charCodeAt(index);
    if (code === 0x201c || code === 34 || code === 0xab || code === 0x201e) return index;
  }
  return -1;
}

// The sentence's words before the opening mark.
function leadOf(source: string, paragraphStart: number, open: number): Segment {
  let start = open;
  while (start > paragraphStart && !endsLead(source.charCodeAt(start - 1))) start--;
  return trimmed(source, start, open);
}

// `.`, `!`, `?`, `”`, `"`: what ends the sentence before a quotation's lead.
function endsLead(code: number): boolean {
  return code === 46 || code === 33 || code === 63 || code === 0x201d || code === 34;
}

// `.`, `,`, `;`, `:`, `!`, `?`, `“`, `"`, `«`: what ends the cue after a quotation.
function endsCue(code: number): boolean {
  return (
    code === 46 ||
    code === 44 ||
    code === 59 ||
    code === 58 ||
    code === 33 ||
    code === 63 ||
    code === 0x201c ||
    code === 34 ||
    code === 0xab
  );
}

// `, the allies said in their joint statement following the talks.` → `the allies said in their joint statement`
function cueAfter(source: string, from: number, end: number): Segment | undefined {
  let start = from;
  while (start < end && (source.charCodeAt(start) === 44 || isWhiteSpace(source.charCodeAt(start)))) start++;
  let stop = start;
  while (stop < end && !endsCue(source.charCodeAt(stop))) stop++;
  const clause = trimmed(source, start, stop);
  if (clause.text.length === 0 || clause.text.length > 160 || !SPEECH.test(clause.text)) return undefined;
  return tightened(source, clause);
}

// `The statement said: ` before the quotation.
function cueBefore(source: string, lead: Segment): Segment | undefined {
  const match =
    /(?:^|,\s*)([^,]*?\b(?:said|says|stated|added|declared|reads?|according\s+to\s+[^,]+))\s*[:,]?$/i.exec(
      lead.text,
    );
  if (match === null) return undefined;
  const start = lead.start + match.index + match[0].indexOf(match[1] as string);
  return tightened(source, segment(source, start, start + (match[1] as string).length));
}

// The cue ends with its speech verb or its statement noun, whichever comes later: what follows
// (`following the talks`, `referring to …`) is not attribution.
function tightened(source: string, clause: Segment): Segment {
  let end = clause.start;
  const speech = SPEECH_ALL;
  speech.lastIndex = 0;
  for (let match = speech.exec(clause.text); match !== null; match = speech.exec(clause.text)) {
    end = Math.max(end, clause.start + match.index + match[0].length);
    if (/^according/i.test(match[0]))
      end = Math.max(end, clause.start + nounPhraseEnd(clause.text, match.index + match[0].length));
  }
  STATEMENT_NOUN.lastIndex = 0;
  for (let match = STATEMENT_NOUN.exec(clause.text); match !== null; match = STATEMENT_NOUN.exec(clause.text))
    end = Math.max(end, clause.start + match.index + match[0].length);
  const after = /^\s+(?:[A-Z][\p{L}'’-]*)(?:\s+[A-Z][\p{L}'’-]*)*/u.exec(source.slice(end, clause.end));
  if (after !== null && /said|says|told|added/.test(source.slice(clause.start, end))) end += after[0].length;
  return trimmed(source, clause.start, end);
}

// `according to Foreign Minister Anna Berg` runs to the end of the name.
function nounPhraseEnd(text: string, from: number): number {
  const match = /^\s+(?:the\s+|a\s+)?(?:[\p{L}'’-]+\s?){1,8}/u.exec(text.slice(from));
  return from + (match?.[0].trimEnd().length ?? 0);
}

function speakerOf(cue: Segment | undefined, people: PeopleByWord): Speaker {
  if (cue === undefined) return { kind: "unknown" };
  STATEMENT_NOUN.lastIndex = 0;
  if (STATEMENT_NOUN.test(cue.text)) return { kind: "statement" };
  let named: string | undefined;
  for (const word of cue.text.match(/\p{Lu}[\p{L}'’-]*/gu) ?? []) {
    named = people.get(word.replace(/['’]s$/, ""));
    if (named !== undefined) break;
  }
  if (named !== undefined) return { kind: "person", name: named };
  if (/\b(?:ministry|government|department|office|agency|council|embassy)\b/i.test(cue.text))
    return { kind: "organization" };
  if (
    /^(?:he|she)\b|\b(?:minister|secretary|spokesman|spokeswoman|spokesperson|president|ambassador|official|envoy)\b/i.test(
      cue.text,
    )
  )
    return { kind: "person" };
  return { kind: "unknown" };
}
