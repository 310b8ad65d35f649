/**
 * How an article is distributed and may be used: its status, rights, descriptions, other
 * headlines, alternative ids and links. Feeds (ninjs, NewsML-G2) and web pages (schema.org,
 * Open Graph) carry these beside the text.
 */

/**
 * Whether the article may be published. ninjs: `pubStatus` · schema.org: `creativeWorkStatus` ·
 * NewsML-G2: `pubStatus` (`stat:usable`, `stat:withheld`, `stat:canceled`).
 */
export type PublicationStatus = "usable" | "withheld" | "canceled";

/**
 * Who owns the article and how it may be used.
 * ninjs: `copyrightHolder`, `copyrightNotice`, `usageTerms` · schema.org: `copyrightHolder`,
 * `copyrightNotice`, `usageInfo` · NewsML-G2: `rightsInfo`.
 */
export interface Rights {
  /**
   * Who holds the copyright, by name, e.g. `dpa`.
   * ninjs: `copyrightHolder` · schema.org: `copyrightHolder` · NewsML-G2: `copyrightHolder`.
   */
  copyrightHolder?: string;
  /**
   * The copyright notice as written, e.g. `© 2023 TT`.
   * ninjs: `copyrightNotice` · schema.org: `copyrightNotice` · NewsML-G2: `copyrightNotice`.
   */
  copyrightNotice?: string;
  /**
   * The terms of use, in words (may be empty when the provider sends an empty value).
   * ninjs: `usageTerms` · schema.org: `usageInfo` · NewsML-G2: `usageTerms`.
   */
  usageTerms?: string;
}

/**
 * A description of the article: a summary, lead, abstract or note, by role; metadata, not body.
 * ninjs: `descriptions[]` · schema.org: `description`, `abstract` · NewsML-G2: `description`.
 */
export interface Description {
  /** The description as written (markup kept when `contentType` says so). */
  text: string;
  /** Its role, e.g. `summary`, `text`, `caption`. ninjs: `descriptions[].role` · NewsML-G2: `description@role`. */
  role?: string;
  /** The IANA media type of `text`, e.g. `text/plain`. ninjs: `descriptions[].contentType`. */
  contentType?: string;
}

/**
 * A headline other than the main one: a sub-headline, a short headline, a kicker.
 * ninjs: `headlines[]` · schema.org: `alternativeHeadline` · NewsML-G2: `headline@role`.
 */
export interface AlternativeHeadline {
  /**
   * The headline as written.
   * @minLength 1
   */
  text: string;
  /** Its role, e.g. `sub`, `short`. ninjs: `headlines[].role`. */
  role?: string;
  /** The IANA media type of `text`. ninjs: `headlines[].contentType`. */
  contentType?: string;
}

/**
 * An alternative identifier of the article, such as a provider's transmission reference.
 * ninjs: `altIds[]` · schema.org: `identifier` (`PropertyValue`) · NewsML-G2: `altId`.
 */
export interface AlternativeId {
  /** The identifier. ninjs: `altIds[].value`. */
  value: string;
  /** What kind of identifier it is, e.g. `originaltransmissionreference`. ninjs: `altIds[].role`. */
  role?: string;
}

/**
 * A link from the article to another resource: an AMP page, another language, a feed.
 * schema.org: `relatedLink`, `sameAs` · NewsML-G2: `link` · HTML: `<link rel href>`.
 */
export interface Link {
  /**
   * Where the link points.
   * @format uri
   */
  href: string;
  /** How the resource relates to the article, e.g. `amphtml`, `alternate`. */
  rel?: string;
  /** The IANA media type of the resource. */
  contentType?: string;
  /** The language of the resource (BCP 47), e.g. for an `alternate` link. */
  language?: string;
  /** A title for the link. */
  title?: string;
}
