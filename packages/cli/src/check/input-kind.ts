import { UsageError } from "../errors.js";

/** How an input's bytes are read. */
export type InputKind = "json" | "yaml" | "ndjson";

/** The kinds, with the file extensions that select them. */
const INPUT_KINDS: Record<InputKind, readonly string[]> = {
  json: [".json"],
  yaml: [".yaml", ".yml"],
  ndjson: [".ndjson", ".jsonl"],
};

/** The kind an extension selects; `undefined` for an extension no kind claims. */
export function kindOfPath(path: string): InputKind | undefined {
  const lower = path.toLowerCase();
  for (const [kind, extensions] of Object.entries(INPUT_KINDS) as [InputKind, readonly string[]][]) {
    if (extensions.some((extension) => lower.endsWith(extension))) return kind;
  }
  return undefined;
}

/** Reads `--input-format`. */
export function parseInputKind(value: string | undefined): InputKind | undefined {
  if (value === undefined) return undefined;
  if (value === "json" || value === "yaml" || value === "ndjson") return value;
  throw new UsageError(`unknown input format "${value}"; use json, yaml or ndjson`);
}
