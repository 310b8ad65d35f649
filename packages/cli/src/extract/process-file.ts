import type { ExtractResult } from "@communique/extract";
import { extract, NothingToExtractError } from "@communique/extract";
import { InputError } from "../errors.js";
import { lineAndColumn } from "../source/position.js";
import { readText } from "./read-text.js";
import { summary } from "./summary.js";

/** How `communique extract` writes what it found. */
export type ExtractFormat = "json" | "ndjson" | "summary";

/** The options every file is read with. */
export interface ExtractSettings {
  format: ExtractFormat;
  published?: string;
  language?: string;
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
  let text: string;
  let result: ExtractResult;
  try {
    text = await readText(file);
    try {
      result = extract(text, {
        source: file,
        ...(settings.published === undefined ? {} : { published: settings.published }),
        ...(settings.language === undefined ? {} : { language: settings.language }),
      });
    } catch (error) {
      if (error instanceof NothingToExtractError)
        throw new InputError(file, "empty", "nothing to extract: the text is empty or only white space");
      throw error;
    }
  } catch (error) {
    if (error instanceof InputError) return { file, problem: error.message };
    throw error;
  }
  const warnings = result.warnings.map((warning) => {
    const place = warning.span === undefined ? file : `${file}:${position(text, warning.span.start)}`;
    return `${place}: warning: ${warning.message} [${warning.code}]`;
  });
  const found = { article: result.article, statements: result.statements };
  const output =
    settings.format === "ndjson"
      ? `${JSON.stringify(found)}\n`
      : settings.format === "json"
        ? `${JSON.stringify(found, null, 2)}\n`
        : summary(file, result, text);
  return { file, output, warnings };
}

function position(text: string, offset: number): string {
  const { line, column } = lineAndColumn(text, offset);
  return `${line}:${column}`;
}
