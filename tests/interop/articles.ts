import path from "node:path";
import type { NewsArticle } from "@communique/news-article";
import { jsonFiles, ROOT, readJson } from "../support/models.js";

/** The seed and every valid NewsArticle fixture, as `[name, article]` pairs. */
export function articles(): [string, NewsArticle][] {
  const fixtures = jsonFiles(path.join(ROOT, "packages/news-article/test/fixtures/valid"));
  return [
    ["seed", readJson<NewsArticle>(path.join(ROOT, "examples/seed/news-article.json"))],
    ...fixtures.map(([name, file]): [string, NewsArticle] => [name, readJson<NewsArticle>(file)]),
    ["bylined", bylined()],
  ];
}

/**
 * An article that uses what the seed and fixtures leave out: a byline with a structured author,
 * identifiers with URI forms, markup-like characters in the body.
 */
export function bylined(): NewsArticle {
  return {
    type: "NewsArticle",
    id: "https://news.example.org/2027/05/ministers-meet",
    headline: "Ministers meet in Geneva",
    language: "en-GB",
    published: "2027-05-04T09:00:00Z",
    byline: {
      text: "By Jane Doe & John Roe",
      authors: [
        { id: "jane-doe", name: "Jane Doe", identifiers: [{ scheme: "wikidata", value: "Q1000001" }] },
        { name: "John Roe" },
      ],
    },
    dateline: { text: "GENEVA, May 4", place: { id: "geneva", name: "Geneva", kind: "city", country: "CH" } },
    body: {
      paragraphs: [
        { text: 'Ministers said <talks> went "well" & would go on.', span: { start: 0, end: 49 } },
        { text: "A second paragraph.", span: { start: 51, end: 70 } },
      ],
    },
    people: [{ id: "ana-pei", name: "Ana Pei", identifiers: [{ scheme: "wikidata", value: "Q1000002" }] }],
    places: [{ id: "geneva", name: "Geneva", identifiers: [{ scheme: "geonames", value: "2660646" }] }],
    countries: [{ code: "CH", alpha3: "CHE", name: "Switzerland" }],
    organizations: [
      { id: "un", name: "United Nations", identifiers: [{ scheme: "wikidata", value: "Q1065" }] },
    ],
    provenance: { source: "synthetic", sha256: "0".repeat(64), method: "manual" },
  };
}
