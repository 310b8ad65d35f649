import { InputError } from "../errors.js";
import { terminalSafe } from "../report/terminal-safe.js";
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
    // places by character offset in its message; it is told in the tokenizer's words.
    const offset = /at position (\d+)/.exec(message)?.[1];
    const place = offset === undefined ? { line: 1, column: 1 } : lineAndColumn(text, Number(offset));
    const character = offset === undefined ? undefined : text[Number(offset)];
    const reason =
      /control character/i.test(message) && character !== undefined
        ? `a control character in a string: write it as ${escaped(character)}`
        : sentence(message.replace(/\s*(in JSON )?at position \d+.*$/s, ""));
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

/** A character as a JSON escape, `\u0007`. */
function escaped(character: string): string {
  return `\\u${character.charCodeAt(0).toString(16).padStart(4, "0")}`;
}

/** JSON.parse's message in the style of ours: no capital, no full stop. */
function sentence(message: string): string {
  return terminalSafe(message.charAt(0).toLowerCase() + message.slice(1).replace(/\.$/, ""));
}
