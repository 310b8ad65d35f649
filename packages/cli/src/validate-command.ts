import { statSync } from "node:fs";
import { appendFile } from "node:fs/promises";
import { parseCommandArgs } from "./args.js";
import { checkInputs, defaultJobs, MIN_INPUTS_FOR_WORKERS, type RunOptions } from "./check/check-inputs.js";
import { parseInputKind } from "./check/input-kind.js";
import { emptyOutcome, type InputOutcome, totals } from "./check/outcome.js";
import { compiledSchemaFile, type SchemaChoice, schemaChoice } from "./check/schemas.js";
import { ExitCode, InputError, SchemaError, UsageError } from "./errors.js";
import { readText } from "./extract/read-text.js";
import { expandInputs, isGlobPattern } from "./inputs/expand.js";
import { formatGithub, githubStepSummary } from "./report/github.js";
import { formatJson, formatJsonError } from "./report/json.js";
import { formatJunit } from "./report/junit.js";
import { formatPretty, textStyle } from "./report/pretty.js";
import { formatSarif } from "./report/sarif.js";
import { FORMAT_MODES, type FormatMode } from "./schema/ajv.js";
import type { SchemaFileOptions } from "./schema/compile-schema.js";
import { DRAFTS, draftFromSpec } from "./schema/drafts.js";
import { TOOL } from "./tool.js";
import { COMMANDS } from "./usage.js";

const FORMATS = ["pretty", "json", "github", "junit", "sarif"] as const;
type Format = (typeof FORMATS)[number];

/** `communique validate`: checks the inputs and prints a report; returns the exit code. */
export async function validateCommand(args: readonly string[]): Promise<number> {
  try {
    return await runValidate(args);
  } catch (error) {
    // With --format json a program reads standard output: it gets a report even when nothing ran.
    if ((error instanceof UsageError || error instanceof SchemaError) && requestedFormat(args) === "json") {
      await write(formatJsonError(error, TOOL));
      console.error(`communique: ${error.message}`);
      return ExitCode.error;
    }
    throw error;
  }
}

async function runValidate(args: readonly string[]): Promise<number> {
  const { values, positionals } = parseOptions(args);
  if (positionals.length === 0)
    throw new UsageError("validate needs at least one file, directory, glob or -");
  const format = values.format ?? "pretty";
  if (!FORMATS.includes(format as Format))
    throw new UsageError(`unknown format "${format}"; use ${FORMATS.join(", ")}`);
  const choice: SchemaChoice = {
    ...schemaChoice(values.schema, schemaFileOptions(values)),
    ...(values.text === undefined ? {} : { original: await readOriginal(values.text) }),
  };
  if (choice.kind === "file") {
    // Compiled here first, so that a fault of the schema stops the run before any input is read.
    for (const warning of (await compiledSchemaFile(choice)).warnings)
      console.error(`communique: warning: ${warning}`);
  }
  const run: RunOptions = {
    // More threads than cores only adds contention; a few more is the most that can help.
    jobs: Math.min(positiveInteger(values.jobs, "--jobs") ?? defaultJobs(), defaultJobs() * 2),
    maxFailures: positiveInteger(values["max-failures"], "--max-failures") ?? 1000,
    startEarly: namesManyFiles(positionals),
  };
  const problems: InputError[] = [];
  const outcomes = await checkInputs(
    expandInputs(positionals, parseInputKind(values["input-format"]), problems),
    choice,
    run,
  );
  for (const problem of problems) {
    const outcome = emptyOutcome(problem.file);
    outcome.problems.push({ file: problem.file, code: problem.code, reason: problem.reason });
    outcomes.push(outcome);
  }
  await write(render(format as Format, outcomes, values.quiet === true));
  if (format === "github" && process.env.GITHUB_STEP_SUMMARY) {
    await appendFile(process.env.GITHUB_STEP_SUMMARY, githubStepSummary(outcomes)).catch(() => undefined);
  }
  const total = totals(outcomes);
  if (total.problems > 0) return ExitCode.error;
  return total.invalid > 0 ? ExitCode.invalid : ExitCode.valid;
}

