import { stat } from "node:fs/promises";
import path from "node:path";
import { InputError, UsageError } from "../errors.js";
import { walkFiles } from "../inputs/expand.js";

/** Extensions of the text files a directory is searched for. */
const TEXT_EXTENSIONS = [".txt", ".text"];

/**
 * The text files the arguments name: files as given (whatever their extension), `.txt` and `.text`
 * files below directories (walked in name order), glob patterns (sorted), and `-` for standard
 * input. Each file once. An argument that names nothing, or a folder without text, is a problem.
 */
export async function textInputs(args: readonly string[], problems: InputError[]): Promise<string[]> {
  if (args.filter((arg) => arg === "-").length > 1)
    throw new UsageError("standard input (-) can be read only once");
  const files: string[] = [];
  const seen = new Set<string>();
  const add = (file: string) => {
    const key = file === "-" ? "-" : path.resolve(file);
    if (seen.has(key)) return;
    seen.add(key);
    files.push(file);
  };
  for (const arg of args) {
    if (arg === "-") {
      add(arg);
      continue;
    }
    const info = await stat(arg).catch(() => undefined);
    if (info?.isDirectory()) {
      const before = files.length;
      for await (const file of walkFiles(
        arg,
        (name) => TEXT_EXTENSIONS.some((extension) => name.toLowerCase().endsWith(extension)),
        problems,
      ))
        add(file);
      if (files.length === before)
        problems.push(new InputError(arg, "no-match", "directory holds no .txt or .text file"));
    } else if (info === undefined && /[*?[\]{}!]/.test(arg)) {
      const { glob } = await import("tinyglobby");
      const found = (
        await glob(arg, { onlyFiles: true, followSymbolicLinks: false, expandDirectories: false })
      ).sort();
      if (found.length === 0) problems.push(new InputError(arg, "no-match", "the pattern matches no file"));
      for (const file of found) add(file);
    } else {
      add(arg);
    }
  }
  return files;
}
