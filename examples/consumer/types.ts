// Type-checks against the published declarations: a consumer's TypeScript that uses the types.
import type { ValidationIssue } from "@communique/core";
import type { JointStatement, Provision } from "@communique/joint-statement";
import {
  assertNewsArticle,
  isNewsArticle,
  type NewsArticle,
  validateNewsArticle,
} from "@communique/news-article";

export function headlineOf(data: unknown): string | undefined {
  return isNewsArticle(data) ? data.headline : undefined;
}

// An assertion function: past it, `data` is a NewsArticle without a cast.
export function headlineOrThrow(data: unknown): string {
  assertNewsArticle(data);
  return data.headline;
}

export function issuesOf(data: unknown): ValidationIssue[] {
  const result = validateNewsArticle(data);
  return result.ok ? [] : result.issues;
}

export function reaffirmations(statement: JointStatement): Provision[] {
  return (statement.provisions ?? []).filter((provision) => provision.action === "reaffirm");
}

export const paragraphCount = (article: NewsArticle): number => article.body.paragraphs.length;
