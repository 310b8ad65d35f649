// An opinion piece ends on a line about its author: `Ana Ruiz is a former Chilean diplomat and a
// senior fellow at …`, `Ola Berg is the Ambassador of Norway to Ghana.` The author is a person the
// page names, and what the line says they are (or were) is their post.

import { type Segment, segment, within } from "../text/span.js";
import type { CountryHit } from "./countries.js";
import { isBareName } from "./named-people.js";
import type { PostHit } from "./people.js";

const NAME = "\\p{Lu}[\\p{L}'’-]+(?:[ \\t]+\\p{Lu}[\\p{L}'’-]+){1,3}";
// At a paragraph's start: the name, `is a` (or `an`, `the`), and the description, which may run
// over one line break of hand-wrapped copy, up to a stop, a comma or the next `and a …`.
const BIO = new RegExp(
  `(?:^|\\n)[ \\t]*(${NAME})[ \\t]+is[ \\t]+(?:a|an|the)[ \\t]+((?:[^,.;\\n]|\\n(?![ \\t]*\\n))+?)(?=[,.;]|[ \\t]+and[ \\t]+(?:a|an|the)[ \\t]|\\n[ \\t]*\\n|$)`,
  "dgu",
);

export function authorBios(
  source: string,
  countries: readonly CountryHit[],
  excluded: readonly Segment[],
): { name: Segment; post: PostHit }[] {
  const found: { name: Segment; post: PostHit }[] = [];
  // Only in the text's last third, where a piece ends.
  const from = Math.floor((source.length * 2) / 3);
  if (source.indexOf(" is ", from) === -1) return found;
  BIO.lastIndex = Math.max(0, source.lastIndexOf("\n", from));
  for (let match = BIO.exec(source); match !== null; match = BIO.exec(source)) {
    const [nameAt, titleAt] = [match.indices?.[1], match.indices?.[2]];
    if (nameAt === undefined || titleAt === undefined) continue;
    const name = segment(source, nameAt[0], nameAt[1]);
    if (!isBareName(name.text) || excluded.some((part) => within(name, part))) continue;
    const title = segment(source, titleAt[0], titleAt[1]);
    const country = countries.find((hit) => hit.start >= title.start && hit.end <= title.end)?.code;
    const former = /^former\b/.test(title.text);
    found.push({
      name,
      post: {
        title,
        acting: false,
        former,
        ...(former ? { label: title.text.replace(/^former\s+/, "") } : {}),
        ...(country === undefined ? {} : { country }),
      },
    });
  }
  return found;
}
