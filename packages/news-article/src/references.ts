import { attributionRefs, checkReferences, checkUniqueIds, type ValidationIssue } from "@communique/core";
import type { NewsArticle } from "./news-article.js";

/**
 * Every quotation's attribution names something the article holds: a person or organization by
 * its local id, or a statement listed in `reports`; and no two people or organizations share an id.
 */
export function checkArticleReferences(article: NewsArticle): ValidationIssue[] {
  const issues = checkUniqueIds(article.people, "/people");
  issues.push(...checkUniqueIds(article.organizations, "/organizations"));
  if (article.quotes === undefined || article.quotes.length === 0) return issues;
  const { refs, issues: attributionIssues } = attributionRefs(article.quotes, "/quotes");
  issues.push(...attributionIssues);
  if (refs.person.length > 0) issues.push(...checkReferences(refs.person, idsOf(article.people), "person"));
  if (refs.organization.length > 0)
    issues.push(...checkReferences(refs.organization, idsOf(article.organizations), "organization"));
  if (refs.statement.length > 0)
    issues.push(...checkReferences(refs.statement, new Set(article.reports), "statement listed in reports"));
  return issues;
}

function idsOf(items: readonly { id?: string }[] | undefined): Set<string> {
  const ids = new Set<string>();
  if (items === undefined) return ids;
  for (let i = 0; i < items.length; i++) {
    const id = (items[i] as { id?: string }).id;
    if (id !== undefined) ids.add(id);
  }
  return ids;
}
