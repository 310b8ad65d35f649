import type {
  CountryCode,
  CountryCodeAlpha3,
  CountryMention,
  DocumentId,
  Extensions,
  LanguageTag,
  LocalId,
  Mention,
  Organization,
  PartialDate,
  Person,
  Place,
  Post,
  Provenance,
  Quote,
  TextSpan,
} from "@communique/core";

/**
 * A diplomatic joint statement (or communiqué, joint press release, declaration) issued by two or
 * more parties, or by one body in its members' name (the ASEAN foreign ministers' joint communiqué,
 * the APEC Leaders' Declaration), with the meeting it came from, who took part, and what it says
 * they do.
 *
 * Akoma Ntoso: `statement` document (`@name="jointStatement"`) · schema.org: `CreativeWork`.
 */
export interface JointStatement {
  /** The URI of the schema this instance follows; optional, and when given it must be this schema's `$id`. */
  $schema?: "https://communique.dev/schemas/joint-statement/v1.json";
  /** The model this document is an instance of. */
  type: "JointStatement";
  /** The statement's id. Akoma Ntoso: `FRBRthis` · schema.org: `@id` · PLOVER: `id`. */
  id: DocumentId;
  /** What kind of document it is. Akoma Ntoso: `FRBRsubtype`/`@name` · Wikidata: instance of (P31). */
  kind: StatementKind;
  /** The words the source uses for the document, e.g. `joint statement`, each where it stands. */
  kindMentions?: Mention[];
  /** The document's title, when it has one. Akoma Ntoso: `docTitle` · schema.org: `name`. */
  title?: string;
  /** The language of the statement's text, when known. Akoma Ntoso: `FRBRlanguage` · schema.org: `inLanguage`. */
  language?: LanguageTag;
  /**
   * The parties that issue the statement: countries or organizations, two or more, or one
   * organization that issues it in its members' name (the validators check that a lone party is
   * an organization).
   * Akoma Ntoso: `FRBRauthor`, `docProponent`, `party` · PLOVER: `actor[]` · Wikidata: signatory (P1891).
   * @minItems 1
   */
  parties: Party[];
  /** When and where the statement was issued, as the source gives it. Akoma Ntoso: `FRBRdate`, `docDate`, `location`. */
  issued?: Issuance;
  /** The meeting the statement came out of. Akoma Ntoso: `TLCEvent` · Popolo: `Event` · schema.org: `Event`. */
  meeting?: Meeting;
  /** The officials who took part, each with the post as written and the party they act for. Popolo: `Membership`. */
  participants?: Participant[];
  /** What the statement says the parties do: reaffirm, commit, agree, condemn, … PLOVER: event records. */
  provisions?: Provision[];
  /** Passages of the statement quoted verbatim. Akoma Ntoso: `quotedText` · schema.org: `Quotation`. */
  quotations?: Quote[];
  /** Earlier meetings and documents the source relates to this one. Akoma Ntoso: `references` · schema.org: `isBasedOn`. */
  related?: RelatedEvent[];
  /**
   * The ids of the news articles that report the statement. schema.org: `subjectOf`.
   * @items {"$ref": "#/definitions/DocumentId"}
   */
  reportedIn?: DocumentId[];
  /**
   * Where the instance came from. Spans point into the text it fingerprints: the statement itself,
   * or the article that reports it.
   */
  provenance: Provenance;
  /** Data outside the model, under namespaced keys. */
  extensions?: Extensions;
}

/** The kinds of document the model holds. */
export type StatementKind =
  | "joint-statement"
  | "joint-communique"
  | "joint-press-release"
  | "joint-declaration"
  | "declaration"
  | "communique"
  | "chairs-statement"
  | "other";

/**
 * A party to the statement: a country or an organization, normalized, with every naming as written.
 *
 * Akoma Ntoso: `TLCOrganization` with `party@as` · PLOVER: actor (`code`, `sector`) · Popolo:
 * `Organization` · Wikidata: signatory (P1891).
 */
export interface Party {
  /** The party's id within this document, used by participants and provisions, e.g. `kr`. */
  id: LocalId;
  /** Whether the party is a country or an organization. */
  kind: "country" | "organization";
  /** The party's English name, e.g. `South Korea`. */
  name: string;
  /** The ISO 3166-1 alpha-2 code, for a country. */
  country?: CountryCode;
  /** The ISO 3166-1 alpha-3 code, for a country, as PLOVER and CAMEO use it. */
  alpha3?: CountryCodeAlpha3;
  /** The organization, for an organization party (e.g. the European Union). */
  organization?: Organization;
  /** Every place the party is named in the source, as written (`ROK`, `Seoul`, `Republic of Korea`). */
  mentions?: CountryMention[];
}

/** When and where a statement was issued. Akoma Ntoso: `FRBRdate@name="issued"`, `docDate` · schema.org: `datePublished`. */
export interface Issuance {
  /** The date, as written and, when known, normalized. */
  date?: PartialDate;
  /** The place. */
  place?: Place;
}

/**
 * A meeting: a session of a forum, a summit, a ministerial.
 *
 * Akoma Ntoso: `TLCEvent` · Popolo: `Event` (`name`, `start_date`, `end_date`, `location`,
 * `parent_id`) · schema.org: `Event` (`superEvent`) · PLOVER: CONSULT.
 */
