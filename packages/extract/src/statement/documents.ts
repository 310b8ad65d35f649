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
  kinds: readonly KindHit[],
  quotes: readonly QuoteHit[],
): ReportedDocument[] {
  const groups = new Map<string, ReportedDocument>();
  for (const kind of kinds) {
    const key = kind.title ?? kind.kind;
    const group = groups.get(key) ?? { kinds: [], quotes: [] };
    group.kinds.push(kind);
    groups.set(key, group);
  }
  const documents = [...groups.values()];
  if (documents.length === 0) return quotes.length === 0 ? [] : [{ kinds: [], quotes: [...quotes] }];
  for (const quote of quotes)
    (documentOf(quote, documents) ?? (documents[0] as ReportedDocument)).quotes.push(quote);
  return documents;
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
