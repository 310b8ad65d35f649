/**
 * Where an instance came from, and a fingerprint of the original text that its spans point into.
 *
 * schema.org: `isBasedOn`/`sdPublisher` · Akoma Ntoso: `FRBRManifestation`, `workflow/step` · PLOVER:
 * `cite_info`, `coder`, `coded_date` · W3C PROV: `wasDerivedFrom`.
 */
export interface Provenance {
  /** The source the text came from: a file name, URL or feed name. */
  source: string;
  /**
   * SHA-256 of the original text's UTF-8 bytes, as 64 lowercase hex digits. Every span in the
   * instance is an offset into that text.
   * @pattern ^[0-9a-f]{64}$
   */
  sha256: string;
  /** How the structured form was made: by a person reading the text, or by a program. */
  method: "manual" | "extracted";
  /** The program (name and version) that made the instance, when `method` is `extracted`. */
  tool?: string;
  /**
   * When the instance was made, as a date-time with an offset.
   * @format date-time
   */
  created?: string;
  /**
   * The document the text was taken from, when the text is not that document itself: a web page
   * whose article text was extracted, say. W3C PROV: `wasDerivedFrom` · schema.org: `isBasedOn`.
   */
  derivedFrom?: SourceDocument;
}

/** A document a text was taken from, fingerprinted as it was read. */
export interface SourceDocument {
  /** The document's IANA media type, e.g. `text/html`. schema.org: `encodingFormat`. */
  mediaType: string;
  /**
   * SHA-256 of the document's bytes as read, as 64 lowercase hex digits.
   * @pattern ^[0-9a-f]{64}$
   */
  sha256: string;
  /**
   * Where the document is on the web, when known. schema.org: `url`.
   * @format uri
   */
  url?: string;
}
