// Transcripts name who speaks at the start of a line, in capitals: `KARI DAHL, FOREIGN MINISTER:`,
// `MINISTER DAHL:`. The name is kept as written.

import { MODIFIERS } from "../lexicon/en/posts.js";
import { lookUpCountry } from "../lexicon/gazetteer.js";
import { type Segment, segment, within } from "../text/span.js";
import { titleCase } from "./dateline.js";
import { isHead } from "./name-words.js";
import type { PostHit } from "./people.js";

const WORD = "\\p{Lu}[\\p{Lu}'’.-]*";
const LABEL = new RegExp(
  `^[ \\t]*((?:${WORD}[ \\t]+){0,5}${WORD})(?:,[ \\t]*((?:${WORD}[ \\t]+){0,6}${WORD}))?[ \\t]*:`,
  "gmu",
);

// `FOREIGN` → `Foreign`, `SECRETARY-GENERAL` → `Secretary-General`: as the lexicon writes them.
const isPostWord = (word: string) => isHead(titleCase(word)) || MODIFIERS.has(titleCase(word));

export function speakerLabels(
  source: string,
  excluded: readonly Segment[],
): { name: Segment; post: PostHit }[] {
  const found: { name: Segment; post: PostHit }[] = [];
  // Only a text with a line starting in two words of capitals can hold one.
  if (!/^[ \t]*\p{Lu}{2,}[ \t,]+\p{Lu}{2,}/mu.test(source)) return found;
  LABEL.lastIndex = 0;
  for (let match = LABEL.exec(source); match !== null; match = LABEL.exec(source)) {
    const first = match[1] as string;
    const start = match.index + match[0].indexOf(first);
    const words = first.split(/[ \t]+/);
    let name: Segment;
    let title: Segment;
    if (match[2] !== undefined) {
      // `KARI DAHL, FOREIGN MINISTER:`
      const written = match[2];
      if (words.length < 2 || words.some(isPostWord) || !isPostWord(written.split(/[ \t]+/)[0] as string))
        continue;
      const titleStart = match.index + match[0].lastIndexOf(written);
      name = segment(source, start, start + first.length);
      title = segment(source, titleStart, titleStart + written.length);
    } else {
      // `MINISTER DAHL:`: post words, then the name.
      let at = 0;
      while (at < words.length && isPostWord(words[at] as string)) at++;
      if (at === 0 || at === words.length || words.slice(at).some(isPostWord)) continue;
      const nameText = words.slice(at).join(" ");
      const nameStart = start + first.lastIndexOf(nameText);
      if (nameStart < start) continue;
      name = segment(source, nameStart, nameStart + nameText.length);
      title = segment(
        source,
        start,
        start + first.indexOf(words[at - 1] as string) + (words[at - 1] as string).length,
      );
    }
    if (name.text.split(/[ \t]+/).some((word) => lookUpCountry(titleCase(word)) !== undefined)) continue;
    if (excluded.some((part) => within(name, part))) continue;
    const country = countryOf(title.text);
    found.push({
      name,
      post: { title, acting: false, former: false, ...(country === undefined ? {} : { country }) },
    });
  }
  return found;
}

// `PRIME MINISTER OF NEW ZEALAND`, `NORWEGIAN FOREIGN MINISTER`: the country a post in capitals names.
function countryOf(title: string): string | undefined {
  const words = title.split(/[ \t]+/).map(titleCase);
  const of = words.lastIndexOf("Of");
  if (of >= 0) {
    const rest = words.slice(of + 1).filter((word) => word !== "The");
    const named = lookUpCountry(rest.join(" "));
    if (named !== undefined && named.form !== "city") return named.code;
  }
  const before = lookUpCountry(words[0] as string);
  return before === undefined || before.form === "city" ? undefined : before.code;
}
