// Unions with a code of their own in ISO 3166-1 (the European Union's `EU`), whose institutions'
// posts are the union's: `President of the European Commission`, `EU High Representative`.
import { KNOWN_ORGANIZATIONS } from "../lexicon/en/organizations.js";
import { escapeRegExp } from "../text/pattern.js";
import type { Segment } from "../text/span.js";

// Each union's name, acronym, other names and institutions, with its code.
const UNION_CODES = new Map(
  KNOWN_ORGANIZATIONS.flatMap((org) =>
    org.code === undefined
      ? []
      : [org.name, org.acronym, ...(org.aliases ?? []), ...(org.institutions ?? [])].flatMap((name) =>
          name === undefined ? [] : [[name, org.code as string] as const],
        ),
  ),
);
const UNION_NAMES = [...UNION_CODES.keys()]
  .sort((a, b) => b.length - a.length)
  .map(escapeRegExp)
  .join("|");
// Named in the title, but not as where the post is sent (`Ambassador to the EU`), nor inside a
// compound (`the Norway-EU Summit`).
const UNION_INSIDE = new RegExp(
  `(?<!\\b(?:to|with|towards?)[ \\t]+(?:the[ \\t]+)?)(?<![\\p{L}\\p{N}-])(${UNION_NAMES})(?![\\p{L}\\p{N}-])`,
  "u",
);
const UNION_START = new RegExp(`^(?:${UNION_NAMES})(?![\\p{L}\\p{N}-])`, "u");
// `European Commission President …`, `the EU's High Representative …`: named just before the title.
const UNION_BEFORE = new RegExp(`(?<![\\p{L}\\p{N}])(${UNION_NAMES})(?:['’]s)?[ \\t]+$`, "u");

/** Whether a title opens with a union's institution (`European Commissioner for Trade`). */
export function opensWithUnion(title: string): boolean {
  return UNION_START.test(title);
}

/** Whether a title names a union or one of its institutions as its own (`President of the European Council`). */
export function namesUnion(title: string): boolean {
  return UNION_INSIDE.test(title);
}

/**
 * The union whose post a title is (`EU` for the European Union's), when the title names it or one of
 * its institutions, or the words just before the title do.
 */
export function unionOf(source: string, title: Segment): string | undefined {
  const named =
    UNION_BEFORE.exec(source.slice(Math.max(0, title.start - 60), title.start)) ??
    UNION_INSIDE.exec(title.text);
  return named === null ? undefined : UNION_CODES.get(named[1] as string);
}

// Each union's own titles, lower case, with its code; and its commissioners' portfolio words.
const OWN_TITLES = KNOWN_ORGANIZATIONS.flatMap((org) =>
  org.code === undefined
    ? []
    : (org.ownTitles ?? []).map((title) => [title.toLowerCase(), org.code as string] as const),
);
const PORTFOLIOS = KNOWN_ORGANIZATIONS.flatMap((org) =>
  org.code === undefined || org.commissionerPortfolios === undefined
    ? []
    : [[new Set(org.commissionerPortfolios), org.code as string] as const],
);
// The capitalized words just before a title (up to three), and whether another capitalized word
// stands before them.
const WORDS_BEFORE =
  /(?:^|([\p{Lu}][\p{L}-]*)[ \t]+|[^\p{L}\p{N}][ \t]*)((?:[\p{Lu}][\p{L}-]*[ \t]+){1,3})$/u;

function ownTitleIn(candidate: string): string | undefined {
  const title = candidate.replace(/\s+/g, " ").toLowerCase();
  for (const [own, code] of OWN_TITLES) if (title === own || title.startsWith(`${own} for `)) return code;
  // `Trade Commissioner`, `Commissioner for International Partnerships`: a commissioner with the
  // union's portfolio words and no others.
  const words = title.split(" ");
  const head = words.indexOf("commissioner");
  if (head === -1 || words.includes("high")) return undefined;
  const portfolio = head === 0 ? (words[1] === "for" ? words.slice(2) : []) : words.slice(0, head);
  if (portfolio.length === 0 || (head > 0 && head !== words.length - 1)) return undefined;
  return PORTFOLIOS.find(([known]) => portfolio.every((word) => known.has(word)))?.[1];
}

/**
 * `High Representative Ana Roe`, `Trade Commissioner …`, `Commission President …`: once a story has
 * named a union as a body, it writes its offices bare, so such a title is the union's — unless
 * another body is named just before it (`AU Commissioner …`), whose office it then is.
 * `named` holds the codes of the unions the text names; `taken` says whether a body or a country the
 * text names ends at a position (so stands just before the title).
 */
export function unionTitleOf(
  source: string,
  title: Segment,
  label: string,
  named: ReadonlySet<string>,
  taken: (end: number) => boolean,
): string | undefined {
  if (named.size === 0) return undefined;
  const lead = source.slice(Math.max(0, title.start - 60), title.start);
  const space = lead.length - lead.trimEnd().length;
  // Another body, or its possessive (`the AU's Commissioner …`), just before the title.
  const possessive = /['’]s$/.test(lead.trimEnd()) ? 2 : 0;
  if (space > 0 && taken(title.start - space - possessive)) return undefined;
  // `Commission President …`, `International Partnerships Commissioner …`: the title as written
  // may leave the institution's or the portfolio's words before it.
  const before = WORDS_BEFORE.exec(lead);
  const code =
    ownTitleIn(label) ??
    (before !== null && before[1] === undefined ? ownTitleIn(`${before[2]}${label}`) : undefined);
  return code !== undefined && named.has(code) ? code : undefined;
}
