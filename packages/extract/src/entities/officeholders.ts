// World knowledge for posts the text gives no country: a leader it names bare (`President Biden`,
// `Premier Wen`, `SECRETARY BLINKEN:`) is the country's whose office the reader knows them to hold.
// The table is compiled once, at load, into maps by name; a person costs a few lookups.
import type { PartialDate } from "@communique/core";
import type { JointStatement } from "@communique/joint-statement";
import {
  COMMISSIONER_WORD,
  COMMON_NAMES,
  NAME_PARTICLES,
  NOT_COMMISSIONER,
  OFFICE_TITLES,
  OFFICEHOLDERS,
  type Officeholder,
  type OfficeKind,
} from "../lexicon/en/officeholders.js";
import { NOT_NAMES } from "../lexicon/en/posts.js";
import { textWithoutPossessive } from "../text/tokens.js";

// Letters that NFD does not split into a base letter and a mark.
const UNSPLIT: Readonly<Record<string, string>> = {
  ı: "i",
  ł: "l",
  ø: "o",
  đ: "d",
  ħ: "h",
  ß: "ss",
  æ: "ae",
  œ: "oe",
};
const UNSPLIT_LETTER = /[ıłøđħßæœ]/g;
const MARKS = /\p{M}+/gu;
const ASCII = /^[\x20-\x7e]*$/;
const NOT_ASCII_LETTERS = /[^a-z]+/;
// `Mataʻafa`, `Sa'ar`: an apostrophe or a modifier letter parts a name's words, as a hyphen does.
const NOT_LETTERS = /[^\p{Ll}\p{Lu}\p{Lt}\p{Lo}]+/u;
// `Joseph R. Biden Jr.`, `Benigno Aquino III`: a generation, not part of what the name is matched by.
const GENERATIONS = new Set(["jr", "sr", "ii", "iii", "iv", "v", "vi"]);

/**
 * A name's words as it is matched: letters only, in lower case, without diacritics (`Maroš
 * Šefčovič` → `maros sefcovic`), a generation at the end left off.
 */
export function nameKey(name: string): string[] {
  // Most names are plain ASCII: they skip the decomposition and the Unicode classes.
  const words = (
    ASCII.test(name)
      ? name.toLowerCase().split(NOT_ASCII_LETTERS)
      : name
          .normalize("NFD")
          .replace(MARKS, "")
          .toLowerCase()
          .replace(UNSPLIT_LETTER, (letter) => UNSPLIT[letter] ?? letter)
          .split(NOT_LETTERS)
  ).filter((word) => word.length > 0);
  while (words.length > 1 && GENERATIONS.has(words[words.length - 1] as string)) words.pop();
  return words;
}

/** A name in the table, with every office held under it. */
interface KnownName {
  words: string[];
  entries: Officeholder[];
  /** Whether the name alone says who it is: one country's, and not one others bear too. */
  identifies: boolean;
}

const COMMON = new Set(COMMON_NAMES.map((name) => nameKey(name).join(" ")));
// Where a few family names are shared by many (`Wang Yi`, `Kim Min-seok`, `Nguyen Van An`), a full
// name alone does not say who someone is: the office's title and years must fit too.
const FEW_FAMILY_NAMES = new Set(["CN", "TW", "KR", "KP", "VN"]);
// Whose governments write their own names family name first in English too (`KISHIDA Fumio`).
const WRITTEN_FAMILY_FIRST = new Set(["JP"]);
const PARTICLES = new Set(NAME_PARTICLES);

const names = new Map<string, KnownName>();
// Full names by their last word; `Shinzo Abe` also by `abe shinzo`, the order Japanese and Korean
// government texts write their own (`KISHIDA Fumio`).
const byLastWord = new Map<string, KnownName[]>();
const byReversed = new Map<string, KnownName>();
// Full names by their letters alone: `Jeong Kyeongdoo` is `Jeong Kyeong-doo` written without the
// hyphen, as romanized names often are.
const byLetters = new Map<string, KnownName>();
// The entries by the name news calls the person by (`xi`, `lula`, `le drian`, and `drian`).
const byFamily = new Map<string, Officeholder[]>();

