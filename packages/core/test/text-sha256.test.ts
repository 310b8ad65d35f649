import { createHash } from "node:crypto";
import { sha256 } from "@noble/hashes/sha2";
import { bytesToHex } from "@noble/hashes/utils";
import { describe, expect, it } from "vitest";
import { textSha256 } from "../src/index.js";

describe("textSha256", () => {
  it.each([
    ["", "empty"],
    ["Seoul and Washington said Wednesday.", "ASCII"],
    ["“Curly”, São Paulo, 서울, Ελλάδα, 😀", "beyond ASCII"],
    ["a lone surrogate \ud800 in the text", "a lone surrogate, as UTF-8 gives it (U+FFFD)"],
  ])("is the SHA-256 of the UTF-8 bytes, in Node as in a browser (%s: %s)", (text) => {
    const inBrowser = bytesToHex(sha256(new TextEncoder().encode(text)));
    expect(textSha256(text)).toBe(inBrowser);
    expect(textSha256(text)).toBe(createHash("sha256").update(text, "utf8").digest("hex"));
  });
});
