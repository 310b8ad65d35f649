import { covering } from "../text/lookup.js";
import type { Segment } from "../text/span.js";
import { segment } from "../text/span.js";
import { adjacent, type Token, type TokenIndex } from "../text/tokens.js";
import type { PersonHit } from "./people.js";

// Every naming of the person: the full name, and later the family name alone. Which word of a
// two-part name is the family name, the text shows: the one used alone (`Countryman`, or `Zhao`
// for Zhao Lei); the last word is tried first. A word another person's name shares is not used.
export function mentionsOf(
  source: string,
  tokens: readonly Token[],
  byText: TokenIndex,
  person: PersonHit,
  shared: ReadonlyMap<string, number>,
): Segment[] {
  // `Kang, Mi-rae`: a comma after a family name written first is not part of its word.
  const words = person.name.split(/,?\s+/);
  const mentions: Segment[] = [];
  const last = words[words.length - 1] as string;
  // The full name written from each of these words on.
  const full = (indexes: readonly number[] | undefined) => {
    for (const index of indexes ?? NONE)
      if (namedAt(tokens, index, words))
        mentions.push(
          segment(
            source,
            (tokens[index] as Token).start,
            (tokens[index + words.length - 1] as Token).start + last.length,
          ),
        );
  };
  full(byText.get(words[0] as string));
  if (words.length === 1) {
    full(byText.get(`${words[0]}’s`));
    full(byText.get(`${words[0]}'s`));
  }
  mentions.sort((a, b) => a.start - b.start);
  if (words.length < 2 || mentions.length === 0) return mentions;
  const first = mentions[0] as Segment;
  for (const family of [last, words[0] as string]) {
    if ((shared.get(family) ?? 0) > 1) continue;
    const alone: Segment[] = [];
    // The family name alone at each of these words, with no capitalized word joined to it.
    const bare = (indexes: readonly number[] | undefined) => {
      for (const index of indexes ?? NONE) {
        const token = tokens[index] as Token;
        if (token.start < first.end || covering(mentions, token.start) !== undefined) continue;
        const before = tokens[index - 1];
        const after = tokens[index + 1];
        if (before?.capitalized && adjacent(source, before.end, token.start)) continue;
        if (after?.capitalized && adjacent(source, token.end, after.start)) continue;
        alone.push(segment(source, token.start, token.start + family.length));
      }
    };
    bare(byText.get(family));
    bare(byText.get(`${family}’s`));
    bare(byText.get(`${family}'s`));
    if (alone.length > 0) return [...mentions, ...alone].sort((a, b) => a.start - b.start);
  }
  return mentions;
}

const NONE: readonly number[] = [];

// Whether the name's words are written from the token at `index` on, the last perhaps with a
// possessive (`Kari Dahl’s`).
function namedAt(tokens: readonly Token[], index: number, words: readonly string[]): boolean {
  const last = words.length - 1;
  if (index + last >= tokens.length) return false;
  for (let at = 0; at < last; at++) if ((tokens[index + at] as Token).text !== words[at]) return false;
  return (tokens[index + last] as Token).text.replace(/['’]s$/, "") === words[last];
}
