import { checkLanguage, checkPublished, LanguageTagError, PublishedDateError } from "@communique/extract";
import { parseCommandArgs } from "./args.js";
import { ExitCode, type InputError, UsageError } from "./errors.js";
import { type ExtractFormat, processFile } from "./extract/process-file.js";
import { textInputs } from "./extract/text-inputs.js";
import { isClosedPipe } from "./output.js";
import { terminalSafe } from "./report/terminal-safe.js";
import { COMMANDS } from "./usage.js";

const FORMATS: readonly ExtractFormat[] = ["json", "ndjson", "summary"];

/**
 * `communique extract <file|dir|glob|->... [--published YYYY-MM-DD] [--format json|ndjson|summary]
 * [--input-format text|html]`: reads news text, or saved web pages (`.html`, `.htm`, or any input
 * with `--input-format html`), into a NewsArticle and the JointStatements it reports. One input gives one JSON
 * object `{ "article": …, "statements": […] }`; many give one such object a line with `--format
 * ndjson`, in the inputs' order. Warnings go to standard error at
 * `file:line:col`; an input that cannot be read is reported and gives no output, and the exit code
 * is then 2.
 */
export async function extractCommand(args: readonly string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, COMMANDS.extract.options);
  const format = (values.format ?? "json") as ExtractFormat;
  if (!FORMATS.includes(format))
    throw new UsageError(`unknown format "${values.format}"; use json, ndjson or summary`);
  if (values.published !== undefined) {
    try {
      checkPublished(values.published);
    } catch (error) {
      if (error instanceof PublishedDateError) throw new UsageError(`--${error.message}`);
      throw error;
    }
  }
  if (values.language !== undefined) {
    try {
      checkLanguage(values.language);
    } catch (error) {
      if (error instanceof LanguageTagError) throw new UsageError(`--${error.message}`);
      throw error;
    }
  }
  const inputFormat = values["input-format"];
  if (inputFormat !== undefined && inputFormat !== "text" && inputFormat !== "html")
    throw new UsageError(`unknown input format "${inputFormat}"; use text or html`);
  if (positionals.length === 0)
    throw new UsageError("extract needs a file, a directory, a pattern, or - for standard input");
  const problems: InputError[] = [];
  const files = await textInputs(positionals, problems);
  if (format === "json" && files.length > 1)
    throw new UsageError(
      `${files.length} inputs: --format json writes one object; use --format ndjson for one object a line`,
    );
  for (const problem of problems) console.error(`communique extract: ${terminalSafe(problem.message)}`);
  let failed = problems.length > 0;
  const settings = {
    format,
    ...(values.published === undefined ? {} : { published: values.published }),
    ...(values.language === undefined ? {} : { language: values.language }),
    ...(inputFormat === undefined ? {} : { inputFormat: inputFormat as "text" | "html" }),
  };
  // One thread: on the machines we measured, worker threads did not make a folder of articles
  // faster (bench/README.md), and one thread keeps the output in the inputs' order for free.
  for (const file of files) {
    const outcome = await processFile(file, settings);
    if ("problem" in outcome) {
      console.error(`communique extract: ${terminalSafe(outcome.problem)}`);
      failed = true;
      continue;
    }
    if (values.quiet !== true) for (const warning of outcome.warnings) console.error(terminalSafe(warning));
    if (process.stdout.destroyed) break;
    try {
      await write(outcome.output);
    } catch (error) {
      // The reader went away (`| head`): nothing more is wanted, but an input that could not be
      // read before still makes the run a failure.
      if (!isClosedPipe(error)) throw error;
      break;
    }
  }
  return failed ? ExitCode.error : ExitCode.valid;
}

// Standard output is written with back-pressure, so a slow reader does not make output pile up.
function write(chunk: string): Promise<void> {
  return new Promise((resolve, reject) => {
    if (process.stdout.write(chunk)) resolve();
    else process.stdout.once("drain", resolve).once("error", reject);
  });
}
