import type {
  ConceptRef,
  CountryRef,
  DocumentId,
  Extensions,
  LanguageTag,
  Organization,
  PartialDate,
  PersonWithPosts,
  Place,
  Provenance,
  Quote,
  TextSpan,
} from "@communique/core";

/**
 * A news article: a wire story or web article, its metadata, its body with exact positions in the
 * original text, and what it mentions, quotes and reports.
 *
 * ninjs: a `type: "text"` item · schema.org: `NewsArticle` · NewsML-G2: `newsItem`.
 */
export interface NewsArticle {
  /** The URI of the schema this instance follows; optional, and when given it must be this schema's `$id`. */
  $schema?: "https://communique.dev/schemas/news-article/v1.json";
  /** The model this document is an instance of. schema.org: `@type`. */
  type: "NewsArticle";
  /** The article's id. ninjs: `uri` · schema.org: `@id`/`identifier` · NewsML-G2: `@guid`. */
  id: DocumentId;
  /**
   * The main headline, as written.
   * ninjs: `headlines[role=main].value` · schema.org: `headline` · NewsML-G2: `headline`.
   * @minLength 1
   */
  headline: string;
  /** Where the headline stands in the original text. */
  headlineSpan?: TextSpan;
  /**
   * Where and when the story was filed, as the dateline gives it.
   * ninjs: `located` · schema.org: `dateline`, `locationCreated` · NewsML-G2: `dateline`, `located`.
   */
  dateline?: Dateline;
  /**
   * When the article was first published, as a date-time with an offset.
   * ninjs: `firstcreated` · schema.org: `datePublished` · NewsML-G2: `firstCreated`.
   * @format date-time
   */
  published?: string;
  /**
   * When this version was last changed.
   * ninjs: `versioncreated` · schema.org: `dateModified` · NewsML-G2: `versionCreated`.
   * @format date-time
   */
  modified?: string;
  /** The language of the text. ninjs: `language` · schema.org: `inLanguage` · NewsML-G2: `@xml:lang`. */
  language: LanguageTag;
  /** The byline as written, e.g. `By Jane Doe, Staff Writer`. ninjs: `bylines[].byline` · NewsML-G2: `by`. */
  byline?: Byline;
  /** The credit line naming the provider, e.g. `Source: Qatar News Agency`. */
  credit?: CreditLine;
  /** The article body: its paragraphs, in order. ninjs: `bodies[]` · schema.org: `articleBody` · NewsML-G2: `contentSet`. */
  body: Body;
  /** What the article is about, as IPTC Media Topics. ninjs: `subjects[]` · schema.org: `about` · NewsML-G2: `subject`. */
  subjects?: ConceptRef[];
  /** The journalistic genre, as an IPTC genre concept. ninjs: `genres[]` · schema.org: `genre` · NewsML-G2: `genre`. */
  genre?: ConceptRef;
  /** The people the article names, with the posts it gives them. ninjs: `people[]` · schema.org: `mentions` (Person). */
  people?: PersonWithPosts[];
  /** The organizations the article names. ninjs: `organisations[]` · schema.org: `mentions` (Organization). */
  organizations?: Organization[];
  /** The places the article names. ninjs: `places[]` · schema.org: `contentLocation`/`mentions` (Place). */
  places?: Place[];
  /** The countries the article names, normalized, with every naming as written. ninjs: `places[]` · schema.org: `mentions` (Country). */
  countries?: CountryRef[];
  /** Passages the article quotes, with their attribution. schema.org: `Quotation` · NewsML-G2: `inlineRef`. */
  quotes?: Quote[];
  /**
   * The ids of the joint statements the article reports. schema.org: `isBasedOn`/`about` · NewsML-G2: `link[rel=irel:reports]`.
   * @items {"$ref": "#/definitions/DocumentId"}
   */
  reports?: DocumentId[];
  /** Where the instance came from, and a fingerprint of the original text its spans point into. */
  provenance: Provenance;
  /** Data outside the model, under namespaced keys. */
  extensions?: Extensions;
}

/**
 * A dateline: the place (and sometimes date) a story was filed from, as written, with what it resolves to.
 *
 * ninjs: `located` · schema.org: `dateline` (text), `locationCreated` (Place) · NewsML-G2: `dateline`, `located`.
 */
export interface Dateline {
  /** The dateline as written, e.g. `Washington` or `SEOUL, Dec 21 (Yonhap)`. */
  text: string;
  /** Where the dateline stands in the original text. */
  span?: TextSpan;
  /** The place it names, resolved. */
  place?: Place;
  /** The date it gives, when it gives one. */
  date?: PartialDate;
}

/** A byline: who wrote the story, as written and as people. ninjs: `bylines[]` · schema.org: `author` · NewsML-G2: `by`, `creator`. */
export interface Byline {
  /** The byline as written. */
  text: string;
  /** Where the byline stands in the original text. */
  span?: TextSpan;
  /** The authors it names. schema.org: `author` (Person). */
  authors?: PersonWithPosts[];
}

/**
 * The credit line: who provided the story.
 *
 * ninjs: `infoSources[role=source]`, `copyrightholder` · schema.org: `sourceOrganization`/`publisher` ·
 * NewsML-G2: `creditline`, `provider`.
 */
export interface CreditLine {
  /** The credit line as written, e.g. `Source: Qatar News Agency`. */
  text: string;
  /** Where the credit line stands in the original text. */
  span?: TextSpan;
  /** The provider it names, e.g. the news agency. */
  provider: Organization;
}

/** The article body. ninjs: `bodies[]` · schema.org: `articleBody` · NewsML-G2: `inlineXML`/`inlineData`. */
export interface Body {
  /**
   * The paragraphs in reading order, each verbatim.
   * @minItems 1
   */
  paragraphs: Paragraph[];
}

/** One paragraph of the body, verbatim, with its position in the original text. ninjs: `<p>` in `bodies[].value`. */
export interface Paragraph {
  /**
   * The paragraph's text exactly as written.
   * @minLength 1
   */
  text: string;
  /** Where the paragraph stands in the original text. */
  span: TextSpan;
}
