/**
 * The id of a document: a URI (a URN such as `urn:communique:news-article:…`, or an http(s) URL).
 *
 * ninjs: `uri` · schema.org: `@id`/`identifier` · Akoma Ntoso: `FRBRthis`.
 * @pattern ^[a-zA-Z][a-zA-Z0-9+.-]*:[^\s]+$
 */
export type DocumentId = string;

/**
 * The id of a thing inside one document (a person, a party, a provision), used by other parts of
 * the same document to point at it: lowercase words joined by hyphens, e.g. `lim-sung-nam`.
 *
 * Akoma Ntoso: `@eId` · Popolo: `id`.
 * @pattern ^[a-z0-9]+(-[a-z0-9]+)*$
 */
export type LocalId = string;

/**
 * An identifier a thing has in some external scheme, e.g. `{ scheme: "wikidata", value: "Q30" }`.
 *
 * Popolo: `identifiers[]` · schema.org: `identifier` (PropertyValue) · PLOVER: `identifier_id`.
 */
export interface Identifier {
  /** The scheme, e.g. `wikidata`, `geonames`, `iso3166-1`. */
  scheme: string;
  /** The identifier within that scheme, e.g. `Q884`. */
  value: string;
}

/**
 * A BCP 47 language tag, e.g. `en`, `en-US`, `ko`.
 *
 * ninjs: `language` · schema.org: `inLanguage` · NewsML-G2: `@xml:lang`.
 * @pattern ^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{1,8})*$
 */
export type LanguageTag = string;

/**
 * Data that the models do not define, kept under namespaced keys such as `org.example:desk` or
 * `x-newsroom`, so that it cannot collide with a later version of the model.
 *
 * ninjs: properties outside the schema · NewsML-G2: elements from other namespaces · Akoma Ntoso:
 * `proprietary`.
 * @propertyNames {"pattern": "^([a-z][a-z0-9]*(\\.[a-z0-9-]+)+:[A-Za-z0-9._-]+|x-[a-z0-9-]+)$"}
 */
export interface Extensions {
  [namespacedKey: string]: unknown;
}
