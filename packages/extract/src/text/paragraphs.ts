import type { Line } from "./layout.js";
import { endsOnAbbreviation } from "./sentences.js";
import { type Segment, segment } from "./span.js";

/**
 * The body's paragraphs: one a line, except where copy was wrapped by hand (a line that stops
 * mid-sentence, followed with no blank line by one that goes on in lower case), which is joined
 * back into one paragraph spanning both lines.
 */
export function paragraphs(source: string, lines: readonly Line[]): Segment[] {
  const result: Segment[] = [];
  let previous: Line | undefined;
  for (const line of lines) {
    if (line.role !== "body") {
      previous = undefined;
      continue;
    }
    const last = result[result.length - 1];
    if (previous !== undefined && last !== undefined && continues(source, previous, line)) {
      result[result.length - 1] = segment(source, last.start, line.end);
    } else {
      result.push(segment(source, line.start, line.end));
    }
    previous = line;
  }
  return result;
}

// A line that stops mid-sentence, and the lines that go on one.
const ENDS_SENTENCE = /[.!?:"”’)]$/;
const GOES_ON = /^[\p{Ll}(,;]/u;
const STOPS_MID_WORD_RUN = /[,;\p{Ll}-]$/u;

function continues(source: string, previous: Line, next: Line): boolean {
  const between = source.slice(previous.end, next.start);
  if ((between.match(/\n/g)?.length ?? 0) > 1) return false;
  // `… Minister of Economy, Ms.` / `Ana Ruiz, …`: a courtesy's stop ends no sentence.
  if (endsOnAbbreviation(previous.text)) return true;
  if (ENDS_SENTENCE.test(previous.text)) return false;
  return GOES_ON.test(next.text) || STOPS_MID_WORD_RUN.test(previous.text);
}

/**
 * Whether the line break at `at` is one of hand-wrapped copy, inside a paragraph, by the same test
 * as `paragraphs`: not before a blank line, after a line that stops mid-sentence.
 */
export function isSoftBreak(source: string, at: number): boolean {
  const lineStart = source.lastIndexOf("\n", at - 1) + 1;
  const before = source.slice(lineStart, at).trimEnd();
  const nextEnd = source.indexOf("\n", at + 1);
  const after = source.slice(at + 1, nextEnd === -1 ? source.length : nextEnd).trimStart();
  if (before.length === 0 || after.length === 0) return false;
  if (endsOnAbbreviation(before)) return true;
  if (ENDS_SENTENCE.test(before)) return false;
  return GOES_ON.test(after) || STOPS_MID_WORD_RUN.test(before);
}
