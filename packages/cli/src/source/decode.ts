import { isUtf8 } from "node:buffer";
import { InputError } from "../errors.js";
import { lineAndColumn } from "./position.js";

/** The byte order mark, as a character. */
export const BOM = "\uFEFF";
/** What a decoder puts where bytes are not UTF-8. */
export const REPLACEMENT = "\uFFFD";

/**
 * Decodes a file's bytes as UTF-8 text. A byte order mark is dropped (editors on Windows write
 * one); bytes that are not UTF-8 are an error at the line and column of the first bad byte, rather
 * than text silently mended with U+FFFD.
 */
export function decodeUtf8(bytes: Uint8Array, file: string, firstLine = 1): string {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const utf16 = firstLine === 1 ? utf16Order(buffer) : undefined;
  if (utf16 !== undefined)
    throw new InputError(file, "encoding", `UTF-16 (${utf16}) text, not UTF-8: save the file as UTF-8`, {
      line: 1,
      column: 1,
    });
  const text = buffer.toString("utf8");
  if (!isUtf8(buffer)) throw invalidUtf8(buffer, text, file, firstLine);
  // Only a file's start can hold a byte order mark; later batches of an NDJSON file keep theirs.
  return firstLine === 1 && text.startsWith(BOM) ? text.slice(1) : text;
}

function invalidUtf8(bytes: Buffer, text: string, file: string, firstLine: number): InputError {
  // The decoder put U+FFFD where the bytes went wrong; a U+FFFD that the file really holds is
  // encoded as EF BF BD, so skip those. The byte offset is carried along, not recounted.
  let offset = 0;
  let counted = 0;
  for (let at = text.indexOf(REPLACEMENT); at !== -1; at = text.indexOf(REPLACEMENT, at + 1)) {
    offset += Buffer.byteLength(text.slice(counted, at));
    counted = at;
    if (!(bytes[offset] === 0xef && bytes[offset + 1] === 0xbf && bytes[offset + 2] === 0xbd)) {
      const { line, column } = lineAndColumn(text, at);
      const byte = bytes[offset]?.toString(16).padStart(2, "0");
      // A byte order mark is dropped from the text, so it does not count as a column.
      const bom = line === 1 && firstLine === 1 && text.startsWith(BOM) ? 1 : 0;
      return new InputError(file, "encoding", `invalid UTF-8: byte 0x${byte}`, {
        line: line + firstLine - 1,
        column: column - bom,
      });
    }
  }
  return new InputError(file, "encoding", "invalid UTF-8");
}

/**
 * The byte order of a file in UTF-16 (as Windows tools write text), told by its byte order mark or,
 * without one, by the zero byte beside each of its first two ASCII characters.
 */
function utf16Order(bytes: Buffer): "little-endian" | "big-endian" | undefined {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return "little-endian";
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return "big-endian";
  if (bytes.length < 4) return undefined;
  const [a, b, c, d] = bytes;
  if (a !== 0 && b === 0 && c !== 0 && d === 0) return "little-endian";
  if (a === 0 && b !== 0 && c === 0 && d !== 0) return "big-endian";
  return undefined;
}
