import { sha256 } from "@noble/hashes/sha2";
import { bytesToHex } from "@noble/hashes/utils";

type NodeHash = (text: string) => string;

// On Node.js (20.16 and later) the built-in hash is reached at run time, not imported, so a browser
// bundle never sees it: several times faster than hashing in JavaScript for a text of some kilobytes.
// Its one-shot `hash` (Node 20.12 and later) builds no Hash object: about 3.5 µs against 5-8 µs for
// a seed-sized text, which `extract` pays for every text.
const nodeHash: NodeHash | undefined = (() => {
  const getBuiltin = (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }).process
    ?.getBuiltinModule;
  const crypto = getBuiltin?.("node:crypto") as
    | {
        hash?: (algorithm: string, text: string, encoding: string) => string;
        createHash(algorithm: string): {
          update(text: string, encoding: string): { digest(encoding: string): string };
        };
      }
    | undefined;
  if (crypto === undefined) return undefined;
  const { hash } = crypto;
  // A string is hashed as its UTF-8 bytes, as `update(text, "utf8")` does.
  if (hash !== undefined) return (text: string) => hash("sha256", text, "hex");
  return (text: string) => crypto.createHash("sha256").update(text, "utf8").digest("hex");
})();

/**
 * The SHA-256 of a text's UTF-8 bytes, as 64 lowercase hex digits: the fingerprint `provenance.sha256`
 * records. Synchronous and free of imported Node built-ins, so that it runs in a browser as in Node.
 */
export function textSha256(text: string): string {
  return nodeHash === undefined ? bytesToHex(sha256(new TextEncoder().encode(text))) : nodeHash(text);
}
