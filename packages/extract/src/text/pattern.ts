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
