import type { InputError } from "../errors.js";
import { expandPaths, type FileSelection } from "../inputs/expand.js";

const TEXT_FILES: FileSelection = {
  accepts: (name) => /\.(?:txt|text)$/i.test(name),
  described: ".txt or .text file",
};

/**
 * The text files the arguments name: files as given (whatever their extension), `.txt` and `.text`
 * files below directories, glob patterns, and `-` for standard input; each file once, in order.
 */
export async function textInputs(args: readonly string[], problems: InputError[]): Promise<string[]> {
  const files: string[] = [];
  for await (const batch of expandPaths(args, TEXT_FILES, problems)) files.push(...batch);
  return files;
}
