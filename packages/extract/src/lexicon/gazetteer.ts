import type { CountryNameForm } from "@communique/core";
import { countryCodes, getCountry } from "@communique/core";
import {
  ACRONYMS,
  CAPITALS,
  CITIES,
  DEMONYMS,
  OFFICIAL_NAMES,
  PREFERRED_NAMES,
  SHORT_NAMES,
} from "./en/country-names.js";
import { WORLD_CITIES } from "./generated/cities.js";

/** What a name in the gazetteer stands for. */
export interface GazetteerEntry {
  /** ISO 3166-1 alpha-2. */
  code: string;
  /** How the name names the country; `city` for a city that is not a capital (always a place). */
  form: CountryNameForm | "city";
}

/** A country as the output names it. */
export interface CountryInfo {
  code: string;
  alpha3: string;
  name: string;
}

const OFFICIAL_WORDS =
  /\b(?:Republic|Kingdom|Federation|State of|States of|Commonwealth|Confederation|Sultanate|Principality|Grand Duchy|Federated|People's|Plurinational|Bolivarian)\b/;

function build(): { names: Map<string, GazetteerEntry>; lengths: Map<string, number[]> } {
  const names = new Map<string, GazetteerEntry>();
  const ambiguous = new Set<string>();
  const add = (name: string, entry: GazetteerEntry) => {
    const known = names.get(name);
    if (known !== undefined && known.code !== entry.code) ambiguous.add(name);
    else names.set(name, entry);
  };
  for (const code of countryCodes()) {
    const record = getCountry(code);
    if (record === undefined) continue;
    for (const name of [record.name, ...record.otherNames]) {
      if (/[,()]/.test(name)) continue;
      const form: CountryNameForm =
        name in ACRONYMS
          ? "acronym"
          : name !== PREFERRED_NAMES[code] && (name in OFFICIAL_NAMES || OFFICIAL_WORDS.test(name))
            ? "official-name"
            : "name";
      add(name, { code, form });
    }
  }
  for (const name of ambiguous) names.delete(name);
  // Later tables win: the hand lists over the generated one.
  const tables: [Readonly<Record<string, string>>, GazetteerEntry["form"]][] = [
    [WORLD_CITIES, "city"],
    [CITIES, "city"],
    [ACRONYMS, "acronym"],
    [SHORT_NAMES, "name"],
    [OFFICIAL_NAMES, "official-name"],
    [DEMONYMS, "demonym"],
    [CAPITALS, "capital"],
  ];
  for (const [table, form] of tables)
    for (const [name, code] of Object.entries(table)) names.set(name, { code, form });
  const lengths = new Map<string, number[]>();
  for (const name of names.keys()) {
    const words = name.split(" ");
    const first = words[0] as string;
    const known = lengths.get(first) ?? [];
    if (!known.includes(words.length))
      lengths.set(
        first,
        [...known, words.length].sort((a, b) => b - a),
      );
  }
  return { names, lengths };
}

const GAZETTEER = build();

/** The country a name stands for, exactly as written (case matters: `US` is not `us`). */
export function lookUpCountry(name: string): GazetteerEntry | undefined {
  return GAZETTEER.names.get(name);
}

/** How many words the countries' names that start with `word` have, longest first; `undefined` when none does. */
export function nameLengthsFrom(word: string): readonly number[] | undefined {
  return GAZETTEER.lengths.get(word);
}

/** The code, alpha-3 and news name of a country. */
export function countryInfo(code: string): CountryInfo | undefined {
  // Each code's, with the news name beside the registry's record (which core keeps): a few hundred
  // codes at most.
  if (INFO.has(code)) return INFO.get(code);
  const info = registryInfo(code);
  if (INFO.size < 1_000) INFO.set(code, info);
  return info;
}
const INFO = new Map<string, CountryInfo | undefined>();

function registryInfo(code: string): CountryInfo | undefined {
  const record = getCountry(code);
  if (record === undefined) return undefined;
  return { code: record.alpha2, alpha3: record.alpha3, name: PREFERRED_NAMES[code] ?? record.name };
}

// The cities' tables as one map, the capitals over the hand list over the generated one: a look-up
// of a word in a map, not of a property in each of three tables of thousands of names (which makes
// V8 find the word among all its interned strings, for each).
const CITY_COUNTRY = new Map<string, string>();
for (const table of [WORLD_CITIES, CITIES, CAPITALS])
  for (const [name, code] of Object.entries(table)) CITY_COUNTRY.set(name, code);
const WORLD_CITIES_ONLY = new Set(
  Object.keys(WORLD_CITIES).filter((name) => !Object.hasOwn(CITIES, name) && !Object.hasOwn(CAPITALS, name)),
);

/** The country a city is in, for capitals and the other cities datelines name. */
export function cityCountry(name: string): string | undefined {
  return CITY_COUNTRY.get(name);
}

/**
 * Whether a name is a city only by the generated world list: such a name (`Austin`, `Victoria`) is
 * often a person's, so it is a place only where the text uses it as one.
 */
export function isWorldCityOnly(name: string): boolean {
  return WORLD_CITIES_ONLY.has(name);
}

/**
 * The country a body's name holds (`Bank of Korea`, `U.S. Army South`, `Brazilian Army`): the first
 * country name, acronym or demonym among its words (the longest that starts there), not a city's or
 * a capital's. With `opening`, only one the name opens with.
 */
export function countryNamedIn(name: string, opening = false): string | undefined {
  const words = name.split(" ");
  for (let from = 0; from < (opening ? 1 : words.length); from++) {
    const lengths = GAZETTEER.lengths.get(words[from] as string);
    if (lengths === undefined) continue;
    for (const count of lengths) {
      if (from + count > words.length) continue;
      const entry = GAZETTEER.names.get(words.slice(from, from + count).join(" "));
      if (entry !== undefined && entry.form !== "city" && entry.form !== "capital") return entry.code;
    }
  }
  return undefined;
}
