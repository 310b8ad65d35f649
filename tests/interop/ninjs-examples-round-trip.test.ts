import { fromNinjs, toNinjs } from "@communique/interop";
import { describe, expect, it } from "vitest";
import { readJson } from "../support/models.js";
import { ninjsExamples, ninjsReference } from "../support/ninjs.js";

type Item = Record<string, unknown>;

/**
 * What of IPTC's text items the model still cannot hold, and why. Each is a property of a person,
 * organisation, place or genre, whose types (core's Person, Organization, Place, ConceptRef) the
 * JointStatement model shares; only their `name` and `uri` go round.
 */
const LOST: Record<string, string> = {
  "people, organisations, places: contactInfo": "the shared entity types hold no contact details",
  "places: geoJSON": "the shared Place type holds no geometry",
  "organisations: symbols": "the shared Organization type holds no ticker symbols",
  "people, organisations, places: rel":
    "the model lists whom the article names (or, for people, its authors): `about` and `mentions` both become that list",
  "people, organisations, places: literal":
    "kept as the local id only when it is one (lowercase words and hyphens, e.g. `jonas-svensson`)",
  "genres: literal": "a provider's genre code that is not a qcode: the shared ConceptRef holds none",
};
/** Properties the written item has whatever the item read: they add, they do not lose. */
const WRITTEN_ANEW: Record<string, string> = {
  standard: "the item written claims ninjs 3.1, whatever the item read claimed",
};

const examples = ninjsExamples()
  .map(([name, file]): [string, Item] => [name, readJson<Item>(file)])
  .filter(([, item]) => {
    try {
      fromNinjs(item);
      return true;
    } catch {
      return false;
    }
  });

/** The item without what the model cannot hold (LOST): of entities and genres, name and uri. */
function withoutLost(item: Item): Item {
  const out: Item = { ...item };
  for (const property of ["people", "organisations", "places", "genres"]) {
    const list = item[property];
    if (!Array.isArray(list)) continue;
    out[property] = list.map((entry: Item) =>
      Object.fromEntries(Object.entries(entry).filter(([key]) => key === "name" || key === "uri")),
    );
  }
  return out;
}

describe.skipIf(ninjsReference.missing)("IPTC's ninjs 3.x text items, both ways", () => {
  it("there are IPTC text items to go round (the tables below are not empty)", () => {
    expect(examples.length).toBeGreaterThanOrEqual(9);
  });

  it.each(examples)("%s: ninjs → NewsArticle → ninjs keeps every property of the item", (_name, item) => {
    const back = toNinjs(fromNinjs(item).article) as unknown as Item;
    const expected = withoutLost(item);
    for (const [property, value] of Object.entries(expected)) {
      if (property in WRITTEN_ANEW) continue;
      if (property === "altIds") {
        // The written item adds the SHA-256 of the text its spans point into.
        expect(back.altIds).toEqual(expect.arrayContaining(value as unknown[]));
        continue;
      }
      // Objects may gain properties (a subject's `rel`, a qcode as `literal`), never lose one.
      if (typeof value === "object")
        expect({ [property]: back[property] }).toMatchObject({ [property]: value });
      else expect({ [property]: back[property] }).toEqual({ [property]: value });
    }
  });

  it.each(examples)("%s: NewsArticle → ninjs → NewsArticle keeps every field", (_name, item) => {
    const { article } = fromNinjs(item);
    expect(fromNinjs(toNinjs(article)).article).toEqual(article);
  });

  it("the losses listed above occur in the examples, so the list is needed", () => {
    const serialized = JSON.stringify(examples.map(([, item]) => item));
    for (const field of ["contactInfo", "geoJSON", "rel", "literal"])
      expect(serialized).toContain(`"${field}"`);
    expect(Object.keys(LOST).length).toBe(6);
  });
});
