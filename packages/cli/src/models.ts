import type { ValidationResult } from "@communique/core";
import { jointStatementSchemaId, validateJointStatement } from "@communique/joint-statement";
import { newsArticleSchemaId, validateNewsArticle } from "@communique/news-article";

/** A model the command knows: how documents say they are one, and how to validate them. */
export interface KnownModel {
  /** The name used with `--schema`, e.g. `news-article`. */
  name: string;
  /** The value of the document's `type` discriminator, e.g. `NewsArticle`. */
  type: string;
  /** The schema's `$id`, which a document may give as its `$schema`. */
  schemaId: string;
  validate(data: unknown): ValidationResult<unknown>;
}

/** The models, by their `--schema` name. */
export const MODELS: readonly KnownModel[] = [
  {
    name: "news-article",
    type: "NewsArticle",
    schemaId: newsArticleSchemaId,
    validate: validateNewsArticle,
  },
  {
    name: "joint-statement",
    type: "JointStatement",
    schemaId: jointStatementSchemaId,
    validate: validateJointStatement,
  },
];

/** The model a document says it is, by its `$schema` or its `type`; `undefined` when it says nothing we know. */
export function detectModel(document: unknown): KnownModel | undefined {
  if (typeof document !== "object" || document === null || Array.isArray(document)) return undefined;
  const { $schema, type } = document as { $schema?: unknown; type?: unknown };
  return MODELS.find((model) => model.schemaId === $schema) ?? MODELS.find((model) => model.type === type);
}
