import { isUtf8 } from "node:buffer";
import { InputError } from "../errors.js";
import { lineAndColumn } from "./position.js";

const BOM = "\uFEFF";
const REPLACEMENT = "\uFFFD";

/**
 * Decodes a file's bytes as UTF-8 text. A byte order mark is dropped (editors on Windows write
 * one); bytes that are not UTF-8 are an error at the line and column of the first bad byte, rather
 * than text silently mended with U+FFFD.
 */
export function decodeUtf8(bytes: Uint8Array, file: string, firstLine = 1): string {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const text = buffer.toString("utf8");
  if (!isUtf8(buffer)) throw invalidUtf8(buffer, text, file, firstLine);
  return text.startsWith(BOM) ? text.slice(1) : text;
}

function invalidUtf8(bytes: Buffer, text: string, file: string, firstLine: number): InputError {
  // The decoder put U+FFFD where the bytes went wrong; a U+FFFD that the file really holds is
  // encoded as EF BF BD, so skip those.
  for (let at = text.indexOf(REPLACEMENT); at !== -1; at = text.indexOf(REPLACEMENT, at + 1)) {
    const offset = Buffer.byteLength(text.slice(0, at));
    if (!(bytes[offset] === 0xef && bytes[offset + 1] === 0xbf && bytes[offset + 2] === 0xbd)) {
      const { line, column } = lineAndColumn(text, at);
      const byte = bytes[offset]?.toString(16).padStart(2, "0");
      return new InputError(file, "encoding", `invalid UTF-8: byte 0x${byte} at byte offset ${offset}`, {
        line: line + firstLine - 1,
        column,
      });
    }
  }
  return new InputError(file, "encoding", "invalid UTF-8");
}
