import { NATIONAL_OFFICES } from "../lexicon/en/offices.js";
import type { CountryHit } from "./countries.js";
import type { PersonHit } from "./people.js";

const OFFICES = new Map(NATIONAL_OFFICES.map(([title, country]) => [normalize(title), country]));

function normalize(title: string): string {
  return title
    .replace(/\s+/g, " ")
    .replace(/^(?:acting|former|then-|ex-)\s*/i, "")
    .toLowerCase();
}

/**
 * Fills in whose official a person is where the post itself says so, after the people pass has read
 * the country written before or after the post: a country named inside the title (`Minister of
 * Defense of Japan`, `President of the French Republic`), an office only one government has
 * (`Secretary of State`, `Foreign Secretary`), or the country another of the person's posts gives.
 */
export function completePostCountries(people: readonly PersonHit[], countries: readonly CountryHit[]): void {
  for (const person of people) {
    for (const post of person.posts) {
      if (post.country !== undefined) continue;
      const inside = countries.find((hit) => hit.start >= post.title.start && hit.end <= post.title.end);
      const office = OFFICES.get(normalize(post.label ?? post.title.text));
      const country = inside?.code ?? office;
      if (country !== undefined) post.country = country;
    }
    const known = person.posts.find((post) => post.country !== undefined)?.country;
    if (known !== undefined) for (const post of person.posts) post.country ??= known;
  }
}
