import { statSync } from "node:fs";
import { appendFile } from "node:fs/promises";
import { parseCommandArgs } from "./args.js";
import { checkInputs, defaultJobs, MIN_INPUTS_FOR_WORKERS, type RunOptions } from "./check/check-inputs.js";
import { parseInputKind } from "./check/input-kind.js";
import { emptyOutcome, type InputOutcome, totals } from "./check/outcome.js";
import { schemaChoice } from "./check/schemas.js";
import { ExitCode, type InputError, UsageError } from "./errors.js";
import { expandInputs, isGlobPattern } from "./inputs/expand.js";
import { formatGithub, githubStepSummary } from "./report/github.js";
import { formatJson } from "./report/json.js";
import { formatJunit } from "./report/junit.js";
import { formatPretty, textStyle } from "./report/pretty.js";
import { formatSarif } from "./report/sarif.js";
import { TOOL } from "./tool.js";

const FORMATS = ["pretty", "json", "github", "junit", "sarif"] as const;
type Format = (typeof FORMATS)[number];

/** `communique validate`: checks the inputs and prints a report; returns the exit code. */
export async function validateCommand(args: readonly string[]): Promise<number> {
  const { values, positionals } = parseOptions(args);
  if (positionals.length === 0)
    throw new UsageError("validate needs at least one file, directory, glob or -");
  const format = values.format ?? "pretty";
  if (!FORMATS.includes(format as Format))
    throw new UsageError(`unknown format "${format}"; use ${FORMATS.join(", ")}`);
  const choice = schemaChoice(values.schema);
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

function parseOptions(args: readonly string[]) {
  return parseCommandArgs(args, {
    schema: { type: "string", short: "s" },
    format: { type: "string", short: "f" },
    "input-format": { type: "string" },
    quiet: { type: "boolean", short: "q" },
    jobs: { type: "string", short: "j" },
    "max-failures": { type: "string" },
  } as const);
}
