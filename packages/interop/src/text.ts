/** Escapes text for HTML element content and attribute values. */
export function escapeHtml(text: string): string {
  return text
    .replaceAll("&", "&amp;")
    .replaceAll("<", "&lt;")
    .replaceAll(">", "&gt;")
    .replaceAll('"', "&quot;")
    .replaceAll("'", "&#39;");
}

/**
 * The number of words in `text`, by the Unicode word-boundary rules for its language, so that
 * languages written without spaces count as their readers would.
 */
export function countWords(text: string, language: string): number {
  let segmenter: Intl.Segmenter;
  try {
    segmenter = new Intl.Segmenter(language, { granularity: "word" });
  } catch {
    segmenter = new Intl.Segmenter("und", { granularity: "word" });
  }
  let words = 0;
  for (const segment of segmenter.segment(text)) if (segment.isWordLike) words++;
  return words;
}

/** The separator between paragraphs in the plain-text forms the conversions write. */
export const PARAGRAPH_BREAK = "\n\n";
