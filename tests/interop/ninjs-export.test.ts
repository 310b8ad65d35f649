import path from "node:path";
import { type ConversionWarning, fromNinjs, ninjsExtensionKey, toNinjs } from "@communique/interop";
import type { NewsArticle } from "@communique/news-article";
import type { ValidateFunction } from "ajv";
import { beforeAll, describe, expect, it } from "vitest";
import { ROOT, readJson } from "../support/models.js";
import { compileNinjs, ninjsErrors, ninjsReference } from "../support/ninjs.js";
import { articles, bylined } from "./articles.js";

const seed = () => readJson<NewsArticle>(path.join(ROOT, "examples/seed/news-article.json"));

describe.skipIf(ninjsReference.missing)("toNinjs against IPTC's ninjs 3.1 schema", () => {
  let validate: ValidateFunction;
  beforeAll(() => {
    validate = compileNinjs();
  });

  it("the compiled schema rejects what ninjs forbids (so a pass means something)", () => {
    const item = toNinjs(seed());
    expect(ninjsErrors(validate, { ...item, dateline: "Washington" })).not.toEqual([]);
    expect(ninjsErrors(validate, { ...item, firstCreated: "last Tuesday" })).not.toEqual([]);
  });

  it.each(articles())("%s converts into a valid ninjs item", (_name, article) => {
    expect(ninjsErrors(validate, toNinjs(article))).toEqual([]);
  });

  it("an item re-exported after an import keeps the ninjs properties the model has no field for", () => {
    const { article } = fromNinjs({
      uri: "urn:example:item",
      type: "text",
      urgency: 3,
      pubStatus: "usable",
      headlines: [{ role: "main", value: "A headline" }],
      bodies: [{ contentType: "text/plain", value: "One.\n\nTwo." }],
    });
    const item = toNinjs(article);
    expect(ninjsErrors(validate, item)).toEqual([]);
    expect(item).toMatchObject({ urgency: 3, pubStatus: "usable" });
  });
});

describe("toNinjs on the seed", () => {
  const item = toNinjs(seed());

  it("is a text item with the article's uri, language and main headline", () => {
    expect(item).toMatchObject({
      uri: "urn:communique:news-article:cbdfe36f88eae7b0",
      type: "text",
      language: "en",
      headlines: [{ role: "main", value: seed().headline }],
      located: "Washington",
    });
  });

  it("holds the body as plain text and as escaped HTML paragraphs", () => {
    const paragraphs = seed().body.paragraphs.map((paragraph) => paragraph.text);
    const plain = item.bodies?.find((body) => body.contentType === "text/plain");
    const html = item.bodies?.find((body) => body.contentType === "text/html");
    expect(plain?.value).toBe(paragraphs.join("\n\n"));
    expect(html?.value.match(/<p>/g)).toHaveLength(paragraphs.length);
    expect(html?.value).toContain(`<p>${paragraphs[0]}</p>`);
    expect(plain?.wordCount).toBeGreaterThan(250);
  });

  it.each(["Lim Sung-nam", "Yoo Jeh-seung", "Thomas Countryman", "David Shear"])(
    "names %s among people, with its local id as literal",
    (name) => {
      const person = item.people?.find((entry) => entry.name === name);
      expect(person).toMatchObject({ rel: "mentions", literal: name.toLowerCase().replace(" ", "-") });
    },
  );

  it("gives subjects as IPTC Media Topic URIs with their qcodes", () => {
    expect(item.subjects).toEqual([
      { uri: "http://cv.iptc.org/newscodes/mediatopic/11000000", literal: "medtop:11000000", rel: "about" },
      { uri: "http://cv.iptc.org/newscodes/mediatopic/16000000", literal: "medtop:16000000", rel: "about" },
    ]);
  });

  it("gives countries as places with IPTC's ISO 3166 URIs, and the credit line's agency as infoSource", () => {
    expect(item.places).toContainEqual({
      name: "South Korea",
      rel: "mentions",
      uri: "http://cvx.iptc.org/iso3166-1a2/kr",
      literal: "KR",
    });
    expect(item.infoSources).toEqual([
      { name: "Qatar News Agency", literal: "qatar-news-agency", role: "source" },
    ]);
    expect(item.descriptions).toEqual([{ role: "creditline", value: "Source: Qatar News Agency" }]);
    expect(item.associations).toEqual([
      { name: "reported statement 1", uri: "urn:communique:joint-statement:edscg-1", rel: "reports" },
    ]);
    expect(item.altIds).toEqual([{ role: "sha256", value: seed().provenance.sha256 }]);
  });

  it("reports what ninjs cannot carry: posts, acronyms, quotes", () => {
    const warnings: ConversionWarning[] = [];
    toNinjs(seed(), { onWarning: (warning) => warnings.push(warning) });
    const paths = warnings.map((warning) => warning.path);
    expect(paths).toEqual(
      expect.arrayContaining(["/people/0/posts", "/people/2/posts", "/organizations/0", "/quotes"]),
    );
    expect(paths).not.toContain("/people/3/posts");
    expect(warnings.every((warning) => warning.code === "not-carried")).toBe(true);
  });
});

describe("toNinjs on other articles", () => {
  const item = toNinjs(bylined());

  it("escapes markup characters in the HTML body", () => {
    const html = item.bodies?.find((body) => body.contentType === "text/html")?.value;
    expect(html).toContain("<p>Ministers said &lt;talks&gt; went &quot;well&quot; &amp; would go on.</p>");
  });

  it("gives dates as ninjs date-times, the byline as `by`, authors as people with rel author", () => {
    expect(item).toMatchObject({
      firstCreated: "2027-05-04T09:00:00Z",
      by: "By Jane Doe & John Roe",
      located: "Geneva",
    });
    expect(item.people?.slice(0, 2)).toEqual([
      {
        name: "Jane Doe",
        literal: "jane-doe",
        uri: "http://www.wikidata.org/entity/Q1000001",
        rel: "author",
      },
      { name: "John Roe", rel: "author" },
    ]);
    expect(item.places?.[0]).toEqual({
      name: "Geneva",
      literal: "geneva",
      uri: "https://sws.geonames.org/2660646/",
      rel: "mentions",
    });
  });

  it("leaves out extensions of other namespaces, with a warning", () => {
    const warnings: ConversionWarning[] = [];
    const article = {
      ...bylined(),
      extensions: { "org.example:desk": "nordics", [ninjsExtensionKey("urgency")]: 2 },
    };
    const converted = toNinjs(article, { onWarning: (warning) => warnings.push(warning) });
    expect(converted.urgency).toBe(2);
    expect(JSON.stringify(converted)).not.toContain("nordics");
    expect(warnings.find((warning) => warning.path === "/extensions")?.message).toContain("org.example:desk");
  });
});
