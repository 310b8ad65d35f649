import path from "node:path";
import { toSchemaOrg } from "@communique/interop";
import type { JointStatement } from "@communique/joint-statement";
import type { NewsArticle } from "@communique/news-article";
import { describe, expect, it } from "vitest";
import { ROOT, readJson } from "../support/models.js";
import { sharedFile } from "../support/shared.js";
import { articles } from "./articles.js";

const vocabularyFile = sharedFile("reference/schemaorg/schemaorg-current-https.jsonld");
const seed = () => readJson<NewsArticle>(path.join(ROOT, "examples/seed/news-article.json"));
const statement = () => readJson<JointStatement>(path.join(ROOT, "examples/seed/joint-statement.json"));

type Ref = { "@id": string };
type Term = {
  "@id": string;
  "@type": string | string[];
  "rdfs:subClassOf"?: Ref | Ref[];
  "schema:domainIncludes"?: Ref | Ref[];
  "schema:rangeIncludes"?: Ref | Ref[];
};
const list = <T>(value: T | T[] | undefined): T[] =>
  value === undefined ? [] : Array.isArray(value) ? value : [value];
const local = (id: string) => id.replace(/^schema:/, "");

/** The vocabulary's classes (with their ancestors) and properties (with domains and ranges). */
function loadVocabulary() {
  const graph = readJson<{ "@graph": Term[] }>(vocabularyFile.file)["@graph"];
  const parents = new Map<string, string[]>();
  const properties = new Map<string, { domains: string[]; ranges: string[] }>();
  for (const term of graph) {
    const types = list(term["@type"]);
    if (types.includes("rdfs:Class"))
      parents.set(
        local(term["@id"]),
        list(term["rdfs:subClassOf"]).map((ref) => local(ref["@id"])),
      );
    if (types.includes("rdf:Property"))
      properties.set(local(term["@id"]), {
        domains: list(term["schema:domainIncludes"]).map((ref) => local(ref["@id"])),
        ranges: list(term["schema:rangeIncludes"]).map((ref) => local(ref["@id"])),
      });
  }
  const ancestors = (type: string): Set<string> => {
    const seen = new Set<string>();
    const walk = (t: string) => {
      if (seen.has(t)) return;
      seen.add(t);
      for (const parent of parents.get(t) ?? []) walk(parent);
    };
    walk(type);
    return seen;
  };
  return { parents, properties, ancestors };
}

const TEXTUAL = new Set(["Text", "URL", "Date", "DateTime", "Time"]);
const NUMERIC = new Set(["Number", "Integer", "Float"]);

/** Every problem with the JSON-LD against the vocabulary: unknown types and properties, domains, ranges. */
function vocabularyProblems(document: unknown, vocabulary: ReturnType<typeof loadVocabulary>): string[] {
  const problems: string[] = [];
  const visit = (node: Record<string, unknown>, at: string) => {
    const type = node["@type"] as string | undefined;
    if (type !== undefined && !vocabulary.parents.has(type)) problems.push(`${at}: unknown type ${type}`);
    const lineage = type === undefined ? new Set<string>() : vocabulary.ancestors(type);
    for (const [key, value] of Object.entries(node)) {
      if (key.startsWith("@")) continue;
      const property = vocabulary.properties.get(key);
      if (property === undefined) {
        problems.push(`${at}/${key}: unknown property`);
        continue;
      }
      if (type !== undefined && !property.domains.some((domain) => lineage.has(domain)))
        problems.push(`${at}/${key}: not a property of ${type} (domains: ${property.domains.join(", ")})`);
      list(value).forEach((item, i) => {
        const where = Array.isArray(value) ? `${at}/${key}/${i}` : `${at}/${key}`;
        const rangeLineages = property.ranges.map((range) => vocabulary.ancestors(range));
        if (typeof item === "string") {
          if (!rangeLineages.some((lineageOf) => [...lineageOf].some((t) => TEXTUAL.has(t))))
            problems.push(`${where}: text where ${property.ranges.join("|")} is expected`);
        } else if (typeof item === "number") {
          if (!property.ranges.some((range) => NUMERIC.has(range)))
            problems.push(`${where}: a number where ${property.ranges.join("|")} is expected`);
        } else if (typeof item === "object" && item !== null) {
          const itemType = (item as Record<string, unknown>)["@type"] as string | undefined;
          if (
            itemType !== undefined &&
            !property.ranges.some((range) => vocabulary.ancestors(itemType).has(range))
          )
            problems.push(`${where}: a ${itemType} where ${property.ranges.join("|")} is expected`);
          visit(item as Record<string, unknown>, where);
        }
      });
    }
  };
  visit(document as Record<string, unknown>, "");
  return problems;
}

