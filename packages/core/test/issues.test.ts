import { describe, expect, it } from "vitest";
import {
  escapePointer,
  formatIssue,
  issuesFromSchemaErrors,
  nearestName,
  type SchemaErrorObject,
  ValidationError,
} from "../src/index.js";

const error = (overrides: Partial<SchemaErrorObject>): SchemaErrorObject => ({
  keyword: "type",
  instancePath: "",
  schemaPath: "#/type",
  params: {},
  ...overrides,
});

describe("issues from schema errors", () => {
  it("names a missing property", () => {
    const [issue] = issuesFromSchemaErrors([
      error({ keyword: "required", schemaPath: "#/required", params: { missingProperty: "headline" } }),
    ]);
    expect(issue).toEqual({
      path: "",
      code: "required",
      message: 'missing required property "headline"',
      schemaPath: "#/required",
      params: { property: "headline" },
    });
  });

  it("points at an unknown property and suggests the intended one", () => {
    const [issue] = issuesFromSchemaErrors([
      error({
        keyword: "additionalProperties",
        instancePath: "/body",
        params: { additionalProperty: "paragrahps" },
        parentSchema: { properties: { paragraphs: {} } },
      }),
    ]);
    expect(issue?.path).toBe("/body/paragrahps");
    expect(issue?.message).toBe('unknown property "paragrahps"; did you mean "paragraphs"?');
    expect(issue?.params).toEqual({ property: "paragrahps", suggestion: "paragraphs" });
  });

  it("lists the allowed values of an enum", () => {
    const [issue] = issuesFromSchemaErrors([
      error({ keyword: "enum", instancePath: "/kind", params: { allowedValues: ["person", "statement"] } }),
    ]);
    expect(issue?.message).toBe('must be one of "person", "statement"');
  });

  it("drops anyOf summaries and keeps the branch errors", () => {
    const issues = issuesFromSchemaErrors([error({ keyword: "pattern" }), error({ keyword: "anyOf" })]);
    expect(issues.map((issue) => issue.code)).toEqual(["pattern"]);
  });
});

describe("nearestName", () => {
  it.each([
    ["headlin", "headline"],
    ["dateLine", "dateline"],
    ["provenace", "provenance"],
  ])("%s → %s", (name, expected) => {
    expect(nearestName(name, ["headline", "dateline", "provenance", "body"])).toBe(expected);
  });

  it("suggests nothing for a name far from every known one", () => {
    expect(nearestName("colour", ["headline", "dateline", "body"])).toBeUndefined();
  });
});

describe("formatting", () => {
  it("escapes JSON Pointer tokens", () => {
    expect(escapePointer("a/b~c")).toBe("a~1b~0c");
  });

  it("formats an issue on one line, the document as (document)", () => {
    expect(formatIssue({ path: "/headline", code: "type", message: "must be string" })).toBe(
      "/headline: must be string (type)",
    );
    expect(formatIssue({ path: "", code: "required", message: "missing" })).toBe(
      "(document): missing (required)",
    );
  });

  it("ValidationError carries the issues and lists them in its message", () => {
    const failure = new ValidationError("NewsArticle", [{ path: "/id", code: "pattern", message: "bad id" }]);
    expect(failure.issues).toHaveLength(1);
    expect(failure.message).toBe("Invalid NewsArticle:\n  /id: bad id (pattern)");
    expect(failure).toBeInstanceOf(Error);
  });
});
