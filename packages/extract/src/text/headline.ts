import { CONTINUING_WORDS, NAVIGATION_PHRASES, SITE_NOTICE_PHRASES } from "../lexicon/en/furniture.js";
import { HONORIFICS } from "../lexicon/en/honorifics.js";
import { MONTH_NAME } from "../lexicon/en/months.js";
import { MODIFIERS } from "../lexicon/en/posts.js";
import type { Line } from "./layout.js";
import { escapeRegExp } from "./pattern.js";
import { segment } from "./span.js";

const NAVIGATION = phrasePattern(NAVIGATION_PHRASES);
// One case-insensitive search for all of them: lower-casing each line and searching it once a
// phrase took four times as long.
const SITE_NOTICE = new RegExp(SITE_NOTICE_PHRASES.map(escapeRegExp).join("|"), "iu");
const CONTINUING = new RegExp(`(?:\\b(?:${CONTINUING_WORDS.join("|")})|\\d+\\s?(?:st|nd|rd|th))$`, "i");
// A line that only dates the page: `Saturday, January 25, 2014`, `NEWS | June 6, 2023`, `2019-12-10`.
const DATE_ONLY = new RegExp(
  `^[\\p{L} |:•-]{0,20}?(?:\\b\\p{L}+day,?\\s+)?(?:${MONTH_NAME}\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}|\\d{1,2}\\s+${MONTH_NAME}\\.?,?\\s+\\d{4}|\\d{4}-\\d{2}-\\d{2}|\\d{1,2}/\\d{1,2}/\\d{2,4})(?:\\s*[-|]\\s*\\d{1,2}:\\d{2})?$`,
  "iu",
);
// A release dateline alone on its line: `Brussels, 3 May 2012`, `Washington, DC`, `Brisbane, Australia`.
const PLACE_LINE = new RegExp(
  `^\\p{Lu}[\\p{L}.'’-]*(?:\\s\\p{Lu}[\\p{L}.'’-]*){0,3},\\s*(?:\\p{Lu}[\\p{L}.]*(?:\\s\\p{Lu}[\\p{L}.]*){0,2}|(?:\\d{1,2}\\s+)?${MONTH_NAME}\\.?(?:\\s+\\d{1,2})?,?\\s+\\d{4})$`,
  "u",
);
const BYLINE = /^(?:by\s|[^|]{0,40}\|\s*by\s)/i;

/** A line that only dates the page or names the place it comes from. */
export function isDateOrPlace(text: string): boolean {
  // Every date form holds a digit and every place line a comma: most lines go before either pattern.
  return (DIGIT.test(text) && DATE_ONLY.test(text)) || (text.includes(",") && PLACE_LINE.test(text));
}
const DIGIT = /\d/;

function phrasePattern(phrases: readonly string[]): RegExp {
  const escaped = phrases.map(escapeRegExp);
  // Bounded by lookarounds rather than by a non-letter class on either side: the same lines match,
  // and V8 compiles it in a fraction of the time (a case-insensitive `[^\p{L}]` costs some 20 ms at
  // the first line of the first text, which a command on a few files pays in full).
  return new RegExp(`(?<!\\p{L})(?:${escaped.join("|")})(?!\\p{L})`, "iu");
}

/** Whether a line is the furniture of a web page by what it says: menus, skip links, site notices. */
export function isPageFurniture(text: string, latinStory = true): boolean {
  // A paragraph of story is never furniture; the tests below are for lines of a page's length.
  if (text.length > 300) return false;
  if (isSiteNotice(text) || isBreadcrumb(text) || isDoubled(text)) return true;
  if (text.length > 120) return false;
  if (wordCount(text) <= 8 && NAVIGATION.test(text)) return true;
  return latinStory && isOtherScript(text);
}

const LATIN_ONLY = /^[\t\n\r -\u024f\u2000-\u206f]*$/;

/** Whether a text is written mostly in Latin script, so that a line in another script stands out. */
export function isMostlyLatin(text: string): boolean {
  // Most stories hold nothing outside Latin script and punctuation: one test says so.
  if (LATIN_ONLY.test(text)) return true;
  const sample = text.slice(0, 4_000);
  const letters = sample.match(/\p{L}/gu)?.length ?? 0;
  const latin = sample.match(/\p{Script=Latin}/gu)?.length ?? 0;
  return letters === 0 || latin / letters >= 0.5;
}

/** `Home > News > …` or `Home : Media : News`: three or more parts between path separators. */
function isBreadcrumb(text: string): boolean {
  return /\s[>»›:|/]\s/.test(text) && text.split(/\s+[>»›:|/]\s+/).length >= 3 && !/[.!?]$/.test(text);
}

/** A short line written mostly in a script other than Latin, beside a story in Latin script: a menu. */
function isOtherScript(text: string): boolean {
  // ASCII and Latin-1 are Latin (or not letters): most lines end here.
  if (LATIN_ONLY.test(text)) return false;
  const letters = text.match(/\p{L}/gu) ?? [];
  if (letters.length === 0) return false;
  const latin = text.match(/\p{Script=Latin}/gu)?.length ?? 0;
  return latin / letters.length < 0.5;
}

