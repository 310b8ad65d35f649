import type { CountryNameForm } from "@communique/core";
import {
  type GazetteerEntry,
  isWorldCityOnly,
  lookUpCountry,
  nameLengthsFrom,
} from "../lexicon/gazetteer.js";
import { firstStartingFrom, lastEndingBy, lastIndexStartingBy } from "../text/lookup.js";
import { lastIndexWithin, type Segment, within } from "../text/span.js";
import { type Token, withoutPossessive } from "../text/tokens.js";

/** A naming of a country in the text. */
export interface CountryHit extends Segment {
  code: string;
  form: CountryNameForm;
}

/** A capital named as a place (`in Washington`), not as its government (`Washington said`). */
export interface CityHit extends Segment {
  code: string;
}

/** A building or street a meeting was held in (`Akersgata Street`, `Holmen House`, `the Pentagon`). */
export interface VenueHit extends Segment {
  venue: true;
  /** The country it is in, when the text tells. */
  code?: string;
}

/** Where something took place: a city, or a venue. */
export type PlaceHit = CityHit | VenueHit;

// A capital after one of these words is a place; anywhere else it stands for its government. Not
// after a letter by a lookbehind (a case-insensitive `[^\p{L}]` is slow for V8 to compile).
const LOCATIVE =
  /(?<!\p{L})(?:in|at|from|to|into|near|outside|inside|across|around|via|through|visit|visits|visited|visiting|arrived in|left|leave|leaving|toured|hosted in|held in|capital|city of|(?:depart(?:s|ed|ing)?|leav(?:es|ing)|left|bound|head(?:s|ed|ing)?) for)\s+$/iu;

const DESCRIPTION =
  /\b(?:the|its|their|our)\s+((?:(?:North|South|East|West|Northeast|Northwest|Southeast|Southwest|Central)[ -]?)?(?:Asian|European|African|American|Pacific|Nordic|Baltic|Gulf|Arab|Middle Eastern|Latin American|Western|Eastern|Atlantic)\s+(?:ally|partner|neighbou?r|nation|country|state))\b/g;

/**
 * Every naming of a country in the given words: names, official names, acronyms, demonyms, and
 * capitals standing for governments. The longest name wins (`Republic of Korea`, not `Korea`);
 * names inside `excluded` stretches (an agency's or a forum's name) are left out.
 */
export function findCountries(
  source: string,
  tokens: readonly Token[],
  excluded: readonly Segment[],
  placeStarts: ReadonlySet<number>,
): { countries: CountryHit[]; cities: CityHit[] } {
  const countries: CountryHit[] = [];
  const cities: CityHit[] = [];
  const sortedExcluded = [...excluded].sort((a, b) => a.start - b.start);
  for (let index = 0; index < tokens.length; index++) {
    const first = tokens[index] as Token;
    if (!first.capitalized) continue;
    // The word without its possessive ending is looked up only where it has one (a second look-up of
    // the same word in a table of thousands of names, for every capitalized word, otherwise).
    let lengths = nameLengthsFrom(first.text);
    if (lengths === undefined) {
      const bare = withoutPossessive(first);
      if (bare !== first) lengths = nameLengthsFrom(bare.text);
    }
    if (lengths === undefined) continue;
    for (const count of lengths) {
      if (index + count > tokens.length) continue;
      const last = tokens[index + count - 1] as Token;
      let hit: (Segment & GazetteerEntry) | undefined;
      if (count === 1) hit = matchWord(first);
      else {
        // Sliced once: the paragraph's end is sought in the words looked up.
        const written = source.slice(first.start, last.end);
        // A name runs on across one soft line break of hard-wrapped copy (`South\nSudan`), not across
        // a paragraph's end.
        if (PARAGRAPH_BREAK.test(written)) continue;
        hit = match(written, first.start);
      }
      if (hit === undefined) {
        const bare = withoutPossessive(last);
        if (bare !== last)
          hit = count === 1 ? matchWord(bare) : match(source.slice(first.start, bare.end), first.start);
      }
      if (hit === undefined) continue;
      if (insideAny(sortedExcluded, hit)) break;
      // A name only the world list knows is a place where the text uses it as one, and not when it
      // starts a longer name (`Holmen House`).
      if (
        hit.form === "city" &&
        isWorldCityOnly(hit.text) &&
        !placeStarts.has(hit.start) &&
        (!isPlace(source, hit) || /^ \p{Lu}\p{Ll}/u.test(source.slice(hit.end, hit.end + 3)))
      )
        break;
      // `Atlanta, Georgia`, `Georgia Gov. …`: the US state, not the country.
      if (hit.text === "Georgia" && isUsState(source, hit, cities)) {
        index += count - 1;
        break;
      }
      if (
        hit.form === "city" ||
        (hit.form === "capital" && (placeStarts.has(hit.start) || isPlace(source, hit)))
      ) {
        cities.push({ start: hit.start, end: hit.end, text: hit.text, code: hit.code });
      } else {
        countries.push(hit as CountryHit);
      }
      index += count - 1;
      break;
    }
  }
  describedCountries(source, countries);
  countries.sort((a, b) => a.start - b.start);
  return { countries, cities };
}

