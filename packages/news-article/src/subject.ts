/**
 * What the article is about: a concept from a vocabulary (an IPTC Media Topic), identified by its
 * URI, its qualified code, a provider's code or only its name, as feeds send them.
 *
 * ninjs: `subjects[]` · schema.org: `about` · NewsML-G2: `subject`. Give at least one of `uri`,
 * `qcode`, `code` and `name` (the schema does not require one: subjects had to have a `uri` before,
 * and a rule that one of four is present would read as a narrowing to schema-diff tools).
 */
export interface Subject {
  /**
   * The concept's URI, e.g. `http://cv.iptc.org/newscodes/mediatopic/11000000`. ninjs: `subjects[].uri`.
   * @format uri
   */
  uri?: string;
  /**
   * The concept's qualified code, `scheme:code`, e.g. `medtop:11000000`. NewsML-G2: `subject@qcode`.
   * @pattern ^[a-zA-Z][a-zA-Z0-9-]*:[^\s:]+$
   */
  qcode?: string;
  /** A provider's code for it without a scheme, e.g. `13010000`. ninjs: `subjects[].literal`. */
  code?: string;
  /** The concept's name, e.g. `politics`. ninjs: `subjects[].name` · schema.org: `name`. */
  name?: string;
  /** How it relates to the article, e.g. `about`. ninjs: `subjects[].rel`. */
  rel?: string;
  /** Who or what assigned it, e.g. `system`. ninjs: `subjects[].creator` · NewsML-G2: `subject@creator`. */
  creator?: string;
  /**
   * How relevant it is, 0–100. ninjs: `subjects[].relevance` · NewsML-G2: `subject@relevance`.
   * @TJS-type integer
   * @minimum 0
   * @maximum 100
   */
  relevance?: number;
  /**
   * How confident the assignment is, 0–100. ninjs: `subjects[].confidence` · NewsML-G2: `subject@confidence`.
   * @TJS-type integer
   * @minimum 0
   * @maximum 100
   */
  confidence?: number;
}
