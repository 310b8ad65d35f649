// A story names the members of a meeting together by their post (`the presidents of the bloc`, `the
// foreign ministers of the five republics`), then one by one by their country alone (`Paraguay's A,
// Argentina's B and Brazil's C`): each in that list holds the post, for their country.

import { COMPLEMENT, LOWER_CASE_HEADS, MODIFIERS } from "../lexicon/en/posts.js";
import { type Segment, segment } from "../text/span.js";
import type { PostHit } from "./people.js";

/** A head's plural: `ministers`, `secretaries`. */
export const plural = (head: string) => (head.endsWith("y") ? `${head.slice(0, -1)}ies` : `${head}s`);
// Heads that name a group of office-holders: not `chairs` or `directors`, which many bodies have.
const GROUP_HEADS = LOWER_CASE_HEADS.filter((head) =>
  /minister|president|premier|chancellor|secretary$/.test(head),
);
const GROUP_MODIFIERS = [...MODIFIERS].filter((word) => word !== "Former" && word !== "Acting");
const COMPLEMENT_WORD = `(?:${[...COMPLEMENT].join("|")})`;
// `presidents`, `foreign ministers`, `Defence Ministers`, `Ministers of Defence`, `Ministers for
// Foreign Affairs`: a plural post (its head, group 1), with up to three modifiers before it and the
// words of a portfolio after it.
const GROUP_POST = new RegExp(
  `\\b(?:(?:${GROUP_MODIFIERS.join("|")})[ \\t]+){0,3}(${GROUP_HEADS.map(plural).join("|")})(?:[ \\t]+(?:of|for)[ \\t]+${COMPLEMENT_WORD}(?:[ \\t]+(?:and[ \\t]+)?${COMPLEMENT_WORD}){0,3})?\\b`,
  "dgi",
);
const FORMER_BEFORE = /\b(?:former|ex-|then-)[ \t]*$/i;
// After a list, its own description (`…, both opposition lawmakers`, `…, who head …`): the list is
// not the group's members.
const DESCRIBED = /^[ \t]*,[ \t]*(?:the|both|who|which|each|all|a|an|two|three|four)\b/i;

/** Whether the words after a list describe its people themselves. */
export function describedList(source: string, listEnd: number): boolean {
  return DESCRIBED.test(source.slice(listEnd, listEnd + 16));
}

// How far before a list its group may be named: the story's first paragraphs, not the whole page.
const REACH = 1500;

/** A post a story names a group of people by, and its singular. */
export interface GroupPost {
  title: Segment;
  label: string;
}

/** Every plural post in the text, in order (a plain search for the heads first). */
export function findGroupPosts(source: string): GroupPost[] {
  const found: GroupPost[] = [];
  if (!/minister|president|premier|chancellor|secretar/i.test(source)) return found;
  GROUP_POST.lastIndex = 0;
  for (let match = GROUP_POST.exec(source); match !== null; match = GROUP_POST.exec(source)) {
    // `the ministers' plan`: the group's, not a naming of its members; `former prime ministers`:
    // no post they hold.
    const next = source.charAt(match.index + match[0].length);
    if (
      next === "'" ||
      next === "’" ||
      FORMER_BEFORE.test(source.slice(Math.max(0, match.index - 12), match.index))
    )
      continue;
    const title = segment(source, match.index, match.index + match[0].length);
    const head = match[1] as string;
    const at = (match.indices?.[1]?.[0] ?? match.index) - match.index;
    const label = `${match[0].slice(0, at)}${singular(head)}${match[0].slice(at + head.length)}`;
    found.push({ title, label: label.toLowerCase().replace(/\s+/g, " ") });
  }
  return found;
}

/**
 * The post of the group named last before a list of people named by their country alone, for one
 * of them; undefined when none was named within reach.
 */
export function groupPostBefore(
  groups: readonly GroupPost[],
  listStart: number,
  country: string,
): PostHit | undefined {
  // Few groups a text: the last that ends before the list, searched from the end.
  let group: GroupPost | undefined;
  for (let at = groups.length - 1; at >= 0 && group === undefined; at--)
    if ((groups[at] as GroupPost).title.end <= listStart) group = groups[at];
  if (group === undefined || listStart - group.title.end > REACH) return undefined;
  // `the foreign ministers of the five republics … The ministers met …`: the bare word names the
  // group named in full before it.
  if (!group.label.includes(" ")) {
    const bare = group;
    const fuller = groups.findLast(
      (each) =>
        each.title.end <= bare.title.start &&
        (each.label.endsWith(` ${bare.label}`) || each.label.startsWith(`${bare.label} `)),
    );
    if (fuller !== undefined && listStart - fuller.title.end <= REACH) group = fuller;
  }
  return { title: group.title, label: group.label, acting: false, former: false, country };
}

function singular(head: string): string {
  return /ies$/i.test(head) ? `${head.slice(0, -3)}y` : head.slice(0, -1);
}
