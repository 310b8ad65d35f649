import type { Dirent } from "node:fs";
import { readdir, realpath, stat } from "node:fs/promises";
import path from "node:path";
import type { Input } from "../check/check-input.js";
import { type InputKind, kindOfPath } from "../check/input-kind.js";
import { InputError, UsageError } from "../errors.js";

/** Characters that make an argument that names no file a glob pattern. */
const GLOB_CHARACTERS = /[*?[\]{}!]/;

/** Whether an argument looks like a glob pattern (the expansion takes it as one only when no file has its name). */
export function isGlobPattern(arg: string): boolean {
  return GLOB_CHARACTERS.test(arg);
}

/** Which files a directory is searched for, and how to say so when it holds none. */
export interface FileSelection {
  accepts(name: string): boolean;
  /** e.g. `.txt or .text file`, for "directory holds no …". */
  described: string;
}

/**
 * Turns a command's arguments into file names, as they are found, so that work can start before a
 * large tree has been walked: files as given, directories walked depth-first in name order for the
 * files `selection` accepts, glob patterns expanded (sorted), and `-` for standard input. Names
 * come in batches (the files of one folder, one pattern's matches, one argument), so that a tree of
 * many thousand files costs a few awaits, not one per file. A file named twice (`d/`,
 * `./d/a.json`) comes once. An argument that names nothing, and a folder that cannot be read, are
 * added to `problems`.
 */
export async function* expandPaths(
  args: readonly string[],
  selection: FileSelection,
  problems: InputError[],
): AsyncGenerator<string[]> {
  if (args.filter((arg) => arg === "-").length > 1)
    throw new UsageError("standard input (-) can be read only once");
  // One argument cannot name a file twice (a walk enters each real folder once), so only several
  // are checked against each other.
  const seen = args.length > 1 ? new Set<string>() : undefined;
  const unseen = (files: string[]): string[] =>
    seen === undefined
      ? files
      : files.filter((file) => {
          const key = path.resolve(file);
          if (seen.has(key)) return false;
          seen.add(key);
          return true;
        });
  for (const arg of args) {
    if (arg === "-") {
      yield [arg];
      continue;
    }
    const info = await stat(arg).catch(() => undefined);
    if (info?.isDirectory()) {
      let found = 0;
      for await (const files of walk(arg, selection.accepts, new Set(), problems)) {
        found += files.length;
        yield unseen(files);
      }
      if (found === 0)
        problems.push(new InputError(arg, "no-match", `directory holds no ${selection.described}`));
    } else if (info === undefined && isGlobPattern(arg)) {
      // Loaded only when an argument is a pattern.
      const { glob } = await import("tinyglobby");
      // The walk's rule (see `skipped`): wildcards match no hidden name (`dot: false`) and enter
      // no node_modules, unless the pattern names one itself.
      const files = (
        await glob(arg, {
          onlyFiles: true,
          followSymbolicLinks: false,
          expandDirectories: false,
          dot: false,
          ignore: arg.includes("node_modules") ? [] : ["**/node_modules/**"],
        })
      ).sort();
      if (files.length === 0) problems.push(new InputError(arg, "no-match", "the pattern matches no file"));
      yield unseen(files);
    } else {
      yield unseen([arg]);
    }
  }
}

const DATA_FILES: FileSelection = {
  accepts: (name) => kindOfPath(name) !== undefined,
  described: ".json, .yaml, .yml, .ndjson or .jsonl file",
};

/**
 * The inputs of `validate`, in batches: the data files the arguments name (see `expandPaths`), each
 * with the kind its extension names; `fallbackKind` is the kind of standard input and of files
 * whose extension names none.
 */
export async function* expandInputs(
  args: readonly string[],
  fallbackKind: InputKind | undefined,
  problems: InputError[],
): AsyncGenerator<Input[]> {
  for await (const files of expandPaths(args, DATA_FILES, problems)) {
    yield files.map((file) =>
      file === "-"
        ? { file, kind: fallbackKind ?? "json" }
        : { file, path: file, kind: kindOfPath(file) ?? fallbackKind ?? "json" },
    );
  }
}

/**
 * What a folder walk passes over, and a glob pattern's wildcards too, so that a folder and a
 * pattern over the same tree take the same files: hidden files and folders (`.git`, `.cache.json`)
 * and node_modules. A file or folder named in an argument, or in a pattern, is taken whatever its name.
 */
function skipped(name: string): boolean {
  return name.startsWith(".") || name === "node_modules";
}

/**
 * The files below a directory whose names `accepts` takes, depth-first with names in order, in
 * batches, skipping hidden files and folders and node_modules (see `skipped`). Symbolic links are followed, but each real
 * directory is entered once, so a link loop ends instead of recursing forever. A folder that cannot
 * be read is a problem, not a silence.
 */
async function* walk(
  dir: string,
  accepts: (name: string) => boolean,
  entered: Set<string>,
  problems: InputError[],
): AsyncGenerator<string[]> {
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
  // `path.join(dir, name)` for every entry, with the folder's part normalized once.
  const prefix = folderPrefix(dir);
  let files: string[] = [];
  for (const entry of entries) {
    const full = prefix + entry.name;
    if (skipped(entry.name)) continue;
    if (entry.isDirectory() || (entry.isSymbolicLink() && (await isDirectory(full)))) {
      if (files.length > 0) yield files;
      files = [];
      yield* walk(full, accepts, entered, problems);
    } else if (accepts(entry.name)) {
      files.push(full);
    }
  }
  if (files.length > 0) yield files;
}

/** What `path.join(dir, name)` puts before `name`: `dir` normalized, with a separator; `` for `.`. */
function folderPrefix(dir: string): string {
  const prefix = path.normalize(dir + path.sep);
  return prefix === `.${path.sep}` ? "" : prefix;
}

async function isDirectory(file: string): Promise<boolean> {
  return (await stat(file).catch(() => undefined))?.isDirectory() === true;
}
