import { CONNECTORS, HEADS, MODIFIERS, NAME_PARTICLES, NOT_NAMES } from "../lexicon/en/posts.js";
import { covering } from "../text/lookup.js";
import type { Segment } from "../text/span.js";
import { adjacent, type Token, textWithoutPossessive } from "../text/tokens.js";
import { type CountryHit, countryWithin } from "./countries.js";
import type { PostHit } from "./people.js";

/** A word that heads a post, or a modifier and a head written as one (`Vice-Premier`, `Co-Chair`). */
export function isHead(word: string): boolean {
  if (HEADS.has(word)) return true;
  const dash = word.indexOf("-");
  return dash > 0 && MODIFIERS.has(word.slice(0, dash)) && HEADS.has(word.slice(dash + 1));
}

/** A word that can be part of a person's name: capitalized, and no post's word or a word never a name. */
export function isNameWord(token: Token): boolean {
  // `al-Jabouri`, `el-Sayed`: a family name behind its particle and a hyphen.
  if (!token.capitalized)
    return PARTICLE_NAME.test(token.text) && NAME_PARTICLES.has(token.text.split("-")[0] as string);
  if (NOT_NAMES.has(token.text)) return false;
  // `the State Attorney General’s office`: a post's word with its possessive is no name's either.
  const bare = textWithoutPossessive(token.text);
  if (isHead(bare) || MODIFIERS.has(bare)) return false;
  // `S K Raghavan`: initials without their dots (not `A` or `I`, which are words).
  return /^\p{Lu}(?:\.|[\p{L}'’-]+)$/u.test(token.text) || /^[B-HJ-Z]$/.test(token.text);
}

const PARTICLE_NAME = /^\p{Ll}{2,4}-\p{Lu}[\p{L}'’-]+$/u;

// Whether two words stand one after the other on one line.
function onOneLine(source: string, before: Token, token: Token): boolean {
  return adjacent(source, before.end, token.start) && !source.slice(before.end, token.start).includes("\n");
}

/**
 * Whether the word at `at`, a country's or a capital's one-word name, is a given name before a family
 * name (`Defense Minister Israel Katz`, `Ms. Sofia Reis`, `Minister Jordan Bardella`): the next word,
 * on the same line, is a name's word that is no country's and no post's.
 */
export function isGivenName(
  context: { source: string; tokens: readonly Token[]; countries: readonly CountryHit[] },
  at: number,
): boolean {
  const token = context.tokens[at] as Token;
  const next = context.tokens[at + 1];
  const after = context.tokens[at + 2];
  const hit = covering(context.countries, token.start);
  return (
    hit !== undefined &&
    (hit.form === "name" || hit.form === "capital") &&
    hit.start === token.start &&
    hit.end === token.end &&
    next !== undefined &&
    onOneLine(context.source, token, next) &&
    textWithoutPossessive(token.text) === token.text &&
    isNameWord(next) &&
    covering(context.countries, next.start) === undefined &&
    // One family name after it, not a name that goes on (`Representative Chad Laura Lo Castro`, where
    // the country is the post's): the word after that is no capitalized word joined to it.
    !(after?.capitalized === true && onOneLine(context.source, next, after))
  );
}

/**
 * How much of a post read up to a comma or stop is the post: up to a lower-case word that does not
 * join a post's words (`Prime Minister of Norway met with …`) or a day or month after a joining word
 * (`Prime Minister of Norway on Monday`), without joining words left at its end.
 */
export function titleLength(written: string): number {
  const words = written.matchAll(/[^ \t]+/g);
  let end = 0;
  let joining = false;
  for (const word of words) {
    const text = word[0];
    if (/^\p{Lu}/u.test(text)) {
      if (joining && NOT_NAMES.has(text)) break;
      end = word.index + text.length;
      joining = false;
    } else if (CONNECTORS.has(text)) joining = true;
    else if (/^\p{Ll}/u.test(text)) break;
    else end = word.index + text.length;
  }
  return end;
}

const TAIL =
  /^,[ \t]+((?:the[ \t]+)?\p{Lu}[\p{L}-]*(?:[ \t]+(?:\p{Lu}[\p{L}-]*|of|for|and|the|&))*)(?=[ \t]*(?:[,.;:)\n]|$))/u;

/**
 * `Secretary of State for Foreign, Commonwealth and Development Affairs`: the last of a list of
 * portfolios after a comma, capitalized words joined by `and` with no head of their own, is part of
 * the post that ends at `end`. Where the post ends with it.
 */
export function portfolioTail(source: string, end: number): number {
  const tail = TAIL.exec(source.slice(end, end + 120));
  if (tail === null) return end;
  const words = (tail[1] as string).split(/[ \t]+/);
  if (!words.includes("and") || words.some((word) => isHead(word))) return end;
  return end + tail[0].length;
}

// The country a post's title names as its own: not one in a compound naming an event or a pair
// (`President of the Commission for the Norway-EU Summit`).
export function ownCountry(countries: readonly CountryHit[], title: Segment): CountryHit | undefined {
  const hit = countryWithin(countries, title);
  if (hit === undefined) return undefined;
  const at = (offset: number) => title.text[offset - title.start];
  return at(hit.end) === "-" || at(hit.start - 1) === "-" ? undefined : hit;
}

/** A space between a name's words, or one line break of hand-wrapped copy (not a blank line). */
export const GAP = "(?:[ \\t]+|[ \\t]*\\r?\\n[ \\t]*)";
/** A capitalized word of a person's name. */
export const NAME_WORD = "\\p{Lu}[\\p{L}'’-]+";
// The lower-case particles inside names (`Jan van der Meer`, `Ana da Costa`, `Ahmed bin Saeed`), and a
// family name an article joins (`Badr al-Sayed`): never a name's first word.
const PARTICLES = `(?:${[...NAME_PARTICLES].join("|")})`;
const LATER_WORD = `(?:${NAME_WORD}|(?:al|el|ad|as|ash|an|ar|at|az)-\\p{Lu}[\\p{L}'’-]+)`;
/** A person's name of two to four words, on one line. */
export const NAME = `${NAME_WORD}(?:[ \\t]+(?:${PARTICLES}[ \\t]+){0,2}${LATER_WORD}){1,3}`;
/** The same, its words perhaps over one line break of hand-wrapped copy. */
export const WRAPPED_NAME = `${NAME_WORD}(?:${GAP}(?:${PARTICLES}${GAP}){0,2}${LATER_WORD}){1,3}`;

/**
 * A post as written, with what its first word says: `former …` or `then-…` (held before), `acting
 * …`; the label is the post without that word, its spaces as one.
 */
export function writtenPost(title: Segment, country?: string): PostHit {
  const former = /^(?:former\b|then-)/.test(title.text);
  const acting = /^acting\b/.test(title.text);
  const post: PostHit = { title, acting, former };
  if (former || acting)
    post.label = title.text.replace(/^(?:(?:acting|former)\s+|then-)/, "").replace(/\s+/g, " ");
  if (country !== undefined) post.country = country;
  return post;
}

// A government's own posts: its ministers, heads and secretaries, not those it sends abroad or
// an international body's (`Secretary-General`).
const GOVERNMENT_POST = /\b(?:minister|president|premier|chancellor|secretary)\b/i;
const NOT_GOVERNMENT_POST =
  /\b(?:ambassador|envoy|consul|attach[eé]|representative|commissioner|secretary-general|spokes\w*)\b/i;

/** Whether a post is one of a government's own (a minister, a head, a secretary), not one it sends abroad. */
export function isGovernmentPost(title: string): boolean {
  return GOVERNMENT_POST.test(title) && !NOT_GOVERNMENT_POST.test(title);
}
