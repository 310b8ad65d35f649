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

/** Returns `data` as a NewsArticle when valid; throws a `ValidationError` listing every issue otherwise. */
export function assertNewsArticle(data: unknown): NewsArticle {
  return validator.assert(data);
}
