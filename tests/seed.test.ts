import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import type { JointStatement } from "@communique/joint-statement";
import type { NewsArticle } from "@communique/news-article";
import { describe, expect, it } from "vitest";
import { MODELS, ROOT, readJson, textSpans } from "./support/models.js";
import { sharedFile } from "./support/shared.js";

const source = readFileSync(path.join(ROOT, "examples/seed/article.txt"));
const text = source.toString("utf8");
const article = readJson<NewsArticle>(path.join(ROOT, "examples/seed/news-article.json"));
const statement = readJson<JointStatement>(path.join(ROOT, "examples/seed/joint-statement.json"));

describe("the seed document", () => {
  const seed = sharedFile("seeds/000_00bf846f4c2041b3.txt");
  it.skipIf(seed.missing)("is the shared seed, unchanged", () => {
    expect(source.equals(readFileSync(seed.file))).toBe(true);
  });

  it.each(MODELS)("validates as a $name", (model) => {
    const result = model.validate(readJson(model.seedFile));
    expect(result.ok ? [] : result.issues).toEqual([]);
  });

  it.each([
    ["news-article", article],
    ["joint-statement", statement],
  ] as const)("%s: fingerprints the text its spans point into", (_name, document) => {
    expect(document.provenance.sha256).toBe(createHash("sha256").update(source).digest("hex"));
  });

  it.each([
    ["news-article", article],
    ["joint-statement", statement],
  ] as const)("%s: every span holds exactly its text", (_name, document) => {
    const spans = [...textSpans(document)];
    expect(spans.length).toBeGreaterThan(30);
    for (const span of spans) {
      expect({ path: span.path, text: text.slice(span.start, span.end) }).toEqual({
        path: span.path,
        text: span.text,
      });
    }
  });
});

describe("the seed article, losslessly", () => {
  it("holds the headline, all 7 paragraphs and the credit line, covering every word of the text", () => {
    expect(article.headline).toBe(
      "South Korea, US Agree to Regularly Deploy Strategic Military Assets to Korean Peninsula",
    );
    expect(article.body.paragraphs).toHaveLength(7);
    const blocks = [
      article.headlineSpan,
      ...article.body.paragraphs.map((p) => p.span),
      article.credit?.span,
    ];
    const covered = new Array<boolean>(text.length).fill(false);
    for (const block of blocks) for (let i = block?.start ?? 0; i < (block?.end ?? 0); i++) covered[i] = true;
    const uncovered = [...text].filter((char, i) => !covered[i] && char.trim() !== "");
    expect(uncovered).toEqual([]);
  });

  it("keeps the dateline as written and resolved, and the credit line's agency", () => {
    expect(article.dateline).toMatchObject({
      text: "Washington",
      place: { name: "Washington", country: "US" },
    });
    expect(article.credit).toMatchObject({
      text: "Source: Qatar News Agency",
      provider: { name: "Qatar News Agency" },
    });
  });

  it("names the four officials, with titles as written and no title invented for David Shear", () => {
    const posts = Object.fromEntries(
      (article.people ?? []).map((p) => [p.name, p.posts?.map((post) => post.title)]),
    );
    expect(posts).toEqual({
      "Lim Sung-nam": ["Vice Foreign Minister"],
      "Yoo Jeh-seung": ["Deputy Minister for Defense Policy"],
      "Thomas Countryman": ["Acting Under Secretary of State for Arms Control and International Security"],
      "David Shear": undefined,
    });
  });

  it("normalizes every naming of the three countries, every time it occurs", () => {
    const forms = Object.fromEntries(
      (article.countries ?? []).map((c) => [c.code, [...new Set(c.mentions?.map((m) => m.text))].sort()]),
    );
    expect(forms).toEqual({
      KR: ["Northeast Asian ally", "ROK", "Republic of Korea", "Seoul", "South Korea", "South Korean"].sort(),
      US: ["US", "United States", "Washington"],
      KP: ["North Korea", "Pyongyang"],
    });
    // Names that always stand for one country here; "Washington" is also the city, so it is not scanned.
    const scans: [string, RegExp][] = [
      ["KR", /South Korean?|Republic of Korea|\bROK\b|\bSeoul\b/g],
      ["US", /\bUS\b|United States/g],
      ["KP", /North Korea|\bPyongyang\b/g],
    ];
    for (const [code, pattern] of scans) {
      const inText = [...text.matchAll(pattern)].map((match) => match.index);
      const held = new Set(
        article.countries?.find((c) => c.code === code)?.mentions?.map((m) => m.span.start),
      );
      expect({ code, missing: inText.filter((start) => !held.has(start)) }).toEqual({ code, missing: [] });
    }
  });

  it("attributes its three quotations to the statement it reports", () => {
    expect(article.quotes).toHaveLength(3);
    for (const quote of article.quotes ?? [])
      expect(quote.attribution).toMatchObject({ kind: "statement", ref: statement.id });
    expect(article.reports).toEqual([statement.id]);
    expect(statement.reportedIn).toEqual([article.id]);
  });
});

describe("the seed statement", () => {
  it("is issued by South Korea and the United States", () => {
    expect(statement.parties.map((p) => [p.id, p.country, p.alpha3])).toEqual([
      ["kr", "KR", "KOR"],
      ["us", "US", "USA"],
    ]);
  });

  it("comes from the inaugural EDSCG meeting, dated only as the text dates it", () => {
    expect(statement.meeting?.forum).toMatchObject({
      name: "Extended Deterrence Strategy and Consultation Group",
      acronym: "EDSCG",
    });
    expect(statement.meeting?.ordinal).toBe(1);
    expect(statement.meeting?.ordinalMention?.text).toBe("inaugural");
    expect(statement.meeting?.date).toEqual({
      text: "Tuesday (US time)",
      span: expect.any(Object),
      precision: "day",
    });
    expect(statement.meeting?.place).toMatchObject({ name: "Washington", country: "US" });
  });

  it("claims no calendar date the text does not give", () => {
    const dates = [statement.meeting?.date, ...(statement.related ?? []).map((r) => r.date)];
    expect(dates.map((date) => date?.text)).toEqual(["Tuesday (US time)", "October"]);
    expect(dates.every((date) => date !== undefined && date.value === undefined)).toBe(true);
    expect(statement.issued).toBeUndefined();
  });

  it("names each party everywhere the article names its country", () => {
    for (const party of statement.parties) {
      const country = article.countries?.find((c) => c.code === party.country);
      expect(party.mentions).toEqual(country?.mentions);
    }
  });

  it("has the four officials on behalf of their parties", () => {
    expect(
      statement.participants?.map((p) => [p.person.name, p.post?.title, p.onBehalfOf, p.post?.acting]),
    ).toEqual([
      ["Lim Sung-nam", "Vice Foreign Minister", "kr", undefined],
      ["Yoo Jeh-seung", "Deputy Minister for Defense Policy", "kr", undefined],
      [
        "Thomas Countryman",
        "Acting Under Secretary of State for Arms Control and International Security",
        "us",
        true,
      ],
      ["David Shear", undefined, "us", undefined],
    ]);
  });

  it("holds the reaffirmation and the commitment, quoted, and the same three quotations as the article", () => {
    expect(statement.provisions?.map((p) => [p.action, p.wording])).toEqual([
      ["reaffirm", "quoted"],
      ["commit", "quoted"],
      ["note", "quoted"],
    ]);
    expect(statement.quotations).toEqual(article.quotes);
  });
});
