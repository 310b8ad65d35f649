import { readFile } from "node:fs/promises";
import { InputError } from "./errors.js";

/** Reads and parses one JSON file; an unreadable or malformed file is an `InputError` naming the place. */
export async function readJsonFile(file: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === "ENOENT" ? "no such file" : code === "EISDIR" ? "is a directory" : "cannot be read";
    throw new InputError(`${file}: ${reason}`);
  }
  return parseJson(text, file);
}

/** Parses JSON text; a syntax error becomes an `InputError` at `file:line:col`. */
export function parseJson(text: string, file: string): unknown {
  // A UTF-8 byte order mark is not JSON, but editors on Windows write one; accept it.
  const body = text.startsWith("\uFEFF") ? text.slice(1) : text;
  if (body.trim() === "") throw new InputError(`${file}:1:1: empty file, expected a JSON document`);
  try {
    return JSON.parse(body);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const position = /at position (\d+)/.exec(message)?.[1];
    const offset = position === undefined ? body.length : Number(position);
    const { line, column } = lineAndColumn(body, offset);
    const reason = message.replace(/\s*(in JSON )?at position \d+.*$/s, "").replace(/^JSON\.parse: /, "");
    throw new InputError(`${file}:${line}:${column}: malformed JSON: ${reason}`);
  }
}

/** The 1-based line and column of a character offset. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf("\n"); i !== -1 && i < offset; i = text.indexOf("\n", i + 1)) {
    line += 1;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}
