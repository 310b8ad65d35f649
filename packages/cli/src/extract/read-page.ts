import { createHash } from "node:crypto";
import { readFileSync, statSync } from "node:fs";
import { decodePage, type ExtractPageResult, extractPage, PageError } from "@communique/extract/html";
import { readError } from "../check/problems.js";
import { InputError, type InputErrorCode } from "../errors.js";
import { readStdin } from "../source/stdin.js";

/** The largest page read, in bytes: a saved page with inline images can be large. */
export const MAX_PAGE_BYTES = 32 * 1024 * 1024;

const CODES: Record<PageError["code"], InputErrorCode> = {
  "too-large": "too-large",
  "too-deep": "too-deep",
  "not-html": "binary",
  "no-content": "empty",
};

/**
 * Reads a saved web page (a file, or `-` for standard input) and extracts from it, with the
 * SHA-256 of the page's bytes recorded; a page that cannot be read is an `InputError`.
 */
export async function extractFromPage(
  file: string,
  options: { published?: string; language?: string },
): Promise<ExtractPageResult & { notes: string[] }> {
  let bytes: Uint8Array;
  try {
    if (file === "-") {
      bytes = await readStdin({ maxBytes: MAX_PAGE_BYTES, tooLarge: (size) => tooLarge(file, size) });
    } else {
      const size = statSync(file).size;
      if (size > MAX_PAGE_BYTES) throw tooLarge(file, size);
      bytes = readFileSync(file);
    }
  } catch (error) {
    throw readError(error, file);
  }
  const decoded = decodePage(bytes);
  try {
    const result = extractPage(decoded.html, {
      source: file,
      pageSha256: createHash("sha256").update(bytes).digest("hex"),
      ...options,
    });
    return { ...result, notes: decoded.note === undefined ? [] : [decoded.note] };
  } catch (error) {
    if (error instanceof PageError) throw new InputError(file, CODES[error.code], error.message);
    throw error;
  }
}

function tooLarge(file: string, size: number): InputError {
  const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
  return new InputError(
    file,
    "too-large",
    `${megabytes(size)} or more: larger than any page read (the limit is ${megabytes(MAX_PAGE_BYTES)})`,
  );
}
