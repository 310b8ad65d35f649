import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { parseCommandArgs } from "./args.js";
import { MODEL_OPTIONS } from "./check/schemas.js";
import { ExitCode, UsageError } from "./errors.js";
import { importOptional } from "./optional-package.js";
import { makeOutputFolder, writeOutputFile } from "./output.js";
import { COMMANDS } from "./usage.js";

const require = createRequire(import.meta.url);

/** `communique codegen --lang L --schema news-article|joint-statement|PATH --out DIR`: types in another language. */
export async function codegenCommand(args: readonly string[]): Promise<number> {
  const codegen = await importOptional("@communique/codegen", () => import("@communique/codegen"));
  if (codegen === undefined) return ExitCode.error;
  const { isLanguage, LANGUAGES, languageTypes } = codegen;
  const { values } = parseCommandArgs(args, COMMANDS.codegen.options);
  const languages = Object.keys(LANGUAGES).join(", ");
  if (values.lang === undefined || !isLanguage(values.lang)) {
    throw new UsageError(
      `codegen needs --lang, one of ${languages}${values.lang === undefined ? "" : `; not "${values.lang}"`}`,
    );
  }
  if (values.schema === undefined)
    throw new UsageError(`codegen needs --schema: ${MODEL_OPTIONS.join(", ")} or a schema file`);
  const schemaFile = MODEL_OPTIONS.includes(values.schema)
    ? require.resolve(`@communique/${values.schema}/schema.json`)
    : values.schema;
  let schema: Record<string, unknown>;
  try {
    schema = JSON.parse(await readFile(schemaFile, "utf8")) as Record<string, unknown>;
  } catch (error) {
    throw new UsageError(
      `cannot read the schema ${values.schema}: ${error instanceof Error ? error.message.split("\n")[0] : String(error)}`,
    );
  }
  const command = `communique codegen --lang ${values.lang} --schema ${values.schema}`;
  const out = values.out ?? ".";
  await makeOutputFolder(out);
  for (const [file, content] of await languageTypes({ schema, lang: values.lang, command })) {
    await writeOutputFile(path.join(out, file), content);
    console.log(`wrote ${path.join(out, file)}`);
  }
  return ExitCode.valid;
}
