import { checkReferences, checkUniqueIds, type ValidationIssue } from "@communique/core";
import type { NewsArticle } from "./news-article.js";

/**
 * Every quotation's attribution names something the article holds: a person or organization by
 * its local id, or a statement listed in `reports`; and no two people or organizations share an id.
 */
export function checkArticleReferences(article: NewsArticle): ValidationIssue[] {
  const issues = [
    ...checkUniqueIds(article.people, "/people"),
    ...checkUniqueIds(article.organizations, "/organizations"),
  ];
  const quotes = article.quotes ?? [];
  if (quotes.length === 0) return issues;
  const refs = {
    person: [] as [string, string][],
    organization: [] as [string, string][],
    statement: [] as [string, string][],
  };
  quotes.forEach(({ attribution: { kind, ref } }, i) => {
    if (kind === "unknown") return;
    if (ref === undefined) {
      issues.push({
        path: `/quotes/${i}/attribution`,
        code: "reference",
        message: `an attribution to a ${kind} needs "ref"`,
        params: { kind },
      });
    } else {
      refs[kind].push([`/quotes/${i}/attribution/ref`, ref]);
    }
  });
  issues.push(
    ...checkReferences(refs.person, idsOf(article.people), "person"),
    ...checkReferences(refs.organization, idsOf(article.organizations), "organization"),
    ...checkReferences(refs.statement, new Set(article.reports ?? []), "statement listed in reports"),
  );
  return issues;
}

function idsOf(items: readonly { id?: string }[] | undefined): Set<string> {
  return new Set((items ?? []).flatMap((item) => (item.id === undefined ? [] : [item.id])));
}
