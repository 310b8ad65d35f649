// An organization that signs a story in its byline: a government news service or a public-affairs
// office (`By Jane Roe, Fleet News`, `By Fleet Public Affairs`, `American Forces Press Service` on the
// line under the author's name).
import { CREDIT_HEADS } from "../lexicon/en/wire-services.js";
import { NEWS_AGENCIES } from "../lexicon/organizations.js";

const NAME_WORD = "\\p{Lu}[\\p{L}.'’&-]*";
const SMALL = "(?:of|and|the|for|&)";
const HEADS = [...CREDIT_HEADS].sort((a, b) => b.length - a.length).join("|");
/** Capitalized words (and small words between them) ending in a credit's head: `DOD News`. */
export const ORGANIZATION_CREDIT = `${NAME_WORD}(?:[ \\t]+(?:${NAME_WORD}|${SMALL})){0,8}?[ \\t]+(?:${HEADS})`;
const WHOLE_CREDIT = new RegExp(`^${ORGANIZATION_CREDIT}$`, "u");
const AGENCIES = new Set(NEWS_AGENCIES);

/** Whether the words name an organization that signs copy: a news service, an office, an agency. */
export function isOrganizationCredit(text: string): boolean {
  const words = text.trim();
  return words.length <= 80 && (AGENCIES.has(words) || WHOLE_CREDIT.test(words));
}
