import { UsageError } from "../errors.js";

/** How an input's bytes are read. */
export type InputKind = "json" | "yaml" | "ndjson";

/** The kinds, with the file extensions that select them. */
const INPUT_KINDS: Record<InputKind, readonly string[]> = {
  json: [".json"],
  yaml: [".yaml", ".yml"],
  ndjson: [".ndjson", ".jsonl"],
};

/** Each extension, lower-cased, with its kind. */
const KIND_OF_EXTENSION = new Map(
  (Object.entries(INPUT_KINDS) as [InputKind, readonly string[]][]).flatMap(([kind, extensions]) =>
    extensions.map((extension) => [extension, kind] as const),
  ),
);

/** The kind an extension selects; `undefined` for an extension no kind claims. */
export function kindOfPath(path: string): InputKind | undefined {
  const dot = path.lastIndexOf(".");
  return dot === -1 ? undefined : KIND_OF_EXTENSION.get(path.slice(dot).toLowerCase());
}

/** Reads `--input-format`. */
export function parseInputKind(value: string | undefined): InputKind | undefined {
  if (value === undefined) return undefined;
  if (value === "json" || value === "yaml" || value === "ndjson") return value;
  throw new UsageError(`unknown input format "${value}"; use json, yaml or ndjson`);
}
