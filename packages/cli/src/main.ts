import { parseArgs } from "node:util";
import { validateFiles } from "./commands/validate.js";
import { ExitCode, UsageError } from "./errors.js";
import { formatPretty } from "./report-pretty.js";

const HELP = `Usage: communique <command> [options]

Commands:
  validate <file>...   validate JSON documents against the NewsArticle or JointStatement schema

Options for validate:
  --schema <name>      news-article or joint-statement (default: each document's "type" or "$schema")

Exit codes: 0 all valid, 1 some document invalid, 2 usage or input error.`;

/** Runs the command line and returns the exit code; prints, never throws for a user's mistake. */
export async function main(argv: readonly string[]): Promise<number> {
  try {
    const [command, ...rest] = argv;
    if (command === undefined) throw new UsageError("no command given");
    if (command === "--help" || command === "-h" || command === "help") {
      console.log(HELP);
      return ExitCode.valid;
    }
    if (command === "validate") return await validate(rest);
    throw new UsageError(`unknown command "${command}"`);
  } catch (error) {
    if (error instanceof UsageError) {
      console.error(`communique: ${error.message}\n\n${HELP}`);
      return ExitCode.error;
    }
    throw error;
  }
}

async function validate(args: readonly string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs(args);
  if (positionals.length === 0) throw new UsageError("validate needs at least one file");
  const verdicts = await validateFiles(
    positionals,
    values.schema === undefined ? {} : { schema: values.schema },
  );
  console.log(formatPretty(verdicts));
  if (verdicts.some((verdict) => "error" in verdict)) return ExitCode.error;
  return verdicts.some((verdict) => "issues" in verdict && verdict.issues.length > 0)
    ? ExitCode.invalid
    : ExitCode.valid;
}

function parseCommandArgs(args: readonly string[]) {
  try {
    return parseArgs({ args: [...args], allowPositionals: true, options: { schema: { type: "string" } } });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
}
