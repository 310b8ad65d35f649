import { closeSync, fstatSync, openSync, readFileSync, readSync } from "node:fs";
import { BOM, decodeUtf8, REPLACEMENT } from "./decode.js";

/** Files smaller than this are read into one buffer this thread keeps, not a new one each. */
const SMALL_FILE = 64 * 1024;
let scratch: Buffer | undefined;

/**
 * A file's text, decoded as UTF-8, with bytes that are not UTF-8 an error at their line and column
 * (see `decodeUtf8`). Most data files are small: they are read into a buffer kept for the purpose
 * (one open, reads to the end, one close: cheaper per file than `readFileSync`, which runs many
 * thousand times a run). A regular file that fills the buffer is read again whole; a pipe (`<(…)`,
 * `/dev/stdin`) cannot be, so the rest of it is read on.
 */
export function readFileText(path: string, file: string): string {
  scratch ??= Buffer.allocUnsafe(SMALL_FILE);
  const fd = openSync(path, "r");
  try {
    let size = 0;
    // Read to the end: a pipe can hand over its bytes in several reads.
    for (;;) {
      const read = readSync(fd, scratch, size, SMALL_FILE - size, null);
      size += read;
      if (read === 0) return decodeUtf8(scratch.subarray(0, size), file);
      if (size === SMALL_FILE) break;
    }
    if (fstatSync(fd).isFile()) return readLargeFileText(path, file);
    const rest = readFileSync(fd);
    return decodeUtf8(Buffer.concat([scratch, rest]), file);
  } finally {
    closeSync(fd);
  }
}

/**
 * A large file's text. Node's one-call read-and-decode is the fast path; it turns bad bytes into
 * U+FFFD silently, so a text holding U+FFFD is read again as bytes and checked, to report invalid
 * UTF-8 at its place (or to accept a U+FFFD the file really holds).
 */
function readLargeFileText(path: string, file: string): string {
  const text = readFileSync(path, "utf8");
  if (text.includes(REPLACEMENT)) return decodeUtf8(readFileSync(path), file);
  return text.startsWith(BOM) ? text.slice(1) : text;
}
