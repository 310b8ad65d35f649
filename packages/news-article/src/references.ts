import { attributionRefs, checkReferences, checkUniqueIds, type ValidationIssue } from "@communique/core";
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
  const { refs, issues: attributionIssues } = attributionRefs(article.quotes, "/quotes");
  issues.push(...attributionIssues);
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