function render(format: Format, outcomes: readonly InputOutcome[], quiet: boolean): string {
  switch (format) {
    case "json":
      return formatJson(outcomes, TOOL);
    case "github":
      return formatGithub(outcomes);
    case "junit":
      return formatJunit(outcomes);
    case "sarif":
      return formatSarif(outcomes, TOOL);
    default:
      return formatPretty(outcomes, textStyle(wantsColour()), quiet);
  }
}

/** Colour only on a terminal that can show it, and never when NO_COLOR is set (https://no-color.org). */
function wantsColour(): boolean {
  const { NO_COLOR: noColor, TERM: term } = process.env;
  return process.stdout.isTTY === true && (noColor === undefined || noColor === "") && term !== "dumb";
}

function write(text: string): Promise<void> {
  return new Promise((resolve) => process.stdout.write(`${text}\n`, () => resolve()));
}

/** Whether the arguments are likely to name many files: a folder, a pattern, or a long list. */
function namesManyFiles(args: readonly string[]): boolean {
  if (args.length >= MIN_INPUTS_FOR_WORKERS) return true;
  return args.some((arg) => arg !== "-" && (isGlobPattern(arg) || isDirectory(arg)));
}

function isDirectory(arg: string): boolean {
  try {
    return statSync(arg).isDirectory();
  } catch {
    // Whatever is wrong with it, the expansion reports.
    return false;
  }
}

function positiveInteger(value: string | undefined, option: string): number | undefined {
  if (value === undefined) return undefined;
  if (!/^[1-9][0-9]*$/.test(value))
    throw new UsageError(`${option} needs a positive whole number, not "${value}"`);
  return Number(value);
}

/** How `--schema FILE` is read: the options that only a schema file takes. */
function schemaFileOptions(
  values: ReturnType<typeof parseOptions>["values"],
): Omit<SchemaFileOptions, "path"> {
  const options: Omit<SchemaFileOptions, "path"> = {};
  if (values.ref !== undefined) options.refs = values.ref;
  if (values["base-uri"] !== undefined) options.baseUri = baseUri(values["base-uri"]);
  if (values.spec !== undefined) {
    const draft = draftFromSpec(values.spec);
    if (draft === undefined)
      throw new UsageError(`unknown --spec "${values.spec}"; use ${DRAFTS.join(", ")}`);
    options.spec = draft;
  }
  if (values.formats !== undefined) {
    if (!FORMAT_MODES.includes(values.formats as FormatMode))
      throw new UsageError(`unknown --formats "${values.formats}"; use ${FORMAT_MODES.join(" or ")}`);
    options.formats = values.formats as FormatMode;
  }
  const named = ["ref", "base-uri", "spec", "formats"].filter(
    (option) => values[option as keyof typeof values] !== undefined,
  );
  if (named.length > 0 && (values.schema === undefined || schemaChoice(values.schema).kind !== "file"))
    throw new UsageError(`--${named[0]} applies to a schema file given with --schema`);
  return options;
}

function baseUri(value: string): string {
  try {
    return new URL(value).href;
  } catch {
    throw new UsageError(`--base-uri needs an absolute URI, not "${value}"`);
  }
}

/** The report format asked for, read leniently: for a report on arguments that do not parse. */
function requestedFormat(args: readonly string[]): string | undefined {
  let format: string | undefined;
  args.forEach((arg, i) => {
    if (arg === "-f" || arg === "--format") format = args[i + 1];
    else if (arg.startsWith("--format=")) format = arg.slice("--format=".length);
    else if (arg.startsWith("-f") && arg.length > 2) format = arg.slice(2);
  });
  return format;
}

function parseOptions(args: readonly string[]) {
  return parseCommandArgs(args, COMMANDS.validate.options);
}

/** The text of `--text`, read as `extract` reads it, so that its SHA-256 is the one extract recorded. */
async function readOriginal(file: string): Promise<{ file: string; text: string }> {
  try {
    return { file, text: await readText(file) };
  } catch (error) {
    if (error instanceof InputError) throw new UsageError(`--text: ${error.message}`);
    throw error;
  }
}