describe.skipIf(vocabularyFile.missing)("toSchemaOrg against the schema.org vocabulary", () => {
  const vocabulary = vocabularyFile.missing ? undefined : loadVocabulary();

  it("the check finds an unknown property, a wrong domain and a wrong range (so a pass means something)", () => {
    const broken = {
      "@type": "NewsArticle",
      headlin: "x",
      jobTitle: "y",
      author: { "@type": "Country", name: "z" },
    };
    expect(vocabularyProblems(broken, vocabulary as never)).toHaveLength(3);
  });

  it.each(articles())(
    "%s: every @type and property is in the vocabulary, on a type in its domain, with a value in its range",
    (_name, article) => {
      expect(vocabularyProblems(toSchemaOrg(article, [statement()]), vocabulary as never)).toEqual([]);
    },
  );
});

describe("toSchemaOrg on the seed", () => {
  const jsonLd = toSchemaOrg(seed(), [statement()]) as unknown as Record<string, unknown>;

  it("is a schema.org NewsArticle with the article's headline, dateline, language and body", () => {
    expect(jsonLd).toMatchObject({
      "@context": "https://schema.org",
      "@type": "NewsArticle",
      "@id": seed().id,
      headline: seed().headline,
      dateline: "Washington",
      inLanguage: "en",
      locationCreated: {
        "@type": "City",
        name: "Washington",
        containedInPlace: { "@type": "Country", identifier: "US" },
      },
      creditText: "Source: Qatar News Agency",
    });
    expect(jsonLd.articleBody).toBe(
      seed()
        .body.paragraphs.map((paragraph) => paragraph.text)
        .join("\n\n"),
    );
  });

  it("mentions the officials with their posts as jobTitle, the forum and the countries", () => {
    const mentions = jsonLd.mentions as Record<string, unknown>[];
    expect(mentions).toContainEqual(
      expect.objectContaining({
        "@type": "Person",
        name: "Thomas Countryman",
        jobTitle: "Acting Under Secretary of State for Arms Control and International Security",
      }),
    );
    expect(mentions).toContainEqual(
      expect.objectContaining({ "@type": "Organization", alternateName: "EDSCG" }),
    );
    expect(mentions.filter((node) => node["@type"] === "Country").map((node) => node.identifier)).toEqual([
      "KR",
      "US",
      "KP",
    ]);
  });

  it("credits the agency as publisher and source, and is based on the joint statement", () => {
    expect(jsonLd.publisher).toMatchObject({ "@type": "NewsMediaOrganization", name: "Qatar News Agency" });
    expect(jsonLd.sourceOrganization).toEqual(jsonLd.publisher);
    expect(jsonLd.isBasedOn).toEqual([
      expect.objectContaining({
        "@type": "CreativeWork",
        "@id": "urn:communique:joint-statement:edscg-1",
        genre: "joint statement",
        author: [
          expect.objectContaining({ name: "South Korea" }),
          expect.objectContaining({ name: "United States" }),
        ],
        recordedAt: expect.objectContaining({
          "@type": "Event",
          location: expect.objectContaining({ name: "Washington" }),
        }),
      }),
    ]);
  });

  it("refers to a reported statement by @id when it is not given", () => {
    expect((toSchemaOrg(seed()) as unknown as Record<string, unknown>).isBasedOn).toEqual([
      { "@type": "CreativeWork", "@id": "urn:communique:joint-statement:edscg-1" },
    ]);
  });
});

describe("Google's recommended Article properties", () => {
  it.each(articles())(
    "%s: headline, author, datePublished and dateModified whenever the article has them",
    (_name, article) => {
      const jsonLd = toSchemaOrg(article) as unknown as Record<string, unknown>;
      expect(jsonLd.headline).toBe(article.headline);
      expect(jsonLd.datePublished).toBe(article.published);
      expect(jsonLd.dateModified).toBe(article.modified);
      const authors =
        article.byline?.authors?.map((author) => author.name) ??
        (article.byline === undefined && article.credit !== undefined ? [article.credit.provider.name] : []);
      expect(
        list(jsonLd.author as Record<string, unknown> | Record<string, unknown>[]).map(
          (author) => author.name,
        ),
      ).toEqual(authors);
    },
  );
});
