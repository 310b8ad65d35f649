// Lists of signatories and delegates give each person's country in brackets after the name (`Ms Kari
// Dahl (Norway), Mr Lars Holm (Sweden)`): each holds their posts for that country, and those the list
// gives no post hold the post the text named them by as a group before it (`We, the Ministers of
// Defence of …`).

import { firstStartingFrom } from "../text/lookup.js";
import type { CountryHit } from "./countries.js";
import { findGroupPosts, type GroupPost, groupPostBefore } from "./group-posts.js";
import { isGovernmentPost } from "./name-words.js";
import type { PersonHit } from "./people.js";
import { type Mention, mentionIndex } from "./post-countries.js";

// What stands between a name and its country's bracket (a line break of hand-wrapped copy may), and
// after the country.
const OPENING = /^[ \t]*(?:\r?\n[ \t]*)?\($/;
const CLOSING = /^[ \t]*\)/;

const SIGNED = /\b(?:signed|undersigned|signatories)\b/i;

export function bracketedCountries(
  source: string,
  people: readonly PersonHit[],
  countries: readonly CountryHit[],
): void {
  if (!source.includes("(")) return;
  const bracketed: { mention: Mention; code: string }[] = [];
  for (const mention of mentionIndex(people)) {
    if (!source.slice(mention.end, mention.end + 6).includes("(")) continue;
    const country = firstStartingFrom(countries, mention.end);
    if (
      country === undefined ||
      !OPENING.test(source.slice(mention.end, country.start)) ||
      !CLOSING.test(source.slice(country.end, country.end + 3))
    )
      continue;
    bracketed.push({ mention, code: country.code });
  }
  // Only a list (two or more) is one of signatories or delegates: one bracket may say anything.
  if (bracketed.length < 2) return;
  let groups: GroupPost[] | undefined;
  const listStart = (bracketed[0] as (typeof bracketed)[number]).mention.start;
  // A list of signatories (`Signed … by:`) holds the group's post; guests in brackets do not.
  const signed = SIGNED.test(source.slice(Math.max(0, listStart - 300), listStart));
  for (const { mention, code } of bracketed) {
    const person = mention.person;
    // `UN Secretary-General Ana Ruiz (Portugal)`: a body's post is not the country's.
    for (const post of person.posts)
      if (isGovernmentPost(post.label ?? post.title.text)) post.country ??= code;
    if (person.posts.length > 0 || !signed) continue;
    groups ??= findGroupPosts(source);
    const post = groupPostBefore(groups, listStart, code);
    if (post !== undefined) person.posts.push(post);
  }
}
