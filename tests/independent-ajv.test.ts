import { Ajv } from "ajv";
import formatsPlugin from "ajv-formats";
import { describe, expect, it } from "vitest";
import { MODELS, readJson } from "./support/models.js";

// A validator compiled here from the committed schema files, sharing no code with the packages:
// what a user of the published schemas gets.
function compile(schemaFile: string) {
  const ajv = new Ajv({ strict: true, allErrors: true });
  formatsPlugin.default(ajv);
  return ajv.compile(readJson(schemaFile));
}

type Json = Record<string, unknown>;

describe.each(MODELS)("$name schema with an independent ajv", (model) => {
  const validate = compile(model.schemaFile);
  const schema = readJson<{ $id: string; $schema: string; required: string[] }>(model.schemaFile);
  const seed = () => readJson<Json>(model.seedFile);

  it("is draft-07 with a versioned $id", () => {
    expect(schema.$schema).toBe("http://json-schema.org/draft-07/schema#");
    expect(schema.$id).toMatch(/^https:\/\/communique\.dev\/schemas\/[a-z-]+\/v\d+\.json$/);
  });

  it("accepts the seed instance", () => {
    expect(validate(seed())).toBe(true);
  });

  it.each(schema.required)("rejects the seed without its required %s", (property) => {
    const document = seed();
    delete document[property];
    expect(validate(document)).toBe(false);
    expect(validate.errors).toContainEqual(
      expect.objectContaining({ keyword: "required", params: { missingProperty: property } }),
    );
  });

  it("rejects an unknown property at the top", () => {
    expect(validate({ ...seed(), unexpected: true })).toBe(false);
    expect(validate.errors?.[0]).toMatchObject({ keyword: "additionalProperties", instancePath: "" });
  });

  it("rejects an unknown property inside nested objects", () => {
    const document = seed();
    const provenance = document.provenance as Json;
    provenance.unexpected = true;
    expect(validate(document)).toBe(false);
    expect(validate.errors?.[0]).toMatchObject({
      keyword: "additionalProperties",
      instancePath: "/provenance",
    });

    const deeper = seed();
    const quote = (deeper.quotes ?? deeper.quotations) as Json[];
    ((quote[0] as Json).attribution as Json).unexpected = 1;
    expect(validate(deeper)).toBe(false);
    expect(validate.errors?.[0]).toMatchObject({ keyword: "additionalProperties" });
  });
});
