import { readFileSync } from "node:fs";
import { validateNewsArticle } from "@communique/news-article";
import { describe, expect, it } from "vitest";
import { decodePage, extractPage, MAX_PAGE_CHARACTERS, PAGE_KEY } from "../src/html/index.js";

const page = readFileSync(new URL("./fixtures/pages/ministry-statement.html", import.meta.url), "utf8");

describe("extractPage on a saved ministry page with furniture, JSON-LD and meta tags", () => {
  const { article, text, warnings } = extractPage(page, {
    source: "ministry-statement.html",
    pageSha256: "ab".repeat(32),
  });

  it("gives a valid article whose spans point into the clean text", () => {
    const result = validateNewsArticle(article);
    expect(result.ok ? [] : result.issues).toEqual([]);
    expect(text.slice(article.headlineSpan?.start, article.headlineSpan?.end)).toBe(article.headline);
    for (const paragraph of article.body.paragraphs)
      expect(text.slice(paragraph.span.start, paragraph.span.end)).toBe(paragraph.text);
    expect(warnings.filter((warning) => warning.code === "page-metadata")).toEqual([]);
  });

  it("takes the headline, dates, author, URL, description, keywords, section and image from the page", () => {
    expect(article.headline).toBe("Ministers agree harbour accord");
    expect(article.published).toBe("2026-03-02T09:30:00+01:00");
    expect(article.modified).toBe("2026-03-02T11:00:00+01:00");
    expect(article.language).toBe("en-GB");
    expect(article.url).toBe("https://mfa.example.gov/news/2026/03/harbour-accord");
    expect(article.descriptions).toEqual([
      { text: "Ministers of Norland and Southia agreed a harbour accord in Portville.", role: "summary" },
    ]);
    expect(article.keywords).toEqual(["harbour", "accord", "Norland", "Southia"]);
    expect(article.section).toBe("Press releases");
    expect(article.media).toEqual([
      {
        type: "picture",
        url: "https://mfa.example.gov/media/harbour.jpg",
        altText: "Two ministers shaking hands at the harbour",
      },
    ]);
    expect(article.byline?.text).toMatch(/Jane Doe/);
    expect(article.provenance.derivedFrom).toEqual({
      mediaType: "text/html",
      sha256: "ab".repeat(32),
      url: "https://mfa.example.gov/news/2026/03/harbour-accord",
    });
    expect(article.extensions?.[PAGE_KEY]).toEqual({ publisher: "Example Ministry of Foreign Affairs" });
  });

  it("keeps the article's paragraphs and leaves out navigation, captions, related links, footer and scripts", () => {
    const body = article.body.paragraphs.map((paragraph) => paragraph.text).join("\n");
    expect(body).toMatch(/^Foreign ministers of Norland and Southia agreed on Monday/);
    expect(body).toContain("The joint commission will hold its first meeting in Southia in June");
    expect(body).toContain("a good day for the people of both our countries");
    for (const furniture of [
      "Accessibility links",
      "Navigation path",
      "Media Center",
      "Photo: Ministry",
      "Related news",
      "All rights reserved",
      "Share this page",
      "analytics",
    ])
      expect(body).not.toContain(furniture);
  });
});

describe("extractPage leaves a site's furniture inside the article out of the body", () => {
  it("drops time stamps, bylines, adverts, teasers, image counters and paragraphs of links", () => {
    const story = [
      "Car sales fell by a tenth in October, the industry's figures showed on Tuesday, as buyers waited for new models.",
      "Dealers said stocks of unsold cars had reached their highest level in five years, and that discounts were growing.",
      "Analysts expect sales to recover in the spring, when the new models arrive in showrooms across the country.",
    ];
    const html = `<html><head><title>Car sales fall</title></head><body><article><h1>Car sales fall</h1>
      <p>By Paul Takahashi</p><p>Updated 5:27 am CST, Wednesday, November 20, 2019</p><p>Image 1 of 8</p>
      <p>${story[0]}</p><p>Advertisement</p><p>${story[1]}</p>
      <p>READ MORE: Car makers cut prices as stocks grow</p>
      <p><a href="/a">Dealers warn of a long winter</a> · <a href="/b">New models arrive in spring</a></p>
      <p>${story[2]}</p></article></body></html>`;
    const { article } = extractPage(html);
    expect(article.body.paragraphs.map((paragraph) => paragraph.text)).toEqual(story);
  });
});

describe("extractPage on a page in a language the text pipeline has no words for", () => {
  it("keeps every paragraph Readability found in the body, in order", () => {
    const story = [
      "Министры иностранных дел двух стран встретились в понедельник в порту и договорились открыть гавань.",
      "Соглашение предусматривает, что обе страны разделят расходы на углубление дна гавани.",
      "Совместная комиссия проведёт первое заседание в июне, сообщили официальные лица.",
    ];
    const html = `<html lang="ru"><head><title>Министры договорились</title></head><body><article>
      <h1>Министры договорились об открытии гавани</h1>${story.map((text) => `<p>${text}</p>`).join("")}
      </article></body></html>`;
    const { article } = extractPage(html);
    expect(validateNewsArticle(article).ok).toBe(true);
    expect(article.body.paragraphs.map((paragraph) => paragraph.text)).toEqual(story);
  });
});