for (const entry of OFFICEHOLDERS) {
  const words = nameKey(entry[0]);
  const key = words.join(" ");
  let known = names.get(key);
  if (known === undefined) {
    known = {
      words,
      entries: [],
      identifies: words.length > 1 && !COMMON.has(key) && !FEW_FAMILY_NAMES.has(entry[1]),
    };
    names.set(key, known);
    push(byLastWord, words[words.length - 1] as string, known);
    if (words.length > 1) byLetters.set(words.join(""), known);
    if (words.length === 2 && WRITTEN_FAMILY_FIRST.has(entry[1]))
      byReversed.set(`${words[1]} ${words[0]}`, known);
  }
  known.entries.push(entry);
  if (known.entries.some((other) => other[1] !== entry[1])) known.identifies = false;
  // A family name of several words: the one news writes, and the last token's when none is given
  // (`Alliot-Marie`, not `Marie`).
  const family = nameKey(entry[5] ?? (entry[0].split(" ").pop() as string));
  push(byFamily, family.join(" "), entry);
  let bare = 0;
  while (bare < family.length - 1 && PARTICLES.has(family[bare] as string)) bare += 1;
  if (bare > 0) push(byFamily, family.slice(bare).join(" "), entry);
}

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [value]);
  else if (!list.includes(value)) list.push(value);
}

const TITLE_KINDS = new Map(OFFICE_TITLES.map(([title, kinds]) => [title, kinds]));
const TITLE_PREFIX = /^(?:(?:former|acting|then|ex|the)\b[\s-]*)+/;
const SPACES = /\s+/g;

/** What the table reads of a post: its title as written, its label, whether it is a former one. */
export interface OfficePost {
  title: string;
  label?: string | undefined;
  former?: boolean | undefined;
}

/** The kinds of office a post's bare title names (none for a title that is not one of them). */
export function titleKinds(post: OfficePost): readonly OfficeKind[] {
  const title = (post.label ?? post.title)
    .toLowerCase()
    .replace(SPACES, " ")
    .replace(TITLE_PREFIX, "")
    .trim();
  const kinds = TITLE_KINDS.get(title);
  if (kinds !== undefined) return kinds;
  return title.includes(COMMISSIONER_WORD) && !title.includes(NOT_COMMISSIONER) ? ["commissioner"] : [];
}

/** Whether a known full name's words stand in a found name's, in order. */
function inOrder(known: readonly string[], found: readonly string[]): boolean {
  let at = 0;
  for (const word of found) if (word === known[at]) at += 1;
  return at === known.length;
}

/** Whether an entry's term fits the article's year: held then, or for a `former` post, begun by then. */
function inTerm(entry: Officeholder, year: number | undefined, former: boolean): boolean {
  if (year === undefined) return true;
  return entry[3] <= year && (former || entry[4] === null || entry[4] >= year);
}

/** The one country all the entries are of, if they are of one. */
function oneCountry(entries: readonly Officeholder[]): string | undefined {
  const country = entries[0]?.[1];
  return entries.every((entry) => entry[1] === country) ? country : undefined;
}

/**
 * Whose officeholder a person is, by the table: a full name the table knows as one country's
 * person's, whatever the post says (`Antony J. Blinken`, `Maroš Šefčovič`); else a family name with
 * the title of an office its holder held in the article's year (`President Biden`, `Premier Wen`),
 * when every entry that fits is of one country.
 */
