import { describe, expectTypeOf, it } from "vitest";
import type { PartialDate, Quote, TextSpan, ValidationResult } from "../src/index.js";

describe("core types", () => {
  it("spans are plain offsets", () => {
    expectTypeOf<TextSpan>().toEqualTypeOf<{ start: number; end: number }>();
  });

  it("a partial date's precision is one of four", () => {
    expectTypeOf<PartialDate["precision"]>().toEqualTypeOf<"year" | "month" | "day" | "datetime">();
    expectTypeOf<PartialDate["value"]>().toEqualTypeOf<string | undefined>();
  });

  it("quotes attribute to a person, an organization, a statement or no one", () => {
    expectTypeOf<Quote["attribution"]["kind"]>().toEqualTypeOf<
      "person" | "organization" | "statement" | "unknown"
    >();
  });

  it("a validation result narrows on ok", () => {
    const result = {} as ValidationResult<number>;
    if (result.ok) expectTypeOf(result.value).toEqualTypeOf<number>();
    else expectTypeOf(result.issues[0]?.path).toEqualTypeOf<string | undefined>();
  });
});
