// An opinion piece ends on a line about its author: `Ana Ruiz is a former Chilean diplomat and a
// senior fellow at …`, `Ola Berg is the Ambassador of Norway to Ghana.` The author is a person the
// page names, and what the line says they are (or were) is their post.

import { ROLE_NOUNS } from "../lexicon/en/posts.js";
import { type Segment, segment, within } from "../text/span.js";
import type { CountryHit } from "./countries.js";
import { isHead, NAME, writtenPost } from "./name-words.js";
import { isBareName } from "./named-people.js";
import type { PostHit } from "./people.js";

// At a paragraph's start: the name, `is a` (or `an`, `the`), and the description, which may run
// over one line break of hand-wrapped copy, up to a stop or a comma.
const BIO = new RegExp(
  `[ \\t]*(${NAME})[ \\t]+is[ \\t]+(?:a|an|the)[ \\t]+((?:[^,.;\\n]|\\n(?![ \\t]*\\n))+?)(?=[,.;]|\\n[ \\t]*\\n|$)`,
  "dyu",
);
// Where the post ends: before a clause or a second description (`… diplomat and a senior fellow`,
// `… Ambassador of Germany to Ghana`, `… member who voted`).
const POST_END = /\s+(?:and|who|which|that|to|with|since|for)\s/;
// The words a description of someone's work ends on: what they are, not whose mother they are.
const ROLE = new RegExp(`\\b(?:${[...ROLE_NOUNS].join("|")})s?$`, "i");
const PARAGRAPH_BREAK = /\n[ \t]*\r?\n/g;

export function authorBios(
  source: string,
  countries: readonly CountryHit[],
  excluded: readonly Segment[],
): { name: Segment; post: PostHit }[] {
  const found: { name: Segment; post: PostHit }[] = [];
  // Only in the last two paragraphs, where a piece ends…
  const end = source.trimEnd().length;
  let last = -1;
  let secondLast = -1;
  PARAGRAPH_BREAK.lastIndex = 0;
  for (let found = PARAGRAPH_BREAK.exec(source); found !== null; found = PARAGRAPH_BREAK.exec(source))
    if (found.index + found[0].length < end) {
      secondLast = last;
      last = found.index;
    }
  // …and in the text's second half: a short piece's second paragraph is still its story.
  const half = source.lastIndexOf("\n", Math.floor(source.length / 2));
  const from = Math.max(secondLast, half, 0);
  if (source.indexOf(" is ", from) === -1) return found;
  // At each line's start (the pattern is sticky).
  for (let line = source.indexOf("\n", from); line !== -1; line = source.indexOf("\n", line + 1)) {
    BIO.lastIndex = line + 1;
    const match = BIO.exec(source);
    if (match === null) continue;
    const [nameAt, titleAt] = [match.indices?.[1], match.indices?.[2]];
    if (nameAt === undefined || titleAt === undefined) continue;
    const name = segment(source, nameAt[0], nameAt[1]);
    if (!isBareName(name.text) || excluded.some((part) => within(name, part))) continue;
    const described = source.slice(titleAt[0], titleAt[1]);
    const cut = POST_END.exec(described);
    const title = segment(source, titleAt[0], titleAt[0] + (cut === null ? described.length : cut.index));
    if (!ROLE.test(title.text) && !isHead(/^(?:former\s+)?(\S+)/.exec(title.text)?.[1] ?? "")) continue;
    const country = countries.find((hit) => hit.start >= title.start && hit.end <= title.end)?.code;
    found.push({ name, post: writtenPost(title, country) });
  }
  return found;
}
