import { MODEL_RULE_DEFINITIONS } from "@communique/core";
import { _, Ajv } from "ajv";
import formatsPlugin from "ajv-formats";
import standalone from "ajv/dist/standalone/index.js";
import { GENERATE_COMMAND, type JsonSchema } from "./generate-schema.js";

// ajv and ajv-formats are CommonJS with `exports.default`; under NodeNext their default import is
// the module object.
const addFormats = formatsPlugin.default;
const standaloneCode = standalone.default;

/**
 * The ajv options every generated validator is compiled with: strict, every error reported (CI
 * users want all of them at once), and the failing schema attached to each error so that messages
 * can name, say, the property a typo was meant to be.
 */
export function createAjv(): Ajv {
  const ajv = new Ajv({
    strict: true,
    allErrors: true,
    verbose: true,
    code: { source: true, esm: true, lines: true, formats: _`require("ajv-formats/dist/formats").fullFormats` },
  });
  addFormats(ajv);
  return ajv;
}

/**
 * TypeScript source of a module that exports the schema's precompiled validator (ajv standalone
 * code) and where the definitions that core's model rules check are used.
 */
export function generateValidatorSource(schema: JsonSchema, schemaFile: string): string {
  const ajv = createAjv();
  const code = standaloneCode(ajv, ajv.compile(schema));
  const { imports, body } = hoistRequires(code.replace(/^"use strict";\s*/, ""));
  return [
    "// @ts-nocheck",
    `// Generated from ${schemaFile} by \`${GENERATE_COMMAND}\` (@communique/schema-build); do not edit by hand.`,
    ...imports,
    `export const definitionPaths = ${JSON.stringify(definitionPaths(schema), null, 2)};`,
    body,
  ].join("\n");
}

function definitionPaths(schema: JsonSchema): Record<string, string[]> {
  return Object.fromEntries(MODEL_RULE_DEFINITIONS.map((name) => [name, findDefinitionUses(schema, name)]));
}

// ajv's standalone code calls require() for its runtime helpers even in ESM mode; turn those
// calls into imports so that the module loads in Node's ESM and in bundlers alike.
function hoistRequires(code: string): { imports: string[]; body: string } {
  const names = new Map<string, string>();
  const body = code.replace(/require\("([^"]+)"\)/g, (_match, specifier: string) => {
    let name = names.get(specifier);
    if (name === undefined) {
      name = `runtime${names.size}`;
      names.set(specifier, name);
    }
    return name;
  });
  const imports = [...names].map(([specifier, name]) => `import ${name} from "${specifier}.js";`);
  return { imports, body };
}

/**
 * JSON Pointer patterns (with `*` for any item or key) of every place in the instance where the
 * named definition is used, following `$ref`s from the root.
 */
export function findDefinitionUses(schema: JsonSchema, definition: string): string[] {
  const target = `#/definitions/${definition}`;
  const definitions = (schema.definitions ?? {}) as Record<string, JsonSchema>;
  const found = new Set<string>();
  const visit = (node: unknown, at: string, seen: ReadonlySet<string>): void => {
    if (typeof node !== "object" || node === null) return;
    const s = node as JsonSchema;
    if (typeof s.$ref === "string") {
      if (s.$ref === target) found.add(at);
      else if (!seen.has(s.$ref)) {
        const name = s.$ref.replace("#/definitions/", "");
        visit(definitions[name], at, new Set([...seen, s.$ref]));
      }
    }
    for (const key of ["anyOf", "oneOf", "allOf"]) {
      if (Array.isArray(s[key])) for (const branch of s[key]) visit(branch, at, seen);
    }
    if (typeof s.properties === "object" && s.properties !== null) {
      for (const [name, child] of Object.entries(s.properties)) visit(child, `${at}/${name}`, seen);
    }
    if (s.items !== undefined) visit(s.items, `${at}/*`, seen);
    if (typeof s.additionalProperties === "object") visit(s.additionalProperties, `${at}/*`, seen);
  };
  visit(schema, "", new Set());
  return [...found].sort();
}
