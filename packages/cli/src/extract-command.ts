import type { ExtractResult } from "@communique/extract";
import { parseCommandArgs } from "./args.js";
import { ExitCode, InputError, UsageError } from "./errors.js";
import { readText } from "./extract/read-text.js";
import { summary } from "./extract/summary.js";
import { textInputs } from "./extract/text-inputs.js";
import { lineAndColumn } from "./source/position.js";

const FORMATS = ["json", "ndjson", "summary"] as const;
type Format = (typeof FORMATS)[number];

/**
 * `communique extract <file|dir|glob|->... [--published YYYY-MM-DD] [--format json|ndjson|summary]`:
 * reads news text into a NewsArticle and the JointStatements it reports. One input gives one JSON
 * object `{ "article": …, "statements": […] }`; many give one such object a line with `--format
 * ndjson`. Warnings go to standard error at `file:line:col`; an input that cannot be read is
 * reported and gives no output, and the exit code is then 2.
 */
export async function extractCommand(args: readonly string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, {
    published: { type: "string", short: "p" },
    language: { type: "string", short: "l" },
    format: { type: "string", short: "f" },
    quiet: { type: "boolean", short: "q" },
  });
  const format = (values.format ?? "json") as Format;
  if (!FORMATS.includes(format))
    throw new UsageError(`unknown format "${values.format}"; use json, ndjson or summary`);
  if (
    values.published !== undefined &&
    !/^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2}))?$/.test(values.published)
  )
    throw new UsageError(
      `--published must be a date (YYYY-MM-DD) or a date-time with an offset, not "${values.published}"`,
    );
  if (positionals.length === 0)
    throw new UsageError("extract needs a file, a directory, a pattern, or - for standard input");
  const problems: InputError[] = [];
  const files = await textInputs(positionals, problems);
  if (format === "json" && files.length > 1)
    throw new UsageError(
      `${files.length} inputs: --format json writes one object; use --format ndjson for one object a line`,
    );
  const { extract, NothingToExtractError } = await import("@communique/extract");
  for (const problem of problems) console.error(`communique extract: ${problem.message}`);
  let failed = problems.length > 0;
  for (const file of files) {
    let text: string;
    let result: ExtractResult;
    try {
      text = await readText(file);
      try {
        result = extract(text, {
          source: file,
          ...(values.published === undefined ? {} : { published: values.published }),
          ...(values.language === undefined ? {} : { language: values.language }),
        });
      } catch (error) {
        if (error instanceof NothingToExtractError)
          throw new InputError(file, "empty", "nothing to extract: the text is empty or only white space");
        if (error instanceof RangeError && /published/.test(error.message))
          throw new UsageError(error.message);
        throw error;
      }
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      console.error(`communique extract: ${error.message}`);
      failed = true;
      continue;
    }
    if (values.quiet !== true)
      for (const warning of result.warnings) {
        const place = warning.span === undefined ? file : `${file}:${position(text, warning.span.start)}`;
        console.error(`${place}: warning: ${warning.message} [${warning.code}]`);
      }
    const output = { article: result.article, statements: result.statements };
    if (format === "ndjson") await write(`${JSON.stringify(output)}\n`);
    else if (format === "json") await write(`${JSON.stringify(output, null, 2)}\n`);
    else await write(summary(file, result, text));
  }
  return failed ? ExitCode.error : ExitCode.valid;
}

function position(text: string, offset: number): string {
  const { line, column } = lineAndColumn(text, offset);
  return `${line}:${column}`;
}

// Standard output is written with back-pressure, so a slow reader does not make output pile up.
function write(chunk: string): Promise<void> {
  return new Promise((resolve, reject) => {
    if (process.stdout.write(chunk)) resolve();
    else process.stdout.once("drain", resolve).once("error", reject);
  });
}
