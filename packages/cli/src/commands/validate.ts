import type { ValidationIssue } from "@communique/core";
import { InputError, UsageError } from "../errors.js";
import { detectModel, type KnownModel, MODELS } from "../models.js";
import { readJsonFile } from "../read-json.js";

/** The outcome for one input: the model it was checked against and its issues, or why it could not be checked. */
export type Verdict =
  | { file: string; model: string; issues: ValidationIssue[] }
  | { file: string; error: string };

/** Options of `communique validate`. */
export interface ValidateOptions {
  /** A model name (`news-article`, `joint-statement`) to use instead of detecting it from each document. */
  schema?: string;
}

/** Validates each file and returns a verdict per file, in order. */
export async function validateFiles(
  files: readonly string[],
  options: ValidateOptions = {},
): Promise<Verdict[]> {
  const forced = options.schema === undefined ? undefined : modelNamed(options.schema);
  const verdicts: Verdict[] = [];
  for (const file of files) {
    try {
      const document = await readJsonFile(file);
      const model = forced ?? detectModel(document);
      if (model === undefined) {
        throw new InputError(
          `${file}: the document does not say what it is; give it a "type" (${MODELS.map((m) => m.type).join(" or ")}) or a "$schema", or pass --schema`,
        );
      }
      const result = model.validate(document);
      verdicts.push({ file, model: model.type, issues: result.ok ? [] : result.issues });
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      verdicts.push({ file, error: error.message });
    }
  }
  return verdicts;
}

function modelNamed(name: string): KnownModel {
  const model = MODELS.find((m) => m.name === name);
  if (model === undefined) {
    throw new UsageError(`unknown schema "${name}"; use ${MODELS.map((m) => m.name).join(" or ")}`);
  }
  return model;
}
