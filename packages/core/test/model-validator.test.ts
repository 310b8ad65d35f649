import { describe, expect, it } from "vitest";
import { createModelValidator, type GeneratedValidator, ValidationError } from "../src/index.js";

interface Sample {
  country: string;
  spans: { start: number; end: number }[];
  date?: { value?: string; precision: "year" | "month" | "day" | "datetime" };
}

// A stand-in for a generated validator whose schema accepts every object.
const acceptObjects: GeneratedValidator = (data) => typeof data === "object" && data !== null;

const validator = createModelValidator<Sample>({
  model: "Sample",
  schemaValidator: acceptObjects,
  definitionPaths: { CountryCode: ["/country"], TextSpan: ["/spans/*"], PartialDate: ["/date"] },
});

const good: Sample = {
  country: "KR",
  spans: [{ start: 0, end: 3 }],
  date: { value: "2016-12", precision: "month" },
};

describe("createModelValidator", () => {
  it("accepts a document that keeps every model rule", () => {
    expect(validator.validate(good)).toEqual({ ok: true, value: good });
    expect(validator.is(good)).toBe(true);
    expect(validator.assert(good)).toBe(good);
  });

  it("reports an unassigned country code at its path", () => {
    const result = validator.validate({ ...good, country: "ZZ" });
    expect(result).toMatchObject({ ok: false, issues: [{ path: "/country", code: "country-code" }] });
  });

  it("reports a span that ends before it starts, at the span's index", () => {
    const result = validator.validate({
      ...good,
      spans: [
        { start: 0, end: 1 },
        { start: 5, end: 2 },
      ],
    });
    expect(result).toMatchObject({ ok: false, issues: [{ path: "/spans/1", code: "span-order" }] });
  });

  it.each([
    ["2016", "day"],
    ["2016-12-20", "month"],
    ["2016-12-20", "datetime"],
  ] as const)("reports date %s that does not have precision %s", (value, precision) => {
    const result = validator.validate({ ...good, date: { value, precision } });
    expect(result).toMatchObject({ ok: false, issues: [{ path: "/date/value", code: "date-precision" }] });
  });

  it.each([
    ["2015-02-29", "day", false],
    ["2016-02-29", "day", true],
    ["2000-02-29", "day", true],
    ["1900-02-29", "day", false],
    ["2016-04-31", "day", false],
    ["2016-12-31", "day", true],
    ["2016-01-00", "day", false],
    ["2016-02-30T10:00Z", "datetime", false],
    ["2016-02-28T10:00Z", "datetime", true],
  ] as const)("knows whether %s is a day of the calendar (%s)", (value, precision, exists) => {
    const result = validator.validate({ ...good, date: { value, precision } });
    if (exists) expect(result.ok).toBe(true);
    else
      expect(result).toMatchObject({ ok: false, issues: [{ path: "/date/value", code: "calendar-date" }] });
  });

  it("accepts a date kept as text only, with no value", () => {
    expect(validator.is({ ...good, date: { precision: "day" } })).toBe(true);
  });

  it("reports schema errors before model rules, and throws them from assert", () => {
    const rejectAll: GeneratedValidator = Object.assign(() => false, {
      errors: [
        { keyword: "type", instancePath: "", schemaPath: "#/type", params: {}, message: "must be object" },
      ],
    });
    const strict = createModelValidator<Sample>({
      model: "Sample",
      schemaValidator: rejectAll,
      definitionPaths: {},
    });
    expect(strict.validate(good)).toMatchObject({
      ok: false,
      issues: [{ code: "type", message: "must be object" }],
    });
    expect(() => strict.assert(good)).toThrow(ValidationError);
  });

  it("runs document rules on documents that pass the schema", () => {
    const withRule = createModelValidator<Sample>({
      model: "Sample",
      schemaValidator: acceptObjects,
      definitionPaths: {},
      documentRules: (doc) =>
        doc.spans.length > 0 ? [] : [{ path: "/spans", code: "empty", message: "no spans" }],
    });
    expect(withRule.is(good)).toBe(true);
    expect(withRule.validate({ ...good, spans: [] })).toMatchObject({
      ok: false,
      issues: [{ code: "empty" }],
    });
  });
});