export function officeholderCountry(
  name: string,
  posts: readonly OfficePost[],
  year: number | undefined,
): string | undefined {
  const found = nameKey(name);
  if (found.length === 0) return undefined;
  const kinds = posts.map(titleKinds);
  const fitting = (entries: readonly Officeholder[]): Officeholder[] =>
    entries.filter((entry) =>
      posts.some(
        (post, index) =>
          kinds[index]?.includes(entry[2]) === true && inTerm(entry, year, post.former === true),
      ),
    );
  const full = (byLastWord.get(found[found.length - 1] as string) ?? []).filter(
    (known) => known.words.length > 1 && inOrder(known.words, found),
  );
  const reversed = byReversed.get(found.join(" "));
  if (reversed !== undefined) full.push(reversed);
  const letters = full.length === 0 && found.length > 1 ? byLetters.get(found.join("")) : undefined;
  if (letters !== undefined) full.push(letters);
  if (full.length > 0) {
    if (full.every((known) => known.identifies)) return oneCountry(full.flatMap((known) => known.entries));
    // A name others bear too is the officeholder's only with the office's title, in its years.
    return oneCountry(fitting(full.flatMap((known) => known.entries)));
  }
  const family = byFamily.get(found.join(" "));
  return family === undefined ? undefined : oneCountry(fitting(family));
}

// A word of a name as a token gives it: letters only, in lower case (`Jinping`, `Putin's` → `putin`).
const ASCII_WORD = /^[A-Za-z]+$/;
function tokenKey(text: string): string[] {
  const bare = textWithoutPossessive(text);
  return ASCII_WORD.test(bare) ? [bare.toLowerCase()] : nameKey(bare);
}

type NameToken = { start: number; end: number; text: string; capitalized: boolean };

// The table's full names a word as written may end (`Putin`, `Putin's`), remembered by the word across
// texts, within bounds: most capitalized words end none, and are let go after one look-up.
const ENDING_WITH = new Map<string, KnownName[] | null>();
function namesEndingWith(text: string): KnownName[] | undefined {
  let known = ENDING_WITH.get(text);
  if (known === undefined) {
    const words = tokenKey(text);
    known = byLastWord.get(words[words.length - 1] as string) ?? null;
    if (ENDING_WITH.size < 100_000) ENDING_WITH.set(text, known);
  }
  return known ?? undefined;
}
const GENERATION_WORD = /^(?:Jr|Sr|II|III|IV)\.?$/;
// Lower-case nouns after a leader's name that make it a place's or a thing's (`the Shinzo Abe memorial`).
const NAMED_AFTER = new Set(
  "memorial stadium statue museum mausoleum library centre center bridge road street avenue park airport hall foundation institute school university".split(
    " ",
  ),
);
const LOWER_CASE = /\p{Ll}/u;
const SENTENCE_OPENERS = new Set(
  "When While Both After Before As If Since Though Although Then Meanwhile Later Also So Yet Only Even Under With Without For From By Like Unlike Neither Either Nor Did Does Do Has Had Will Would Can Could Should Why How".split(
    " ",
  ),
);

/**
 * The people the text names bare by a full name the table knows (`talks between Xi Jinping and
 * Vladimir Putin`, `Russia's Vladimir Putin`, `Mohammed bin Salman`): the stretch of each naming, its
 * words one after the other on a line. World knowledge, as a reader has it: only that the name is a
 * person's; no post is read from the table. Not a longer name (`Anna Xi Jinping`, `Donald Trump Jr.`),
 * a place or thing named after one (`the Narendra Modi Stadium`, `the Shinzo Abe memorial`), nor a name
 * in capitals (`XI JINPING ARRIVES`), which the text gives again as written.
 */
