import { sha256 } from "@noble/hashes/sha2";
import { bytesToHex } from "@noble/hashes/utils";

/**
 * The SHA-256 of a text's UTF-8 bytes, as 64 lowercase hex digits: the fingerprint `provenance.sha256`
 * records. Synchronous and free of Node built-ins, so that it runs in a browser as in Node.
 */
export function textSha256(text: string): string {
  return bytesToHex(sha256(new TextEncoder().encode(text)));
}
