import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { validateNewsArticle } from "@communique/news-article";
import { describe, expect, it } from "vitest";
import { communique, hasStackTrace, scratch } from "../support/cli.js";

const PAGE = "packages/extract/test/fixtures/pages/ministry-statement.html";
const files = scratch("extract-html");

describe("communique extract on saved web pages", () => {
  it("reads a .html file as a page: headline, dates, byline, URL, description, keywords and body, validated, with the page's SHA-256", async () => {
    const run = await communique(["extract", PAGE]);
    expect(run.code).toBe(0);
    const { article } = JSON.parse(run.stdout);
    const result = validateNewsArticle(article);
    expect(result.ok ? [] : result.issues).toEqual([]);
    expect(article).toMatchObject({
      headline: "Ministers agree harbour accord",
      published: "2026-03-02T09:30:00+01:00",
      modified: "2026-03-02T11:00:00+01:00",
      language: "en-GB",
      url: "https://mfa.example.gov/news/2026/03/harbour-accord",
      keywords: ["harbour", "accord", "Norland", "Southia"],
      byline: { text: expect.stringContaining("Jane Doe") },
    });
    expect(article.body.paragraphs[0].text).toMatch(/^Foreign ministers of Norland and Southia/);
    const sha256 = createHash("sha256").update(readFileSync(PAGE)).digest("hex");
    expect(article.provenance.derivedFrom).toMatchObject({ mediaType: "text/html", sha256 });
  });

  it("reads HTML on standard input with --input-format html; a binary page is a one-line input error, exit 2", async () => {
    const run = await communique(["extract", "-", "--input-format", "html", "--format", "ndjson"], {
      stdin: readFileSync(PAGE),
    });
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).article.headline).toBe("Ministers agree harbour accord");

    const junk = files.file("junk.html", Buffer.from(Array.from({ length: 2048 }, (_, i) => (i * 31) % 256)));
    const bad = await communique(["extract", junk]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/junk\.html: the input holds binary data, not an HTML page/);
    expect(hasStackTrace(bad.stderr)).toBe(false);
  });
});
