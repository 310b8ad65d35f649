/** Thrown for a language that is not a BCP 47 language tag, the form the NewsArticle schema asks for. */
export class LanguageTagError extends RangeError {
  override name = "LanguageTagError";
}

/** The shape of a BCP 47 tag, as the schema's `LanguageTag` states it (a test holds the two together). */
export const LANGUAGE_TAG = /^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{1,8})*$/;

/**
 * Throws `LanguageTagError` unless `value` is a language `extract` can put in an article: a
 * BCP 47 tag such as `en`, `en-US` or `ko`. `en_US`, a POSIX locale, is refused with the tag it means.
 */
export function checkLanguage(value: string): void {
  if (LANGUAGE_TAG.test(value)) return;
  const meant = value.replaceAll("_", "-").replace(/\..*$/, "");
  const hint = meant !== value && LANGUAGE_TAG.test(meant) ? `; did you mean "${meant}"?` : "";
  throw new LanguageTagError(
    `language must be a BCP 47 language tag such as en or en-US, not "${value}"${hint}`,
  );
}
