import { validateJointStatement } from "@communique/joint-statement";
import { validateNewsArticle } from "@communique/news-article";
import { describe, expect, it } from "vitest";
import { extract } from "../src/index.js";
import { articles, spannedValues, uncovered } from "./support.js";

const cases = articles();

describe("test articles in different wire styles", () => {
  it("has at least ten of our own, with and without joint statements", () => {
    expect(cases.length).toBeGreaterThanOrEqual(10);
    const withStatements = cases.filter((item) => (item.expected.statements as unknown[]).length > 0);
    expect(withStatements.length).toBeGreaterThan(0);
    expect(withStatements.length).toBeLessThan(cases.length);
  });

  it.each(cases)("$name: what is found matches the expected output", ({ text, expected }) => {
    const result = extract(text, expected.published === undefined ? {} : { published: expected.published });
    expect(result.article).toMatchObject(expected.article as object);
    expect(result.statements).toMatchObject(expected.statements as object[]);
    expect(result.warnings.map((warning) => warning.code)).toEqual(expected.warnings);
  });

  it.each(cases)("$name: both models validate the output", ({ text, expected }) => {
    const result = extract(text, expected.published === undefined ? {} : { published: expected.published });
    expect(result.warnings.map((warning) => warning.code)).not.toContain("article-reduced");
    expect(validateNewsArticle(result.article).ok).toBe(true);
    for (const statement of result.statements)
      expect(validateJointStatement(statement)).toEqual({ ok: true, value: statement });
  });

  it.each(cases)("$name: every extracted string is the text at its span", ({ text }) => {
    const values = spannedValues(extract(text));
    expect(values.length).toBeGreaterThan(3);
    for (const { path, value, span } of values)
      expect({ path, value: text.slice(span.start, span.end) }).toEqual({ path, value });
  });

  it.each(cases)("$name: nothing the text says is dropped", ({ text }) => {
    expect(uncovered(text, extract(text))).toEqual([]);
  });
});
