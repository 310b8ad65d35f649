/** A word or phrase as a regular expression source that matches it literally. */
export function escapeRegExp(word: string): string {
  return word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/**
 * The next match of a global pattern that does not follow a character `before`
 * matches: what a leading `(?<![…])` in the pattern would find, in the same order. V8 tries a leading
 * lookbehind at every position of the text before anything else, so a long alternation behind one
 * cannot skip ahead to where its first letters stand; without it the pattern runs several times
 * faster, and the few matches that do follow such a character are stepped over here.
 */
export function execNotAfter(pattern: RegExp, text: string, before: RegExp): RegExpExecArray | null {
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    const at = match.index;
    if (!follows(text, at, before, pattern.unicode)) return match;
    // On to the next character, as the lookbehind's pattern would: a surrogate pair is one.
    const code = text.charCodeAt(at);
    pattern.lastIndex =
      pattern.unicode && code >= 0xd800 && code <= 0xdbff && isLowSurrogate(text.charCodeAt(at + 1))
        ? at + 2
        : at + 1;
  }
  return null;
}

/** Whether the character just before `at` (a code point, for a `u` pattern) matches `before`. */
function follows(text: string, at: number, before: RegExp, unicode: boolean): boolean {
  if (at === 0) return false;
  let from = at - 1;
  if (unicode && from > 0 && isLowSurrogate(text.charCodeAt(from))) {
    const high = text.charCodeAt(from - 1);
    if (high >= 0xd800 && high <= 0xdbff) from--;
  }
  return before.test(text.slice(from, at));
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/**
 * The first match from `from` on of a sticky `pattern` every match of which holds a head after at
 * most `words` words and the gaps after them, as a global search would find it. The heads are found
 * first (by `heads`, a global pattern, or given as their positions in text order, when several
 * passes read the same heads), and the pattern is tried only where `start` (a global pattern that
 * matches wherever a match can start) matches in the stretch before each: for patterns that open
 * with an article or a capitalized word, which a global search tries at every one of them.
 */
export function execBeforeHead(
  pattern: RegExp,
  text: string,
  from: number,
  heads: RegExp | readonly number[],
  start: RegExp,
  words: number,
  isGap: (code: number) => boolean,
): RegExpExecArray | null {
  // Every position before `tried` is known to start no match.
  let tried = from;
  const before = (at: number): RegExpExecArray | null => {
    // No match whose head stands at or after `at` starts before this; nor one that starts after
    // `at`, which the next heads' stretches hold.
    start.lastIndex = Math.max(tried, wordsBefore(text, at, words, isGap));
    for (let cue = start.exec(text); cue !== null && cue.index <= at; cue = start.exec(text)) {
      pattern.lastIndex = cue.index;
      const match = pattern.exec(text);
      if (match !== null) return match;
      start.lastIndex = cue.index + 1;
    }
    tried = at + 1;
    return null;
  };
  if (!(heads instanceof RegExp)) {
    for (const at of heads) {
      if (at < from) continue;
      const match = before(at);
      if (match !== null) return match;
    }
    return null;
  }
  heads.lastIndex = from;
  for (let found = heads.exec(text); found !== null; found = heads.exec(text)) {
    const match = before(found.index);
    if (match !== null) return match;
    heads.lastIndex = found.index + 1;
  }
  return null;
}

// The start of the `count`-th run of characters other than gaps before `at`.
function wordsBefore(text: string, at: number, count: number, isGap: (code: number) => boolean): number {
  let position = at;
  for (let word = 0; word < count; word++) {
    while (position > 0 && isGap(text.charCodeAt(position - 1))) position--;
    while (position > 0 && !isGap(text.charCodeAt(position - 1))) position--;
  }
  return position;
}
