import type { QuoteHit } from "../quotes.js";
import type { KindHit } from "./kinds.js";

/** One document the article reports: the words that name it, and the quotations from it. */
export interface ReportedDocument {
  kinds: KindHit[];
  quotes: QuoteHit[];
}

// The kind words a quotation's cue may use, for each kind of document.
const CUE_WORDS: readonly [RegExp, readonly string[]][] = [
  [/declaration/i, ["joint-declaration", "declaration"]],
  [/communiqu/i, ["joint-communique", "communique"]],
  [/press release|release/i, ["joint-press-release"]],
  [/statement/i, ["joint-statement", "chairs-statement"]],
];

/**
 * The documents an article reports, told apart by title or kind (`the Oslo Declaration` and `a joint
 * statement` are two), in the order they are first named; each quotation goes to the document its
 * cue names, else to the one named last before it, else to the first. With no document named, the
 * quotations make one.
 */
export function reportedDocuments(
  source: string,
  kinds: readonly KindHit[],
  quotes: readonly QuoteHit[],
): ReportedDocument[] {
  const groups = new Map<string, ReportedDocument>();
  const titled = kinds.filter((kind) => kind.title !== undefined);
  const entitled = new Map<string, KindHit>();
  for (const kind of kinds) {
    if (kind.title !== undefined) continue;
    const following = titled.find(
      (other) => other.start >= kind.end && ENTITLED.test(source.slice(kind.end, other.start)),
    );
    if (following !== undefined && !entitled.has(kind.kind)) entitled.set(kind.kind, following);
  }
  const keyed: { kind: KindHit; key: string }[] = [];
  for (const kind of kinds) {
    const key =
      kind.title ?? sameAsTitled(source, kind, titled, entitled)?.title ?? namedBefore(source, kind, keyed);
    keyed.push({ kind, key });
    const group = groups.get(key) ?? { kinds: [], quotes: [] };
    group.kinds.push(kind);
    groups.set(key, group);
  }
  const documents = [...groups.values()];
  // `two joint declarations`: as many documents as the text counts, when it counts more
  // than it names apart.
  for (const kind of kinds) {
    const counted = countBefore(source, kind);
    const named = documents.filter((document) => hasKind(document, kind)).length;
    for (let extra = named; extra < counted; extra++) documents.push({ kinds: [kind], quotes: [] });
  }
  if (documents.length === 0) return quotes.length === 0 ? [] : [{ kinds: [], quotes: [...quotes] }];
  for (const quote of quotes)
    (documentOf(quote, documents) ?? (documents[0] as ReportedDocument)).quotes.push(quote);
  return documents;
}

// `… issued a joint statement on Thursday. The communique also …`: a document named with the
// definite article and no title is one named before it.
const DEFINITE_BEFORE = /\b(?:the|this|that)\s+(?:joint\s+)?$/i;
const MADE_BY_AFTER =
  /^\s*,?\s*(?:that|which)\b[^.;]{0,70}?\b(?:signed|issued|adopted|released|agreed|had)\b/i;

/** The key of the document a general naming refers back to, or its own kind's when it names a new one. */
function namedBefore(
  source: string,
  kind: KindHit,
  keyed: readonly { kind: KindHit; key: string }[],
): string {
  if (keyed.length === 0 || !DEFINITE_BEFORE.test(source.slice(Math.max(0, kind.start - 12), kind.start)))
    return kind.kind;
  // `the communique that India and the United States had signed`: told apart by who made it.
  if (MADE_BY_AFTER.test(source.slice(kind.end, kind.end + 100))) return kind.kind;
  // Of its own kind if one was named, else the one named last.
  const before = keyed.filter((named) => named.kind.start < kind.start);
  const same = before.filter((named) => named.kind.kind === kind.kind);
  return (same[same.length - 1] ?? before[before.length - 1])?.key ?? kind.kind;
}

function documentOf(quote: QuoteHit, documents: readonly ReportedDocument[]): ReportedDocument | undefined {
  const cue = quote.cue?.text ?? "";
  const titled = documents.find((document) =>
    document.kinds.some((kind) => kind.title !== undefined && cue.includes(kind.title)),
  );
  if (titled !== undefined) return titled;
  const named = CUE_WORDS.find(([pattern]) => pattern.test(cue))?.[1];
  const byKind =
    named === undefined
      ? []
      : documents.filter((document) => document.kinds.some((kind) => named.includes(kind.kind)));
  if (byKind.length === 1) return byKind[0];
  // Several candidates, or none named: the document named last before the quotation.
  const candidates = byKind.length > 0 ? byKind : documents;
  let last: { document: ReportedDocument; at: number } | undefined;
  for (const document of candidates)
    for (const kind of document.kinds)
      if (kind.start < quote.text.start && (last === undefined || kind.start > last.at))
        last = { document, at: kind.start };
  return last?.document ?? candidates[0];
}

const COUNTS: Readonly<Record<string, number>> = {
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  2: 2,
  3: 3,
  4: 4,
  5: 5,
};
// Not after a letter or digit by a lookbehind (a case-insensitive `[^\p{L}\d]` is slow for V8 to compile).
const COUNTED = /(?<![\p{L}\d])(two|three|four|five|[2-5])\s+(?:new\s+|separate\s+|further\s+)?$/iu;

/** How many documents a plural naming counts: `two joint declarations` is 2; else 1. */
function countBefore(source: string, kind: KindHit): number {
  if (!/s$/i.test(kind.text)) return 1;
  const counted = COUNTED.exec(source.slice(Math.max(0, kind.start - 20), kind.start));
  return counted === null ? 1 : (COUNTS[(counted[1] as string).toLowerCase()] ?? 1);
}

function hasKind(document: ReportedDocument, kind: KindHit): boolean {
  return document.kinds.some((other) => other.kind === kind.kind);
}

// The kinds a titled document's name may be given in general words: `a joint declaration` and
// `the Washington Declaration` are one document when the text titles only one declaration.
const GENERAL_FORMS: Readonly<Record<string, readonly string[]>> = {
  declaration: ["joint-declaration", "declaration"],
  communique: ["joint-communique", "communique"],
};
const ENTITLED = /^\s*,?\s*(?:entitled|titled|called|named|dubbed|known as)\s*["“‘']?\s*$/i;

/**
 * The titled document a general naming is: the title that follows it (`a joint statement entitled
 * "Tokyo Declaration …"`), or the one title of its kind in the text.
 */
function sameAsTitled(
  source: string,
  kind: KindHit,
  titled: readonly KindHit[],
  entitled: ReadonlyMap<string, KindHit>,
): KindHit | undefined {
  const following = titled.find(
    (other) => other.start >= kind.end && ENTITLED.test(source.slice(kind.end, other.start)),
  );
  if (following !== undefined) return following;
  // Once `a joint statement entitled "…"`, every `joint statement` of the text is that one.
  const named = entitled.get(kind.kind);
  if (named !== undefined) return named;
  const ofKind = titled.filter((other) => GENERAL_FORMS[other.kind]?.includes(kind.kind));
  const titles = new Set(ofKind.map((other) => other.title));
  return titles.size === 1 && countBefore(source, kind) === 1 ? ofKind[0] : undefined;
}
