import type { ValidationIssue } from "@communique/core";
import type { NewsArticle } from "./news-article.js";

/**
 * Every quotation's attribution names something the article holds: a person or organization by
 * its local id, or a statement listed in `reports`. Runs on every valid article, so it looks ids up
 * in the (short) lists directly and builds messages only for a broken reference.
 */
export function checkArticleReferences(article: NewsArticle): ValidationIssue[] {
  const quotes = article.quotes;
  if (quotes === undefined) return [];
  const issues: ValidationIssue[] = [];
  for (let i = 0; i < quotes.length; i++) {
    const { kind, ref } = (quotes[i] as (typeof quotes)[number]).attribution;
    if (kind === "unknown") continue;
    if (ref === undefined) {
      issues.push({
        path: `/quotes/${i}/attribution`,
        code: "reference",
        message: `an attribution to a ${kind} needs "ref"`,
        params: { kind },
      });
      continue;
    }
    const known = knownIds(article, kind);
    if (!known.includes(ref)) {
      const what = kind === "statement" ? "statement listed in reports" : kind;
      issues.push({
        path: `/quotes/${i}/attribution/ref`,
        code: "reference",
        message:
          `"${ref}" names no ${what} in this document` +
          (known.length > 0 ? ` (known: ${known.join(", ")})` : ""),
        params: { ref, known },
      });
    }
  }
  return issues;
}

function knownIds(article: NewsArticle, kind: "person" | "organization" | "statement"): string[] {
  if (kind === "statement") return article.reports ?? [];
  const items: readonly { id?: string }[] =
    (kind === "person" ? article.people : article.organizations) ?? [];
  return items.flatMap((item) => (item.id === undefined ? [] : [item.id]));
}
