import { InputError } from "../errors.js";
import { isBlank } from "./blank.js";
import type { SourceDocument } from "./document.js";
import { findSyntaxProblem, pointerLocator } from "./json-tokens.js";
import { lineAndColumn } from "./position.js";

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
    const message = error instanceof Error ? error.message : String(error);
    const problem = findSyntaxProblem(text);
    if (problem !== undefined) {
      throw new InputError(file, "malformed", `malformed JSON: ${problem.message}`, {
        line: problem.line + firstLine - 1,
        column: problem.column,
      });
    }
    // What the tokenizer lets through (a control character inside a string, say), JSON.parse
    // places by character offset in its message.
    const offset = /at position (\d+)/.exec(message)?.[1];
    const place = offset === undefined ? { line: 1, column: 1 } : lineAndColumn(text, Number(offset));
    const reason = message.replace(/\s*(in JSON )?at position \d+.*$/s, "");
    throw new InputError(file, "malformed", `malformed JSON: ${reason}`, {
      line: place.line + firstLine - 1,
      column: place.column,
    });
  }
  const locator = pointerLocator(text);
  return {
    value,
    line: firstLine,
    locate(pointer) {
      const { line, column } = locator(pointer);
      return { line: line + firstLine - 1, column };
    },
  };
}
