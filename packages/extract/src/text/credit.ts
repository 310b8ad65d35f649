// An organization that signs a story in its byline: a government news service or a public-affairs
// office (`By Jane Roe, Fleet News`, `By Fleet Public Affairs`, `American Forces Press Service` on the
// line under the author's name); and a news agency credited on a line of its own.
import { AGENCY_CREDIT_LABELS, COMPANY_SUFFIXES, COPYRIGHT_MARKS } from "../lexicon/en/credits.js";
import { CREDIT_HEADS } from "../lexicon/en/wire-services.js";
import { NEWS_AGENCIES, wireServiceOf } from "../lexicon/organizations.js";
import { escapeRegExp } from "./pattern.js";

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

const words = (list: readonly string[]) =>
  [...list]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join("|");
const SUFFIX = new RegExp(`(?:[ \\t]*[,.]?[ \\t]+(?:${words(COMPANY_SUFFIXES)}))+$`, "i");

/** The words of a credit without a company's suffix or rights notice (`Bloomberg L.P.` → `Bloomberg`). */
export function withoutCompanySuffix(text: string): string {
  return text
    .trim()
    .replace(SUFFIX, "")
    .replace(/[ \t]*\.$/, "");
}

/**
 * The name in the wire services' table of the agency the words name (`JIJI` → `Jiji Press`, `The
 * Associated Press` → `Associated Press`, `Bloomberg L.P.` → `Bloomberg`), or `undefined`.
 */
export function agencyNamed(text: string): string | undefined {
  if (text.length > 60) return undefined;
  const name = withoutCompanySuffix(text);
  return (wireServiceOf(name) ?? wireServiceOf(name.replace(/^the\s+/i, "")))?.name;
}

const CONTRIBUTION_LABEL = new RegExp(`^[-–—]*[ \\t]*(?:${words(AGENCY_CREDIT_LABELS)})[ \\t]+`, "i");
const COPYRIGHT_LABEL = new RegExp(
  `^(?:${words(COPYRIGHT_MARKS)})[ \\t]*(?:\\d{4}(?:[-–]\\d{4})?)?[ \\t]*`,
  "i",
);

/**
 * The words before an agency's name on a line that credits it: `Additional reporting by `, `With
 * files from `, `©2026 `, `Copyright 2026 `.
 */
export const AGENCY_CREDIT_LABEL = new RegExp(`${CONTRIBUTION_LABEL.source}|${COPYRIGHT_LABEL.source}`, "i");

/** Whether a line credits a news agency with a part of the story: `With files from Reuters`. */
export function isAgencyContribution(text: string): boolean {
  return namesAgencyAfter(CONTRIBUTION_LABEL, text);
}

/** Whether a line is the copyright of the news agency whose story it is: `©2026 Bloomberg L.P.`. */
export function isAgencyCopyright(text: string): boolean {
  return namesAgencyAfter(COPYRIGHT_LABEL, text);
}

function namesAgencyAfter(label: RegExp, text: string): boolean {
  if (text.length > 100) return false;
  const found = label.exec(text);
  return found !== null && agencyNamed(text.slice(found[0].length)) !== undefined;
}
