import { createModelValidator, type GeneratedValidator, type ValidationResult } from "@communique/core";
import {
  definitionPaths,
  schemaId,
  validate as schemaValidator,
  walkModelRules,
} from "./generated/validator.js";
import type { NewsArticle } from "./news-article.js";
import { checkArticleReferences } from "./references.js";

/** The `$id` of the NewsArticle schema, which an instance may give as its `$schema`. */
export const newsArticleSchemaId: string = schemaId;

const validator = createModelValidator<NewsArticle>({
  model: "NewsArticle",
  schemaValidator: schemaValidator as GeneratedValidator,
  definitionPaths,
  walkModelRules,
  documentRules: checkArticleReferences,
});

/** Validates `data` as a NewsArticle: the schema, then the model rules. Returns a result; never throws for bad data. */
export function validateNewsArticle(data: unknown): ValidationResult<NewsArticle> {
  return validator.validate(data);
}

/** Whether `data` is a valid NewsArticle; narrows its type. */
export function isNewsArticle(data: unknown): data is NewsArticle {
  return validator.is(data);
}

/**
 * Throws a `ValidationError` listing every issue unless `data` is a valid NewsArticle. An assertion
 * function: once it returns, TypeScript knows `data` is a `NewsArticle`, so no value is returned.
 */
export function assertNewsArticle(data: unknown): asserts data is NewsArticle {
  validator.assert(data);
}
