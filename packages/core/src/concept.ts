/**
 * A concept from a controlled vocabulary, such as an IPTC Media Topic
 * (`http://cv.iptc.org/newscodes/mediatopic/11000000`, qcode `medtop:11000000`) or an IPTC genre.
 *
 * ninjs: `subjects[]`/`genres[]` (`uri`, `name`) · schema.org: `about`/`genre` · NewsML-G2:
 * `subject@qcode`, `genre@qcode`.
 */
export interface ConceptRef {
  /**
   * The concept's URI.
   * @format uri
   */
  uri: string;
  /**
   * The concept's qualified code, `scheme:code`, e.g. `medtop:11000000`.
   * @pattern ^[a-zA-Z][a-zA-Z0-9-]*:[^\s:]+$
   */
  qcode?: string;
  /** The concept's name in the vocabulary (English), e.g. `politics`. */
  name?: string;
}
