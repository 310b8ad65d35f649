import { ExitCode, UsageError } from "./errors.js";
import { TOOL } from "./tool.js";
import { validateCommand } from "./validate-command.js";

const HELP = `Usage: communique <command> [options]

Commands:
  validate <file|dir|glob|->...   check documents against the NewsArticle or JointStatement schema

Options for validate:
  -s, --schema <name|path>   news-article, joint-statement, or a JSON Schema file
                             (default: each document's "type" or "$schema")
  -f, --format <format>      pretty (default), json, github, junit or sarif
      --input-format <kind>  json, yaml or ndjson, for standard input and unknown extensions
  -q, --quiet                pretty: list only inputs that fail
  -j, --jobs <n>             worker threads for many inputs (default: one per core)
      --max-failures <n>     invalid documents reported in full per input (default 1000)

Inputs: .json, .yaml/.yml (several documents per file allowed), .ndjson/.jsonl (one document a
line); directories are walked recursively; - reads standard input.

Exit codes: 0 all valid, 1 some document invalid, 2 usage or input error.`;

/** Runs the command line and returns the exit code; prints, and never throws for a user's mistake. */
export async function main(argv: readonly string[]): Promise<number> {
  try {
    const [command, ...rest] = argv;
    if (command === undefined) throw new UsageError("no command given");
    if (command === "--help" || command === "-h" || command === "help") {
      console.log(HELP);
      return ExitCode.valid;
    }
    if (command === "--version" || command === "-v") {
      console.log(TOOL.version);
      return ExitCode.valid;
    }
    if (command === "validate") return await validateCommand(rest);
    throw new UsageError(`unknown command "${command}"`);
  } catch (error) {
    if (error instanceof UsageError) {
      console.error(`communique: ${error.message}\n\n${HELP}`);
      return ExitCode.error;
    }
    throw error;
  }
}
