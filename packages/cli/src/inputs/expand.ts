import type { Dirent } from "node:fs";
import { readdir, realpath, stat } from "node:fs/promises";
import path from "node:path";
import type { Input } from "../check/check-input.js";
import { type InputKind, kindOfPath } from "../check/input-kind.js";
import { InputError } from "../errors.js";

/** Characters that make an argument that names no file a glob pattern. */
const GLOB_CHARACTERS = /[*?[\]{}!]/;

/**
 * Turns the command's arguments into inputs, as they are found, so that checking can start
 * before a large tree has been walked: files as given, directories walked depth-first in name
 * order for files whose extension names a kind, glob patterns expanded (sorted), and `-` for
 * standard input. An argument that names nothing is added to `problems`.
 */
export async function* expandInputs(
  args: readonly string[],
  forcedKind: InputKind | undefined,
  problems: InputError[],
): AsyncGenerator<Input> {
  const seen = new Set<string>();
  const fresh = (file: string) => !seen.has(file) && seen.add(file) !== undefined;
  for (const arg of args) {
    if (arg === "-") {
      yield { file: "-", kind: forcedKind ?? "json" };
      continue;
    }
    const info = await stat(arg).catch(() => undefined);
    if (info?.isDirectory()) {
      let found = 0;
      for await (const file of walk(arg, new Set())) {
        found += 1;
        if (fresh(file)) yield { file, path: file, kind: kindOfPath(file) ?? "json" };
      }
      if (found === 0) {
        problems.push(
          new InputError(arg, "no-match", "directory holds no .json, .yaml, .yml, .ndjson or .jsonl file"),
        );
      }
    } else if (info === undefined && GLOB_CHARACTERS.test(arg)) {
      // Loaded only when an argument is a pattern.
      const { glob } = await import("tinyglobby");
      const files = (
        await glob(arg, { onlyFiles: true, followSymbolicLinks: false, expandDirectories: false })
      ).sort();
      if (files.length === 0) problems.push(new InputError(arg, "no-match", "the pattern matches no file"));
      for (const file of files)
        if (fresh(file)) yield { file, path: file, kind: forcedKind ?? kindOfPath(file) ?? "json" };
    } else if (fresh(arg)) {
      yield { file: arg, path: arg, kind: forcedKind ?? kindOfPath(arg) ?? "json" };
    }
  }
}

/**
 * The data files below a directory, depth-first with names in order. Symbolic links are followed,
 * but each real directory is entered once, so a link loop ends instead of recursing forever.
 */
async function* walk(dir: string, entered: Set<string>): AsyncGenerator<string> {
  const real = await realpath(dir).catch(() => undefined);
  if (real === undefined || entered.has(real)) return;
  entered.add(real);
  const entries: Dirent[] = await readdir(dir, { withFileTypes: true }).catch(() => []);
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory() || (entry.isSymbolicLink() && (await isDirectory(full)))) {
      if (entry.name !== "node_modules" && !entry.name.startsWith(".")) yield* walk(full, entered);
    } else if (kindOfPath(entry.name) !== undefined) {
      yield full;
    }
  }
}

async function isDirectory(file: string): Promise<boolean> {
  return (await stat(file).catch(() => undefined))?.isDirectory() === true;
}
