import type { ExtractResult } from "@communique/extract";
import { extract, NothingToExtractError } from "@communique/extract";
import { InputError } from "../errors.js";
import { lineAndColumn } from "../source/position.js";
import { isPageFile } from "./page-file.js";
import { readText } from "./read-text.js";
import { summary } from "./summary.js";

/** How `communique extract` writes what it found. */
export type ExtractFormat = "json" | "ndjson" | "summary";

/** The options every file is read with. */
export interface ExtractSettings {
  format: ExtractFormat;
  published?: string;
  language?: string;
  /** How inputs are read: `html` as web pages, `text` as text; by default by extension (`.html`, `.htm`). */
  inputFormat?: "text" | "html";
}

/** One file's outcome: its output and warnings as they are printed, or why it has none. */
export type FileOutcome =
  | { file: string; output: string; warnings: string[] }
  | { file: string; problem: string };

/**
 * Reads and extracts one file, and formats the result: the same steps on this thread and on a
 * worker. An input error is an outcome; anything else is a bug and is thrown.
 */
export async function processFile(file: string, settings: ExtractSettings): Promise<FileOutcome> {
  let found: { text: string; result: ExtractResult; notes: string[] };
  try {
    found = await read(file, settings);
  } catch (error) {
    if (error instanceof InputError) return { file, problem: error.message };
    throw error;
  }
  const { text, result, notes } = found;
  const warnings = notes.map((note) => `${file}: warning: ${note} [encoding]`);
  warnings.push(
    ...result.warnings.map((warning) => {
      const place = warning.span === undefined ? file : `${file}:${position(text, warning.span.start)}`;
      return `${place}: warning: ${warning.message} [${warning.code}]`;
    }),
  );
  const extracted = { article: result.article, statements: result.statements };
  const output =
    settings.format === "ndjson"
      ? `${JSON.stringify(extracted)}\n`
      : settings.format === "json"
        ? `${JSON.stringify(extracted, null, 2)}\n`
        : summary(file, result, text);
  return { file, output, warnings };
}

/**
 * The text extracted from and what was found in it: a web page (by `--input-format html` or its
 * extension) is read through `extractPage`, whose spans point into the page's clean text; anything
 * else is read as text.
 */
async function read(
  file: string,
  settings: ExtractSettings,
): Promise<{ text: string; result: ExtractResult; notes: string[] }> {
  const options = {
    ...(settings.published === undefined ? {} : { published: settings.published }),
    ...(settings.language === undefined ? {} : { language: settings.language }),
  };
  if (settings.inputFormat === "html" || (settings.inputFormat === undefined && isPageFile(file))) {
    // The page reader (Readability over a DOM) is loaded only when a page is read: text pays nothing for it.
    const { extractFromPage } = await import("./read-page.js");
    const page = await extractFromPage(file, options);
    return { text: page.text, result: page, notes: page.notes };
  }
  const text = await readText(file);
  try {
    return { text, result: extract(text, { source: file, ...options }), notes: [] };
  } catch (error) {
    if (error instanceof NothingToExtractError)
      throw new InputError(file, "empty", "nothing to extract: the text is empty or only white space");
    throw error;
  }
}

function position(text: string, offset: number): string {
  const { line, column } = lineAndColumn(text, offset);
  return `${line}:${column}`;
}
