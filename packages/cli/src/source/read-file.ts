import { readFileSync } from "node:fs";
import { BOM, decodeUtf8, REPLACEMENT } from "./decode.js";

/**
 * A file's text, decoded as UTF-8. Node's own one-call read-and-decode is the fast path; it turns
 * bad bytes into U+FFFD silently, so a text holding U+FFFD is read again as bytes and checked, to
 * report invalid UTF-8 at its place (or to accept a U+FFFD the file really holds).
 */
export function readFileText(path: string, file: string): string {
  const text = readFileSync(path, "utf8");
  if (text.includes(REPLACEMENT)) return decodeUtf8(readFileSync(path), file);
  return text.startsWith(BOM) ? text.slice(1) : text;
}
