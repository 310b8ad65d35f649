import type { ValidationIssue } from "@communique/core";
import { readError } from "./check/problems.js";
import { InputError } from "./errors.js";
import { decodeUtf8 } from "./source/decode.js";
import type { SourceDocument } from "./source/document.js";
import { parseJsonDocument } from "./source/json.js";
import { readFileText } from "./source/read-file.js";
import { readStdin } from "./source/stdin.js";

/** One JSON document read for `convert`, with its name for messages. */
export interface ConvertInput {
  /** The name messages use: the path as given, or `-` for standard input. */
  file: string;
  document: SourceDocument;
}

/**
 * Reads one JSON document from a file or, for `-`, standard input. A missing file, bad UTF-8 or
 * malformed JSON is an `InputError` naming the file and, when known, the line and column.
 */
export async function readConvertInput(file: string): Promise<ConvertInput> {
  try {
    const text = file === "-" ? decodeUtf8(await readStdin(), file) : readFileText(file, file);
    return { file, document: parseJsonDocument(text, file) };
  } catch (error) {
    throw readError(error, file);
  }
}

/** The line and column of the value at a JSON Pointer (or its nearest enclosing value), if known. */
export function locate(input: ConvertInput, pointer: string): { line: number; column: number } | undefined {
  try {
    return input.document.locate(pointer);
  } catch {
    return undefined;
  }
}

/** `file:line:col` of the value at a JSON Pointer (or its nearest enclosing value). */
export function placeOf(input: ConvertInput, pointer: string): string {
  const place = locate(input, pointer);
  return place === undefined ? input.file : `${input.file}:${place.line}:${place.column}`;
}

/** One line per issue: `file:line:col: /pointer: message`. */
export function issueLines(input: ConvertInput, issues: readonly ValidationIssue[]): string[] {
  return issues.map(
    (issue) => `${placeOf(input, issue.path)}: ${issue.path === "" ? "/" : issue.path}: ${issue.message}`,
  );
}

/** The model a communique document says it is, from its `type`. */
export function modelOf(input: ConvertInput): "NewsArticle" | "JointStatement" {
  const value = input.document.value as { type?: unknown; uri?: unknown } | null;
  const type = typeof value === "object" && value !== null && !Array.isArray(value) ? value.type : undefined;
  if (type === "NewsArticle" || type === "JointStatement") return type;
  const hint =
    typeof value === "object" && value !== null && typeof value.uri === "string"
      ? " (a ninjs item? use --from ninjs)"
      : "";
  throw new InputError(
    input.file,
    "undetected",
    `not a NewsArticle or JointStatement: "type" is neither${hint}`,
    {
      line: input.document.line,
      column: 1,
    },
  );
}
