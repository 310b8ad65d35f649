import { parseCommandArgs } from "./args.js";
import { ExitCode, SchemaError, UsageError } from "./errors.js";
import { compileSchemaFile, pickDraft, type SchemaFileOptions } from "./schema/compile-schema.js";
import { DRAFTS, type Draft, draftFromSpec, draftFromUri } from "./schema/drafts.js";
import { SchemaLibrary } from "./schema/library.js";
import { metaChecker, metaSchemaProblems } from "./schema/meta-schema.js";
import { TOOL } from "./tool.js";
import { COMMANDS } from "./usage.js";

/** What is wrong with a schema file, at its place. */
interface SchemaProblem {
  /** The file it is in: the schema, or a file it refers to. */
  file: string;
  line?: number | undefined;
  column?: number | undefined;
  pointer?: string;
  message: string;
}

/** The verdict on one schema file. */
interface SchemaVerdict {
  file: string;
  draft?: Draft;
  /** The file could be read as a schema at all. */
  readable: boolean;
  problems: SchemaProblem[];
}

/**
 * `communique check-schema SCHEMA...`: each schema checked against its draft's meta-schema (every
 * problem at its line and column), then compiled with the files it refers to.
 */
export async function checkSchemaCommand(args: readonly string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, COMMANDS["check-schema"].options);
  if (positionals.length === 0) throw new UsageError("check-schema needs at least one schema file");
  const format = values.format ?? "pretty";
  if (format !== "pretty" && format !== "json")
    throw new UsageError(`unknown format "${format}"; use pretty or json`);
  let spec: Draft | undefined;
  if (values.spec !== undefined) {
    spec = draftFromSpec(values.spec);
    if (spec === undefined) throw new UsageError(`unknown --spec "${values.spec}"; use ${DRAFTS.join(", ")}`);
  }
  const options: Omit<SchemaFileOptions, "path"> = {
    ...(values.ref === undefined ? {} : { refs: values.ref }),
    ...(values["base-uri"] === undefined ? {} : { baseUri: values["base-uri"] }),
    ...(spec === undefined ? {} : { spec }),
  };
  const verdicts = positionals.map((file) => checkSchema({ ...options, path: file }));
  console.log(format === "json" ? formatJson(verdicts) : formatPretty(verdicts));
  if (verdicts.some((verdict) => !verdict.readable)) return ExitCode.error;
  return verdicts.some((verdict) => verdict.problems.length > 0) ? ExitCode.invalid : ExitCode.valid;
}

function checkSchema(options: SchemaFileOptions): SchemaVerdict {
  const file = options.path;
  const warnings: string[] = [];
  let draft: Draft;
  try {
    const library = new SchemaLibrary(options.refs, options.baseUri);
    const source = library.load(file);
    draft = pickDraft(source, library, options.spec, warnings);
    const declared =
      typeof source.value === "object" ? (source.value as { $schema?: unknown }).$schema : undefined;
    // A custom meta-schema is checked when the schema compiles, below.
    if (declared === undefined || draftFromUri(String(declared)) !== undefined) {
      const problems = metaSchemaProblems(metaChecker(draft), source.value, draft);
      if (problems.length > 0) {
        return {
          file,
          draft,
          readable: true,
          problems: problems.map((problem) => ({
            file,
            ...problem.position(source),
            pointer: problem.pointer,
            message: problem.message,
          })),
        };
      }
    }
  } catch (error) {
    if (!(error instanceof SchemaError)) throw error;
    // Unreadable, unparsable, or of an unknown draft: nothing more can be checked.
    const readable = error.reason !== "cannot read the schema file";
    return { file, readable, problems: [problemOf(error)] };
  }
  try {
    compileSchemaFile(options);
  } catch (error) {
    if (!(error instanceof SchemaError)) throw error;
    return { file, draft, readable: true, problems: [problemOf(error)] };
  }
  return { file, draft, readable: true, problems: [] };
}

function problemOf(error: SchemaError): SchemaProblem {
  return { file: error.file, line: error.line, column: error.column, message: error.reason };
}

function formatPretty(verdicts: readonly SchemaVerdict[]): string {
  const lines: string[] = [];
  for (const { file, draft, problems } of verdicts) {
    if (problems.length === 0) {
      lines.push(`✓ ${file}: valid ${draft} schema`);
      continue;
    }
    lines.push(`✗ ${file}: ${problems.length} problem${problems.length === 1 ? "" : "s"}`);
    for (const problem of problems) {
      const place =
        problem.line === undefined ? problem.file : `${problem.file}:${problem.line}:${problem.column ?? 1}`;
      lines.push(`  ${place}  ${problem.message}`);
    }
  }
  const invalid = verdicts.filter((verdict) => verdict.problems.length > 0).length;
  lines.push(
    `${verdicts.length} schema${verdicts.length === 1 ? "" : "s"}: ${verdicts.length - invalid} valid, ${invalid} invalid`,
  );
  return lines.join("\n");
}

function formatJson(verdicts: readonly SchemaVerdict[]): string {
  return JSON.stringify({ reportVersion: 1, tool: TOOL, schemas: verdicts }, null, 2);
}