/** A site banner that says its name twice, as a logo's text and its alternative text do. */
function isDoubled(text: string): boolean {
  const half = text.length >> 1;
  const first = text.slice(0, half).trim();
  return first.length >= 8 && first === text.slice(half).trim();
}

function letterWords(text: string): string[] {
  return words(text).filter((word) => /\p{L}/u.test(word));
}

/** How many words of a line hold a letter, counted without building them. */
function letterWordCount(text: string): number {
  // exec on the one global pattern: matchAll copies the pattern and builds an iterator per line.
  let count = 0;
  LETTER_WORD.lastIndex = 0;
  while (LETTER_WORD.exec(text) !== null) count += 1;
  return count;
}
const LETTER_WORD = /[\p{L}\p{N}]*\p{L}[\p{L}\p{N}.'’&+-]*/gu;

/** Whether `longer` holds every word of `shorter`, in order, and more. */
function containsInOrder(longer: readonly string[], shorter: readonly string[]): boolean {
  if (longer.length <= shorter.length) return false;
  let at = 0;
  for (const word of longer) if (at < shorter.length && word === shorter[at]) at += 1;
  return at === shorter.length;
}

// The notices of government and archive sites, found by plain search (they are whole phrases).
function isSiteNotice(text: string): boolean {
  return SITE_NOTICE.test(text);
}

/** How many words a line has: runs of characters between spaces that hold a letter or a digit. */
function wordCount(text: string): number {
  let count = 0;
  let inWord = false;
  let counted = false;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code === 32 || code === 9 || code === 10 || code === 13) {
      inWord = false;
      continue;
    }
    if (!inWord) {
      inWord = true;
      counted = false;
    }
    if (
      !counted &&
      ((code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code > 127)
    ) {
      count += 1;
      counted = true;
    }
  }
  return count;
}