const PARAGRAPH_BREAK = /\r?\n[ \t]*\r?\n|\r[ \t]*\r/;

// A name of several words, as `written` from `start`: looked up with its white space folded to one
// space where it has more (`South\nSudan`).
function match(written: string, start: number): (Segment & GazetteerEntry) | undefined {
  const entry = lookUpCountry(/\s\s|[\n\r\t]/.test(written) ? written.replace(/\s+/g, " ") : written);
  const end = start + written.length;
  return entry === undefined ? undefined : { start, end, text: written, code: entry.code, form: entry.form };
}

// A one-word name: the word's own text is looked up (no slice of the source, no spaces to fold).
function matchWord(word: Segment): (Segment & GazetteerEntry) | undefined {
  const entry = lookUpCountry(word.text);
  return entry === undefined
    ? undefined
    : { start: word.start, end: word.end, text: word.text, code: entry.code, form: entry.form };
}

// What follows a US state's name that a country's would not have (`Georgia Gov. …`, `Georgia's
// governor`, `Georgia Republicans`).
const STATE_AFTER =
  /^(?:['’]s)?\s+(?:Gov\.|Sen\.|Rep\.|Lt\.|(?:Governor|governor|Senator|legislature|Legislature|Republicans?|Democrats?|Democratic|GOP|state\s+(?:senator|representative|lawmakers?|legislature)|voters|Tech|Power|Bulldogs)\b)/;

/** Whether `Georgia` here is the US state: after a US city and a comma, or before a state's office. */
function isUsState(source: string, hit: Segment, cities: readonly CityHit[]): boolean {
  if (STATE_AFTER.test(source.slice(hit.end, hit.end + 30))) return true;
  const city = cities[cities.length - 1];
  if (city !== undefined && city.code === "US" && /^,\s*$/.test(source.slice(city.end, hit.start)))
    return true;
  // A US city the text names only as a word (`Storms hit Atlanta, Georgia`).
  const before = /(\p{Lu}[\p{L}.]*(?:[ \t]\p{Lu}[\p{L}.]*)?),[ \t]*$/u.exec(
    source.slice(Math.max(0, hit.start - 30), hit.start),
  )?.[1];
  return before !== undefined && lookUpCountry(before)?.code === "US";
}

function isPlace(source: string, hit: Segment): boolean {
  const after = source.slice(hit.end, hit.end + 12);
  if (/^(?:['’]s?\s|\s+(?:said|says|has|have|had|will|would|is|was|and\s+\p{Lu}\p{L}+\s+said))/u.test(after))
    return false;
  return LOCATIVE.test(source.slice(Math.max(0, hit.start - 24), hit.start));
}

// `the Northeast Asian ally` stands for the country named last before it in the same sentence.
function describedCountries(source: string, countries: CountryHit[]): void {
  DESCRIPTION.lastIndex = 0;
  for (let found = DESCRIPTION.exec(source); found !== null; found = DESCRIPTION.exec(source)) {
    const phrase = found[1] as string;
    const start = found.index + found[0].length - phrase.length;
    const sentenceStart = Math.max(
      lastIndexWithin(source, ". ", start - 400, start),
      lastIndexWithin(source, "\n", start - 400, start),
      start - 400,
    );
    const referent = lastEndingBy(countries, start, sentenceStart);
    if (referent !== undefined)
      countries.push({
        start,
        end: start + phrase.length,
        text: phrase,
        code: referent.code,
        form: "description",
      });
  }
}

/** Whether `part` lies within one of `sorted` (ordered by start; a few may overlap). */
function insideAny(sorted: readonly Segment[], part: { start: number; end: number }): boolean {
  const index = lastIndexStartingBy(sorted, part.start);
  for (let at = index; at >= 0 && at > index - 4; at--) if (within(part, sorted[at] as Segment)) return true;
  return false;
}

/** The first country named within a stretch, by binary search over the countries in text order. */
export function countryWithin(countries: readonly CountryHit[], part: Segment): CountryHit | undefined {
  const hit = firstStartingFrom(countries, part.start);
  return hit !== undefined && hit.end <= part.end ? hit : undefined;
}
