/**
 * A stretch of the source text, as character offsets: `source.slice(start, end)` is the text it
 * covers. Offsets count UTF-16 code units (JavaScript string indices), which equal Unicode code
 * points for text without astral characters.
 *
 * Akoma Ntoso: `@eId` anchors · PLOVER: `text_info.start`/`text_info.end` · W3C Web Annotation:
 * TextPositionSelector.
 */
export interface TextSpan {
  /**
   * Offset of the first character covered.
   * @TJS-type integer
   * @minimum 0
   */
  start: number;
  /**
   * Offset just past the last character covered.
   * @TJS-type integer
   * @minimum 0
   */
  end: number;
}

/**
 * A place in the source text where something is named, with the words exactly as written.
 *
 * schema.org: `mentions` (of a CreativeWork) · Akoma Ntoso: inline `person`/`organization`/`location`
 * elements · PLOVER: `entity_text`.
 */
export interface Mention {
  /** The words as written, e.g. `"ROK"` or `"Seoul"`. */
  text: string;
  /** Where `text` stands in the source text. */
  span: TextSpan;
}
