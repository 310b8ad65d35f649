import { fromNinjs, NinjsImportError, toNinjs } from "@communique/interop";
import { validateNewsArticle } from "@communique/news-article";
import type { ValidateFunction } from "ajv";
import { beforeAll, describe, expect, it } from "vitest";
import { readJson } from "../support/models.js";
import { compileNinjs, ninjsErrors, ninjsExamples, ninjsReference } from "../support/ninjs.js";

type Item = Record<string, unknown>;
const examples = ninjsExamples().map(([name, file]): [string, Item] => [name, readJson<Item>(file)]);
/** IPTC's text items, and the one without a type that is plainly a text item (dpa's). */
const textItems = examples.filter(
  ([, item]) =>
    item.type === "text" ||
    (item.type === undefined &&
      item.bodies !== undefined &&
      item.renditions === undefined &&
      item.eventDetails === undefined),
);
/** Items of other kinds, and those without a type whose properties mark another kind. */
const otherItems = examples.filter(
  ([name]) => !textItems.some(([text]) => text === name) && name !== "002_renditions_example.json",
);

describe.skipIf(ninjsReference.missing)("IPTC's ninjs 3.x examples", () => {
  it("include text items and items of other kinds (so the tables below are not empty)", () => {
    expect(textItems.length).toBeGreaterThanOrEqual(8);
    expect(otherItems.length).toBeGreaterThanOrEqual(10);
  });

  it.each(textItems)("%s imports into a valid NewsArticle whose spans point into its text", (_name, item) => {
    const { article, text } = fromNinjs(item);
    const result = validateNewsArticle(article);
    expect(result.ok ? [] : result.issues).toEqual([]);
    expect(article.id).toBe(item.uri);
    expect(text.slice(article.headlineSpan?.start, article.headlineSpan?.end)).toBe(article.headline);
    for (const paragraph of article.body.paragraphs) {
      expect(text.slice(paragraph.span.start, paragraph.span.end)).toBe(paragraph.text);
      expect(paragraph.text).not.toMatch(/<\/?p>|&amp;|&lt;/);
    }
  });

  it.each(textItems)(
    "%s: every property of the item has a field in the model (nothing kept aside in extensions)",
    (_name, item) => {
      const { article, warnings } = fromNinjs(item);
      expect(warnings.filter((warning) => warning.code === "kept-in-extensions")).toEqual([]);
      expect(article.extensions).toBeUndefined();
      // What is still lost is named, property by property: contact details and shapes, which the
      // shared Person and Place types do not hold (see the round-trip test).
      for (const warning of warnings.filter((w) => w.code === "not-carried"))
        expect(warning.message).toMatch(/(contactInfo|geoJSON|symbols) not carried/);
    },
  );

  it.each(otherItems)("%s is not a text item and is refused", (_name, item) => {
    expect(() => fromNinjs(item)).toThrow(
      expect.objectContaining({ name: "NinjsImportError", code: "not-text" }),
    );
  });

  it("refuses an item whose uri is not a URI (IPTC's renditions example)", () => {
    const item = examples.find(([name]) => name === "002_renditions_example.json")?.[1];
    expect(() => fromNinjs(item)).toThrow(expect.objectContaining({ path: "/uri", code: "invalid" }));
  });

  it("reads 005's people, places (Italy as a country), organisation and dateline", () => {
    const { article } = fromNinjs(examples.find(([name]) => name === "005_complex_text_article.json")?.[1]);
    expect(article.people).toEqual([
      { name: "Francesco Schettino", identifiers: [{ scheme: "wikidata", value: "Q4421821" }] },
    ]);
    expect(article.countries).toEqual([{ code: "IT", alpha3: "ITA", name: "Italy" }]);
    expect(article.places?.map((place) => place.name)).toEqual(["Grossetto", "Tuscany"]);
    expect(article.organizations).toEqual([{ name: "Costa Crociere SpA" }]);
    expect(article.dateline).toEqual({ text: "Grossetto, Italy" });
    expect(article.byline?.text).toBe("Paulo Santalucia and Frances d'Emilio");
    expect(article.modified).toBe("2013-07-09T10:37:00Z");
    expect(article.body.paragraphs.length).toBeGreaterThan(1);
  });

  it("takes NTB's text description as the body, with a warning, and reads its subjects by code and name", () => {
    const item = examples.find(([name]) => name === "ntb_text.json")?.[1] as Item;
    const { article, warnings } = fromNinjs(item);
    expect(article.body.paragraphs[0]?.text).toMatch(/^IT-giganten Google/);
    expect(warnings).toContainEqual(expect.objectContaining({ path: "/descriptions/0", code: "assumed" }));
    expect(article.subjects).toEqual([
      { code: "Innenriks", name: "Innenriks" },
      { code: "13010000", name: "Teknologi" },
      { code: "04011000", name: "Industri" },
      { code: "04005000", name: "Olje og energi" },
    ]);
    expect(article.descriptions?.[0]?.role).toBe("text");
    expect(article.rights).toEqual({
      copyrightHolder: "NTB",
      copyrightNotice: item.copyrightNotice,
      usageTerms: "",
    });
    expect(article).toMatchObject({ urgency: 5, version: "6", pubStatus: item.pubStatus });
    expect(article.language).toBe("nb-NO");
  });

  it("reads the anti-doping item's Media Topic subjects, with their qcodes", () => {
    const name = examples.find(([file]) => file.startsWith("20231008-"))?.[0];
    const { article } = fromNinjs(examples.find(([file]) => file === name)?.[1]);
    expect(article.subjects?.[0]).toEqual({
      uri: "http://cv.iptc.org/newscodes/mediatopic/15000000",
      qcode: "medtop:15000000",
      name: "Sport",
      rel: "classifies",
    });
    expect(article.genre).toEqual({
      uri: "http://cv.iptc.org/newscodes/genre/Actuality",
      qcode: "genre:Actuality",
    });
  });

  describe("ninjs → NewsArticle → ninjs", () => {
    let validate: ValidateFunction;
    beforeAll(() => {
      validate = compileNinjs();
    });

    it.each(textItems)(
      "%s comes back as a valid ninjs item with its headline, body and kept properties",
      (_name, item) => {
        const back = toNinjs(fromNinjs(item).article) as unknown as Item;
        expect(ninjsErrors(validate, back)).toEqual([]);
        expect(back.uri).toBe(item.uri);
        for (const property of [
          "urgency",
          "pubStatus",
          "copyrightHolder",
          "slugline",
          "profile",
          "version",
          "edNote",
        ])
          expect(back[property]).toEqual(item[property]);
      },
    );
  });
});

