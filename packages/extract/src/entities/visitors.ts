// `Prime Minister Abe's visit to Australia`, `when President Ruiz makes a state visit to Hanoi`: a
// visitor is not the host. Between two sides, an official the text gives no country who visits
// one of them is the other's.
import type { PersonWithPosts } from "@communique/core";
import { covering } from "../text/lookup.js";
import type { Segment } from "../text/span.js";
import { isGovernmentPost } from "./name-words.js";

/** A country or a city the text names, with the country it stands for or is in. */
export interface PlaceCode extends Segment {
  code: string;
}

// After the name: `'s visit to`, `makes a state visit to`, `on a two-day trip to`, `visited`; then
// the place. Not `arrived in` or `flew to`, which say as much of going home.
const VISIT = new RegExp(
  [
    "^(?:['’]s?)?[ \\t]+",
    "(?:",
    "(?:(?:makes?|made|making|pays?|paid|paying|is[ \\t]+on|was[ \\t]+on|on|during|began|begins|ended|ends)[ \\t]+)?",
    "(?:(?:a|an|his|her|their)[ \\t]+)?",
    "(?:(?:first|second|two-day|three-day|four-day|five-day|state|official|working|historic|landmark)[ \\t]+){0,3}",
    "(?:visit|trip)[ \\t]+to",
    "|visit(?:s|ed)",
    ")[ \\t]+(?:the[ \\t]+)?",
  ].join(""),
  "u",
);

const VISIT_WORD = /\b(?:visit|trip)/;

/**
 * Gives the one side left to each official who visits the other side: `sides` are the countries the
 * story is between (its statements' parties), `places` the countries and cities it names. Only a
 * government's own posts, and only where none of the person's posts has a country.
 */
export function visitorsCountries(
  source: string,
  people: readonly PersonWithPosts[],
  sides: readonly string[],
  places: readonly PlaceCode[],
): void {
  if (sides.length !== 2 || !VISIT_WORD.test(source)) return;
  for (const person of people) {
    const posts = person.posts ?? [];
    if (posts.length === 0 || posts.some((post) => post.country !== undefined)) continue;
    if (!posts.some((post) => isGovernmentPost(post.label ?? post.title))) continue;
    const host = hostOf(source, person, places);
    if (host === undefined || !sides.includes(host)) continue;
    const other = sides.find((side) => side !== host) as string;
    for (const post of posts) post.country = other;
  }
}

// The country a person is said to visit right after one of their mentions.
function hostOf(source: string, person: PersonWithPosts, places: readonly PlaceCode[]): string | undefined {
  for (const mention of person.mentions ?? []) {
    const end = mention.span.end;
    const visit = VISIT.exec(source.slice(end, end + 80));
    if (visit === null) continue;
    const place = covering(places, end + visit[0].length);
    if (place !== undefined) return place.code;
  }
  return undefined;
}
