import { InputError } from "../errors.js";
import { isBlank } from "./blank.js";
import type { SourceDocument } from "./document.js";
import { findSyntaxProblem, locatePointer } from "./json-tokens.js";

/**
 * Parses one JSON document. `JSON.parse` does the work; only when it fails is the text tokenized
 * to say where. `firstLine` places a document that starts further down a file (NDJSON).
 */
export function parseJsonDocument(text: string, file: string, firstLine = 1): SourceDocument {
  if (isBlank(text)) {
    throw new InputError(file, "empty", "empty document, expected JSON", { line: firstLine, column: 1 });
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const problem = findSyntaxProblem(text);
    const reason = problem?.message ?? (error instanceof Error ? error.message : String(error));
    const place =
      problem === undefined
        ? { line: firstLine, column: 1 }
        : { line: problem.line + firstLine - 1, column: problem.column };
    throw new InputError(file, "malformed", `malformed JSON: ${reason}`, place);
  }
  return {
    value,
    line: firstLine,
    locate(pointer) {
      const { line, column } = locatePointer(text, pointer);
      return { line: line + firstLine - 1, column };
    },
  };
}
