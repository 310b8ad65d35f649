import { readdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import {
  type EvalCase,
  evaluate,
  formatEvalMarkdown,
  formatEvalTable,
  GoldFormatError,
  readGold,
} from "@communique/extract";
import { parseCommandArgs } from "./args.js";
import { ExitCode, InputError, UsageError } from "./errors.js";
import { COMMANDS } from "./usage.js";

const FORMATS = ["table", "json", "markdown"] as const;
type EvalFormat = (typeof FORMATS)[number];

/**
 * `communique eval CORPUS [--verbose] [--format table|json|markdown] [--out FILE]`: runs `extract` on every
 * `CORPUS/texts/NAME.txt` with the `published` date of `CORPUS/gold/NAME.json` and scores each field
 * against that gold annotation. Exit 0 when scored; 2 when the corpus cannot be read (a text without
 * its gold file, a gold file that is not JSON or lacks a field), naming the file and the place.
 */
export async function evalCommand(args: readonly string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, COMMANDS.eval.options);
  const format = (values.format ?? "table") as EvalFormat;
  if (!FORMATS.includes(format))
    throw new UsageError(`unknown format "${values.format}"; use table, json or markdown`);
  if (positionals.length !== 1)
    throw new UsageError("eval needs one corpus folder (holding texts/ and gold/)");
  let cases: EvalCase[];
  try {
    cases = await readCorpus(positionals[0] ?? "");
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    console.error(`communique eval: ${error.message}`);
    return ExitCode.error;
  }
  const report = evaluate(cases);
  const output =
    format === "json"
      ? `${JSON.stringify(report, null, 2)}\n`
      : format === "markdown"
        ? formatEvalMarkdown(report, "npm run eval")
        : `${formatEvalTable(report, values.verbose === true)}\n`;
  if (values.out === undefined) process.stdout.write(output);
  else await writeFile(values.out, output);
  return ExitCode.valid;
}

/** The corpus's texts with their gold annotations, paired by file name, in name order. */
export async function readCorpus(folder: string): Promise<EvalCase[]> {
  const textsDir = path.join(folder, "texts");
  const goldDir = path.join(folder, "gold");
  const texts = (await listFolder(textsDir)).filter((f) => f.endsWith(".txt")).sort();
  const golds = new Set((await listFolder(goldDir)).filter((f) => f.endsWith(".json")));
  if (texts.length === 0) throw new InputError(textsDir, "empty", "no .txt files to score");
  const cases: EvalCase[] = [];
  for (const file of texts) {
    const goldName = `${file.slice(0, -".txt".length)}.json`;
    const goldFile = path.join(goldDir, goldName);
    if (!golds.has(goldName))
      throw new InputError(path.join(textsDir, file), "unreadable", `no gold file ${goldFile}`);
    golds.delete(goldName);
    const text = await readText(path.join(textsDir, file));
    cases.push({ text, gold: parseGold(goldFile, await readText(goldFile)) });
  }
  const orphan = [...golds].sort()[0];
  if (orphan !== undefined) {
    throw new InputError(
      path.join(goldDir, orphan),
      "unreadable",
      `no text ${path.join(textsDir, orphan.replace(/\.json$/, ".txt"))}`,
    );
  }
  return cases;
}

async function listFolder(folder: string): Promise<string[]> {
  try {
    return await readdir(folder);
  } catch (error) {
    throw new InputError(
      folder,
      "unreadable",
      `cannot list the folder (${(error as NodeJS.ErrnoException).code ?? "error"})`,
    );
  }
}

async function readText(file: string): Promise<string> {
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (error) {
    throw new InputError(
      file,
      "unreadable",
      `cannot read it (${(error as NodeJS.ErrnoException).code ?? "error"})`,
    );
  }
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new InputError(file, "encoding", "not UTF-8 text");
  }
}

function parseGold(file: string, text: string) {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new InputError(file, "malformed", `malformed JSON: ${(error as Error).message}`);
  }
  try {
    return readGold(value);
  } catch (error) {
    if (error instanceof GoldFormatError)
      throw new InputError(file, "malformed", `gold annotation ${error.message}`);
    throw error;
  }
}
