import type { Dirent } from "node:fs";
import { readdir, realpath, stat } from "node:fs/promises";
import path from "node:path";
import type { Input } from "../check/check-input.js";
import { type InputKind, kindOfPath } from "../check/input-kind.js";
import { InputError } from "../errors.js";

/** Characters that make an argument that names no file a glob pattern. */
const GLOB_CHARACTERS = /[*?[\]{}!]/;

/** What the arguments name: inputs to check, and arguments that named nothing. */
export interface Expansion {
  inputs: Input[];
  problems: InputError[];
}

/**
 * Turns the command's arguments into inputs: files as given, directories walked recursively for
 * files whose extension names a kind, glob patterns expanded, and `-` for standard input.
 */
export async function expandInputs(
  args: readonly string[],
  forcedKind: InputKind | undefined,
): Promise<Expansion> {
  const inputs: Input[] = [];
  const problems: InputError[] = [];
  const seen = new Set<string>();
  const add = (file: string, kind: InputKind) => {
    if (seen.has(file)) return;
    seen.add(file);
    inputs.push({ file, path: file, kind });
  };
  for (const arg of args) {
    if (arg === "-") {
      inputs.push({ file: "-", kind: forcedKind ?? "json" });
      continue;
    }
    const info = await stat(arg).catch(() => undefined);
    if (info?.isDirectory()) {
      const files = await walk(arg);
      if (files.length === 0)
        problems.push(
          new InputError(arg, "no-match", "directory holds no .json, .yaml, .yml, .ndjson or .jsonl file"),
        );
      for (const file of files) add(file, kindOfPath(file) ?? "json");
    } else if (info === undefined && GLOB_CHARACTERS.test(arg)) {
      // Loaded only when an argument is a pattern.
      const { glob } = await import("tinyglobby");
      const files = (
        await glob(arg, { onlyFiles: true, followSymbolicLinks: false, expandDirectories: false })
      ).sort();
      if (files.length === 0) problems.push(new InputError(arg, "no-match", "the pattern matches no file"));
      for (const file of files) add(file, forcedKind ?? kindOfPath(file) ?? "json");
    } else {
      add(arg, forcedKind ?? kindOfPath(arg) ?? "json");
    }
  }
  return { inputs, problems };
}

/**
 * Every data file below a directory, sorted, following symbolic links but entering each real
 * directory once, so a link loop ends instead of recursing forever.
 */
async function walk(root: string): Promise<string[]> {
  const found: string[] = [];
  const entered = new Set<string>();
  const pending = [root];
  while (pending.length > 0) {
    const dir = pending.pop() as string;
    const real = await realpath(dir).catch(() => undefined);
    if (real === undefined || entered.has(real)) continue;
    entered.add(real);
    const entries: Dirent[] = await readdir(dir, { withFileTypes: true }).catch(() => []);
    for (const entry of entries) {
      const full = path.join(dir, entry.name);
      const isDirectory =
        entry.isDirectory() ||
        (entry.isSymbolicLink() && (await stat(full).catch(() => undefined))?.isDirectory() === true);
      if (isDirectory) {
        if (entry.name !== "node_modules" && !entry.name.startsWith(".")) pending.push(full);
      } else if (kindOfPath(entry.name) !== undefined) {
        found.push(full);
      }
    }
  }
  return found.sort();
}