describe("fromNinjs on what is not a ninjs text item", () => {
  it.each([
    ["a string", "hello", ""],
    ["an array", [], ""],
    ["no uri", { type: "text" }, ""],
    ["headlines not a list", { uri: "urn:x:1", headlines: "Hi" }, "/headlines"],
    ["a body without value", { uri: "urn:x:1", bodies: [{ role: "main" }] }, "/bodies/0"],
    ["no headline or title", { uri: "urn:x:1", type: "text", bodies: [{ value: "Text." }] }, "/headlines"],
    ["no body", { uri: "urn:x:1", type: "text", headlines: [{ value: "Hi" }] }, "/bodies"],
  ])("refuses %s, at %j", (_what, value, path) => {
    let caught: unknown;
    try {
      fromNinjs(value);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(NinjsImportError);
    expect(caught).toMatchObject({ code: "invalid", path });
  });

  it("reads an item without a language as undetermined, or as the language given", () => {
    const item = { uri: "urn:x:1", type: "text", headlines: [{ value: "Hi" }], bodies: [{ value: "Text." }] };
    expect(fromNinjs(item).article.language).toBe("und");
    expect(fromNinjs(item, { language: "fr" }).article.language).toBe("fr");
    expect(fromNinjs(item).warnings).toContainEqual(
      expect.objectContaining({ path: "/language", code: "defaulted" }),
    );
  });

  it("reports properties ninjs 3.1 does not define, naming the 3.x spelling of a 2.x one", () => {
    const item = {
      uri: "urn:x:1",
      type: "text",
      headlines: [{ value: "Hi" }],
      bodies: [{ value: "Text." }],
      versioncreated: "2020-01-01T00:00:00Z",
    };
    expect(fromNinjs(item).warnings).toContainEqual(
      expect.objectContaining({
        path: "/versioncreated",
        code: "unknown-property",
        message: expect.stringContaining('"versionCreated"'),
      }),
    );
  });
});
