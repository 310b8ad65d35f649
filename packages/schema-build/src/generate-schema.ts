import path from "node:path";
import * as TJS from "typescript-json-schema";
import type { SchemaConfig } from "./config.js";

/** A JSON Schema document as plain data. */
export type JsonSchema = Record<string, unknown>;

/** The command that regenerates every artifact; named in each generated file. */
export const GENERATE_COMMAND = "npm run generate";

// Fixed so that the same types always give the same schema, whoever runs the build.
const SETTINGS: TJS.PartialArgs = {
  required: true,
  noExtraProps: true,
  strictNullChecks: true,
  ref: true,
  aliasRef: true,
  topRef: false,
  titles: false,
  defaultNumberType: "number",
  validationKeywords: ["propertyNames"],
  constAsEnum: false,
  uniqueNames: false,
  ignoreErrors: false,
};

/** Generates a model's JSON Schema (draft-07) from its TypeScript type. Pure apart from reading the sources. */
export function generateSchema(config: SchemaConfig): JsonSchema {
  const entry = path.join(config.packageDir, config.entry);
  const program = TJS.getProgramFromFiles([entry], compilerOptions(), config.packageDir);
  const generated = TJS.generateSchema(program, config.type, SETTINGS, [entry]);
  if (generated === null) throw new Error(`${entry}: no type named ${config.type}`);
  const { $schema, definitions, ...root } = generated as JsonSchema;
  // Stable key order: the header first, then the root type, then definitions sorted by name.
  return {
    $schema,
    $id: config.id,
    $comment: `Generated from ${config.entry} (${config.type}) by \`${GENERATE_COMMAND}\`; do not edit by hand.`,
    title: config.type,
    ...root,
    definitions: sortKeys((definitions ?? {}) as JsonSchema),
  };
}

function compilerOptions(): TJS.CompilerOptions {
  return {
    strict: true,
    exactOptionalPropertyTypes: true,
    module: 99 /* ESNext */,
    moduleResolution: 100 /* Bundler: resolves package exports without requiring .js rewrites */,
    target: 9 /* ES2022 */,
    skipLibCheck: true,
  };
}

function sortKeys(object: JsonSchema): JsonSchema {
  return Object.fromEntries(Object.entries(object).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
