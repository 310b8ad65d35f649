// People named after a post written in lower case, as British and many other papers write posts:
// `the prime minister, Jane Roe, said`, `The Northern Ireland secretary, Ivo Lind, and …`,
// `Norway's foreign minister Kari Dahl and …`, `its foreign minister, Ana Ruiz`, and two people
// after a plural post (`the two defence ministers, Kari Dahl and Ola Berg,`).

import { LOWER_CASE_HEADS } from "../lexicon/en/posts.js";
import { covering, lastEndingBy } from "../text/lookup.js";
import { execBeforeHead } from "../text/pattern.js";
import { type Segment, segment, within } from "../text/span.js";
import type { CountryHit } from "./countries.js";
import { GAP, WRAPPED_NAME, writtenPost } from "./name-words.js";
import { isBareName } from "./named-people.js";
import type { PostHit } from "./people.js";

// Words between the cue and the head: no word that starts a clause or a phrase of its own, so that
// `the talks chaired by the prime minister` is read from the second `the`.
const BEFORE_HEAD = `(?:(?!(?:the|a|an|by|of|in|on|at|and|or|to|with|for|from|who|which|that|was|were|is|are|has|had|said|says|also)\\b)[\\p{L}-]+${GAP}){0,4}?`;
const HEADS = LOWER_CASE_HEADS.map((head) => `[${head[0]}${head[0]?.toUpperCase()}]${head.slice(1)}`).join(
  "|",
);
const HEAD = `(?:${HEADS})(s?)`;
// `cabinet secretary for foreign and diaspora affairs`: a complement in lower case.
const COMPLEMENT = `(?:${GAP}(?:for|of)(?:${GAP}\\p{Ll}[\\p{L}-]*){1,6})?`;
const SET_OFF_POST = new RegExp(
  `(?:\\b(?:[Tt]he|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)|['’]s)${GAP}(${BEFORE_HEAD}${HEAD}\\b${COMPLEMENT})[ \\t]*(,?)${GAP}(${WRAPPED_NAME})(?:${GAP}and${GAP}(${WRAPPED_NAME}))?(?=[ \\t]*[,.;)]|${GAP}(?:said|says|told|added|who|and|also|were|was|is|has|had|will|would)\\b)`,
  "dguy",
);
// The pattern (sticky) is tried only where it can match: at a cue (`the`, `its`, a possessive) at
// most four words and five gaps before a head. Most of a text's cues have no post after them, and
// the pattern searched for at each of them cost more than finding the heads first.
// Only a head that starts a word can be either pass's (here one follows a gap, in `titledNames` no
// letter): one after a letter (`administer`) is not looked for, which makes the search twice as fast.
const HEAD_WORD = new RegExp(`(?<![A-Za-z])(?:${HEADS})`, "gu");
const CUE = /\b(?:[Tt]he|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)|['’]s/gu;
const isGap = (code: number) => code === 32 || code === 9 || code === 10 || code === 13;

/**
 * Where a post's head (`minister`, `Minister`, the `president` in `vice-president` too) starts a
 * word, at every place one does, in text order: found once a text for this pass and `titledNames`,
 * which read the same heads.
 */
export function postHeads(source: string): number[] {
  const heads: number[] = [];
  HEAD_WORD.lastIndex = 0;
  for (let head = HEAD_WORD.exec(source); head !== null; head = HEAD_WORD.exec(source)) {
    heads.push(head.index);
    HEAD_WORD.lastIndex = head.index + 1;
  }
  return heads;
}

// The next match from `from` on, tried before the heads found once a text.
const nextSetOffPost = (source: string, from: number, heads: readonly number[]) =>
  execBeforeHead(SET_OFF_POST, source, from, heads, CUE, 5, isGap);

// Number words before a plural post: `the two defence ministers` holds `defence minister`s.
const COUNT = /^(?:two|three|four|five|both)[ \t]+/;

// `Bolivia, which joined in 2024, was represented by its foreign minister`: `its` is the country the
// sentence opens with (its subject), when one does.
function subjectCountry(source: string, countries: readonly CountryHit[], at: number): string | undefined {
  // The sentence's start: after a stop, or a paragraph's (a line of hand-wrapped copy goes on).
  const stop = Math.max(
    source.lastIndexOf(". ", at),
    source.lastIndexOf(".\n", at),
    source.lastIndexOf("\n\n", at) + 1,
  );
  const subject = countries.find((hit) => hit.start > stop && hit.start < at);
  if (subject === undefined) return undefined;
  return /^[.\s"“]*(?:the[ \t]+)?$/i.test(source.slice(stop + 1, subject.start)) ? subject.code : undefined;
}

/** One person a lower-case post names, with that post. */
export interface SetOffName {
  name: Segment;
  post: PostHit;
}

/**
 * People named after a post in lower case set off by commas, or after a possessive country
 * (`Kenya's foreign minister Ana Ruiz`) without them; the post's country when a country or its
 * adjective is written in it or just before it.
 */
export function setOffPostNames(
  source: string,
  countries: readonly CountryHit[],
  excluded: readonly Segment[],
  heads: readonly number[] = postHeads(source),
): SetOffName[] {
  const found: SetOffName[] = [];
  if (!/[a-z] ?,|['’]s /.test(source)) return found;
  for (
    let match = nextSetOffPost(source, 0, heads);
    match !== null;
    match = nextSetOffPost(source, match.index + match[0].length, heads)
  ) {
    const indices = match.indices;
    if (indices === undefined) continue;
    const possessive = /^['’]s/.test(match[0]);
    // Only a country's possessive, or a comma, sets a name off from its post: `the prime minister
    // Jane Roe` reads on, but `the meeting's chair Ana` and `the minister Monday` do not.
    const owner = possessive ? lastEndingBy(countries, match.index) : undefined;
    if (possessive && owner?.end !== match.index) continue;
    if (!possessive && match[3] !== ",") continue;
    let [titleStart, titleEnd] = indices[1] as [number, number];
    const counted = COUNT.exec(source.slice(titleStart, titleEnd));
    if (counted !== null) titleStart += counted[0].length;
    const plural = match[2] === "s";
    const title = segment(source, titleStart, titleEnd);
    const inside = countries.find((hit) => hit.start >= titleStart && hit.end <= titleEnd);
    const country =
      owner?.code ??
      inside?.code ??
      (/^[Ii]ts\b/.test(match[0]) ? subjectCountry(source, countries, match.index) : undefined);
    const names = [match[4] as string];
    if (plural && match[5] !== undefined) names.push(match[5]);
    names.forEach((text, at) => {
      const start = (indices[4 + at] as [number, number])[0];
      const name = segment(source, start, start + text.length);
      if (!isBareName(text.replace(/\s+/g, " "))) return;
      if (covering(countries, name.start) !== undefined) return;
      if (excluded.some((part) => within(name, part))) return;
      found.push({
        name,
        post: writtenPost(title, country),
      });
    });
  }
  return found;
}
