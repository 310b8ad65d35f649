import { readFileSync, statSync } from "node:fs";
import { readError } from "../check/problems.js";
import { InputError } from "../errors.js";
import { decodeUtf8 } from "../source/decode.js";
import { lineAndColumn } from "../source/position.js";
import { readStdin } from "../source/stdin.js";

/** The largest text `extract` reads: far past any article, short of what would hold up a batch. */
export const MAX_TEXT_BYTES = 8 * 1024 * 1024;

/**
 * A text file's contents as UTF-8. Too large a file, bytes that are not UTF-8, and a NUL character
 * (the mark of a binary file) are `InputError`s naming the file and the place.
 */
export async function readText(file: string): Promise<string> {
  let text: string;
  try {
    if (file === "-") {
      const bytes = await readStdin({ maxBytes: MAX_TEXT_BYTES, tooLarge: (size) => tooLarge(file, size) });
      text = decodeUtf8(bytes, file);
    } else {
      const size = statSync(file).size;
      if (size > MAX_TEXT_BYTES) throw tooLarge(file, size);
      text = decodeUtf8(readFileSync(file), file);
    }
  } catch (error) {
    throw readError(error, file);
  }
  const nul = text.indexOf("\u0000");
  if (nul !== -1)
    throw new InputError(
      file,
      "binary",
      "a NUL character: this is a binary file, not text",
      lineAndColumn(text, nul),
    );
  return text;
}

function tooLarge(file: string, size: number): InputError {
  const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
  return new InputError(
    file,
    "too-large",
    `${megabytes(size)} or more: larger than any article (the limit is ${megabytes(MAX_TEXT_BYTES)})`,
  );
}
