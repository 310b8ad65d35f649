import type { JointStatement } from "@communique/joint-statement";
import { validateNewsArticle } from "@communique/news-article";
import { describe, expect, it } from "vitest";
import { checked } from "../src/guard.js";
import { extract } from "../src/index.js";

const TEXT =
  "Allies meet\n\nNorway and Iceland agreed to share data, they said in a joint statement.\n\n\u201CWe will share data,\u201D the statement said.";

describe("the check of extract's own output", () => {
  it("leaves out a statement that does not validate, and the quotations from it are put down to no one", () => {
    const { article, statements } = extract(TEXT);
    expect(statements).toHaveLength(1);
    const broken = { ...(statements[0] as JointStatement), parties: [] };
    const warnings: { code: string; message: string }[] = [];
    const result = checked(
      article,
      [broken],
      warnings,
      article.body.paragraphs.map((paragraph) => ({ ...paragraph.span, text: paragraph.text })),
    );
    expect(result.statements).toEqual([]);
    expect(result.article.reports).toBeUndefined();
    expect(result.article.quotes?.map((quote) => quote.attribution.kind)).toEqual(["unknown"]);
    expect(validateNewsArticle(result.article).ok).toBe(true);
    expect(warnings.map((warning) => warning.code)).toEqual(["statement-invalid"]);
  });

  it("falls back to headline and paragraphs when the article does not validate, keeping the furniture", () => {
    const { article } = extract(`Share this article\n${TEXT}`);
    const broken = { ...article, countries: [{ code: "ZZ", name: "Nowhere" }] };
    const warnings: { code: string; message: string }[] = [];
    const result = checked(
      broken,
      [],
      warnings,
      article.body.paragraphs.map((paragraph) => ({ ...paragraph.span, text: paragraph.text })),
    );
    expect(Object.keys(result.article)).toEqual([
      "$schema",
      "type",
      "id",
      "headline",
      "headlineSpan",
      "language",
      "body",
      "provenance",
      "extensions",
    ]);
    expect(validateNewsArticle(result.article).ok).toBe(true);
    expect(warnings.map((warning) => warning.code)).toEqual(["article-reduced"]);
  });
});
