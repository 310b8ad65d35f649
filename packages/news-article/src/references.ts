import { checkReferences, type ValidationIssue } from "@communique/core";
import type { NewsArticle } from "./news-article.js";

/**
 * Every quotation's attribution names something the article holds: a person or organization by
 * its local id, or a statement listed in `reports`.
 */
export function checkArticleReferences(article: NewsArticle): ValidationIssue[] {
  const known = {
    person: idsOf(article.people),
    organization: idsOf(article.organizations),
    statement: new Set(article.reports ?? []),
  };
  const refs = {
    person: [] as [string, string][],
    organization: [] as [string, string][],
    statement: [] as [string, string][],
  };
  const issues: ValidationIssue[] = [];
  article.quotes?.forEach((quote, i) => {
    const { kind, ref } = quote.attribution;
    const path = `/quotes/${i}/attribution/ref`;
    if (kind === "unknown") return;
    if (ref === undefined) {
      issues.push({
        path: `/quotes/${i}/attribution`,
        code: "reference",
        message: `an attribution to a ${kind} needs "ref"`,
        params: { kind },
      });
      return;
    }
    refs[kind].push([path, ref]);
  });
  issues.push(
    ...checkReferences(refs.person, known.person, "person"),
    ...checkReferences(refs.organization, known.organization, "organization"),
    ...checkReferences(refs.statement, known.statement, "statement listed in reports"),
  );
  return issues;
}

function idsOf(items: readonly { id?: string }[] | undefined): Set<string> {
  return new Set((items ?? []).flatMap((item) => (item.id === undefined ? [] : [item.id])));
}
