import { createReadStream } from "node:fs";
import { InputError } from "../errors.js";
import { isBlank } from "../source/blank.js";
import { decodeUtf8 } from "../source/decode.js";
import { parseJsonDocument } from "../source/json.js";
import { readFileText } from "../source/read-file.js";
import { readStdin } from "../source/stdin.js";
import { parseYamlDocuments } from "../source/yaml.js";
import { checkDocument, checkLineBatch } from "./check-documents.js";
import type { InputKind } from "./input-kind.js";
import { checkNdjsonStream } from "./ndjson-input.js";
import { emptyOutcome, type InputOutcome } from "./outcome.js";
import { readError, toProblem } from "./problems.js";
import type { ValidatorFor } from "./schemas.js";

/** One input to check: a file, or standard input. */
export interface Input {
  /** The name reports use: the path as the user gave or globbed it, or `-`. */
  file: string;
  /** Where to read it; absent for standard input. */
  path?: string;
  kind: InputKind;
}

/** Checks one input and returns what it found; never throws for a problem with the input. */
export async function checkInput(
  input: Input,
  validatorFor: ValidatorFor,
  maxFailures: number,
): Promise<InputOutcome> {
  const { file } = input;
  if (input.kind === "ndjson") {
    const stream = input.path === undefined ? process.stdin : createReadStream(input.path);
    const checkBatch = (bytes: Buffer, firstLine: number) =>
      checkLineBatch(bytes, firstLine, file, validatorFor, maxFailures);
    return checkNdjsonStream(stream, file, checkBatch, maxFailures);
  }
  if (isFileToRead(input)) return checkFile(input, validatorFor, maxFailures);
  const outcome = emptyOutcome(file);
  let text: string | undefined;
  try {
    text = decodeUtf8(await readStdin(), file);
    checkText(text, input, validatorFor, maxFailures, outcome);
  } catch (error) {
    outcome.problems.push(toProblem(readError(withNdjsonHint(error, text, input), file), file));
  }
  return outcome;
}

/**
 * Standard input read as one JSON document fails at the second line when it holds one document a
 * line (what `extract --format ndjson` writes): say to read it as NDJSON.
 */
function withNdjsonHint(error: unknown, text: string | undefined, input: Input): unknown {
  if (!(error instanceof InputError) || error.code !== "malformed" || input.kind !== "json") return error;
  const lines = (text ?? "").split("\n").filter((line) => !isBlank(line));
  if (lines.length < 2) return error;
  try {
    JSON.parse(lines[0] as string);
  } catch {
    return error;
  }
  const place = error.line === undefined ? undefined : { line: error.line, column: error.column ?? 1 };
  return new InputError(
    error.file,
    error.code,
    `${error.reason}; it holds one JSON document a line: read it with --input-format ndjson`,
    place,
  );
}

/** Whether an input is a JSON or YAML file, which `checkFile` checks without waiting for anything. */
export function isFileToRead(input: Input): boolean {
  return input.kind !== "ndjson" && input.path !== undefined;
}

/**
 * Checks a JSON or YAML file, synchronously: the path most runs take for every input, kept free
 * of promise overhead.
 */
export function checkFile(input: Input, validatorFor: ValidatorFor, maxFailures: number): InputOutcome {
  const outcome = emptyOutcome(input.file);
  try {
    checkText(readFileText(input.path as string, input.file), input, validatorFor, maxFailures, outcome);
  } catch (error) {
    outcome.problems.push(toProblem(readError(error, input.file), input.file));
  }
  return outcome;
}

function checkText(
  text: string,
  input: Input,
  validatorFor: ValidatorFor,
  maxFailures: number,
  outcome: InputOutcome,
): void {
  const { file } = input;
  if (isBlank(text)) {
    const expected = input.kind === "yaml" ? "YAML" : "JSON";
    throw new InputError(file, "empty", `empty file, expected ${expected}`, { line: 1, column: 1 });
  }
  const documents = input.kind === "yaml" ? parseYamlDocuments(text, file) : [parseJsonDocument(text, file)];
  for (const document of documents) {
    if (document instanceof InputError) outcome.problems.push(toProblem(document, file));
    else checkDocument(document, file, validatorFor, outcome, maxFailures);
  }
}
