import type { ValidationIssue, ValidationResult } from "@communique/core";
import { type JointStatement, validateJointStatement } from "@communique/joint-statement";
import { type NewsArticle, validateNewsArticle } from "@communique/news-article";
import type { Validator } from "./schemas.js";

/** What `communique extract` writes for one text: `{ "article": …, "statements": […] }`. */
export interface Extraction {
  article: unknown;
  statements: unknown[];
}

/**
 * Whether a document is what `communique extract` writes: an object with an `article` object and a
 * `statements` array and nothing else. It says what it holds by that shape, so `extract … | validate`
 * and `extract … | convert` take it as it is.
 */
export function isExtraction(document: unknown): document is Extraction {
  if (typeof document !== "object" || document === null || Array.isArray(document)) return false;
  const keys = Object.keys(document);
  const { article, statements } = document as Partial<Extraction>;
  return (
    keys.length === 2 &&
    typeof article === "object" &&
    article !== null &&
    !Array.isArray(article) &&
    Array.isArray(statements)
  );
}

/** Extract's output, valid: an article and the statements it reports. */
export interface ValidExtraction {
  article: NewsArticle;
  statements: JointStatement[];
}

/**
 * Validates extract's output: the article as a NewsArticle, each statement as a JointStatement,
 * with every issue's path from the top of the whole document (`/statements/0/parties`).
 */
export function validateExtraction(data: unknown): ValidationResult<ValidExtraction> {
  if (!isExtraction(data))
    return { ok: false, issues: [{ path: "", code: "type", message: "not extract's output" }] };
  const issues: ValidationIssue[] = [];
  const collect = (result: ValidationResult<unknown>, prefix: string) => {
    if (!result.ok)
      for (const issue of result.issues) issues.push({ ...issue, path: `${prefix}${issue.path}` });
  };
  collect(validateNewsArticle(data.article), "/article");
  data.statements.forEach((statement, i) => {
    collect(validateJointStatement(statement), `/statements/${i}`);
  });
  return issues.length === 0 ? { ok: true, value: data as ValidExtraction } : { ok: false, issues };
}

/** The validator `validate` picks for extract's output. */
export const EXTRACTION_VALIDATOR: Validator = {
  name: "NewsArticle and JointStatements",
  validate: validateExtraction,
};
