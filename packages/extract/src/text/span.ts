import type { Mention, TextSpan } from "@communique/core";

/** A stretch of the source text: where it stands and what it says. */
export interface Segment {
  start: number;
  end: number;
  text: string;
}

/** The segment of `source` between `start` and `end`. */
export function segment(source: string, start: number, end: number): Segment {
  return { start, end, text: source.slice(start, end) };
}

/** The segment with surrounding white space left out (an empty segment stays where it was). */
export function trimmed(source: string, start: number, end: number): Segment {
  let from = start;
  let to = end;
  while (from < to && isSpace(source.charCodeAt(from))) from++;
  while (to > from && isSpace(source.charCodeAt(to - 1))) to--;
  return segment(source, from, to);
}

/** A model span. */
export function spanOf(part: { start: number; end: number }): TextSpan {
  return { start: part.start, end: part.end };
}

/** A model mention: the text as written and where it stands. */
export function mentionOf(part: Segment): Mention {
  return { text: part.text, span: spanOf(part) };
}

/** Whether a code unit is white space (including the no-break space wire copy is full of). */
function isSpace(code: number): boolean {
  return (
    code === 32 ||
    (code >= 9 && code <= 13) ||
    code === 0xa0 ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x3000
  );
}

/** Whether `inner` lies within `outer`. */
export function within(
  inner: { start: number; end: number },
  outer: { start: number; end: number },
): boolean {
  return inner.start >= outer.start && inner.end <= outer.end;
}

/** Whether two stretches share at least one character. */
export function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}

/** Where `needle` first occurs in `source` between `from` and `end`, or -1; never looks past `end`. */
export function indexWithin(source: string, needle: string, from: number, end: number): number {
  const at = source.slice(from, end).indexOf(needle);
  return at === -1 ? -1 : from + at;
}

/** Where `needle` last occurs in `source` between `start` and `before`, or -1; never looks before `start`. */
export function lastIndexWithin(source: string, needle: string, start: number, before: number): number {
  const from = Math.max(0, start);
  const at = source.slice(from, before).lastIndexOf(needle);
  return at === -1 ? -1 : from + at;
}
