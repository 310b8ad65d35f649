import type { Line } from "./layout.js";
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

function continues(source: string, previous: Line, next: Line): boolean {
  const between = source.slice(previous.end, next.start);
  if ((between.match(/\n/g)?.length ?? 0) > 1) return false;
  if (/[.!?:"”’)]$/.test(previous.text)) return false;
  return /^[\p{Ll}(,;]/u.test(next.text) || /[,;\p{Ll}-]$/u.test(previous.text);
}
