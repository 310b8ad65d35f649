// People named with their country's possessive and nothing else, as papers name leaders and
// ministers once the story has said what they are: `signed by Chile's Ana Ruiz Vidal, Peru's Ivo
// Lind and …`, `Norway's Kari Dahl said`.

import { COMPLEMENT } from "../lexicon/en/posts.js";
import { covering, lastEndingBy } from "../text/lookup.js";
import { type Segment, segment, within } from "../text/span.js";
import type { CountryHit } from "./countries.js";
import { GAP, WRAPPED_NAME } from "./name-words.js";
import { isBareName } from "./named-people.js";

// A name of two to four words, and what may follow one: a stop, a comma, `and`, or a verb.
const POSSESSIVE_NAME = new RegExp(
  `['’]s${GAP}(${WRAPPED_NAME})(?=[ \\t]*[,.;)]|${GAP}(?:and|said|says|told|added|who|also|was|were|has|had|will|would|signed|attended|in|at|on|during)\\b)`,
  "gu",
);
// What joins one possessive name to the next in a list.
// …also past a clause about the one before, set off by commas (`Paraguay's A, who chaired the
// meeting, Argentina's B`).
const LIST_GAP =
  /^(?:[ \t]*,[ \t]+(?:who|which)\b[^.;()"“”]{0,200},)?[ \t]*,?(?:[ \t]*|[ \t]*\r?\n[ \t]*)(?:and(?:[ \t]+|[ \t]*\r?\n[ \t]*))?$/;

/** A person named after a country's possessive, the country, and whether a list joins them to the one before. */
export interface PossessiveName {
  name: Segment;
  country: string;
  joined: boolean;
}

export function possessiveNames(
  source: string,
  countries: readonly CountryHit[],
  excluded: readonly Segment[],
): PossessiveName[] {
  const found: PossessiveName[] = [];
  if (!/['’]s/.test(source)) return found;
  let previousEnd = -1;
  POSSESSIVE_NAME.lastIndex = 0;
  for (let match = POSSESSIVE_NAME.exec(source); match !== null; match = POSSESSIVE_NAME.exec(source)) {
    const owner = lastEndingBy(countries, match.index);
    if (owner?.end !== match.index) continue;
    const text = match[1] as string;
    const words = text.split(/\s+/);
    // `Japan's Foreign Ministry`, `Brazil's Central Bank`: an institution, not a person.
    if (!isBareName(words.join(" ")) || words.some((word) => COMPLEMENT.has(word))) continue;
    const start = match.index + match[0].length - text.length;
    const name = segment(source, start, start + text.length);
    if (covering(countries, name.start) !== undefined || covering(countries, name.end - 1) !== undefined)
      continue;
    if (excluded.some((part) => within(name, part))) continue;
    const joined = previousEnd >= 0 && LIST_GAP.test(source.slice(previousEnd, owner.start));
    found.push({ name, country: owner.code, joined });
    previousEnd = name.end;
  }
  return found;
}
