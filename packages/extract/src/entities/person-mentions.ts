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
  const bare = (token: Token | undefined) => token?.text.replace(/['’]s$/, "");
  for (const index of [
    ...(byText.get(words[0] as string) ?? []),
    ...(words.length === 1
      ? (byText.get(`${words[0]}’s`) ?? []).concat(byText.get(`${words[0]}'s`) ?? [])
      : []),
  ]) {
    const run = tokens.slice(index, index + words.length);
    if (
      run.length !== words.length ||
      !run.every((token, at) => (at === words.length - 1 ? bare(token) : token.text) === words[at])
    )
      continue;
    const first = run[0] as Token;
    const last = run[run.length - 1] as Token;
    mentions.push(segment(source, first.start, last.start + (words[words.length - 1] as string).length));
  }
  mentions.sort((a, b) => a.start - b.start);
  if (words.length < 2 || mentions.length === 0) return mentions;
  const full = mentions[0] as Segment;
  for (const family of [words[words.length - 1] as string, words[0] as string]) {
    if ((shared.get(family) ?? 0) > 1) continue;
    const alone: Segment[] = [];
    for (const index of [
      ...(byText.get(family) ?? []),
      ...(byText.get(`${family}’s`) ?? []),
      ...(byText.get(`${family}'s`) ?? []),
    ]) {
      const token = tokens[index] as Token;
      if (token.start < full.end || covering(mentions, token.start) !== undefined) continue;
      const before = tokens[index - 1];
      const after = tokens[index + 1];
      if (before?.capitalized && adjacent(source, before.end, token.start)) continue;
      if (after?.capitalized && adjacent(source, token.end, after.start)) continue;
      alone.push(segment(source, token.start, token.start + family.length));
    }
    if (alone.length > 0) return [...mentions, ...alone].sort((a, b) => a.start - b.start);
  }
  return mentions;
}
