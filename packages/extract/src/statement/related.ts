import type { EventRelation } from "@communique/joint-statement";
import { dateAt } from "../dates.js";
import type { CityHit } from "../entities/countries.js";
import { indexWithin, type Segment, segment } from "../text/span.js";
import { sentenceEndAfter } from "./meeting.js";

/** An earlier meeting the text relates to the statement's forum. */
export interface RelatedHit {
  relation: EventRelation;
  description: Segment;
  date?: Segment;
  place?: CityHit;
}

// Sticky: each is tried only where its first words stand (see `RELATIONS`).
const LAUNCH =
  /\b(?:launched|established|created|set up|founded|agreed to (?:launch|establish|create|set up))\b[^.]*?\b(?:during|at)\s+(the\s+(?:\p{L}+\s+){0,3}(?:meeting|summit|talks|session|visit|conference)\b)/iuy;
const FOLLOW_UP =
  /\b(?:follow(?:s|ing|ed)?[- ]up (?:on|to)|builds? on)\s+(the\s+(?:\p{L}+\s+){0,3}(?:meeting|summit|talks|session|statement|declaration)\b)/iuy;

// Each relation: its pattern; where the pattern may start, found without the Unicode flag, which V8
// scans several times faster (`ſ` written in, as Unicode case folding takes it for `s`); and the words
// that must stand in a paragraph, as written, for it to be read at all.
const RELATIONS = [
  {
    pattern: LAUNCH,
    starts: /launched|e[sſ]tabli[sſ]hed|created|[sſ]et up|founded|agreed to /gi,
    cue: /launched|established|created|set up|founded|agreed to/,
    relation: "launched-at",
  },
  { pattern: FOLLOW_UP, starts: /follow|build/gi, cue: /follow|builds? on/, relation: "follow-up-to" },
] as const;

/** Meetings the text says the forum was launched at, or that this one follows up. */
export function findRelated(
  source: string,
  ranges: readonly Segment[],
  cities: readonly CityHit[],
): RelatedHit[] {
  const related: RelatedHit[] = [];
  for (const range of ranges) {
    const text = source.slice(range.start, range.end);
    for (const { pattern, starts, cue, relation } of RELATIONS) {
      if (!cue.test(text)) continue;
      for (let match = matchFrom(pattern, starts, text, 0); match !== null; ) {
        const start = range.start + match.index + match[0].length - (match[1] as string).length;
        const end = clauseEnd(source, start, range.end);
        const description = segment(source, start, end);
        const hit: RelatedHit = { relation, description };
        const place = cities.find((city) => city.start >= start && city.end <= end);
        if (place !== undefined) hit.place = place;
        const date = lastDate(source, description);
        if (date !== undefined) hit.date = date;
        related.push(hit);
        match = matchFrom(pattern, starts, text, match.index + match[0].length);
      }
    }
  }
  return related;
}

function clauseEnd(source: string, from: number, limit: number): number {
  const sentenceEnd = sentenceEndAfter(source, from, limit);
  const comma = indexWithin(source, ",", from, sentenceEnd);
  return comma !== -1 ? comma : sentenceEnd;
}

/**
 * The first match of a sticky pattern at or after `from`, tried only where `starts` (a global pattern
 * that matches wherever the sticky one does) finds it may begin.
 */
function matchFrom(pattern: RegExp, starts: RegExp, text: string, from: number): RegExpExecArray | null {
  starts.lastIndex = from;
  for (let start = starts.exec(text); start !== null; start = starts.exec(text)) {
    pattern.lastIndex = start.index;
    const match = pattern.exec(text);
    if (match !== null) return match;
    starts.lastIndex = start.index + 1;
  }
  return null;
}

// The last date expression in the description (`… in Washington in October`, `… earlier in the year`).
function lastDate(source: string, description: Segment): Segment | undefined {
  let found: Segment | undefined;
  const text = description.text;
  // Tried at each word's start: a letter or digit after none. Read by code point, as the Unicode
  // pattern `(?<![\p{L}\p{N}])[\p{L}\p{N}]` did, without a match array for each word.
  let afterWordChar = false;
  for (let at = 0; at < text.length; ) {
    const code = text.codePointAt(at) as number;
    const size = code > 0xffff ? 2 : 1;
    const wordChar = isLetterOrDigit(code, text, at, size);
    if (wordChar && !afterWordChar) found = dateAt(source, description.start + at, description.end) ?? found;
    afterWordChar = wordChar;
    at += size;
  }
  return found;
}

const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;

// Whether the code point at `at` (`size` code units) is a letter or a digit.
function isLetterOrDigit(code: number, text: string, at: number, size: number): boolean {
  if (code < 128)
    return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
  return LETTER_OR_DIGIT.test(text.slice(at, at + size));
}
