// People named right after a post in lower case with no comma between, as AP and many papers write
// a title used as a description: `Egyptian presidential spokesman Yasser Ali said`, `Japanese
// foreign minister Taro Kono met …`, `according to spokesman John Kirby.`

import { COMPLEMENT, LOWER_CASE_HEADS, MODIFIERS } from "../lexicon/en/posts.js";
import { covering, lastEndingBy } from "../text/lookup.js";
import { type Segment, segment, within } from "../text/span.js";
import type { CountryHit } from "./countries.js";
import { GAP, WRAPPED_NAME, writtenPost } from "./name-words.js";
import { isBareName } from "./named-people.js";
import type { PostHit } from "./people.js";
import { postHeads } from "./set-off-posts.js";

// The head, then the name, then what ends a name: a stop or a comma, or a lower-case word (what the
// person did).
// Tried (sticky) only where a head stands: at the heads `postHeads` finds, in either case.
const TITLED_NAME = new RegExp(
  `(?:${LOWER_CASE_HEADS.join("|")})${GAP}(${WRAPPED_NAME})(?=[ \\t]*[,.;)]|${GAP}\\p{Ll})`,
  "dyu",
);
// Not after a letter or a hyphen either (`vice-president`, `administer`).
const AFTER_LETTER_OR_HYPHEN = /(?<=[\p{L}-])/uy;
// The words a post's title is made of before its head, in lower case (`presidential`, `foreign`,
// `fisheries`, `former`): nothing else (`protests against president …`) is part of the post.
const POST_WORDS = new Set([...MODIFIERS, ...COMPLEMENT].map((word) => word.toLowerCase()));
const LOWER_WORD = /^\p{Ll}[\p{L}-]*$/u;

/** One person a lower-case post names, with that post. */
export interface TitledName {
  name: Segment;
  post: PostHit;
}

export function titledNames(
  source: string,
  countries: readonly CountryHit[],
  excluded: readonly Segment[],
  heads: readonly number[] = postHeads(source),
): TitledName[] {
  const found: TitledName[] = [];
  // Where the last match ended: as in a search of the whole text, no match starts inside another.
  let next = 0;
  for (const head of heads) {
    if (head < next) continue;
    AFTER_LETTER_OR_HYPHEN.lastIndex = head;
    if (AFTER_LETTER_OR_HYPHEN.test(source)) continue;
    TITLED_NAME.lastIndex = head;
    const match = TITLED_NAME.exec(source);
    if (match === null) continue;
    next = match.index + match[0].length;
    const [nameStart, matchedEnd] = match.indices?.[1] ?? [0, 0];
    // `prime minister Benjamin Netanyahu's office said`: the name without its possessive.
    const possessive = /['’]s$/.test(source.slice(nameStart, matchedEnd));
    const nameEnd = possessive ? matchedEnd - 2 : matchedEnd;
    const name = segment(source, nameStart, nameEnd);
    if (!isBareName(name.text.replace(/\s+/g, " ")) || covering(countries, name.start) !== undefined)
      continue;
    if (excluded.some((part) => within(name, part))) continue;
    // Back from the head over the post's lower-case words (`presidential`, `foreign`), at most three.
    let titleStart = match.index;
    for (let words = 0; words < 3; words++) {
      const before = /(\S+)[ \t]+$/u.exec(source.slice(Math.max(0, titleStart - 30), titleStart));
      const word = before?.[1];
      if (word === undefined || !LOWER_WORD.test(word) || !POST_WORDS.has(word)) break;
      titleStart -= before?.[0].length ?? 0;
    }
    const headEnd = nameStart - (/\s+$/.exec(source.slice(match.index, nameStart))?.[0].length ?? 0);
    const title = segment(source, titleStart, headEnd);
    // The country's word just before the post: `Egyptian presidential spokesman`.
    const owner = lastEndingBy(countries, titleStart);
    const country =
      owner !== undefined && /^[ \t]+$/.test(source.slice(owner.end, titleStart)) ? owner.code : undefined;
    found.push({ name, post: writtenPost(title, country) });
  }
  return found;
}
