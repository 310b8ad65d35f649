import { readFile } from "node:fs/promises";
import * as momoa from "@humanwhocodes/momoa";
import { InputError } from "./errors.js";

/** Reads and parses one JSON file; an unreadable or malformed file is an `InputError` naming the place. */
export async function readJsonFile(file: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason =
      code === "ENOENT" ? "no such file" : code === "EISDIR" ? "is a directory" : "cannot be read";
    throw new InputError(`${file}: ${reason}`);
  }
  return parseJson(text, file);
}

/**
 * Parses JSON text; a syntax error becomes an `InputError` at `file:line:col`. The fast built-in
 * parser reads the text; only when it fails is the text parsed again to find where.
 */
export function parseJson(text: string, file: string): unknown {
  // A UTF-8 byte order mark is not JSON, but editors on Windows write one; accept it.
  const body = text.startsWith("\uFEFF") ? text.slice(1) : text;
  if (body.trim() === "") throw new InputError(`${file}:1:1: empty file, expected a JSON document`);
  try {
    return JSON.parse(body);
  } catch (error) {
    throw new InputError(`${file}:${locateSyntaxError(body, error)}`);
  }
}

function locateSyntaxError(body: string, parseError: unknown): string {
  try {
    momoa.parse(body);
  } catch (error) {
    const { line, column, message } = error as { line?: number; column?: number; message: string };
    if (line !== undefined && column !== undefined) {
      return `${line}:${column}: malformed JSON: ${message.replace(/\s*\(\d+:\d+\)$/, "")}`;
    }
  }
  return `1:1: malformed JSON: ${parseError instanceof Error ? parseError.message : String(parseError)}`;
}
