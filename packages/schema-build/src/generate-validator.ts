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
export function createAjv(): Ajv {
  const ajv = new Ajv({
    strict: true,
    allErrors: true,
    verbose: true,
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
  const ajv = createAjv();
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
