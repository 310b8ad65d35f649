import { describe, expect, it } from "vitest";
import { findJsonLdArticle, jsonLdList, jsonLdName, jsonLdText } from "../src/index.js";

describe("reading JSON-LD", () => {
  it("finds the article among lists, graphs and main entities, with its JSON Pointer", () => {
    const page = [
      { "@type": "WebSite", name: "Nordic News" },
      {
        "@graph": [
          { "@type": "Organization" },
          { "@type": "schema:ReportageNewsArticle", headline: "Quotas" },
        ],
      },
    ];
    expect(findJsonLdArticle(page)).toEqual({
      node: { "@type": "schema:ReportageNewsArticle", headline: "Quotas" },
      path: "/1/@graph/1",
    });
    expect(
      findJsonLdArticle({ "@type": "WebPage", mainEntityOfPage: { "@type": ["Thing", "NewsArticle"] } })
        ?.path,
    ).toBe("/mainEntityOfPage");
    expect(findJsonLdArticle({ "@type": "WebPage", name: "No article here" })).toBeUndefined();
  });

  it("reads values that may be a string, an object or a list", () => {
    expect(jsonLdText("  Oslo ")).toBe("Oslo");
    expect(jsonLdText(3)).toBeUndefined();
    expect(jsonLdList(undefined)).toEqual([]);
    expect(jsonLdList("a")).toEqual(["a"]);
    expect(jsonLdName([{ "@type": "Person", name: " Kari Dahl " }, "Per Lund"])).toBe("Kari Dahl");
    expect(jsonLdName({ name: "  " })).toBeUndefined();
  });
});
