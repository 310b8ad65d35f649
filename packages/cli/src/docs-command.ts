import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { parseCommandArgs } from "./args.js";
import { MODEL_OPTIONS } from "./check/schemas.js";
import { modelRulesSection } from "./docs-model-rules.js";
import { ExitCode } from "./errors.js";
import { importOptional } from "./optional-package.js";
import { makeOutputFolder, writeOutputFile } from "./output.js";
import { COMMANDS } from "./usage.js";

const require = createRequire(import.meta.url);

/**
 * The reference pages of the models, by file name (`news-article.md`), with examples from
 * `<examplesDir>/<model>.json` where that file exists; `undefined` when @communique/codegen, which
 * writes them, is not installed.
 */
export async function modelReferencePages(
  examplesDir: string | undefined,
): Promise<Map<string, string> | undefined> {
  const codegen = await importOptional("@communique/codegen", () => import("@communique/codegen"));
  if (codegen === undefined) return undefined;
  const { referenceDocs } = codegen;
  const pages = new Map<string, string>();
  for (const model of MODEL_OPTIONS) {
    const schemaExport = `@communique/${model}/schema.json`;
    const schema = JSON.parse(readFileSync(require.resolve(schemaExport), "utf8")) as Record<string, unknown>;
    const exampleFile = examplesDir === undefined ? undefined : path.join(examplesDir, `${model}.json`);
    const hasExample = exampleFile !== undefined && existsSync(exampleFile);
    const page = referenceDocs({
      schema,
      schemaFile: schemaExport,
      command: "npm run generate",
      ...(hasExample
        ? {
            example: JSON.parse(readFileSync(exampleFile, "utf8")),
            exampleFile: exampleFile.split(path.sep).join("/"),
          }
        : {}),
    });
    pages.set(`${model}.md`, `${page.trimEnd()}\n\n${modelRulesSection(schema)}`);
  }
  return pages;
}

/** `communique docs [--out DIR] [--examples DIR]`: writes a Markdown reference page per model. */
export async function docsCommand(args: readonly string[]): Promise<number> {
  const { values } = parseCommandArgs(args, COMMANDS.docs.options);
  const out = values.out ?? "docs";
  const examples =
    values.examples ??
    (existsSync(path.join("examples", "seed")) ? path.join("examples", "seed") : undefined);
  const pages = await modelReferencePages(examples);
  if (pages === undefined) return ExitCode.error;
  await makeOutputFolder(out);
  for (const [file, page] of pages) {
    await writeOutputFile(path.join(out, file), page);
    console.log(`wrote ${path.join(out, file)}`);
  }
  return ExitCode.valid;
}