function words(text: string): string[] {
  return text.match(/[\p{L}\p{N}][\p{L}\p{N}.'’&+-]*/gu) ?? [];
}

/** A line that reads as running prose: a sentence that ends, or a long line with one. */
export function isProse(text: string): boolean {
  const count = wordCount(text);
  if (count >= 6 && /\p{Ll}{2}[.!?]["”’)]?$/u.test(text)) return true;
  return count >= 15 && (/[.!?"”’):]$/.test(text) || /\p{Ll}{2}[.!?]["”’]?\s+\p{Lu}/u.test(text));
}

/** Whether a line could be a title: a few words, not a sentence, not a date, a place or a byline. */
function isTitleLike(line: Line): boolean {
  const text = line.text;
  if (text.length > 300) return false;
  const count = letterWordCount(text);
  if (count < 2 || count > 40) return false;
  if (/[.;,:]$/.test(text) && !/\b(?:[A-Z]\.|U\.S\.|Jr\.|Inc\.|Ltd\.)$/.test(text)) return false;
  if (/[.!]["”’]$/.test(text) || /^[[(].*[\])]$/.test(text)) return false;
  // An organization's name with its acronym, alone: a section label.
  if (count <= 6 && /^\p{Lu}[\p{L}' -]+\(\p{Lu}{2,8}\)$/u.test(text)) return false;
  return !isDateOrPlace(text) && !BYLINE.test(text) && !isNameLine(text);
}

// A document's title (`Joint Statement on the … Foreign` / `Ministers' Meeting`), wrapped after a
// word that qualifies the next (a post's or meeting's modifier): its rest is a short title-like line
// that ends the block above the text.
const DOCUMENT_TITLE =
  /^(?:joint\s+)?(?:communiqu[eé]|statement|declaration|press\s+statement)\s+(?:on|of|by|between|for|from|following|after|at|issued|in)\b/iu;

// What a modifier at a line's end qualifies, at the next line's start: `Ministers' Meeting`,
// `Leaders' Summit`, `Dialogue`.
const QUALIFIED_HEAD =
  /^(?:\p{Lu}[\p{L}-]*\s+)?(?:Ministers?|Leaders|Meeting|Summit|Dialogue|Talks|Consultations?|Forum|Conference|Partnership|Committee|Commission)\b/u;

function wrapsDocumentTitle(source: string, line: Line, next: Line): boolean {
  return (
    DOCUMENT_TITLE.test(line.text) &&
    MODIFIERS.has(/(\S+)$/.exec(line.text)?.[1] ?? "") &&
    next.text.length <= 60 &&
    QUALIFIED_HEAD.test(next.text) &&
    isTitleLike(next) &&
    /^[ \t]*(?:\r?\n[ \t]*){2}|^\s*$/.test(source.slice(next.end, next.end + 8))
  );
}

// A line that only says what the document is (`JOINT COMMUNIQUÉ`, `Chair's Statement`), above its title.
const DOCUMENT_LINE =
  /^(?:joint\s+)?(?:communiqu[eé]|statement|declaration|press\s+release)$|^chair(?:man|person)?['’]?s\s+statement$/iu;

// A line that is only a person's name with its courtesy (`Senator the Hon. Jane Roe`, `Dr Ivo Lind`):
// who speaks or signs, not what the page is about. Articles and ranks open headlines too, and are
// not enough.
const NAME_LINE_OPENERS = new Set(
  [...HONORIFICS, "Senator"]
    .filter(
      (word) =>
        !["the", "The", "His", "Her", "Right", "Royal", "Majesty", "Highness", "Excellency"].includes(word),
    )
    .map((word) => word.replace(/\.$/, "")),
);
function isNameLine(text: string): boolean {
  const words = text.split(/\s+/).map((word) => word.replace(/\.$/, ""));
  const opener = words[0] === "The" || words[0] === "the" ? words[1] : words[0];
  if (words.length > 7 || opener === undefined || !NAME_LINE_OPENERS.has(opener)) return false;
  return words.every((word) => /^\p{Lu}/u.test(word) || word === "the");
}

// A line in capitals throughout (`MINISTRY OF FOREIGN AFFAIRS REPUBLIC OF NORWAY`): a masthead, when
// a title in ordinary case follows.
function isAllCaps(text: string): boolean {
  return /\p{Lu}/u.test(text) && !/\p{Ll}/u.test(text);
}

/**
 * The headline among the lines before the story starts: the fullest title-like line (a title broken
 * over lines counts as one), leaving out furniture, dates, datelines, bylines and a navigation line
 * that ends with the title itself. Returns the index of the chosen line after joining, or -1.
 * Lines of one title are joined into the first of them in `lines`.
 */
export function chooseHeadline(
  source: string,
  lines: Line[],
  startsStory: (line: Line) => boolean,
  window = 40,
): number {
  let bodyStart = lines.length;
  for (let index = 0; index < Math.min(lines.length, window); index++) {
    const line = lines[index] as Line;
    if (line.role !== "body") continue;
    if (startsStory(line) || isProse(line.text)) {
      bodyStart = index;
      break;
    }
  }
  if (bodyStart === lines.length && lines.length > window) bodyStart = window;
  // Join a title broken over lines: a line that ends on `of`, `by`, `the 49 th`, or is followed by
  // one starting in lower case.
  for (let index = 0; index + 1 < bodyStart; index++) {
    const line = lines[index] as Line;
    const next = lines[index + 1] as Line;
    if (line.role !== "body" || next.role !== "body") continue;
    if (
      !CONTINUING.test(line.text) &&
      !/^\p{Ll}/u.test(next.text) &&
      !DOCUMENT_LINE.test(line.text.trim()) &&
      !wrapsDocumentTitle(source, line, next)
    )
      continue;
    if (/\n\s*\n/.test(source.slice(line.end, next.start))) continue;
    lines[index] = { ...line, ...segment(source, line.start, next.end) };
    lines.splice(index + 1, 1);
    bodyStart -= 1;
    index -= 1;
  }
  const candidates: number[] = [];
  for (let index = 0; index < bodyStart; index++) {
    const line = lines[index] as Line;
    if (line.role === "body" && isTitleLike(line)) candidates.push(index);
  }
  // A wire story's one line above its first paragraph needs no choosing.
  if (candidates.length <= 1) return candidates[0] ?? -1;
  const texts = candidates.map((index) => (lines[index] as Line).text);
  // A line that holds another candidate whole is a title run together with furniture
  // (`About Us Joint Statement … on September 11, 2023`).
  const standalone = candidates.filter(
    (_, i) =>
      !texts.some(
        (other, j) =>
          j !== i &&
          letterWords(other).length >= 5 &&
          other.length < (texts[i] as string).length &&
          (texts[i] as string).includes(other),
      ),
  );
  // The page's title repeated as the article's title is the headline, also as a breadcrumb's last
  // step (`Home > News > Norway and Iceland agree on quotas`).
  const repeated = standalone.find((index) => {
    const title = (lines[index] as Line).text;
    return (
      letterWords(title).length >= 4 &&
      lines.some(
        (other, at) =>
          at !== index &&
          (other.text === title ||
            (other.text.endsWith(title) && /[>›»|]\s*$/.test(other.text.slice(0, -title.length)))),
      )
    );
  });
  if (repeated !== undefined) return repeated;
  // Otherwise the first full title, or its fuller form where the page gives one; section labels of
  // a few words give way.
  const mixedCase = standalone.filter((index) => !isAllCaps((lines[index] as Line).text));
  const titled = mixedCase.some((index) => letterWords((lines[index] as Line).text).length >= 4)
    ? mixedCase
    : standalone;
  const full = titled.find((index) => letterWords((lines[index] as Line).text).length >= 5);
  if (full !== undefined) {
    const short = letterWords((lines[full] as Line).text);
    const fuller = standalone.find(
      (index) => index > full && containsInOrder(letterWords((lines[index] as Line).text), short),
    );
    return fuller ?? full;
  }
  let best = -1;
  for (const index of standalone)
    if (
      best === -1 ||
      letterWords((lines[index] as Line).text).length > letterWords((lines[best] as Line).text).length
    )
      best = index;
  return best;
}
