import type { Dirent } from "node:fs";
import { readdir, realpath, stat } from "node:fs/promises";
import path from "node:path";
import type { Input } from "../check/check-input.js";
import { type InputKind, kindOfPath } from "../check/input-kind.js";
import { InputError, UsageError } from "../errors.js";

/** Characters that make an argument that names no file a glob pattern. */
const GLOB_CHARACTERS = /[*?[\]{}!]/;

/**
 * Turns the command's arguments into inputs, as they are found, so that checking can start
 * before a large tree has been walked: files as given, directories walked depth-first in name
 * order for files whose extension names a kind, glob patterns expanded (sorted), and `-` for
 * standard input. A file named twice (`d/`, `./d/a.json`) is checked once. `fallbackKind` is the
 * kind of standard input and of files whose extension names none. An argument that names nothing,
 * and a folder that cannot be read, are added to `problems`.
 */
export async function* expandInputs(
  args: readonly string[],
  fallbackKind: InputKind | undefined,
  problems: InputError[],
): AsyncGenerator<Input> {
  if (args.filter((arg) => arg === "-").length > 1)
    throw new UsageError("standard input (-) can be read only once");
  const seen = new Set<string>();
  const input = (file: string): Input | undefined => {
    const key = path.resolve(file);
    if (seen.has(key)) return undefined;
    seen.add(key);
    return { file, path: file, kind: kindOfPath(file) ?? fallbackKind ?? "json" };
  };
  for (const arg of args) {
    if (arg === "-") {
      yield { file: "-", kind: fallbackKind ?? "json" };
      continue;
    }
    const info = await stat(arg).catch(() => undefined);
    if (info?.isDirectory()) {
      let found = 0;
      for await (const file of walkFiles(arg, (name) => kindOfPath(name) !== undefined, problems)) {
        found += 1;
        const next = input(file);
        if (next !== undefined) yield next;
      }
      if (found === 0)
        problems.push(
          new InputError(arg, "no-match", "directory holds no .json, .yaml, .yml, .ndjson or .jsonl file"),
        );
    } else if (info === undefined && GLOB_CHARACTERS.test(arg)) {
      // Loaded only when an argument is a pattern.
      const { glob } = await import("tinyglobby");
      const files = (
        await glob(arg, { onlyFiles: true, followSymbolicLinks: false, expandDirectories: false })
      ).sort();
      if (files.length === 0) problems.push(new InputError(arg, "no-match", "the pattern matches no file"));
      for (const file of files) {
        const next = input(file);
        if (next !== undefined) yield next;
      }
    } else {
      const next = input(arg);
      if (next !== undefined) yield next;
    }
  }
}

/**
 * The files below a directory whose names `accepts` takes, depth-first with names in order,
 * skipping hidden folders and node_modules. Symbolic links are followed, but each real directory is
 * entered once, so a link loop ends instead of recursing forever. A folder that cannot be read is a
 * problem, not a silence.
 */
export function walkFiles(
  dir: string,
  accepts: (name: string) => boolean,
  problems: InputError[],
): AsyncGenerator<string> {
  return walk(dir, accepts, new Set(), problems);
}

async function* walk(
  dir: string,
  accepts: (name: string) => boolean,
  entered: Set<string>,
  problems: InputError[],
): AsyncGenerator<string> {
  const real = await realpath(dir).catch(() => undefined);
  if (real === undefined || entered.has(real)) return;
  entered.add(real);
  let entries: Dirent[];
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? "unknown error";
    problems.push(new InputError(dir, "unreadable", `directory cannot be read (${code})`));
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory() || (entry.isSymbolicLink() && (await isDirectory(full)))) {
      if (entry.name !== "node_modules" && !entry.name.startsWith("."))
        yield* walk(full, accepts, entered, problems);
    } else if (accepts(entry.name)) {
      yield full;
    }
  }
}

async function isDirectory(file: string): Promise<boolean> {
  return (await stat(file).catch(() => undefined))?.isDirectory() === true;
}
