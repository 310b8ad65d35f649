import { fromSchemaOrg, SchemaOrgImportError, toSchemaOrg } from "@communique/interop";
import { validateNewsArticle } from "@communique/news-article";
import { describe, expect, it } from "vitest";
import { articles } from "./articles.js";

/** A page's JSON-LD as sites publish it: the article inside an @graph beside the site and the page. */
const jsonLd = {
  "@context": "https://schema.org",
  "@graph": [
    { "@type": "WebSite", "@id": "https://news.example.org/#site", name: "Example News" },
    {
      "@type": ["ReportageNewsArticle"],
      "@id": "https://news.example.org/2026/03/harbour-accord#article",
      url: "https://news.example.org/2026/03/harbour-accord",
      headline: "Ministers agree harbour accord",
      alternativeHeadline: "Harbour reopens",
      dateline: "PORTVILLE",
      datePublished: "2026-03-02T09:30:00+01:00",
      dateModified: "2026-03-02T11:00:00+01:00",
      inLanguage: "en-GB",
      author: [{ "@type": "Person", name: "Jane Doe" }, "John Roe"],
      publisher: { "@type": "NewsMediaOrganization", name: "Example News" },
      description: "Norland and Southia agreed to reopen the harbour.",
      keywords: "harbour, accord, trade",
      articleSection: ["World", "Europe"],
      about: [
        {
          "@type": "DefinedTerm",
          "@id": "http://cv.iptc.org/newscodes/mediatopic/11000000",
          termCode: "medtop:11000000",
          name: "politics",
        },
        "Shipping",
      ],
      image: {
        "@type": "ImageObject",
        url: "https://news.example.org/media/harbour.jpg",
        caption: "The harbour at dawn.",
      },
      copyrightHolder: { "@type": "Organization", name: "Example News" },
      creativeWorkStatus: "Usable",
      articleBody:
        "Foreign ministers of Norland and Southia agreed on Monday to reopen the harbour.\n\nThe accord was signed in Portville.",
    },
  ],
};

describe("fromSchemaOrg", () => {
  const { article, text } = fromSchemaOrg(jsonLd);

  it("reads a JSON-LD NewsArticle into a valid NewsArticle whose spans point into the text", () => {
    const result = validateNewsArticle(article);
    expect(result.ok ? [] : result.issues).toEqual([]);
    for (const paragraph of article.body.paragraphs)
      expect(text.slice(paragraph.span.start, paragraph.span.end)).toBe(paragraph.text);
    expect(article.body.paragraphs.map((paragraph) => paragraph.text)).toEqual([
      "Foreign ministers of Norland and Southia agreed on Monday to reopen the harbour.",
      "The accord was signed in Portville.",
    ]);
  });

  it("maps its metadata onto the model's fields", () => {
    expect(article).toMatchObject({
      id: "https://news.example.org/2026/03/harbour-accord#article",
      url: "https://news.example.org/2026/03/harbour-accord",
      headline: "Ministers agree harbour accord",
      alternativeHeadlines: [{ text: "Harbour reopens" }],
      dateline: { text: "PORTVILLE" },
      published: "2026-03-02T09:30:00+01:00",
      modified: "2026-03-02T11:00:00+01:00",
      language: "en-GB",
      byline: { text: "Jane Doe, John Roe", authors: [{ name: "Jane Doe" }, { name: "John Roe" }] },
      credit: { text: "Example News", provider: { name: "Example News" } },
      descriptions: [{ text: "Norland and Southia agreed to reopen the harbour.", role: "summary" }],
      keywords: ["harbour", "accord", "trade"],
      section: "World",
      subjects: [
        {
          uri: "http://cv.iptc.org/newscodes/mediatopic/11000000",
          qcode: "medtop:11000000",
          name: "politics",
        },
        { name: "Shipping" },
      ],
      media: [
        {
          type: "picture",
          url: "https://news.example.org/media/harbour.jpg",
          caption: "The harbour at dawn.",
        },
      ],
      rights: { copyrightHolder: "Example News" },
      pubStatus: "usable",
    });
  });

  it("refuses JSON-LD with no article, or an article with no body, naming where", () => {
    expect(() => fromSchemaOrg({ "@type": "WebPage", name: "Home" })).toThrow(SchemaOrgImportError);
    expect(() => fromSchemaOrg({ "@type": "NewsArticle", headline: "Hi" })).toThrow(
      expect.objectContaining({ path: "/articleBody" }),
    );
  });

  it.each(articles())(
    "%s: toSchemaOrg then fromSchemaOrg keeps the headline, body, dates, language and authors",
    (_name, original) => {
      const back = fromSchemaOrg(toSchemaOrg(original)).article;
      expect(back.headline).toBe(original.headline);
      expect(back.body.paragraphs.map((p) => p.text)).toEqual(original.body.paragraphs.map((p) => p.text));
      expect(back.published).toBe(original.published);
      expect(back.modified).toBe(original.modified);
      expect(back.language).toBe(original.language);
      if (original.byline?.authors !== undefined)
        expect(back.byline?.authors?.map((author) => author.name)).toEqual(
          original.byline.authors.map((author) => author.name),
        );
    },
  );
});
