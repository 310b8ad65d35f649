import type { StatementKind } from "@communique/joint-statement";
import { type Segment, segment } from "../text/span.js";

/** A naming of a statement's kind (`joint statement`, `Joint Communiqué`, `the Oslo Declaration`). */
export interface KindHit extends Segment {
  kind: StatementKind;
  /** A titled document's name, e.g. `Oslo Declaration`. */
  title?: string;
}

const KINDS =
  /\b([Jj]oint\s+(?:[Pp]ress\s+)?[Ss]tatement|[Jj]oint\s+[Cc]ommuniqu[eé]|[Jj]oint\s+[Pp]ress\s+[Rr]elease|[Jj]oint\s+[Dd]eclaration|[Cc]hair(?:man|person)?['’]s\s+[Ss]tatement)(?![\p{L}])|\b((?:\p{Lu}[\p{L}-]+\s+){1,4}(?:Declaration|Communiqu[eé]))(?![\p{L}])/gu;

/** Every naming of a joint statement's kind in the given stretches. */
export function findKinds(source: string, ranges: readonly Segment[]): KindHit[] {
  const hits: KindHit[] = [];
  for (const range of ranges) {
    const text = source.slice(range.start, range.end);
    if (!/oint|eclaration|ommuniqu|tatement/.test(text)) continue;
    KINDS.lastIndex = 0;
    for (let match = KINDS.exec(text); match !== null; match = KINDS.exec(text)) {
      const start = range.start + match.index;
      if (match[1] !== undefined) {
        hits.push({ ...segment(source, start, start + match[0].length), kind: kindOf(match[0]) });
        continue;
      }
      // A titled document: `the Oslo Declaration`, whose first word is not a sentence's `The`.
      const words = (match[2] as string).split(/\s+/);
      while (words.length > 1 && /^(?:The|A|In|On|At|Under|Signing)$/.test(words[0] as string)) words.shift();
      const plainStart = start + match[0].length - words.join(" ").length;
      if (/^joint$/i.test(words[0] as string)) {
        hits.push({ ...segment(source, plainStart, start + match[0].length), kind: kindOf(words.join(" ")) });
        continue;
      }
      if (words.length < 2) continue;
      const title = words.join(" ");
      const titleStart = start + match[0].length - title.length;
      const last = words[words.length - 1] as string;
      hits.push({
        ...segment(source, titleStart, start + match[0].length),
        kind: /Declaration/.test(last)
          ? "declaration"
          : /Statement/.test(last)
            ? "joint-statement"
            : "communique",
        title,
      });
    }
  }
  return hits;
}

function kindOf(written: string): StatementKind {
  const lower = written.toLowerCase().replace(/\s+/g, " ");
  if (lower.includes("communiq")) return "joint-communique";
  if (lower.includes("press release")) return "joint-press-release";
  if (lower.includes("declaration")) return "joint-declaration";
  if (lower.startsWith("chair")) return "chairs-statement";
  return "joint-statement";
}
