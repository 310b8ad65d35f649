import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { artifactPaths, type SchemaConfig } from "./config.js";
import { generateSchema } from "./generate-schema.js";
import { generateValidatorSource } from "./generate-validator.js";

/** The generated files of one model package: path → content. */
export type Artifacts = Map<string, string>;

/** Generates, in memory, every artifact of a model package. */
export function generateArtifacts(config: SchemaConfig): Artifacts {
  const paths = artifactPaths(config);
  const schema = generateSchema(config);
  const schemaFile = path.relative(config.packageDir, paths.schema);
  return new Map([
    [paths.schema, `${JSON.stringify(schema, null, 2)}\n`],
    [paths.validator, generateValidatorSource(schema, schemaFile)],
  ]);
}

/** Writes the artifacts to disk. */
export async function writeArtifacts(artifacts: Artifacts): Promise<void> {
  for (const [file, content] of artifacts) {
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, content);
  }
}

/** The artifacts whose committed content differs from what the types generate now. */
export async function findDrift(artifacts: Artifacts): Promise<string[]> {
  const drifted: string[] = [];
  for (const [file, content] of artifacts) {
    const committed = await readFile(file, "utf8").catch(() => undefined);
    if (committed !== content) drifted.push(file);
  }
  return drifted;
}
