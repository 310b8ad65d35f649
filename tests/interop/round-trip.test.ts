import { fromNinjs, toNinjs } from "@communique/interop";
import { type NewsArticle, validateNewsArticle } from "@communique/news-article";
import { describe, expect, it } from "vitest";
import { articles } from "./articles.js";

/**
 * What of a NewsArticle ninjs can carry, and so what NewsArticle → ninjs → NewsArticle keeps:
 * each entry is a field (or part of one) and how to read it off an article.
 */
const SURVIVING: Record<string, (article: NewsArticle) => unknown> = {
  id: (a) => a.id,
  headline: (a) => a.headline,
  language: (a) => a.language,
  published: (a) => a.published,
  modified: (a) => a.modified,
  "byline.text": (a) => a.byline?.text,
  "byline.authors (id, name, identifiers)": (a) =>
    a.byline?.authors?.map(({ id, name, identifiers }) => ({ id, name, identifiers })),
  "dateline place (as located)": (a) => a.dateline?.place?.name ?? a.dateline?.text,
  "body.paragraphs[].text": (a) => a.body.paragraphs.map((paragraph) => paragraph.text),
  "subjects (uri, qcode, name)": (a) => a.subjects,
  "genre (uri, qcode, name)": (a) => a.genre,
  "people (id, name, identifiers)": (a) =>
    a.people?.map(({ id, name, identifiers }) => ({ id, name, identifiers })),
  "organizations (id, name, identifiers)": (a) =>
    a.organizations?.map(({ id, name, identifiers }) => ({ id, name, identifiers })),
  "places (id, name, identifiers)": (a) =>
    a.places?.map(({ id, name, identifiers }) => ({ id, name, identifiers })),
  "countries (code, alpha3, name)": (a) =>
    a.countries?.map(({ code, alpha3, name }) => ({ code, alpha3, name })),
  "credit (text, provider id, name, identifiers)": (a) =>
    a.credit === undefined ? undefined : { text: a.credit.text, ...pick(a.credit.provider) },
  reports: (a) => a.reports,
};

/**
 * What ninjs has no place for, and is lost (each reported by `toNinjs` as a warning): every span
 * and mention (the imported article has spans of its own, into the text rebuilt from the item), people's posts and name parts, organizations' acronym, kind and country, places'
 * kind and country, the dateline's date (and its text when it is more than the place name),
 * quotations, provenance beyond the SHA-256, and extensions outside `dev.communique.ninjs:`.
 */
const LOST = ["posts", "acronym", "kind", "quotes", "mentions", "givenName"] as const;

function pick(thing: { id?: string; name: string; identifiers?: unknown }) {
  return { id: thing.id, name: thing.name, identifiers: thing.identifiers };
}

describe.each(articles())("NewsArticle → ninjs → NewsArticle: %s", (_name, original) => {
  const { article: back } = fromNinjs(toNinjs(original));

  it("starts from a valid article and comes back as one", () => {
    const before = validateNewsArticle(original);
    expect(before.ok ? [] : before.issues).toEqual([]);
    expect(validateNewsArticle(back).ok).toBe(true);
  });

  it.each(Object.entries(SURVIVING))("keeps %s", (_field, read) => {
    expect(read(back)).toEqual(read(original));
  });

  it("loses only what ninjs cannot carry", () => {
    const serialized = JSON.stringify(back);
    for (const field of LOST) expect(serialized).not.toContain(`"${field}"`);
  });
});

describe("the round trip is not empty", () => {
  it("the seed carries most of the surviving fields, so the table above tests something", () => {
    const seed = articles().find(([name]) => name === "seed")?.[1] as NewsArticle;
    const present = Object.values(SURVIVING).filter((read) => read(seed) !== undefined);
    expect(present.length).toBeGreaterThanOrEqual(12);
  });
});
