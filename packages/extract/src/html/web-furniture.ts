/**
 * Paragraphs of a web page that are the site's furniture, not the article, even inside the part
 * Readability chose: each pattern matches a whole paragraph (English sites; what the
 * article-extraction benchmark's pages show). A teaser (`READ MORE: …`) names another story.
 */
export const WEB_FURNITURE: readonly RegExp[] = [
  /^advert(isement)?$/i,
  /^skip to (main )?content$/i,
  /^(sign|log) ?in$/i,
  /^continue reading( below| the main story)?$/i,
  /^image \d+ of \d*$/i,
  /^(read|see) more:? .*/i,
  /^related:? .*/i,
  /^you may also like\.*$/i,
  /^(share|share this( article| page| story)?):?$/i,
  /^this slideshow requires javascript\.?$/i,
  /\(image: [^)]*\)$/i,
  /^https?:\/\/\S+$/i,
  // Bylines and time stamps left in the content (the byline comes from the page's metadata).
  /^\|?\s*(last )?(updated|published|posted)\b.{0,80}$/i,
  /^by [^.!?]{2,80}$/i,
];

/** Whether a paragraph is web-page furniture by `WEB_FURNITURE`. */
export function isWebFurniture(paragraph: string): boolean {
  return WEB_FURNITURE.some((pattern) => pattern.test(paragraph));
}
