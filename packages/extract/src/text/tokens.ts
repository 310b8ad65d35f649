import type { Segment } from "./span.js";

/** A word of the text: letters and digits, with inner dots, apostrophes and hyphens (`U.S.`, `Jeh-seung`, `d'Ivoire`). */
export interface Token extends Segment {
  /** Whether it starts with a capital letter. */
  capitalized: boolean;
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

function isWordChar(code: number, source: string, at: number): boolean {
  if (code < 128)
    return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
  return (
    LETTER_OR_DIGIT.test(source[at] as string) ||
    (code >= 0xd800 && code <= 0xdbff && LETTER_OR_DIGIT.test(source.slice(at, at + 2)))
  );
}

function isJoiner(code: number): boolean {
  return code === 39 || code === 0x2019 || code === 46 || code === 45;
}

/**
 * The words of `source` between `start` and `end`, in order, added to `tokens`. Dots, apostrophes and hyphens join the
 * parts of one word; a trailing dot is kept only after a one-letter part, as in `U.S.`, so that a
 * sentence's full stop does not become part of its last word.
 */
export function tokenize(source: string, start = 0, end = source.length, tokens: Token[] = []): Token[] {
  let at = start;
  while (at < end) {
    let code = source.charCodeAt(at);
    if (!isWordChar(code, source, at)) {
      at++;
      continue;
    }
    const from = at;
    let partStart = at;
    for (;;) {
      while (at < end && isWordChar(source.charCodeAt(at), source, at)) at++;
      code = source.charCodeAt(at);
      // A dot joins only one-letter parts (`U.S.A.`), so `equally.The` is two words.
      if (
        at + 1 < end &&
        isJoiner(code) &&
        (code !== 46 || at - partStart === 1) &&
        isWordChar(source.charCodeAt(at + 1), source, at + 1)
      ) {
        at++;
        partStart = at;
        continue;
      }
      break;
    }
    // `U.S.`: a one-letter capital part followed by a dot keeps the dot.
    if (at < end && code === 46 && at - partStart === 1) {
      const letter = source.charCodeAt(partStart);
      const before = partStart === from ? 32 : source.charCodeAt(partStart - 1);
      if (letter >= 65 && letter <= 90 && (before === 46 || before === 32 || partStart === from)) at++;
    }
    const text = source.slice(from, at);
    const first = text.charCodeAt(0);
    tokens.push({
      start: from,
      end: at,
      text,
      capitalized: first < 128 ? first >= 65 && first <= 90 : text[0] !== text[0]?.toLowerCase(),
    });
  }
  return tokens;
}

/** A word's text without its possessive `'s` (`General’s` → `General`), read off its last characters. */
export function textWithoutPossessive(text: string): string {
  const length = text.length;
  if (length < 3 || text.charCodeAt(length - 1) !== 115) return text;
  const mark = text.charCodeAt(length - 2);
  return mark === 39 || mark === 0x2019 ? text.slice(0, length - 2) : text;
}

/** The word without a possessive ending: `Korea’s` → `Korea`, `allies'` is left alone. */
export function withoutPossessive(token: Segment): Segment {
  const bare = textWithoutPossessive(token.text);
  return bare === token.text ? token : { start: token.start, end: token.end - 2, text: bare };
}

/**
 * Whether the text between two positions is only spaces (a short run), or the one line break of
 * hard-wrapped copy (`softWrap`); a blank line or any other character separates.
 */
export function adjacent(source: string, from: number, to: number): boolean {
  if (to - from > 3) return false;
  for (let index = from; index < to; index++) {
    const code = source.charCodeAt(index);
    if (code === 10 && to - from === 1 && softWrap(source, index)) continue;
    if (code !== 32 && code !== 0xa0) return false;
  }
  return true;
}

// A line break inside hard-wrapped copy (`Kenyan President\nJoseph …`): the lines on both sides are
// of the wrap's length, the first ends mid-sentence, and no blank line is near.
function softWrap(source: string, at: number): boolean {
  const lineStart = source.lastIndexOf("\n", at - 1) + 1;
  if (at - lineStart < 55 || /[.!?:;"”]\s*$/.test(source.slice(at - 2, at))) return false;
  const nextEnd = source.indexOf("\n", at + 1);
  const nextLength = (nextEnd === -1 ? source.length : nextEnd) - (at + 1);
  return nextLength >= 30;
}

/** Where each word occurs: token indexes by text. */
export type TokenIndex = ReadonlyMap<string, readonly number[]>;

/** Indexes the tokens by their text, for finding every occurrence of a name in one step. */
export function indexTokens(tokens: readonly Token[]): TokenIndex {
  const byText = new Map<string, number[]>();
  for (let index = 0; index < tokens.length; index++) {
    const text = (tokens[index] as Token).text;
    const known = byText.get(text);
    if (known === undefined) byText.set(text, [index]);
    else known.push(index);
  }
  return byText;
}

// Whether a word holds a hyphen and every part it joins opens with a capital (`GCC-UK`, not
// `Sung-nam`): only such a word can be split, read before any part is cut. A word holds no empty
// part: a hyphen joins only where a letter or digit follows.
function partsCapitalized(text: string): boolean {
  let hyphen = text.indexOf("-");
  if (hyphen === -1 || !isAsciiCapital(text.charCodeAt(0))) return false;
  for (; hyphen !== -1; hyphen = text.indexOf("-", hyphen + 1))
    if (!isAsciiCapital(text.charCodeAt(hyphen + 1))) return false;
  return true;
}

function isAsciiCapital(code: number): boolean {
  return code >= 65 && code <= 90;
}

/**
 * Splits words that join names with hyphens (`GCC-UK`, `Japan-India`, `ROK-Japan-China`) into their
 * parts, where a part is a name `isName` knows or an acronym; `Jeh-seung` and `Jean-Pierre` stay
 * whole. Returns a new list.
 */
export function splitCompounds(
  source: string,
  tokens: readonly Token[],
  isName: (text: string) => boolean,
): Token[] {
  if (!tokens.some((token) => token.capitalized && partsCapitalized(token.text))) return [...tokens];
  const result: Token[] = [];
  for (const token of tokens) {
    // `Guinea-Bissau`, `Timor-Leste`: a name whole is not split into its parts.
    if (!token.capitalized || !partsCapitalized(token.text) || isName(token.text)) {
      result.push(token);
      continue;
    }
    const parts: Token[] = [];
    let from = token.start;
    for (const piece of token.text.split("-")) {
      const start = from;
      const end = start + piece.length;
      from = end + 1;
      if (piece.length === 0) continue;
      const first = piece.charCodeAt(0);
      parts.push({ start, end, text: source.slice(start, end), capitalized: first >= 65 && first <= 90 });
    }
    const named =
      parts.every((part) => part.capitalized) &&
      parts.some((part) => isName(part.text) || /^\p{Lu}[\p{Lu}.&]+$/u.test(part.text));
    if (named && parts.length > 1) result.push(...parts);
    else result.push(token);
  }
  return result;
}