export interface Meeting {
  /** How the source names the meeting, e.g. `inaugural meeting of the Extended Deterrence Strategy and Consultation Group`. */
  name?: string;
  /** The forum the meeting is a session of, with its acronym. Popolo: `organization_id` · Wikidata: meeting of (P13188). */
  forum?: Organization;
  /**
   * Which session of the forum it is: 1 for `inaugural` or `first`.
   * @TJS-type integer
   * @minimum 1
   */
  ordinal?: number;
  /** The words that give the ordinal, e.g. `inaugural`. */
  ordinalMention?: Mention;
  /** When the meeting took place, or began. Popolo: `start_date` · schema.org: `startDate`. */
  date?: PartialDate;
  /** When a meeting of several days ended. Popolo: `end_date` · schema.org: `endDate`. */
  endDate?: PartialDate;
  /** Where it took place. Popolo: `location` · schema.org: `location` · PLOVER: `event_loc`. */
  place?: Place;
  /** The larger event it was part of, e.g. a summit. Popolo: `parent_id` · schema.org: `superEvent`. */
  partOf?: string;
}

/** What a participant did at the meeting. */
export type ParticipantRole =
  | "head-of-delegation"
  | "representative"
  | "delegate"
  | "co-chair"
  | "chair"
  | "signatory";

/**
 * An official who took part, with the post as written and the party they act for.
 *
 * Popolo: `Membership` (`person_id`, `post_id`, `on_behalf_of_id`, `role`) · Akoma Ntoso: `person@as` ·
 * schema.org: `Role` · Wikidata: participant (P710).
 */
export interface Participant {
  /** The person, as named. */
  person: Person;
  /** The post the source gives them, as written; absent when the source gives none. */
  post?: Post;
  /** The id of the party they act for. Popolo: `on_behalf_of_id`. */
  onBehalfOf: LocalId;
  /** What they did at the meeting, when the source says it. Popolo: `Membership.role`. */
  role?: ParticipantRole;
  /** The words that give the role, e.g. `headed the South Korean side`. */
  roleMention?: Mention;
}

/**
 * What a provision does, in the words diplomatic statements use.
 */
export type ActionClass =
  | "reaffirm"
  | "commit"
  | "agree"
  | "decide"
  | "welcome"
  | "support"
  | "condemn"
  | "express-concern"
  | "call-on"
  | "note"
  | "launch"
  | "other";

/**
 * How the provision holds: stated as fact, promised, intended, conditional, or denied. PLOVER's
 * auxiliary modes: `historical`, `future`, `hypothetical`, `negation`.
 */
export type Modality = "asserted" | "committed" | "intended" | "conditional" | "negated";

/**
 * One thing the statement says the parties do or hold, verbatim where the source quotes it.
 *
 * Akoma Ntoso: a `mainBody` paragraph · PLOVER: an event record (`event`, `mode`, `context`, `actor`,
 * `recipient`, `event_text`) · schema.org: `Claim`.
 */
export interface Provision {
  /** The provision's id within this document. */
  id: LocalId;
  /** What the provision does. */
  action: ActionClass;
  /** The provision's words as the source gives them. PLOVER: `event_text`. */
  text: string;
  /** Where `text` stands in the source. PLOVER: `text_info`. */
  span?: TextSpan;
  /** Whether `text` quotes the statement itself or is the source's report of it. */
  wording: "quoted" | "reported";
  /** Other places in the source that report the same provision in other words. */
  restatements?: Mention[];
  /**
   * The ids of the parties that act. PLOVER: `actor[]`.
   * @minItems 1
   * @items {"$ref": "#/definitions/LocalId"}
   */
  actors: LocalId[];
  /** Who the action is for or against: parties by id, or other countries by code. PLOVER: `recipient[]`. */
  recipients?: Recipient[];
  /** How the provision holds. */
  modality: Modality;
  /** The PLOVER coding, when the provision has been coded. */
  plover?: PloverCoding;
  /**
   * The CAMEO event code, for ICEWS/GDELT users, e.g. `0312`.
   * @pattern ^[0-9]{2,4}$
   */
  cameo?: string;
}

/** Who a provision is for or against. */
export interface Recipient {
  /** The id of a party to the statement, when the recipient is one. */
  party?: LocalId;
  /** The country's ISO 3166-1 alpha-2 code, when it is a country. */
  country?: CountryCode;
  /** The recipient as the source names it. */
  mention?: Mention;
}

/** The PLOVER event types. */
export type PloverEvent =
  | "AGREE"
  | "CONSULT"
  | "SUPPORT"
  | "CONCEDE"
  | "COOPERATE"
  | "AID"
  | "RETREAT"
  | "REQUEST"
  | "ACCUSE"
  | "REJECT"
  | "THREATEN"
  | "PROTEST"
  | "SANCTION"
  | "MOBILIZE"
  | "COERCE"
  | "ASSAULT";

/** A provision coded in PLOVER (Political Language Ontology for Verifiable Event Records). */
export interface PloverCoding {
  /** The event type. PLOVER: `event`. */
  event: PloverEvent;
  /**
   * The event's mode, lowercase as in the codebook, e.g. `visit`, `disapprove`. PLOVER: `mode`.
   * @pattern ^[a-z][a-z-]*$
   */
  mode?: string;
  /**
   * Contexts, lowercase as in the codebook, e.g. `military`, `diplomatic`. PLOVER: `context`.
   * @items {"pattern": "^[a-z][a-z_-]*$", "type": "string"}
   */
  context?: string[];
}

/** How an earlier event relates to this statement. */
export type EventRelation = "launched-at" | "preceded-by" | "follow-up-to" | "part-of";

/**
 * An earlier meeting or document the source relates to this statement, e.g. the ministers'
 * meeting where the forum was launched.
 *
 * Akoma Ntoso: `references/passiveRef` · Popolo: `Event` · schema.org: `Event`, `isBasedOn`.
 */
export interface RelatedEvent {
  /** How it relates. */
  relation: EventRelation;
  /** How the source describes it, as written. */
  description: Mention;
  /** When it took place. */
  date?: PartialDate;
  /** Where it took place. */
  place?: Place;
  /** The document's id, when it is a document this library knows. */
  ref?: DocumentId;
}
