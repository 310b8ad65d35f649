import { createRequire } from "node:module";
import { MODEL_RULE_DEFINITIONS, schemaFormats } from "@communique/core";
import { _, Ajv } from "ajv";
import standalone from "ajv/dist/standalone/index.js";
import { findDefinitionUses } from "./definition-uses.js";
import { generateRuleWalk } from "./generate-rule-walk.js";
import { GENERATE_COMMAND, type JsonSchema } from "./generate-schema.js";

// ajv is CommonJS with `exports.default`; under NodeNext its default import is the module object.
const standaloneCode = standalone.default;

/**
 * The ajv options every generated validator is compiled with: strict, every error reported (CI
 * users want all of them at once), and the failing schema attached to each error so that messages
 * can name, say, the property a typo was meant to be. The formats are core's `schemaFormats`, which
 * the generated code imports: a schema that names any other format fails to compile.
 */
export function createAjv(options: { countCodePoints?: boolean } = {}): Ajv {
  const ajv = new Ajv({
    strict: true,
    allErrors: true,
    verbose: true,
    // JSON Schema counts a string's length in code points, which takes a pass over the string;
    // `false` compares `.length` (UTF-16 code units) instead, for schemas where the two agree.
    unicode: options.countCodePoints ?? true,
    code: {
      source: true,
      esm: true,
      lines: true,
      formats: _`require("@communique/core").schemaFormats`,
    },
  });
  for (const [name, check] of Object.entries(schemaFormats)) ajv.addFormat(name, check);
  return ajv;
}

/**
 * TypeScript source of a module that exports the schema's precompiled validator (ajv standalone
 * code) and where the definitions that core's model rules check are used.
 */
export function generateValidatorSource(schema: JsonSchema, schemaFile: string): string {
  const ajv = createAjv({ countCodePoints: !onlyNonEmptyLimits(schema) });
  const code = standaloneCode(ajv, ajv.compile(schema));
  const { imports, body } = hoistRequires(code.replace(/^"use strict";\s*/, ""));
  return [
    "// @ts-nocheck",
    `// Generated from ${schemaFile} by \`${GENERATE_COMMAND}\` (@communique/schema-build); do not edit by hand.`,
    ...imports,
    `export const schemaId = ${JSON.stringify(schema.$id)};`,
    `export const definitionPaths = ${JSON.stringify(definitionPaths(schema), null, 2)};`,
    generateRuleWalk(schema),
    body,
  ].join("\n");
}

/**
 * Whether the schema's only string length limits are `minLength` 0 or 1 (not empty). A string has a
 * code point when it has a code unit, so these need no count of code points: the generated check
 * reads `.length` rather than walking every paragraph of an article.
 */
export function onlyNonEmptyLimits(schema: unknown): boolean {
  if (Array.isArray(schema)) return schema.every(onlyNonEmptyLimits);
  if (schema === null || typeof schema !== "object") return true;
  return Object.entries(schema).every(([key, value]) => {
    if (key === "maxLength") return false;
    if (key === "minLength") return typeof value === "number" && value <= 1;
    // Read everywhere, keywords or not: a property named `maxLength` also keeps the count, which is
    // only slower, never wrong.
    return onlyNonEmptyLimits(value);
  });
}

function definitionPaths(schema: JsonSchema): Record<string, string[]> {
  return Object.fromEntries(MODEL_RULE_DEFINITIONS.map((name) => [name, findDefinitionUses(schema, name)]));
}

// ajv's standalone code calls require() for its runtime helpers, even in ESM mode, and CommonJS
// default exports reach ESM differently in Node and in bundlers. So named exports (the formats)
// become named imports, and the self-contained helper functions ajv exports as `default` are
// inlined; anything else fails the build rather than a user's import.
const INLINABLE_HELPERS = new Set(["ajv/dist/runtime/ucs2length", "ajv/dist/runtime/equal"]);
const requireFromHere = createRequire(import.meta.url);

function hoistRequires(code: string): { imports: string[]; body: string } {
  const locals = new Map<string, string>();
  const imports: string[] = [];
  const body = code.replace(
    /require\("([^"]+)"\)\.([A-Za-z_$][\w$]*)/g,
    (_match, specifier: string, member: string) => {
      const key = `${specifier}#${member}`;
      const known = locals.get(key);
      if (known !== undefined) return known;
      const local = `runtime${locals.size}`;
      locals.set(key, local);
      if (member !== "default") {
        // A file inside a package is named with its extension; a package by its name alone.
        const from = /^(@[^/]+\/)?[^@/][^/]*$/.test(specifier) ? specifier : `${specifier}.js`;
        imports.push(`import { ${member} as ${local} } from "${from}";`);
      } else if (INLINABLE_HELPERS.has(specifier)) {
        const helper: unknown = requireFromHere(specifier).default;
        if (typeof helper !== "function") throw new Error(`${specifier}: expected a function to inline`);
        imports.push(`const ${local} = ${helper.toString()};`);
      } else {
        throw new Error(
          `generated validator needs ${specifier}, which cannot be inlined or imported by name`,
        );
      }
      return local;
    },
  );
  if (/require\(/.test(body)) throw new Error("generated validator still calls require()");
  return { imports, body };
}
