import { ExitCode, SchemaError, UsageError } from "./errors.js";
import { outputFailure, watchOutput } from "./output.js";
import { TOOL } from "./tool.js";

const HELP = `Usage: communique <command> [options]

Commands:
  validate <file|dir|glob|->...   check documents against the NewsArticle or JointStatement schema
  extract <file|dir|glob|->...    read news text or a saved web page into a NewsArticle and the
                                  JointStatements it reports, every value with its place in the text
  compat OLD.json NEW.json        classify the changes between two schemas and check a policy
  compat --against <git-ref>      check every model package's schema against a ref and the changesets
  codegen --lang L --schema S --out DIR
                                  types in typescript, python, go, java, csharp, rust, kotlin or swift
                                  for news-article, joint-statement or a schema file
  docs [--out DIR] [--examples DIR]  write Markdown reference pages for the models (default: docs/,
                                  examples from examples/seed/ when it exists)
  eval CORPUS [--verbose] [--format table|json|markdown]
                                  score extract field by field against gold annotations
                                  (CORPUS/texts/NAME.txt beside CORPUS/gold/NAME.json)
  convert <file|-> --to ninjs|schema.org|plover [--from communique|ninjs|schema.org]
                                  a NewsArticle to IPTC ninjs 3.1 or schema.org JSON-LD, a
                                  JointStatement to PLOVER event records, a ninjs text item or a
                                  schema.org JSON-LD article to a NewsArticle (--from ninjs or
                                  --from schema.org; add --to ninjs|schema.org to go on)

Options for validate:
  -s, --schema <name|path>   news-article, joint-statement, or a JSON Schema file
                             (default: each document's "type" or "$schema")
  -f, --format <format>      pretty (default), json, github, junit or sarif
      --input-format <kind>  json, yaml or ndjson, for standard input and unknown extensions
  -q, --quiet                pretty: list only inputs that fail
  -j, --jobs <n>             worker threads for many inputs (default: one per core)
      --max-failures <n>     invalid documents reported in full per input (default 1000)

Options for extract:
  -p, --published <date>     YYYY-MM-DD (or a date-time with an offset) to resolve relative dates
                             against ("Tuesday", "in October"); without it they keep their words
  -f, --format <format>      json (default; one input), ndjson (one object a line) or summary
  -l, --language <tag>       the text's BCP 47 language tag (default en)
      --input-format <kind>  text or html (default: html for .html and .htm files, else text)
  -q, --quiet                no warnings on standard error
  Directories are searched for .txt, .text, .html and .htm files; a text over 8 MB, not UTF-8,
  or holding a NUL character, and a page over 32 MB, nested over 512 deep or binary, are input
  errors. A web page's date, language, URL and authors come from the page itself.

Options for compat:
  -p, --policy <policy>      BACKWARD (default), FORWARD, FULL, NONE, or a _TRANSITIVE form
  -f, --format <format>      pretty (default), json or github
      --against <ref>        compare with the schemas committed at a git ref
      --against-latest-release  compare with the latest release tag, if there is one

Options for convert:
  -t, --to <format>          ninjs, schema.org, plover, or communique (the default with --from)
      --from <format>        communique (default: the document's "type" says which model), ninjs
                             or schema.org
      --statement <file>     a JointStatement the article reports, for --to schema.org (repeatable)
      --language <tag>       --from ninjs|schema.org: the language when the input gives none (default und)
  -o, --out <file>           write the result there instead of standard output
  -q, --quiet                do not print warnings about what the target format cannot carry
  The result is JSON on standard output; warnings go to standard error. The input is validated
  first: exit 1 when it fails its model (each issue with its file:line:col, as validate reports it),
  exit 2 when it cannot be read or parsed or is the wrong kind for the conversion (a picture item,
  a JointStatement given to --to ninjs); nothing is written to standard output then.

Inputs: .json, .yaml/.yml (several documents per file allowed), .ndjson/.jsonl (one document a
line); directories are walked recursively; - reads standard input.

Exit codes: 0 all valid (compat: the policy holds; convert: converted), 1 some document invalid (compat: it does not),
2 usage or input error, 70 internal error.`;

/** Runs the command line and returns the exit code; prints, and never throws for a user's mistake. */
export async function main(argv: readonly string[]): Promise<number> {
  const output = watchOutput();
  return output.settle(await run(argv));
}

async function run(argv: readonly string[]): Promise<number> {
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
    // Each command is loaded when it runs, so that start-up pays only for the one used.
    if (command === "validate") return await (await import("./validate-command.js")).validateCommand(rest);
    if (command === "extract") return await (await import("./extract-command.js")).extractCommand(rest);
    if (command === "compat") return await (await import("./compat-command.js")).compatCommand(rest);
    if (command === "docs") return await (await import("./docs-command.js")).docsCommand(rest);
    if (command === "codegen") return await (await import("./codegen-command.js")).codegenCommand(rest);
    if (command === "eval") return await (await import("./eval-command.js")).evalCommand(rest);
    if (command === "convert") return await (await import("./convert-command.js")).convertCommand(rest);
    throw new UsageError(`unknown command "${command}"`);
  } catch (error) {
    if (error instanceof UsageError) {
      console.error(`communique: ${error.message}\n\n${HELP}`);
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
