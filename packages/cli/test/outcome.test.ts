import { describe, expect, it } from "vitest";
import { emptyOutcome, type InputOutcome, packOutcome, unpackOutcome } from "../src/check/outcome.js";

function outcome(fill: Partial<InputOutcome>): InputOutcome {
  return { ...emptyOutcome("a.json"), ...fill };
}

describe("packed outcomes", () => {
  it("packs one valid document and nothing else as its model's name, and unpacks it whole", () => {
    const one = outcome({ valid: { NewsArticle: 1 } });
    expect(packOutcome(one)).toBe("NewsArticle");
    expect(unpackOutcome("NewsArticle", "a.json")).toEqual(one);
  });

  it.each([
    ["two valid documents", outcome({ valid: { NewsArticle: 2 } })],
    ["two models", outcome({ valid: { NewsArticle: 1, JointStatement: 1 } })],
    ["a valid and an invalid document", outcome({ valid: { NewsArticle: 1 }, invalid: { NewsArticle: 1 } })],
    [
      "an input error",
      outcome({ valid: { NewsArticle: 1 }, problems: [{ file: "a.json", code: "malformed", reason: "x" }] }),
    ],
    ["failures past the limit", outcome({ valid: { NewsArticle: 1 }, omittedFailures: 1 })],
    ["no document at all", outcome({})],
  ])("sends %s whole", (_case, whole) => {
    expect(packOutcome(whole)).toBe(whole);
  });
});
