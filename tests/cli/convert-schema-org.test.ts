import { validateNewsArticle } from "@communique/news-article";
import { describe, expect, it } from "vitest";
import { scratch } from "../support/cli.js";
import { inProcess } from "../support/in-process.js";

const files = scratch("convert-schema-org");
const ARTICLE = {
  "@context": "https://schema.org",
  "@type": "NewsArticle",
  "@id": "https://news.example.org/2026/03/harbour-accord",
  headline: "Ministers agree harbour accord",
  datePublished: "2026-03-02T09:30:00+01:00",
  inLanguage: "en",
  author: { "@type": "Person", name: "Jane Doe" },
  articleBody: "Ministers agreed on Monday to reopen the harbour.\n\nThe accord was signed in Portville.",
};

describe("communique convert --from schema.org", () => {
  it("prints a valid NewsArticle from a JSON-LD NewsArticle, and goes on to ninjs with --to ninjs", async () => {
    const file = files.file("article.jsonld.json", JSON.stringify(ARTICLE));
    const run = await inProcess(["convert", file, "--from", "schema.org"]);
    expect(run.code).toBe(0);
    const article = JSON.parse(run.stdout);
    expect(validateNewsArticle(article).ok).toBe(true);
    expect(article).toMatchObject({
      id: ARTICLE["@id"],
      headline: ARTICLE.headline,
      published: ARTICLE.datePublished,
      byline: { text: "Jane Doe" },
    });
    const ninjs = await inProcess(["convert", file, "--from", "schema.org", "--to", "ninjs"]);
    expect(JSON.parse(ninjs.stdout).headlines[0].value).toBe(ARTICLE.headline);
  });

  it("exits 1 naming the place when the JSON-LD holds no article body", async () => {
    const file = files.file("no-body.json", JSON.stringify({ ...ARTICLE, articleBody: undefined }));
    const run = await inProcess(["convert", file, "--from", "schema.org"]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(
      /no-body\.json:\d+:\d+: not a schema\.org article: the article has no articleBody text/,
    );
  });
});
