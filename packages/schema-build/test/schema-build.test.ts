import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import {
  findDefinitionUses,
  generateRuleWalk,
  generateSchema,
  generateValidatorSource,
  onlyNonEmptyLimits,
  readSchemaConfig,
} from "../src/index.js";

const fixtureDir = path.join(path.dirname(fileURLToPath(import.meta.url)), "fixture");

describe("generateSchema", async () => {
  const config = await readSchemaConfig(fixtureDir);
  const schema = generateSchema(config);

  it("stamps the $id and says how it was generated", () => {
    expect(schema.$schema).toBe("http://json-schema.org/draft-07/schema#");
    expect(schema.$id).toBe("https://example.org/outline/v1.json");
    expect(schema.$comment).toMatch(/npm run generate/);
  });

  it("closes objects and marks required fields", () => {
    expect(schema.additionalProperties).toBe(false);
    expect(schema.required).toEqual(["sections", "title"]);
    const definitions = schema.definitions as Record<
      string,
      { additionalProperties?: boolean; required?: string[] }
    >;
    expect(definitions.Section?.additionalProperties).toBe(false);
    expect(definitions.Section?.required).toEqual(["heading"]);
  });

  it("is the same object every time", () => {
    expect(JSON.stringify(generateSchema(config))).toBe(JSON.stringify(schema));
  });

  it("finds where a definition is used, through recursion", () => {
    expect(findDefinitionUses(schema, "CountryCode")).toEqual(["/country", "/sections/*/country"]);
  });

  it("emits a validator module with no require() and the definition paths", () => {
    const source = generateValidatorSource(schema, "schema/outline.schema.json");
    expect(source).not.toMatch(/require\(/);
    expect(source).toMatch(/^\/\/ @ts-nocheck/);
    expect(source).toContain('export const schemaId = "https://example.org/outline/v1.json";');
    expect(source).toContain('"/sections/*/country"');
  });
});

describe("string length limits", () => {
  const limited = (limits: Record<string, number>) => ({
    $id: "https://example.org/limits/v1.json",
    type: "object",
    properties: { note: { $ref: "#/definitions/Note" } },
    definitions: { Note: { type: "string", ...limits } },
  });

  it("reads .length where the only limit is non-empty, and counts code points otherwise", () => {
    expect(onlyNonEmptyLimits(limited({ minLength: 1 }))).toBe(true);
    expect(onlyNonEmptyLimits(limited({ minLength: 2 }))).toBe(false);
    expect(onlyNonEmptyLimits(limited({ maxLength: 80 }))).toBe(false);
    expect(generateValidatorSource(limited({ minLength: 1 }), "limits.json")).not.toMatch(/ucs2length/);
    expect(generateValidatorSource(limited({ maxLength: 2 }), "limits.json")).toMatch(/ucs2length/);
  });

  it("keeps counting for a property named maxLength, which only costs time", () => {
    const schema = { type: "object", properties: { maxLength: { type: "integer" } } };
    expect(onlyNonEmptyLimits(schema)).toBe(false);
  });
});

describe("generateRuleWalk", () => {
  // Country codes as object values (keys to escape), and at a property Object.prototype also has.
  const schema = {
    type: "object",
    definitions: { CountryCode: { type: "string" } },
    properties: {
      byName: { type: "object", additionalProperties: { $ref: "#/definitions/CountryCode" } },
      list: {
        type: "array",
        items: { type: "object", properties: { constructor: { $ref: "#/definitions/CountryCode" } } },
      },
    },
  };
  const walkOf = async () => {
    const source = generateRuleWalk(schema);
    const module = await import(`data:text/javascript,${encodeURIComponent(source)}`);
    return module.walkModelRules as (
      data: unknown,
      rules: object,
      issues: unknown[],
      toIssue: (breach: object, path: string) => unknown,
    ) => void;
  };
  const rules = { CountryCode: (value: unknown) => (value === "ZZ" ? { code: "country-code" } : undefined) };

  it("calls the rule on object values and array items, with escaped paths", async () => {
    const walk = await walkOf();
    const issues: unknown[] = [];
    const data: Record<string, Record<string, string> | Record<string, string>[]> = {
      byName: { "a/b~c": "ZZ", ok: "KR" },
      list: [{}, { constructor: "ZZ" }, { constructor: "KR" }],
    };
    walk(data, rules, issues, (breach, path) => ({ ...breach, path }));
    expect(issues).toEqual([
      { code: "country-code", path: "/byName/a~1b~0c" },
      { code: "country-code", path: "/list/1/constructor" },
    ]);
  });

  it("does not mistake what every object inherits for a value of the document", async () => {
    const walk = await walkOf();
    const seen: unknown[] = [];
    walk({ list: [{}] }, { CountryCode: (value: unknown) => void seen.push(value) }, [], () => ({}));
    expect(seen).toEqual([]);
  });
});

describe("readSchemaConfig", () => {
  it("names the field that is missing", async () => {
    await expect(readSchemaConfig(path.join(fixtureDir, "../.."))).rejects.toThrow(
      /communique\.schema\.name/,
    );
  });
});
