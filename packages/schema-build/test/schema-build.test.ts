import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import {
  findDefinitionUses,
  generateSchema,
  generateValidatorSource,
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

describe("readSchemaConfig", () => {
  it("names the field that is missing", async () => {
    await expect(readSchemaConfig(path.join(fixtureDir, "../.."))).rejects.toThrow(
      /communique\.schema\.name/,
    );
  });
});
