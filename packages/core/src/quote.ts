import type { Mention, TextSpan } from "./text.js";

/**
 * Who a quotation is attributed to: a person, an organization, a statement (a document), or no
 * one the text names.
 */
export type AttributionKind = "person" | "organization" | "statement" | "unknown";

/**
 * The source a quotation is attributed to.
 *
 * schema.org: `Quotation.creator`/`isBasedOn` · Popolo: `Speech.creator_id` · Akoma Ntoso:
 * `quotedText@for`.
 */
export interface Attribution {
  /** What kind of source it is. */
  kind: AttributionKind;
  /**
   * Who it is: the local id of a person or organization in the same document (`lim-sung-nam`), or
   * the document id of a statement (`urn:communique:joint-statement:…`). Absent when `kind` is `unknown`.
   */
  ref?: string;
  /** The words that attribute the quotation, e.g. `the allies said in their joint statement`. */
  cue?: Mention;
}

/**
 * A passage quoted verbatim, with its attribution.
 *
 * schema.org: `Quotation` (`text`, `creator`) · Akoma Ntoso: `quotedText` · Popolo: `Speech` ·
 * NewsML-G2: `inlineRef`.
 */
export interface Quote {
  /** The quoted words exactly as written, without the quotation marks. */
  text: string;
  /** Where `text` stands in the source text (inside the marks). */
  span: TextSpan;
  /** Who or what the quotation is attributed to. */
  attribution: Attribution;
}
