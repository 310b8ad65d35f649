/**
 * The parts of an IPTC ninjs 3.1 news item (https://iptc.org/standards/ninjs/) that the
 * conversions read and write. Property names and meanings follow the standard; the comments are
 * ours. A ninjs item is closed: no property outside the standard may appear.
 */
export interface NinjsItem {
  /** The item's globally unique identifier (an absolute URI). The only required property. */
  uri: string;
  /** The generic news type; a NewsArticle is a `text` item. */
  type?: NinjsType;
  /** Which standard, version and schema the item claims to follow. */
  standard?: { name?: string; version?: string; schema?: string };
  /** Whether this is the full item or a partial representation. */
  representationType?: "full" | "partial";
  /** A provider-specific structure identifier, e.g. `text-only`. */
  profile?: string;
  /** The version of the item identified by `uri`. */
  version?: string;
  /** When the first version was created. */
  firstCreated?: string;
  /** When this version was created. */
  versionCreated?: string;
  /** When the content itself was created. */
  contentCreated?: string;
  /** Not to be published before this date-time. */
  embargoedUntil?: string;
  /** No longer editorially relevant after this date-time. */
  expires?: string;
  /** The publishing status. */
  pubStatus?: "usable" | "withheld" | "canceled";
  /** Editorial urgency, 1 (highest) to 9. */
  urgency?: number;
  /** Who claims the intellectual property. */
  copyrightHolder?: string;
  /** The copyright notice. */
  copyrightNotice?: string;
  /** The usage terms, in words. */
  usageTerms?: string;
  /** A note for the receiver's staff, not for publication. */
  edNote?: string;
  /** The language of the content (BCP 47). */
  language?: string;
  /** Headlines by role (`main`, `sub`, …). */
  headlines?: NinjsText[];
  /** The content, as plain text or with markup, by role and media type. */
  bodies?: NinjsBody[];
  /** Descriptions (summaries, captions, credit lines) by role; metadata, not content. */
  descriptions?: NinjsText[];
  /** A short internal name for the item (not the headline). */
  title?: string;
  /** The byline: who created the content, in words. */
  by?: string;
  /** A human-readable identifier for the story. */
  slugline?: string;
  /** The name of the place the content originates from (the dateline's place). */
  located?: string;
  /** Concepts the content relates to, such as IPTC Media Topics. */
  subjects?: NinjsSubject[];
  /** Journalistic genres. */
  genres?: NinjsConcept[];
  /** People the content relates to. */
  people?: NinjsEntity[];
  /** Organisations the content relates to. */
  organisations?: NinjsEntity[];
  /** Places the content relates to. */
  places?: NinjsEntity[];
  /** Events the content relates to. */
  events?: NinjsEntity[];
  /** Material things the content relates to. */
  objects?: NinjsEntity[];
  /** Parties that originated, supplied or enhanced the content. */
  infoSources?: NinjsInfoSource[];
  /** Alternative identifiers of the content. */
  altIds?: NinjsAltId[];
  /** Media files of the item. */
  renditions?: unknown[];
  /** Embedded or linked news objects. */
  associations?: unknown[];
  /** Links to documents about trust indicators. */
  trustIndicators?: unknown[];
  /** Machine-readable rights. */
  rightsInfo?: unknown;
  /** How the content was made (camera, AI, …). */
  digitalSourceType?: NinjsConcept;
  /** Details of an event item. */
  eventDetails?: unknown;
  /** Planned coverage of a planning item. */
  plannedCoverage?: unknown[];
}

/** The ninjs news types (IPTC ninature). */
export type NinjsType =
  | "text"
  | "audio"
  | "video"
  | "picture"
  | "graphic"
  | "composite"
  | "component"
  | "event"
  | "planning";

/** A headline or description: a value with an optional role and media type. */
export interface NinjsText {
  role?: string;
  contentType?: string;
  value: string;
}

/** A body: the content with its role, media type and counts. */
export interface NinjsBody extends NinjsText {
  charCount?: number;
  wordCount?: number;
}

/** A concept by name, URI and free-text identifier. */
export interface NinjsConcept {
  name?: string;
  uri?: string;
  literal?: string;
}

/** A subject: a concept with its relationship to the content, relevance and confidence. */
export interface NinjsSubject extends NinjsConcept {
  rel?: string;
  creator?: string;
  relevance?: number;
  confidence?: number;
}

/** A person, organisation, place, event or object the content relates to. */
export interface NinjsEntity extends NinjsConcept {
  rel?: string;
  /** Ways to contact the entity (people, organisations, places). */
  contactInfo?: unknown[];
  /** Ticker symbols (organisations). */
  symbols?: unknown[];
  /** The shape of a place, as GeoJSON (places). */
  geoJSON?: unknown;
  /** An id for an event (events). */
  id?: string;
}

/** A party that originated, supplied or enhanced the content, with its role. */
export interface NinjsInfoSource extends NinjsConcept {
  role?: string;
  contactInfo?: unknown[];
}

/** An alternative identifier with its role. */
export interface NinjsAltId {
  role?: string;
  value?: string;
}

/**
 * Every top-level property of a ninjs 3.1 item, in the order the standard lists them. Used to
 * tell a standard property the model cannot hold from one the standard does not define.
 */
export const NINJS_PROPERTIES: readonly string[] = [
  "uri",
  "type",
  "representationType",
  "profile",
  "version",
  "firstCreated",
  "versionCreated",
  "contentCreated",
  "embargoedUntil",
  "pubStatus",
  "urgency",
  "copyrightHolder",
  "copyrightNotice",
  "usageTerms",
  "edNote",
  "language",
  "descriptions",
  "bodies",
  "headlines",
  "people",
  "organisations",
  "places",
  "subjects",
  "events",
  "eventDetails",
  "plannedCoverage",
  "objects",
  "infoSources",
  "title",
  "by",
  "slugline",
  "located",
  "renditions",
  "associations",
  "altIds",
  "trustIndicators",
  "standard",
  "genres",
  "expires",
  "rightsInfo",
  "digitalSourceType",
];

/** The standard block a converted item carries: ninjs 3.1 and its schema's id. */
export const NINJS_STANDARD = {
  name: "ninjs",
  version: "3.1",
  schema: "http://www.iptc.org/std/ninjs/ninjs-schema_3.1.json#",
} as const;
