import { existsSync, readFileSync } from "node:fs";
import { mkdir, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { referenceDocs } from "@communique/codegen";
import { parseCommandArgs } from "./args.js";
import { MODEL_OPTIONS } from "./check/schemas.js";
import { ExitCode } from "./errors.js";

const require = createRequire(import.meta.url);

/**
 * The reference pages of the models, by file name (`news-article.md`), with examples from
 * `<examplesDir>/<model>.json` where that file exists.
 */
export function modelReferencePages(examplesDir: string | undefined): Map<string, string> {
  const pages = new Map<string, string>();
  for (const model of MODEL_OPTIONS) {
    const schemaExport = `@communique/${model}/schema.json`;
    const schema = JSON.parse(readFileSync(require.resolve(schemaExport), "utf8")) as Record<string, unknown>;
    const exampleFile = examplesDir === undefined ? undefined : path.join(examplesDir, `${model}.json`);
    const hasExample = exampleFile !== undefined && existsSync(exampleFile);
    pages.set(
      `${model}.md`,
      referenceDocs({
        schema,
        schemaFile: schemaExport,
        command: "npm run generate",
        ...(hasExample
          ? {
              example: JSON.parse(readFileSync(exampleFile, "utf8")),
              exampleFile: exampleFile.split(path.sep).join("/"),
            }
          : {}),
      }),
    );
  }
  return pages;
}

/** `communique docs [--out DIR] [--examples DIR]`: writes a Markdown reference page per model. */
export async function docsCommand(args: readonly string[]): Promise<number> {
  const { values } = parseCommandArgs(args, {
    out: { type: "string" },
    examples: { type: "string" },
  } as const);
  const out = values.out ?? "docs";
  const examples =
    values.examples ??
    (existsSync(path.join("examples", "seed")) ? path.join("examples", "seed") : undefined);
  await mkdir(out, { recursive: true });
  for (const [file, page] of modelReferencePages(examples)) {
    await writeFile(path.join(out, file), page);
    console.log(`wrote ${path.join(out, file)}`);
  }
  return ExitCode.valid;
}
