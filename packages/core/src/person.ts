import type { PostCountryCode } from "./country.js";
import type { Identifier, LocalId } from "./identifiers.js";
import type { Mention, TextSpan } from "./text.js";

/**
 * A person, named as the text names them.
 *
 * Popolo: `Person` · schema.org: `Person` · Akoma Ntoso: `TLCPerson` · ninjs: `people[]` · PLOVER:
 * entity with `entity_text`.
 */
export interface Person {
  /** The person's id within this document, used by quotes and participants to point at them. */
  id?: LocalId;
  /** The full name as written, e.g. `Lim Sung-nam`. Popolo/schema.org: `name`. */
  name: string;
  /** The given name, e.g. `Sung-nam`. Popolo: `given_name` · schema.org: `givenName`. */
  givenName?: string;
  /** The family name, e.g. `Lim`. Popolo: `family_name` · schema.org: `familyName`. */
  familyName?: string;
  /**
   * Which part of `name` comes first: `family-given` for Korean, Chinese, Japanese or Hungarian
   * names written in their own order, `given-family` otherwise.
   */
  nameOrder?: "given-family" | "family-given";
  /** Identifiers in external schemes (Wikidata, ORCID, …). Popolo: `identifiers` · PLOVER: `identifier_id`. */
  identifiers?: Identifier[];
  /** Every place the person is named in the text. */
  mentions?: Mention[];
}

/**
 * A post or title a person holds, as written, with what can be read off it.
 *
 * Popolo: `Post` (`label`, `role`, `organization_id`, `area_id`) and `Membership` · schema.org:
 * `Person.jobTitle`, `OrganizationRole.roleName` · FollowTheMoney: `Position` · PLOVER: `office`.
 */
export interface Post {
  /**
   * The title exactly as written, e.g. `Acting Under Secretary of State for Arms Control and
   * International Security`.
   */
  title: string;
  /** Where `title` stands in the source text. */
  span?: TextSpan;
  /** The post without modifiers such as "acting" or "former", e.g. `Under Secretary of State for …`. */
  label?: string;
  /** The organization the post belongs to, by name, e.g. `Ministry of Foreign Affairs`, when the text says it. */
  organization?: string;
  /**
   * The country whose post it is, when the text says it (`US Acting Under Secretary…`, `South
   * Korea's Vice Foreign Minister`), or `EU` for a post of the European Union's institutions.
   */
  country?: PostCountryCode;
  /** Whether the holder serves in an acting capacity. */
  acting?: boolean;
  /** Whether the holder held the post before and no longer does (`former`, `then-`). */
  former?: boolean;
}

/**
 * A person together with the posts the text gives them.
 *
 * Popolo: `Person` with `memberships[]` · schema.org: `Person` with `jobTitle`.
 */
export interface PersonWithPosts extends Person {
  /** The posts the text gives the person, as written; empty or absent when it gives none. */
  posts?: Post[];
}
