import { readFile } from "node:fs/promises";
import { issuesFromSchemaErrors, type SchemaErrorObject, type ValidationResult } from "@communique/core";
import { jointStatementSchemaId, validateJointStatement } from "@communique/joint-statement";
import { newsArticleSchemaId, validateNewsArticle } from "@communique/news-article";
import { InputError, UsageError } from "../errors.js";
import { decodeUtf8 } from "../source/decode.js";
import { parseJsonDocument } from "../source/json.js";
import { parseYamlDocuments } from "../source/yaml.js";

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

/** How a document finds its validator. Plain data, so that workers can rebuild it. */
export type SchemaChoice =
  | { kind: "detect" }
  | { kind: "model"; option: string }
  | { kind: "file"; path: string };

/** Reads `--schema`: a model name, a schema file, or nothing (detect from each document). */
export function schemaChoice(option: string | undefined): SchemaChoice {
  if (option === undefined) return { kind: "detect" };
  if (MODEL_OPTIONS.includes(option)) return { kind: "model", option };
  if (/\.(json|ya?ml)$/i.test(option) || option.includes("/") || option.includes("\\"))
    return { kind: "file", path: option };
  throw new UsageError(
    `unknown schema "${option}"; use ${MODEL_OPTIONS.join(", ")} or the path of a schema file`,
  );
}

/** Picks the validator for a document. Throws `InputError` when the document does not say what it is. */
export type ValidatorFor = (document: unknown, file: string, line: number) => Validator;

/** Turns a schema choice into a function that picks each document's validator. */
export async function validatorFor(choice: SchemaChoice): Promise<ValidatorFor> {
  if (choice.kind === "model") {
    const model = MODELS.find((m) => m.option === choice.option) as KnownModel;
    return () => model;
  }
  if (choice.kind === "file") {
    const validator = await compileSchemaFile(choice.path);
    return () => validator;
  }
  return (document, file, line) => {
    const model = detectModel(document);
    if (model !== undefined) return model;
    throw new InputError(
      file,
      "undetected",
      `the document does not say what it is: give it a "type" (${MODELS.map((m) => m.name).join(" or ")}) or a "$schema", or pass --schema`,
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
 * Compiles a schema file the user passed. Only then is ajv loaded and a schema compiled at run
 * time; the built-in models use their precompiled validators.
 */
async function compileSchemaFile(path: string): Promise<Validator> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch {
    throw new UsageError(`cannot read the schema file ${path}`);
  }
  let schema: unknown;
  try {
    const text = decodeUtf8(bytes, path);
    const [document] = /\.ya?ml$/i.test(path)
      ? parseYamlDocuments(text, path)
      : [parseJsonDocument(text, path)];
    if (document instanceof InputError) throw document;
    schema = document?.value;
  } catch (error) {
    throw new UsageError(`the schema file ${error instanceof Error ? error.message : String(error)}`);
  }
  if (typeof schema !== "object" || schema === null || Array.isArray(schema)) {
    throw new UsageError(`the schema file ${path} does not hold a JSON Schema object`);
  }
  const dialect = String((schema as { $schema?: unknown }).$schema ?? "");
  const [{ default: formats }, ajvModule] = await Promise.all([
    import("ajv-formats"),
    dialect.includes("2020-12")
      ? import("ajv/dist/2020.js")
      : dialect.includes("2019-09")
        ? import("ajv/dist/2019.js")
        : import("ajv"),
  ]);
  const Ajv = ajvModule.default as unknown as typeof import("ajv").Ajv;
  const ajv = new Ajv({ allErrors: true, verbose: true, strict: false });
  (formats as unknown as (ajv: unknown) => void)(ajv);
  let compiled: ReturnType<typeof ajv.compile>;
  try {
    compiled = ajv.compile(schema as Record<string, unknown>);
  } catch (error) {
    throw new UsageError(
      `the schema file ${path} does not compile: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  return {
    name: path,
    validate(data) {
      if (compiled(data)) return { ok: true, value: data };
      return { ok: false, issues: issuesFromSchemaErrors((compiled.errors ?? []) as SchemaErrorObject[]) };
    },
  };
}
