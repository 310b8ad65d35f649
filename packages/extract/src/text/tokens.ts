import type { Segment } from "./span.js";

/** A word of the text: letters and digits, with inner dots, apostrophes and hyphens (`U.S.`, `Jeh-seung`, `d'Ivoire`). */
export interface Token extends Segment {
  /** Whether it starts with a capital letter. */
  capitalized: boolean;
}

// A trailing dot is kept only after a one-letter part, as in `U.S.`, so that a sentence's full stop
// does not become part of its last word.
const WORD = /[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*(?:(?<=(?:^|[.\s])\p{Lu})\.)?/gu;

/** The words of `source` between `start` and `end`, in order. */
export function tokenize(source: string, start = 0, end = source.length): Token[] {
  const tokens: Token[] = [];
  WORD.lastIndex = start;
  for (let match = WORD.exec(source); match !== null && match.index < end; match = WORD.exec(source)) {
    const text = match[0];
    const first = text.charCodeAt(0);
    tokens.push({
      start: match.index,
      end: match.index + text.length,
      text,
      capitalized: first < 128 ? first >= 65 && first <= 90 : text[0] !== text[0]?.toLowerCase(),
    });
  }
  return tokens;
}

/** The word without a possessive ending: `Korea’s` → `Korea`, `allies'` is left alone. */
export function withoutPossessive(token: Segment): Segment {
  const ending = /['’]s$/.exec(token.text);
  if (ending === null) return token;
  return { start: token.start, end: token.end - 2, text: token.text.slice(0, -2) };
}

/** Whether the text between two positions is only white space (a single run, no line break). */
export function adjacent(source: string, from: number, to: number): boolean {
  if (to - from > 3) return false;
  for (let index = from; index < to; index++) {
    const code = source.charCodeAt(index);
    if (code !== 32 && code !== 0xa0) return false;
  }
  return true;
}
