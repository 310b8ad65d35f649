import { readFile } from "node:fs/promises";
import path from "node:path";

/** How a model package asks for its schema: read from `communique.schema` in its package.json. */
export interface SchemaConfig {
  /** The package's folder. */
  packageDir: string;
  /** The schema's file name stem, e.g. `news-article` → `schema/news-article.schema.json`. */
  name: string;
  /** The TypeScript file that declares the model type, relative to the package. */
  entry: string;
  /** The model's root type, e.g. `NewsArticle`. */
  type: string;
  /** The schema's stable, versioned `$id`. */
  id: string;
}

/** Reads a model package's schema configuration from its package.json. */
export async function readSchemaConfig(packageDir: string): Promise<SchemaConfig> {
  const manifestPath = path.join(packageDir, "package.json");
  const manifest = JSON.parse(await readFile(manifestPath, "utf8")) as { communique?: { schema?: unknown } };
  const schema = manifest.communique?.schema as
    | Partial<Record<"name" | "entry" | "type" | "id", unknown>>
    | undefined;
  const fields = ["name", "entry", "type", "id"] as const;
  for (const field of fields) {
    if (typeof schema?.[field] !== "string") {
      throw new Error(`${manifestPath}: "communique.schema.${field}" must be a string`);
    }
  }
  const { name, entry, type, id } = schema as Record<(typeof fields)[number], string>;
  return { packageDir: path.resolve(packageDir), name, entry, type, id };
}

/** Where the generated files of a package live. */
export function artifactPaths(config: SchemaConfig): { schema: string; validator: string } {
  return {
    schema: path.join(config.packageDir, "schema", `${config.name}.schema.json`),
    validator: path.join(config.packageDir, "src", "generated", "validator.ts"),
  };
}
