import { ExitCode, SchemaError, UsageError } from "./errors.js";
import { outputFailure, watchOutput } from "./output.js";
import { TOOL } from "./tool.js";
import { commandHelp, generalHelp, isCommand } from "./usage.js";

/** Runs the command line and returns the exit code; prints, and never throws for a user's mistake. */
export async function main(argv: readonly string[]): Promise<number> {
  const output = watchOutput();
  return output.settle(await run(argv));
}

async function run(argv: readonly string[]): Promise<number> {
  const [command, ...rest] = argv;
  try {
    if (command === undefined) throw new UsageError("no command given");
    if (command === "--help" || command === "-h" || command === "help") {
      const [topic] = rest;
      console.log(topic !== undefined && isCommand(topic) ? commandHelp(topic) : generalHelp());
      return ExitCode.valid;
    }
    if (isCommand(command) && asksForHelp(rest)) {
      console.log(commandHelp(command));
      return ExitCode.valid;
    }
    if (command === "--version" || command === "-v") {
      console.log(TOOL.version);
      return ExitCode.valid;
    }
    // Each command is loaded when it runs, so that start-up pays only for the one used.
    if (command === "validate") return await (await import("./validate-command.js")).validateCommand(rest);
    if (command === "extract") return await (await import("./extract-command.js")).extractCommand(rest);
    if (command === "compat") return await (await import("./compat-command.js")).compatCommand(rest);
    if (command === "docs") return await (await import("./docs-command.js")).docsCommand(rest);
    if (command === "codegen") return await (await import("./codegen-command.js")).codegenCommand(rest);
    if (command === "eval") return await (await import("./eval-command.js")).evalCommand(rest);
    if (command === "convert") return await (await import("./convert-command.js")).convertCommand(rest);
    if (command === "check-schema")
      return await (await import("./check-schema-command.js")).checkSchemaCommand(rest);
    throw new UsageError(`unknown command "${command}"`);
  } catch (error) {
    if (error instanceof UsageError) {
      // One line and where to read more: the whole usage would bury the line that matters.
      const help =
        command !== undefined && isCommand(command) ? `communique ${command} --help` : "communique --help";
      console.error(`communique: ${error.message}\nsee '${help}'`);
      return ExitCode.error;
    }
    if (error instanceof SchemaError) {
      console.error(`communique: ${error.message}`);
      return ExitCode.error;
    }
    const failure = outputFailure(error);
    if (failure !== undefined) {
      if (failure.message !== undefined) console.error(`communique: ${failure.message}`);
      return failure.code;
    }
    // Not the user's mistake but ours: say so plainly; the stack only when asked for.
    const detail = process.env.COMMUNIQUE_DEBUG ? (error as Error).stack : (error as Error).message;
    console.error(
      `communique: internal error: ${detail ?? String(error)}\nPlease report it, with the command that caused it.`,
    );
    return ExitCode.internal;
  }
}

/** Whether the arguments ask for help: `--help` or `-h` before any `--`. */
function asksForHelp(args: readonly string[]): boolean {
  for (const arg of args) {
    if (arg === "--") return false;
    if (arg === "--help" || arg === "-h") return true;
  }
  return false;
}
