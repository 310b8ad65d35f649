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
import type {
  AlternativeHeadline,
  AlternativeId,
  Description,
  Link,
  PublicationStatus,
  Rights,
} from "./distribution.js";
import type { MediaObject } from "./media.js";
import type { Subject } from "./subject.js";

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
   * Other identifiers of the article, such as a provider's transmission reference.
   * ninjs: `altIds[]` · schema.org: `identifier` · NewsML-G2: `altId`.
   */
  altIds?: AlternativeId[];
  /**
   * The article's canonical address on the web.
   * schema.org: `url`, `mainEntityOfPage` · NewsML-G2: `link[rel=canonical]` · HTML: `<link rel=canonical>`, `og:url`.
   * @format uri
   */
  url?: string;
  /** Other resources the article links to as a whole: an AMP page, other languages, feeds. schema.org: `relatedLink` · NewsML-G2: `link`. */
  links?: Link[];
  /**
   * The main headline, as written.
   * ninjs: `headlines[role=main].value` · schema.org: `headline` · NewsML-G2: `headline`.
   * @minLength 1
   */
  headline: string;
  /** Where the headline stands in the original text. */
  headlineSpan?: TextSpan;
  /** Headlines other than the main one. ninjs: `headlines[]` · schema.org: `alternativeHeadline` · NewsML-G2: `headline@role`. */
  alternativeHeadlines?: AlternativeHeadline[];
  /** A short internal name for the item, not the headline. ninjs: `title` · schema.org: `name` · NewsML-G2: `title`. */
  title?: string;
  /** A short human-readable label for the story, e.g. `Sweden-military-exercise`. ninjs: `slugline` · NewsML-G2: `slugline`. */
  slugline?: string;
  /**
   * Where and when the story was filed, as the dateline gives it.
   * ninjs: `located` · schema.org: `dateline`, `locationCreated` · NewsML-G2: `dateline`, `located`.
   */
  dateline?: Dateline;
  /**
   * When the article was first published, as a date-time with an offset.
   * ninjs: `firstCreated` · schema.org: `datePublished` · NewsML-G2: `firstCreated`.
   * @format date-time
   */
  published?: string;
  /**
   * When this version was last changed.
   * ninjs: `versionCreated` · schema.org: `dateModified` · NewsML-G2: `versionCreated`.
   * @format date-time
   */
  modified?: string;
  /**
   * When the content itself was created, if before its first publication.
   * ninjs: `contentCreated` · schema.org: `dateCreated` · NewsML-G2: `contentCreated`.
   * @format date-time
   */
  created?: string;
  /**
   * Not to be published before this date-time.
   * ninjs: `embargoedUntil` · NewsML-G2: `embargoed`.
   * @format date-time
   */
  embargoedUntil?: string;
  /**
   * No longer editorially relevant after this date-time.
   * ninjs: `expires` · schema.org: `expires` · NewsML-G2: `expires`.
   * @format date-time
   */
  expires?: string;
  /** The version of the article that `id` names, as the provider counts, e.g. `2`. ninjs: `version` · schema.org: `version` · NewsML-G2: `@version`. */
  version?: string;
  /** Whether the article may be published. ninjs: `pubStatus` · schema.org: `creativeWorkStatus` · NewsML-G2: `pubStatus`. */
  pubStatus?: PublicationStatus;
  /**
   * Editorial urgency, 1 (most urgent) to 9. ninjs: `urgency` · NewsML-G2: `urgency`.
   * @TJS-type integer
   * @minimum 1
   * @maximum 9
   */
  urgency?: number;
  /** The language of the text. ninjs: `language` · schema.org: `inLanguage` · NewsML-G2: `@xml:lang`. */
  language: LanguageTag;
  /** The byline as written, e.g. `By Jane Doe, Staff Writer`. ninjs: `by` · schema.org: `author` (as text) · NewsML-G2: `by`. */
  byline?: Byline;
  /** The credit line naming the provider, e.g. `Source: Qatar News Agency`. */
  credit?: CreditLine;
  /** Who owns the article and how it may be used. ninjs: `copyrightHolder`, `copyrightNotice`, `usageTerms` · schema.org: `copyrightHolder`, `copyrightNotice`, `usageInfo`. */
  rights?: Rights;
  /** Summaries, leads and other descriptions of the article. ninjs: `descriptions[]` · schema.org: `description`, `abstract` · NewsML-G2: `description`. */
  descriptions?: Description[];
  /** The article body: its paragraphs, in order. ninjs: `bodies[]` · schema.org: `articleBody` · NewsML-G2: `contentSet`. */
  body: Body;
  /**
   * What the article is about: IPTC Media Topics, or a provider's subjects by code or name.
   * ninjs: `subjects[]` · schema.org: `about` · NewsML-G2: `subject`.
   */
  subjects?: Subject[];
  /**
   * Free keywords or tags, as given.
   * schema.org: `keywords` · NewsML-G2: `keyword` · HTML: `<meta name=keywords>`, `article:tag`.
   * @items {"type": "string", "minLength": 1}
   */
  keywords?: string[];
  /** The section of the publication the article runs in, e.g. `World`. schema.org: `articleSection` · HTML: `article:section`. */
  section?: string;
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
  /** Pictures, video, audio and graphics that go with the article. ninjs: `associations[]` · schema.org: `image`, `video`, `associatedMedia` · NewsML-G2: `link`. */
  media?: MediaObject[];
  /** A note to the receiving editors, not for publication. ninjs: `edNote` · NewsML-G2: `edNote`. */
  editorialNote?: string;
  /** The provider's name for the structure of the item, e.g. `text-only`. ninjs: `profile` · NewsML-G2: `@profile`. */
  profile?: string;
  /** Whether this is the full article or a partial representation of it. ninjs: `representationType`. */
  representation?: "full" | "partial";
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

/**
 * A byline: who wrote the story, as written and as people.
 * ninjs: `by`, `people[rel=author]` · schema.org: `author` · NewsML-G2: `by`, `creator`.
 */
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
 * ninjs: `infoSources[role=source]` · schema.org: `sourceOrganization`/`publisher` ·
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
  /**
   * The body in other forms beside its paragraphs, as sent: HTML, NITF, a plain-text form.
   * ninjs: `bodies[]` · schema.org: `articleBody` · NewsML-G2: `contentSet`.
   */
  forms?: BodyForm[];
}

/** The body in one form, as sent. ninjs: `bodies[]` · NewsML-G2: `inlineXML`, `inlineData`. */
export interface BodyForm {
  /** The content as sent, markup and all. ninjs: `bodies[].value`. */
  value: string;
  /** The IANA media type of `value`, e.g. `text/html`. ninjs: `bodies[].contentType` · NewsML-G2: `@contenttype`. */
  contentType?: string;
  /** Its role, e.g. `main`, `richtext`. ninjs: `bodies[].role`. */
  role?: string;
  /**
   * Its length in characters, as the provider counted. ninjs: `bodies[].charCount`.
   * @TJS-type integer
   * @minimum 0
   */
  charCount?: number;
  /**
   * Its length in words, as the provider counted. ninjs: `bodies[].wordCount`.
   * @TJS-type integer
   * @minimum 0
   */
  wordCount?: number;
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
