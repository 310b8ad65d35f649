import type { InputError } from "../errors.js";
import { expandPaths, type FileSelection } from "../inputs/expand.js";

const TEXT_FILES: FileSelection = {
  accepts: (name) => /\.(?:txt|text|html?)$/i.test(name),
  described: ".txt, .text, .html or .htm file",
};

/**
 * The text files the arguments name: files as given (whatever their extension), `.txt`, `.text`, `.html`
 * and `.htm` files below directories, glob patterns, and `-` for standard input; each file once, in order.
 */
export async function textInputs(args: readonly string[], problems: InputError[]): Promise<string[]> {
  const files: string[] = [];
  for await (const batch of expandPaths(args, TEXT_FILES, problems)) files.push(...batch);
  return files;
}
