import type { CountryCode } from "./country.js";
import type { Identifier, LocalId } from "./identifiers.js";
import type { Mention } from "./text.js";

/** What kind of place it is. */
export type PlaceKind = "city" | "region" | "country" | "geographic-feature" | "venue" | "other";

/**
 * A place: a city, a region, a geographic feature.
 *
 * ninjs: `places[]` (`name`, `uri`, `literal`) · schema.org: `Place` · Akoma Ntoso: `TLCLocation` ·
 * PLOVER: `event_loc`.
 */
export interface Place {
  /** The place's id within this document. */
  id?: LocalId;
  /** The place's name, e.g. `Washington`, `Korean Peninsula`. */
  name: string;
  /** What kind of place it is. */
  kind?: PlaceKind;
  /** The country the place lies in, when it lies in one. */
  country?: CountryCode;
  /** Identifiers in external schemes (GeoNames, Wikidata). */
  identifiers?: Identifier[];
  /** Every place in the text where it is named. */
  mentions?: Mention[];
}