export function namedOfficeholders(
  source: string,
  tokens: readonly NameToken[],
): { start: number; end: number }[] {
  const found: { start: number; end: number }[] = [];
  const spaceOnly = (from: number, to: number) => /^[ \t]+$/.test(source.slice(from, to));
  for (let last = 1; last < tokens.length; last++) {
    const token = tokens[last] as NameToken;
    if (!token.capitalized) continue;
    const candidates = namesEndingWith(token.text);
    if (candidates === undefined) continue;
    const lastWords = tokenKey(token.text);
    for (const known of candidates) {
      if (known.words.length < 2) continue;
      // The name's words, read back from the last token, one token or more a word.
      const words: string[] = [];
      let first = last;
      for (; first >= 0 && words.length < known.words.length; first--) {
        const at = tokens[first] as NameToken;
        if (first < last && !spaceOnly(at.end, (tokens[first + 1] as NameToken).start)) break;
        if (first < last && !at.capitalized && !PARTICLES.has(at.text)) break;
        words.unshift(...(first === last ? lastWords : tokenKey(at.text)));
      }
      if (words.join(" ") !== known.words.join(" ")) continue;
      const opening = tokens[first + 1] as NameToken;
      if (!LOWER_CASE.test(source.slice(opening.start, token.end))) continue;
      // A capitalized word just before: a longer name (`Anna Xi Jinping`), unless it is an owner's
      // (`Russia's`) or a word that opens sentences (`When Xi Jinping …`).
      const before = tokens[first];
      if (
        before?.capitalized &&
        spaceOnly(before.end, opening.start) &&
        !/['’]s$/.test(before.text) &&
        !NOT_NAMES.has(before.text) &&
        !SENTENCE_OPENERS.has(before.text)
      )
        continue;
      // A word just after: a longer name (`Donald Trump Jr.`, `Narendra Modi Stadium`), or a place or
      // thing named after them (`the Shinzo Abe memorial`); not when the name ends with an owner's `'s`.
      const after = tokens[last + 1];
      const possessive = /['’]s$/.test(token.text);
      if (
        !possessive &&
        after !== undefined &&
        spaceOnly(token.end, after.start) &&
        (GENERATION_WORD.test(after.text) ||
          NAMED_AFTER.has(after.text) ||
          (after.capitalized && !NOT_NAMES.has(after.text)))
      )
        continue;
      found.push({ start: opening.start, end: token.end - (possessive ? 2 : 0) });
      break;
    }
  }
  return found;
}

/**
 * The country a person named bare held one of the table's offices for in the article's year (`Xi
 * Jinping` in 2024): by a full name that is no common one, when every office it held that year is one
 * country's. The side such a person takes part for in a statement of that country's; none when the
 * year is not known, or the person held no such office that year (`Shinzo Abe` in 2024).
 */
export function sittingOfficeholderCountry(name: string, year: number | undefined): string | undefined {
  if (year === undefined) return undefined;
  const found = nameKey(name);
  if (found.length < 2 || COMMON.has(found.join(" "))) return undefined;
  const known =
    names.get(found.join(" ")) ?? byReversed.get(found.join(" ")) ?? byLetters.get(found.join(""));
  if (known === undefined) return undefined;
  const sitting = known.entries.filter((entry) => inTerm(entry, year, false));
  return sitting.length === 0 ? undefined : oneCountry(sitting);
}

/**
 * Gives the posts of people whose country the text leaves unsaid the country of the office the
 * table knows them to hold. Only people none of whose posts has a country: what the text says wins.
 * `officePost` reads a post as the table does: the people as found (before the statements, whose
 * parties and participants count their countries) or the article's people (once the statements
 * have given the year).
 */
export function officeholderCountries<P extends { country?: string | undefined }>(
  people: readonly { name: string; posts?: readonly P[] | undefined }[],
  year: number | undefined,
  officePost: (post: P) => OfficePost,
): void {
  for (const person of people) {
    const posts = person.posts ?? [];
    if (posts.length === 0 || posts.some((post) => post.country !== undefined)) continue;
    const country = officeholderCountry(person.name, posts.map(officePost), year);
    if (country !== undefined) for (const post of posts) post.country = country;
  }
}

// `2023-09-15`, `2023-09`, `2023`: a normalized date's year.
function yearOf(date: PartialDate | undefined): number | undefined {
  const value = date?.value;
  return value === undefined ? undefined : Number(value.slice(0, 4));
}

/**
 * The year the article speaks of, for the terms: its publication's, else its first statement's
 * date's, else its dateline's; undefined when none is known (no year is then checked).
 */
export function articleYear(
  published: Date | undefined,
  statements: readonly JointStatement[],
  datelineDate: () => PartialDate | undefined,
): number | undefined {
  if (published !== undefined) return published.getUTCFullYear();
  for (const statement of statements) {
    const year = yearOf(statement.issued?.date);
    if (year !== undefined) return year;
  }
  return yearOf(datelineDate());
}
