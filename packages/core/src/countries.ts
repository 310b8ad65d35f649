import registry from "i18n-iso-countries/index.js";
// An import attribute rather than createRequire (a Node built-in, which no browser bundle can
// resolve); JSON modules are stable from Node 20.18.3, inside the 20.19 that `engines` asks for.
import english from "i18n-iso-countries/langs/en.json" with { type: "json" };

// The library ships every locale; only English names are needed, so register that one alone
// rather than importing the entry point that loads all of them.
registry.registerLocale(english);

/** A country in the ISO 3166-1 registry. */
export interface CountryRecord {
  /** ISO 3166-1 alpha-2 code, e.g. `KR`. */
  alpha2: string;
  /** ISO 3166-1 alpha-3 code, e.g. `KOR`. */
  alpha3: string;
  /** English short name, e.g. `South Korea`. */
  name: string;
  /** Other English names the registry knows, e.g. `Republic of Korea`. */
  otherNames: readonly string[];
}

const ALPHA2 = new Set(Object.keys(registry.getAlpha2Codes()));

/** Whether `code` is an assigned ISO 3166-1 alpha-2 code (Kosovo's user-assigned `XK` included). */
export function isCountryCode(code: string): boolean {
  return ALPHA2.has(code);
}

/** The code ISO 3166-1 reserves for the European Union, whose institutions' posts are the Union's. */
export const EUROPEAN_UNION_CODE = "EU";

/** Whether `code` may stand for whose a post is: an assigned alpha-2 code, or the Union's `EU`. */
export function isPostCountryCode(code: string): boolean {
  return code === EUROPEAN_UNION_CODE || ALPHA2.has(code);
}

// The registry builds a whole record (every English name) at each call, and documents name the
// same few countries again and again: each code's record is kept, frozen, once it is valid (a few
// hundred codes at most).
const RECORDS = new Map<string, CountryRecord>();

/** The registry entry for an alpha-2 or alpha-3 code, or `undefined` when there is none. */
export function getCountry(code: string): CountryRecord | undefined {
  const kept = RECORDS.get(code);
  if (kept !== undefined) return kept;
  const record = registryRecord(code);
  if (record === undefined) return undefined;
  const frozen = Object.freeze({ ...record, otherNames: Object.freeze([...record.otherNames]) });
  RECORDS.set(code, frozen);
  return frozen;
}

function registryRecord(code: string): CountryRecord | undefined {
  if (!/^[A-Z]{2,3}$/.test(code) || !registry.isValid(code)) return undefined;
  const alpha2 = code.length === 2 ? code : registry.alpha3ToAlpha2(code);
  const alpha3 = alpha2 === undefined ? undefined : registry.alpha2ToAlpha3(alpha2);
  const names = alpha2 === undefined ? undefined : registry.getName(alpha2, "en", { select: "all" });
  if (alpha2 === undefined || alpha3 === undefined || names === undefined || names.length === 0)
    return undefined;
  const [name, ...otherNames] = names as [string, ...string[]];
  return { alpha2, alpha3, name, otherNames };
}

/** Every alpha-2 code in the registry, sorted. */
export function countryCodes(): string[] {
  return [...ALPHA2].sort();
}
