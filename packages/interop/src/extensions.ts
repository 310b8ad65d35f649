/**
 * The namespace under which an imported NewsArticle keeps what a ninjs item held that the model has
 * no field for, e.g. `dev.communique.ninjs:urgency`. Exporting the article to ninjs again puts
 * those values back, so ninjs → NewsArticle → ninjs keeps them.
 */
export const NINJS_EXTENSION_PREFIX = "dev.communique.ninjs:";

/** The extension key for a ninjs property. */
export function ninjsExtensionKey(property: string): string {
  return `${NINJS_EXTENSION_PREFIX}${property}`;
}
