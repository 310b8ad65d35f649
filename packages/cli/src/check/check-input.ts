import { createReadStream } from "node:fs";
import type { Readable } from "node:stream";
import { InputError } from "../errors.js";
import { isBlank } from "../source/blank.js";
import { decodeUtf8 } from "../source/decode.js";
import type { SourceDocument } from "../source/document.js";
import { parseJsonDocument } from "../source/json.js";
import { readLineBatches } from "../source/ndjson.js";
import { readFileText } from "../source/read-file.js";
import { parseYamlDocuments } from "../source/yaml.js";
import { checkDocument, checkLineBatch, toProblem } from "./check-documents.js";
import type { InputKind } from "./input-kind.js";
import { emptyOutcome, type InputOutcome, mergeOutcome } from "./outcome.js";
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
  if (input.path !== undefined && input.kind !== "ndjson") return checkFile(input, validatorFor, maxFailures);
  const { file } = input;
  const outcome = emptyOutcome(file);
  try {
    if (input.kind === "ndjson") {
      const stream = input.path === undefined ? process.stdin : createReadStream(input.path);
      await checkNdjson(stream, file, validatorFor, maxFailures, outcome);
    } else {
      const chunks: Buffer[] = [];
      for await (const chunk of process.stdin as AsyncIterable<Buffer>) chunks.push(chunk);
      checkText(decodeUtf8(Buffer.concat(chunks), file), input, validatorFor, maxFailures, outcome);
    }
  } catch (error) {
    outcome.problems.push(toProblem(readError(error, file), file));
  }
  return outcome;
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
  const documents: SourceDocument[] =
    input.kind === "yaml" ? parseYamlDocuments(text, file) : [parseJsonDocument(text, file)];
  for (const document of documents) checkDocument(document, file, validatorFor, outcome, maxFailures);
}

async function checkNdjson(
  stream: Readable,
  file: string,
  validatorFor: ValidatorFor,
  maxFailures: number,
  outcome: InputOutcome,
) {
  try {
    for await (const batch of readLineBatches(stream)) {
      if (batch.tooLong === true) {
        outcome.problems.push({
          file,
          code: "malformed",
          reason: "line too long to read",
          line: batch.firstLine,
          column: 1,
        });
        continue;
      }
      mergeOutcome(
        outcome,
        checkLineBatch(batch.bytes, batch.firstLine, file, validatorFor, maxFailures),
        maxFailures,
      );
    }
    const documents = Object.keys(outcome.valid).length + Object.keys(outcome.invalid).length;
    if (documents === 0 && outcome.problems.length === 0) {
      outcome.problems.push({ file, code: "empty", reason: "empty file, expected one JSON document a line" });
    }
  } catch (error) {
    outcome.problems.push(toProblem(readError(error, file), file));
  }
}

/** A file-system error as an input error that says what went wrong in words. */
export function readError(error: unknown, file: string): unknown {
  if (error instanceof InputError) return error;
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === undefined) return error;
  const reasons: Record<string, string> = {
    ENOENT: "no such file",
    EISDIR: "is a directory",
    EACCES: "permission denied",
    EPERM: "permission denied",
    ELOOP: "symbolic link loop",
    ENAMETOOLONG: "file name too long",
    ERR_STRING_TOO_LONG: "file too large to read as one document; use NDJSON for large collections",
    ERR_FS_FILE_TOO_LARGE: "file too large to read as one document; use NDJSON for large collections",
  };
  return new InputError(file, "unreadable", reasons[code] ?? `cannot be read (${code})`);
}
