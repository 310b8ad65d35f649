import { readFileSync } from "node:fs";
import path from "node:path";
import { Ajv } from "ajv";
import addFormats from "ajv-formats";
import { describe, expect, it } from "vitest";
import { collectExamples } from "../packages/codegen/src/reference-docs.js";
import { MODELS, ROOT, readJson } from "./support/models.js";
import { sharedFile } from "./support/shared.js";

type Schema = Record<string, unknown>;

const ninjs = sharedFile("reference/ninjs/ninjs-schema_3.1.json");
const schemaOrg = sharedFile("reference/schemaorg/schemaorg-current-https.jsonld");

/** Every description in a schema, with the JSON Pointer of the schema it documents. */
function descriptions(schema: unknown, pointer = ""): [string, string][] {
  if (typeof schema !== "object" || schema === null) return [];
  const out: [string, string][] = [];
  const node = schema as Schema;
  if (typeof node.description === "string") out.push([pointer, node.description]);
  for (const [key, value] of Object.entries(node))
    if (typeof value === "object" && value !== null) out.push(...descriptions(value, `${pointer}/${key}`));
  return out;
}

/**
 * The names a description gives for one standard: each `code` span in the segment that starts at
 * `<standard>:` and runs to the next `·`, split into names (`headlines[role=main].value` names
 * `headlines` and `value`; `Quotation.creator` names both). Markup such as `<p>` is not a name.
 */
function anchorNames(description: string, standard: string): string[] {
  const names: string[] = [];
  const segment = new RegExp(`(?:^|[\\s(])${standard.replace(".", "\\.")}:([^·]*)`, "g");
  for (const match of description.matchAll(segment)) {
    for (const code of (match[1] as string).matchAll(/`([^`]+)`/g)) {
      const text = (code[1] as string).replace(/\[[^\]]*\]/g, "").replace(/"[^"]*"/g, "");
      if (text.startsWith("<")) continue;
      names.push(...(text.match(/@?[A-Za-z][A-Za-z0-9_]*/g) ?? []));
    }
  }
  return names;
}

/** Every property name defined anywhere in a JSON Schema. */
function propertyNames(schema: unknown, names = new Set<string>()): Set<string> {
  if (typeof schema !== "object" || schema === null) return names;
  const node = schema as Schema;
  if (typeof node.properties === "object" && node.properties !== null)
    for (const name of Object.keys(node.properties)) names.add(name);
  for (const value of Object.values(node)) propertyNames(value, names);
  return names;
}

const schemas = MODELS.map((model) => [model.name, readJson<Schema>(model.schemaFile)] as const);

describe("the anchor names in the models' documentation exist in the standards", () => {
  it.skipIf(ninjs.missing).each(schemas)("%s: every ninjs name is a ninjs 3.1 property", (_name, schema) => {
    const known = propertyNames(readJson(ninjs.file));
    known.add("type"); // the item's `type`, e.g. `type: "text"`
    const wrong = descriptions(schema).flatMap(([pointer, text]) =>
      anchorNames(text, "ninjs")
        .filter((name) => !known.has(name))
        .map((name) => `${pointer}: ${name}`),
    );
    expect(wrong).toEqual([]);
  });

  it.skipIf(schemaOrg.missing).each(schemas)(
    "%s: every schema.org name is a schema.org type or property",
    (_name, schema) => {
      const vocabulary = readJson<{ "@graph": { "@id": string }[] }>(schemaOrg.file);
      const known = new Set(vocabulary["@graph"].map((term) => term["@id"].replace(/^schema:/, "")));
      const wrong = descriptions(schema).flatMap(([pointer, text]) =>
        anchorNames(text, "schema.org")
          .filter((name) => !name.startsWith("@") && !known.has(name))
          .map((name) => `${pointer}: ${name}`),
      );
      expect(wrong).toEqual([]);
    },
  );

  it("the checks find names to check (the seed's headline names ninjs and schema.org terms)", () => {
    const headline = "ninjs: `headlines[role=main].value` · schema.org: `headline` · NewsML-G2: `headline`.";
    expect(anchorNames(headline, "ninjs")).toEqual(["headlines", "value"]);
    expect(anchorNames(headline, "schema.org")).toEqual(["headline"]);
    expect(anchorNames("ninjs: `firstcreated`", "ninjs")).toEqual(["firstcreated"]);
  });
});

describe("the reference pages' examples", () => {
  it.each(MODELS.map((model) => [model.name, model] as const))(
    "%s: every example, uncut, validates against its type",
    (_name, model) => {
      const schema = readJson<Schema>(model.schemaFile);
      const ajv = new Ajv({ allErrors: true, strict: false });
      addFormats.default(ajv);
      const examples = collectExamples(schema, readJson(model.seedFile));
      expect(examples.size).toBeGreaterThan(10);
      const failing: string[] = [];
      for (const [type, value] of examples) {
        const target =
          type === schema.title ? schema : { $ref: `#/definitions/${type}`, definitions: schema.definitions };
        const validate = ajv.compile({ ...target, $id: `urn:example:${type}` });
        if (!validate(value)) failing.push(`${type}: ${ajv.errorsText(validate.errors)}`);
      }
      expect(failing).toEqual([]);
    },
  );

  it.each(MODELS.map((model) => [model.name] as const))(
    "docs/%s.md: an example that is not marked as shortened is whole, valid JSON",
    (name) => {
      const page = readFileSync(path.join(ROOT, "docs", `${name}.md`), "utf8");
      const blocks = [...page.matchAll(/^(Example[^\n]*)\n\n```json\n([\s\S]*?)\n```/gm)];
      expect(blocks.length).toBeGreaterThan(10);
      for (const [, heading, json] of blocks) {
        if ((heading as string).startsWith("Example, shortened")) {
          expect(json).toContain("…");
          continue;
        }
        expect(heading).toBe("Example:");
        expect(json).not.toContain("…");
        expect(() => JSON.parse(json as string)).not.toThrow();
      }
    },
  );
});
