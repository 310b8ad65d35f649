import { checkAgainstOriginal, type ValidationResult } from "@communique/core";
import { jointStatementSchemaId, validateJointStatement } from "@communique/joint-statement";
import { newsArticleSchemaId, validateNewsArticle } from "@communique/news-article";
import { InputError, UsageError } from "../errors.js";
import type { CompiledSchema, SchemaFileOptions } from "../schema/compile-schema.js";
import { EXTRACTION_VALIDATOR, isExtraction } from "./extraction.js";

/** Something documents are validated against: a model, or a schema file the user gave. */
export interface Validator {
  /** How reports name it: the model (`NewsArticle`) or the schema file. */
  name: string;
  validate(data: unknown): ValidationResult<unknown>;
}

/** A model the command knows: its `--schema` name, its `type` discriminator and its schema `$id`. */
interface KnownModel extends Validator {
  option: string;
  schemaId: string;
}

const MODELS: readonly KnownModel[] = [
  {
    option: "news-article",
    name: "NewsArticle",
    schemaId: newsArticleSchemaId,
    validate: validateNewsArticle,
  },
  {
    option: "joint-statement",
    name: "JointStatement",
    schemaId: jointStatementSchemaId,
    validate: validateJointStatement,
  },
];

/** The `--schema` names of the built-in models. */
export const MODEL_OPTIONS = MODELS.map((model) => model.option);

/**
 * How a document finds its validator, and the original text its spans are checked against
 * (`--text`), if any. Plain data, so that workers can rebuild it.
 */
export type SchemaChoice = (
  | { kind: "detect" }
  | { kind: "model"; option: string }
  | ({ kind: "file" } & SchemaFileOptions)
) & { original?: { file: string; text: string } };

/**
 * Reads `--schema`: a model name, a schema file, or nothing (detect from each document). `file`
 * holds how a schema file is read (`--ref`, `--spec`, `--formats`).
 */
export function schemaChoice(
  option: string | undefined,
  file: Omit<SchemaFileOptions, "path"> = {},
): SchemaChoice {
  if (option === undefined) return { kind: "detect" };
  if (MODEL_OPTIONS.includes(option)) return { kind: "model", option };
  if (/\.(json|ya?ml)$/i.test(option) || option.includes("/") || option.includes("\\"))
    return { kind: "file", ...file, path: option };
  throw new UsageError(
    `unknown schema "${option}"; use ${MODEL_OPTIONS.join(", ")} or the path of a schema file`,
  );
}

/** Picks the validator for a document. Throws `InputError` when the document does not say what it is. */
export type ValidatorFor = (document: unknown, file: string, line: number) => Validator;

/** Turns a schema choice into a function that picks each document's validator. */
export async function validatorFor(choice: SchemaChoice): Promise<ValidatorFor> {
  const pick = await pickValidator(choice);
  const { original } = choice;
  if (original === undefined) return pick;
  // Once a document passes its model, its spans are held to the original text.
  const checked = new Map<Validator, Validator>();
  return (document, file, line) => {
    const validator = pick(document, file, line);
    let withText = checked.get(validator);
    if (withText === undefined) {
      withText = {
        name: validator.name,
        validate(data) {
          const result = validator.validate(data);
          if (!result.ok) return result;
          const issues = checkAgainstOriginal(data, original.text);
          return issues.length === 0 ? result : { ok: false, issues };
        },
      };
      checked.set(validator, withText);
    }
    return withText;
  };
}

async function pickValidator(choice: SchemaChoice): Promise<ValidatorFor> {
  if (choice.kind === "model") {
    const model = MODELS.find((m) => m.option === choice.option) as KnownModel;
    return () => model;
  }
  if (choice.kind === "file") {
    const { validate } = await compiledSchemaFile(choice);
    const validator: Validator = { name: choice.path, validate };
    return () => validator;
  }
  return (document, file, line) => {
    const model = detectModel(document);
    if (model !== undefined) return model;
    if (isExtraction(document)) return EXTRACTION_VALIDATOR;
    throw new InputError(
      file,
      "undetected",
      `the document does not say what it is: give it a "type" (${MODELS.map((m) => m.name).join(" or ")}) or a "$schema", or pass --schema (extract's output, { "article": …, "statements": […] }, is read as it is)`,
      { line, column: 1 },
    );
  };
}

function detectModel(document: unknown): KnownModel | undefined {
  if (typeof document !== "object" || document === null || Array.isArray(document)) return undefined;
  const { $schema, type } = document as { $schema?: unknown; type?: unknown };
  return MODELS.find((model) => model.schemaId === $schema) ?? MODELS.find((model) => model.name === type);
}

/**
 * Compiles the schema file of a choice, once per thread: only then is ajv loaded and a schema
 * compiled at run time; the built-in models use their precompiled validators.
 */
export async function compiledSchemaFile(
  choice: Extract<SchemaChoice, { kind: "file" }>,
): Promise<CompiledSchema> {
  const key = JSON.stringify(choice);
  let compiled = compiledFiles.get(key);
  if (compiled === undefined) {
    // Loaded only here: a run against the built-in models never loads the schema compiler.
    const { compileSchemaFile } = await import("../schema/compile-schema.js");
    compiled = compileSchemaFile(choice);
    compiledFiles.set(key, compiled);
  }
  return compiled;
}

const compiledFiles = new Map<string, CompiledSchema>();
