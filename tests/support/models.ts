import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { ValidationResult } from "@communique/core";
import { validateJointStatement } from "@communique/joint-statement";
import { validateNewsArticle } from "@communique/news-article";

/** The repository's root folder. */
export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

/** A model package as the tests see it. */
export interface ModelUnderTest {
  name: "news-article" | "joint-statement";
  packageDir: string;
  schemaFile: string;
  seedFile: string;
  validate(data: unknown): ValidationResult<unknown>;
}

export const MODELS: readonly ModelUnderTest[] = [
  { name: "news-article", validate: validateNewsArticle, ...paths("news-article") },
  { name: "joint-statement", validate: validateJointStatement, ...paths("joint-statement") },
];

function paths(name: string) {
  const packageDir = path.join(ROOT, "packages", name);
  return {
    packageDir,
    schemaFile: path.join(packageDir, "schema", `${name}.schema.json`),
    seedFile: path.join(ROOT, "examples", "seed", `${name}.json`),
  };
}

/** Parses a JSON file. */
export function readJson<T = unknown>(file: string): T {
  return JSON.parse(readFileSync(file, "utf8")) as T;
}

/** The JSON files in a folder, as `[name, absolute path]` pairs sorted by name. */
export function jsonFiles(dir: string): [string, string][] {
  return readdirSync(dir)
    .filter((file) => file.endsWith(".json"))
    .sort()
    .map((file) => [file.replace(/\.json$/, ""), path.join(dir, file)]);
}

/** Every `{ text, span }` pair in a document, with its JSON Pointer. */
export function* textSpans(
  node: unknown,
  at = "",
): Generator<{ path: string; text: string; start: number; end: number }> {
  if (Array.isArray(node)) {
    for (const [i, item] of node.entries()) yield* textSpans(item, `${at}/${i}`);
    return;
  }
  if (typeof node !== "object" || node === null) return;
  const record = node as Record<string, unknown>;
  const span = record.span as { start: number; end: number } | undefined;
  if (typeof record.text === "string" && span !== undefined) {
    yield { path: at, text: record.text, ...span };
  }
  if (typeof record.headline === "string" && record.headlineSpan !== undefined) {
    const { start, end } = record.headlineSpan as { start: number; end: number };
    yield { path: `${at}/headline`, text: record.headline, start, end };
  }
  if (typeof record.title === "string" && span !== undefined) {
    yield { path: `${at}/title`, text: record.title, ...span };
  }
  for (const [key, value] of Object.entries(record)) yield* textSpans(value, `${at}/${key}`);
}
