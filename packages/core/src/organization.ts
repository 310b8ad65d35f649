import type { CountryCode } from "./country.js";
import type { Identifier, LocalId } from "./identifiers.js";
import type { Mention } from "./text.js";

/**
 * What kind of body an organization is.
 */
export type OrganizationKind =
  | "government"
  | "ministry"
  | "military"
  | "legislature"
  | "intergovernmental"
  | "forum"
  | "news-agency"
  | "company"
  | "non-governmental"
  | "political-party"
  | "other";

/**
 * An organization: a government body, a forum, a news agency.
 *
 * Popolo: `Organization` (`name`, `other_names`, `classification`) · schema.org: `Organization`
 * (`name`, `alternateName`) · Akoma Ntoso: `TLCOrganization` · ninjs: `organisations[]`.
 */
export interface Organization {
  /** The organization's id within this document. */
  id?: LocalId;
  /** The full name as written, e.g. `Extended Deterrence Strategy and Consultation Group`. */
  name: string;
  /** The acronym the text gives, e.g. `EDSCG`. schema.org: `alternateName` · Popolo: `other_names`. */
  acronym?: string;
  /** What kind of body it is. Popolo: `classification`. */
  kind?: OrganizationKind;
  /** The country it belongs to, for national bodies. */
  country?: CountryCode;
  /** Identifiers in external schemes. */
  identifiers?: Identifier[];
  /** Every place the organization is named in the text. */
  mentions?: Mention[];
}
