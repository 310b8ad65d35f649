import type { ValidationResult } from "@communique/core";
import {
  type ConversionWarning,
  fromNinjs,
  fromSchemaOrg,
  NinjsImportError,
  SchemaOrgImportError,
  toNinjs,
  toPlover,
  toSchemaOrg,
} from "@communique/interop";
import { type JointStatement, validateJointStatement } from "@communique/joint-statement";
import { type NewsArticle, validateNewsArticle } from "@communique/news-article";
import { parseCommandArgs } from "./args.js";
import { isExtraction, validateExtraction } from "./check/extraction.js";
import { convertExtraction } from "./convert-extraction.js";
import {
  type ConvertInput,
  issueLines,
  locate,
  modelOf,
  placeOf,
  readConvertInput,
} from "./convert-input.js";
import { ExitCode, InputError, UsageError } from "./errors.js";
import { writeOutputFile } from "./output.js";
import { terminalSafe } from "./report/terminal-safe.js";
import { COMMANDS } from "./usage.js";

const TARGETS = ["ninjs", "schema.org", "plover", "communique"] as const;
const SOURCES = ["communique", "ninjs", "schema.org"] as const;
type Target = (typeof TARGETS)[number];

/** The document is of the right kind but fails its model's validation: exit 1, like `validate`. */
class InvalidDocument extends Error {
  constructor(readonly lines: string[]) {
    super(lines.join("\n"));
  }
}

/**
 * `communique convert <file|-> --to ninjs|schema.org|plover [--from communique|ninjs|schema.org]`:
 * converts one document and prints the result as JSON; warnings about what the target cannot carry go to
 * standard error.
 */
export async function convertCommand(args: readonly string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, COMMANDS.convert.options);
  const from = values.from ?? "communique";
  if (!(SOURCES as readonly string[]).includes(from))
    throw new UsageError(`unknown --from "${from}"; use ${SOURCES.join(" or ")}`);
  const imported = from === "ninjs" || from === "schema.org";
  const to = values.to ?? (imported ? "communique" : undefined);
  if (to === undefined) throw new UsageError("convert needs --to ninjs, schema.org or plover");
  if (!(TARGETS as readonly string[]).includes(to))
    throw new UsageError(
      `unknown --to "${to}"; use ninjs, schema.org, plover (or communique with --from ninjs or schema.org)`,
    );
  if (to === "communique" && !imported)
    throw new UsageError("--to communique reads another format: give --from ninjs or --from schema.org");
  if (to === "plover" && imported)
    throw new UsageError(`--to plover converts a JointStatement; a ${from} article becomes a NewsArticle`);
  const statementFiles = (values.statement ?? []) as unknown as string[];
  if (statementFiles.length > 0 && to !== "schema.org")
    throw new UsageError("--statement adds the reported statements to --to schema.org only");
  if (positionals.length !== 1) throw new UsageError("convert needs one file, or - for standard input");

  const file = positionals[0] as string;
  const warnings: string[] = [];
  try {
    const input = await readConvertInput(file);
    const warnFor = (warning: ConversionWarning) =>
      warnings.push(`${placeOf(input, warning.path)}: warning: ${warning.message} (${warning.path || "/"})`);
    const output =
      from === "ninjs"
        ? convertNinjs(input, to as Target, values.language, warnFor)
        : from === "schema.org"
          ? convertSchemaOrg(input, to as Target, values.language, warnFor)
          : await convertModel(input, to as Target, statementFiles, warnFor);
    const json = `${JSON.stringify(output, null, 2)}\n`;
    if (values.out === undefined) await write(json);
    else await writeOutputFile(values.out, json);
    if (values.quiet !== true) for (const line of warnings) console.error(terminalSafe(line));
    return ExitCode.valid;
  } catch (error) {
    if (error instanceof InvalidDocument) {
      for (const line of error.lines) console.error(terminalSafe(line));
      return ExitCode.invalid;
    }
    if (error instanceof InputError) {
      console.error(`communique convert: ${terminalSafe(error.message)}`);
      return ExitCode.error;
    }
    throw error;
  }
}

function convertNinjs(
  input: ConvertInput,
  to: Target,
  language: string | undefined,
  warn: (warning: ConversionWarning) => void,
): unknown {
  let article: NewsArticle;
  try {
    const imported = fromNinjs(input.document.value, language === undefined ? {} : { language });
    for (const warning of imported.warnings) warn(warning);
    article = imported.article;
  } catch (error) {
    if (!(error instanceof NinjsImportError)) throw error;
    if (error.code === "not-text")
      throw new InputError(
        input.file,
        "no-match",
        `not a ninjs text item: ${error.reason}`,
        locate(input, error.path),
      );
    throw new InvalidDocument([`${placeOf(input, error.path)}: not a valid ninjs item: ${error.reason}`]);
  }
  return written(article, to);
}

function convertSchemaOrg(
  input: ConvertInput,
  to: Target,
  language: string | undefined,
  warn: (warning: ConversionWarning) => void,
): unknown {
  let article: NewsArticle;
  try {
    const imported = fromSchemaOrg(input.document.value, language === undefined ? {} : { language });
    for (const warning of imported.warnings) warn(warning);
    article = imported.article;
  } catch (error) {
    if (!(error instanceof SchemaOrgImportError)) throw error;
    throw new InvalidDocument([`${placeOf(input, error.path)}: not a schema.org article: ${error.reason}`]);
  }
  return written(article, to);
}

async function convertModel(
  input: ConvertInput,
  to: Target,
  statementFiles: readonly string[],
  warn: (warning: ConversionWarning) => void,
): Promise<unknown> {
  // What `communique extract` writes goes on as it is: `extract story.txt | convert - --to ninjs`.
  if (isExtraction(input.document.value) && to !== "communique" && statementFiles.length === 0)
    return convertExtraction(valid(input, validateExtraction), to, warn);
  const model = modelOf(input);
  const wanted = to === "plover" ? "JointStatement" : "NewsArticle";
  if (model !== wanted)
    throw new InputError(input.file, "no-match", `a ${model}; --to ${to} converts a ${wanted}`, {
      line: input.document.line,
      column: 1,
    });
  if (to === "plover") return toPlover(valid(input, validateJointStatement), { onWarning: warn });
  const article = valid(input, validateNewsArticle);
  if (to === "ninjs") return toNinjs(article, { onWarning: warn });
  const statements: JointStatement[] = [];
  for (const statementFile of statementFiles) {
    const statementInput = await readConvertInput(statementFile);
    if (modelOf(statementInput) !== "JointStatement")
      throw new InputError(statementFile, "no-match", "--statement needs a JointStatement");
    statements.push(valid(statementInput, validateJointStatement));
  }
  return toSchemaOrg(article, statements, { onWarning: warn });
}

function valid<T>(input: ConvertInput, validate: (value: unknown) => ValidationResult<T>): T {
  const result = validate(input.document.value);
  if (!result.ok) throw new InvalidDocument(issueLines(input, result.issues));
  return result.value;
}

function write(text: string): Promise<void> {
  return new Promise((resolve) => process.stdout.write(text, () => resolve()));
}

/** An imported article in the form asked for. */
function written(article: NewsArticle, to: Target): unknown {
  if (to === "ninjs") return toNinjs(article);
  if (to === "schema.org") return toSchemaOrg(article);
  return article;
}
