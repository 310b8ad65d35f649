import { dateAt } from "../dates.js";
import type { CityHit } from "../entities/countries.js";
import { cityCountry } from "../lexicon/gazetteer.js";
import { firstStartingFrom } from "../text/lookup.js";
import type { Segment } from "../text/span.js";
import type { KindHit } from "./kinds.js";

/** When and where the text says a document was issued. */
export interface IssuedHit {
  date?: Segment;
  place?: CityHit;
}

const VERB_BEFORE = /\b(?:issued|released|adopted|signed|unveiled|published)\s+(?:a|an|the|their|its)\s+$/i;
const VERB_AFTER = /^\s+(?:was\s+|were\s+)?(?:issued|released|adopted|signed|published)\b/i;

/**
 * `issued a joint statement on Tuesday`, `the declaration, signed in Oslo on March 3`: the date and
 * city that follow a naming of the document when a verb of issuing goes with it.
 */
export function issuedOf(
  source: string,
  kinds: readonly KindHit[],
  cities: readonly CityHit[],
): IssuedHit | undefined {
  for (const kind of kinds) {
    const before = VERB_BEFORE.test(source.slice(Math.max(0, kind.start - 40), kind.start));
    const after = VERB_AFTER.exec(source.slice(kind.end, kind.end + 40));
    if (!before && after === null) continue;
    let at = kind.end + (after?.[0].length ?? 0);
    const issued: IssuedHit = {};
    for (let step = 0; step < 2; step++) {
      const lead = /^,?\s+(?:on|in|at)\s+|^,?\s+/.exec(source.slice(at, at + 8));
      if (lead === null) break;
      const from = at + lead[0].length;
      const city = firstStartingFrom(cities, from);
      if (
        issued.place === undefined &&
        city !== undefined &&
        city.start === from &&
        /\bin\s+$|\bat\s+$/.test(lead[0])
      ) {
        issued.place = city;
        at = city.end;
        continue;
      }
      const date = issued.date === undefined ? dateAt(source, from, from + 40) : undefined;
      if (date === undefined) break;
      issued.date = date;
      at = date.end;
    }
    if (issued.date !== undefined || issued.place !== undefined) return withTitlePlace(issued, kinds, cities);
  }
  return withTitlePlace(undefined, kinds, cities);
}

// `the Washington Declaration`, `the Hiroshima Accord`: a document named after a city was issued
// there, unless the text says otherwise.
function withTitlePlace(
  issued: IssuedHit | undefined,
  kinds: readonly KindHit[],
  cities: readonly CityHit[],
): IssuedHit | undefined {
  if (issued?.place !== undefined) return issued;
  for (const kind of kinds) {
    if (kind.title === undefined) continue;
    const city = firstStartingFrom(cities, kind.start);
    if (city !== undefined && city.start === kind.start && city.end < kind.end)
      return { ...issued, place: city };
    // A capital standing for its government elsewhere, or a city the list knows only by name.
    const words = kind.text.split(" ");
    for (let count = Math.min(3, words.length - 1); count >= 1; count--) {
      const name = words.slice(0, count).join(" ");
      // `TALLINN DECLARATION`: a title in capitals names its city in capitals.
      const code =
        cityCountry(name) ??
        cityCountry(name.toLowerCase().replace(/(^|\s)\p{Ll}/gu, (c) => c.toUpperCase()));
      if (code !== undefined)
        return { ...issued, place: { start: kind.start, end: kind.start + name.length, text: name, code } };
    }
  }
  return issued;
}
