import type { Mention } from "./text.js";

/**
 * An ISO 3166-1 alpha-2 country code, e.g. `KR`, `US`, `KP`. The schema checks the shape; the
 * validators also check that the code is assigned (see `isCountryCode`).
 *
 * ninjs: `places[].literal` (with the country's IPTC URI in `uri`) · schema.org: `addressCountry` ·
 * Akoma Ntoso: `FRBRcountry` · Popolo: `area`.
 * @pattern ^[A-Z]{2}$
 */
export type CountryCode = string;

/**
 * Whose a post is: an ISO 3166-1 alpha-2 country code, or `EU` for a post in the European Union's
 * institutions (`President of the European Commission`, `EU High Representative`), the code ISO
 * 3166-1 reserves for the Union. The schema checks the shape; the validators also check that the
 * code is assigned or `EU` (see `isPostCountryCode`).
 *
 * Popolo: `Post.area_id` · schema.org: `OrganizationRole` within a `Country` or the Union.
 * @pattern ^[A-Z]{2}$
 */
export type PostCountryCode = string;

/**
 * An ISO 3166-1 alpha-3 country code, e.g. `KOR`, the form event data such as PLOVER, CAMEO and
 * ICEWS use.
 * @pattern ^[A-Z]{3}$
 */
export type CountryCodeAlpha3 = string;

/**
 * How a country is named at one place in the text. Governments are often named by their capital
 * (`Seoul`), by a short form (`ROK`, `US`), by a demonym (`South Korean side`) or by a description
 * (`the Northeast Asian ally`).
 */
export type CountryNameForm = "name" | "official-name" | "acronym" | "capital" | "demonym" | "description";

/** One place where a country is named, with the form of the naming. */
export interface CountryMention extends Mention {
  /** The form of the naming, e.g. `capital` for `Seoul` standing for South Korea's government. */
  form: CountryNameForm;
}

/**
 * A country, normalized to ISO 3166-1, with every place it is named in the text as written.
 *
 * ninjs: `places[]` (`name`, `uri`, `literal`) · schema.org: `Country` · PLOVER: actor `code` (alpha-3) ·
 * Wikidata: country (P17).
 */
export interface CountryRef {
  /** The ISO 3166-1 alpha-2 code. */
  code: CountryCode;
  /** The ISO 3166-1 alpha-3 code, when event data needs it. */
  alpha3?: CountryCodeAlpha3;
  /** The country's English short name, e.g. `South Korea`. */
  name: string;
  /** Every place the country is named in the text, as written. */
  mentions?: CountryMention[];
}
