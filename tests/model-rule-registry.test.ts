import path from "node:path";
import { pathToFileURL } from "node:url";
import { createModelValidator, MODEL_RULE_DEFINITIONS, MODEL_RULE_REGISTRY } from "@communique/core";
import type { NewsArticle, Paragraph } from "@communique/news-article";
import { validateNewsArticle } from "@communique/news-article";
import { describe, expect, it } from "vitest";
import { scratch } from "./support/cli.js";
import { inProcess } from "./support/in-process.js";
import { ROOT, readJson } from "./support/models.js";

// The model rules live in one registry in core; what validates, what reports cite and what the
// generated validators walk are derived from it.
const seed = () => readJson<NewsArticle>(path.join(ROOT, "examples/seed/news-article.json"));
const files = scratch("model-rule-registry");

describe("the model rule registry", () => {
  it("fails a span whose length is not its text's", () => {
    const article = seed();
    const paragraph = article.body.paragraphs[0] as Paragraph;
    paragraph.span = { start: paragraph.span.start, end: paragraph.span.start + paragraph.text.length - 7 };
    const result = validateNewsArticle(article);
    expect(result.ok ? [] : result.issues).toEqual([
      expect.objectContaining({ path: "/body/paragraphs/0/span", code: "span-length" }),
    ]);
  });

  it("cites each rule in SARIF by its code with the registry's description", async () => {
    const article = seed();
    article.published = "2027-02-28T09:00:00Z";
    article.dateline = { text: "Feb 30", date: { text: "Feb 30", value: "2027-02-30", precision: "day" } };
    const file = files.file("feb-30.json", JSON.stringify(article, null, 2));
    const run = await inProcess(["validate", "--format", "sarif", file]);
    expect(run.code).toBe(1);
    const [sarifRun] = JSON.parse(run.stdout).runs;
    const calendar = MODEL_RULE_REGISTRY.find((rule) => rule.code === "calendar-date");
    expect(sarifRun.tool.driver.rules).toContainEqual(
      expect.objectContaining({
        id: "model/calendar-date",
        shortDescription: { text: calendar?.description },
      }),
    );
    expect(sarifRun.results.map((result: { ruleId: string }) => result.ruleId)).toEqual([
      "model/calendar-date",
    ]);
  });

  it("is what the generated validators walk", async () => {
    for (const model of ["news-article", "joint-statement"]) {
      const generated = path.join(ROOT, "packages", model, "dist/generated/validator.js");
      const { definitionPaths } = await import(pathToFileURL(generated).href);
      expect(Object.keys(definitionPaths)).toEqual([...MODEL_RULE_DEFINITIONS]);
    }
    const defined = MODEL_RULE_REGISTRY.flatMap((rule) => Object.keys(rule.checks));
    expect(new Set(defined)).toEqual(new Set(MODEL_RULE_DEFINITIONS));
  });

  it("refuses, when its package loads, a generated validator that names a rule core does not have", () => {
    expect(() =>
      createModelValidator({
        model: "Stale",
        schemaValidator: Object.assign(() => true, { errors: null }),
        definitionPaths: { TextSpan: [], FormerRule: ["/x"] },
      }),
    ).toThrow(/names model rules for FormerRule, which @communique\/core does not have/);
  });
});

describe("validate --text ORIGINAL", () => {
  const text = path.join(ROOT, "examples/seed/article.txt");

  it("holds every span of the seed to its original text", async () => {
    const run = await inProcess([
      "validate",
      "--text",
      text,
      path.join(ROOT, "examples/seed/news-article.json"),
    ]);
    expect(run.stdout).toContain("valid NewsArticle");
    expect(run.code).toBe(0);
  });

  it("finds a paragraph whose words are not those its span covers, and a text the document was not made from", async () => {
    const article = seed();
    const paragraph = article.body.paragraphs[1] as Paragraph;
    // Same length, other words: the schema and the span-length rule pass it.
    paragraph.text = paragraph.text.replace(/^\S+/, (word) => "x".repeat(word.length));
    const file = files.file("altered.json", JSON.stringify(article, null, 2));
    const run = await inProcess(["validate", "--text", text, "--format", "json", file]);
    expect(run.code).toBe(1);
    const issues = JSON.parse(run.stdout).inputs[0].failures[0].issues;
    expect(issues.map((issue: { path: string; code: string }) => [issue.path, issue.code])).toEqual([
      ["/body/paragraphs/1/span", "span-text"],
    ]);

    const other = files.file("other.txt", "Another story altogether.\n");
    const wrongText = await inProcess(["validate", "--text", other, "--format", "json", file]);
    expect(wrongText.code).toBe(1);
    expect(wrongText.stdout).toContain('"text-sha256"');
  });
});
