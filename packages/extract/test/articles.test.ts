import { validateJointStatement } from "@communique/joint-statement";
import { validateNewsArticle } from "@communique/news-article";
import { describe, expect, it } from "vitest";
import { extract } from "../src/index.js";
import { articles, spannedValues, uncovered } from "./support.js";

const cases = articles();

/** What an expected file states of an article and of a statement. */
const ARTICLE_FIELDS = [
  "headline",
  "dateline",
  "credit",
  "body",
  "people",
  "organizations",
  "places",
  "countries",
  "subjects",
  "quotes",
];
const STATEMENT_FIELDS = ["kind", "title", "parties", "meeting", "participants", "provisions"];

/**
 * Test articles whose expected file says what the text says and the extractor does not find yet:
 * their comparison is expected to fail until it does (then remove the entry).
 */
const KNOWN_MISSES: Record<string, string> = {
  "05-run-together":
    "the statement's participants are not found (Chancellor Martin Vogel and President Claire Dubois met in Berlin)",
  "11-india-uae":
    "the statement's participants are not found (talks between Prime Minister Arjun Mehta and President Khalid Al Mansoori)",
};
const known = cases.filter((item) => item.name in KNOWN_MISSES);
const others = cases.filter((item) => !(item.name in KNOWN_MISSES));

/** The fields of `value`, among `fields`, that hold something. */
function stated(value: object, fields: readonly string[]): string[] {
  const record = value as Record<string, unknown>;
  return fields.filter((field) => {
    const held = record[field];
    return held !== undefined && !(Array.isArray(held) && held.length === 0);
  });
}

/**
 * The output as the expected file states it: the same fields hold something (a field the file
 * leaves out must be empty: a participant found but not expected fails, and so does one missed),
 * arrays of the same length, and each object with at least the expected values.
 */
function expectAsStated(text: string, expected: (typeof cases)[number]["expected"]): void {
  const result = extract(text, expected.published === undefined ? {} : { published: expected.published });
  const article = expected.article as object;
  const statements = expected.statements as object[];
  expect(stated(result.article, ARTICLE_FIELDS)).toEqual(stated(article, ARTICLE_FIELDS));
  expect(result.statements.map((statement) => stated(statement, STATEMENT_FIELDS))).toEqual(
    statements.map((statement) => stated(statement, STATEMENT_FIELDS)),
  );
  expect(result.article).toMatchObject(article);
  expect(result.statements).toMatchObject(statements);
  expect(result.warnings.map((warning) => warning.code)).toEqual(expected.warnings);
}

describe("test articles in different wire styles", () => {
  it("has at least ten of our own, with and without joint statements", () => {
    expect(cases.length).toBeGreaterThanOrEqual(10);
    const withStatements = cases.filter((item) => (item.expected.statements as unknown[]).length > 0);
    expect(withStatements.length).toBeGreaterThan(0);
    expect(withStatements.length).toBeLessThan(cases.length);
  });

  it.each(others)("$name: what is found is what the expected output states", ({ text, expected }) => {
    expectAsStated(text, expected);
  });

  it.fails.each(known)("$name: known miss, see KNOWN_MISSES", ({ text, expected }) => {
    expectAsStated(text, expected);
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