/** A page of `paragraphs` ordinary paragraphs, for the hostile cases below. */
function articlePage(inner: string): string {
  return `<html><head><title>Ministers meet</title></head><body><article><h1>Ministers meet</h1>${inner}</article></body></html>`;
}
const PARAGRAPH =
  "<p>Foreign ministers of Norland and Southia met in Portville on Monday to discuss the harbour and the trade that passes through it.</p>";

describe("extractPage on hostile pages: a clear error or a correct result, never a crash or a hang", () => {
  it("reads unclosed tags as a browser would", () => {
    const html = `<html><body><article><h1>Ministers meet<p>${PARAGRAPH.replace("</p>", "")}<p>They agreed to meet again in June, officials said, without giving a date.<div><b>unclosed`;
    const { article } = extractPage(html);
    expect(validateNewsArticle(article).ok).toBe(true);
    expect(article.body.paragraphs.map((p) => p.text).join(" ")).toContain(
      "They agreed to meet again in June",
    );
  });

  it("refuses a page over the size limit (50 MB) at once, with a PageError", () => {
    const huge = "<p>x</p>".repeat(Math.ceil((50 * 1024 * 1024) / 8));
    const start = performance.now();
    expect(() => extractPage(huge)).toThrow(
      expect.objectContaining({ name: "PageError", code: "too-large" }),
    );
    expect(huge.length).toBeGreaterThan(MAX_PAGE_CHARACTERS);
    expect(performance.now() - start).toBeLessThan(5_000);
  });

  it("refuses markup nested 20,000 deep at once, with a PageError, and reads it nested 100 deep", () => {
    const nested = (depth: number) =>
      articlePage(`${"<div>".repeat(depth)}${PARAGRAPH}${"</div>".repeat(depth)}${PARAGRAPH}`);
    const start = performance.now();
    expect(() => extractPage(nested(20_000))).toThrow(
      expect.objectContaining({ name: "PageError", code: "too-deep" }),
    );
    expect(performance.now() - start).toBeLessThan(2_000);
    const { article } = extractPage(nested(100));
    expect(validateNewsArticle(article).ok).toBe(true);
    expect(article.body.paragraphs.map((p) => p.text).join(" ")).toContain("Foreign ministers of Norland");
  });

  it("never takes script or style text for the article", () => {
    const html = articlePage(
      `<script>var headline = "Fake headline"; document.write("<p>Injected text from a script</p>");</script><style>p{color:red}</style>${PARAGRAPH}${PARAGRAPH}`,
    );
    const body = extractPage(html)
      .article.body.paragraphs.map((p) => p.text)
      .join(" ");
    expect(body).not.toContain("Injected text");
    expect(body).not.toContain("color:red");
  });

  it("refuses binary junk with a PageError naming it", () => {
    const junk = Array.from({ length: 4096 }, (_, i) => String.fromCharCode((i * 7919) % 256)).join("");
    expect(() => extractPage(junk)).toThrow(expect.objectContaining({ name: "PageError", code: "not-html" }));
  });

  it("leaves out a date no calendar has and reads a headline broken over lines as one line", () => {
    const ld =
      '{"@type":"NewsArticle","headline":"Ministers\\n  meet","datePublished":"2019-02-30T10:00:00Z"}';
    const html = articlePage(`${PARAGRAPH}${PARAGRAPH}`).replace(
      "</head>",
      `<script type="application/ld+json">${ld}</script></head>`,
    );
    const { article } = extractPage(html);
    expect(article.headline).toBe("Ministers meet");
    expect(article.published).toBeUndefined();
    expect(validateNewsArticle(article).ok).toBe(true);
  });

  it("refuses a page with no text", () => {
    expect(() => extractPage("<html><head><title></title></head><body></body></html>")).toThrow(
      expect.objectContaining({ name: "PageError", code: "no-content" }),
    );
  });
});

describe("decodePage: pages whose declared charset is wrong", () => {
  const text = "Portville – the ministers’ café";
  const html = (charset: string) =>
    `<html><head><meta charset="${charset}"><title>T</title></head><body><p>${text}</p></body></html>`;

  it("reads UTF-8 bytes as UTF-8 when the page declares ISO-8859-1, and says so", () => {
    const decoded = decodePage(new TextEncoder().encode(html("iso-8859-1")));
    expect(decoded.html).toContain(text);
    expect(decoded.encoding).toBe("utf-8");
    expect(decoded.note).toMatch(/declares iso-8859-1 but its bytes are UTF-8/);
  });

  it("reads windows-1252 bytes declared as UTF-8 as windows-1252, and says so", () => {
    const latin = html("utf-8").replace(text, "café à Portville");
    const bytes = Uint8Array.from(latin, (char) => char.charCodeAt(0));
    const decoded = decodePage(bytes);
    expect(decoded.html).toContain("café à Portville");
    expect(decoded.encoding).toBe("windows-1252");
    expect(decoded.note).toMatch(/declares utf-8, which its bytes are not/);
  });

  it("follows a byte-order mark over any declaration", () => {
    const body = html("iso-8859-1");
    const utf16 = new Uint8Array(2 + body.length * 2);
    utf16.set([0xff, 0xfe]);
    for (let i = 0; i < body.length; i++) {
      utf16[2 + i * 2] = body.charCodeAt(i) & 0xff;
      utf16[3 + i * 2] = body.charCodeAt(i) >> 8;
    }
    expect(decodePage(utf16)).toMatchObject({ encoding: "utf-16le", html: expect.stringContaining(text) });
  });
});
