import { isWhiteSpace } from "../text/chars.js";
import { execBeforeHead } from "../text/pattern.js";
import { type Segment, segment } from "../text/span.js";

/** A geographic feature: `Korean Peninsula`, `South China Sea`, `Taiwan Strait`. */
const FEATURE =
  /\b((?:\p{Lu}[\p{L}-]+\s+){1,3}(?:Peninsula|Seas|Sea|Straits|Strait|Gulf|Oceans|Ocean|Bay|Islands|Island|River|Canal|Mountains|Desert|Basin|Channel|Sound))\b/uy;
// The name's words are tried only before a feature's word (sticky), not from every capitalized word
// of the text as a global search would: at most three words and the white space after them.
const FEATURE_WORD =
  /Peninsula|Sea|Strait|Gulf|Ocean|Bay|Islands|Island|River|Canal|Mountains|Desert|Basin|Channel|Sound/gu;
const CAPITAL = /\p{Lu}/gu;
const nextFeature = (text: string, from: number) =>
  execBeforeHead(FEATURE, text, from, FEATURE_WORD, CAPITAL, 3, isWhiteSpace);

// `Sea of Japan`, `Gulf of Mexico`, `Strait of Hormuz`: a feature's word first, then whose it is, one
// word (`the Strait of Hormuz Iran threatened to close` names Iran after it).
const FEATURE_OF =
  /\b(?:Sea|Gulf|Bay|Straits?|Isthmus|Cape|Horn)[ \t]+of[ \t]+(?:the[ \t]+)?\p{Lu}[\p{L}-]+/gu;

// Places whose names hold a country's and name another place (US states, an Australian state).
const NAMED_LIKE_COUNTRIES = ["New Mexico", "New Jersey", "Jersey City", "New South Wales", "New England"];

/** Geographic features, and places named like countries, in the given stretches. */
export function findFeatures(source: string, ranges: readonly Segment[]): Segment[] {
  const found: Segment[] = [];
  for (const range of ranges) {
    const text = source.slice(range.start, range.end);
    if (text.includes("New ") || text.includes("Jersey"))
      for (const name of NAMED_LIKE_COUNTRIES)
        for (let at = text.indexOf(name); at !== -1; at = text.indexOf(name, at + name.length))
          if (
            !/[\p{L}\p{N}]/u.test(text[at + name.length] ?? "") &&
            !/[\p{L}\p{N}]/u.test(text[at - 1] ?? "")
          )
            found.push(segment(source, range.start + at, range.start + at + name.length));
    if (
      !/(?:Peninsula|Seas?|Straits?|Gulf|Oceans?|Bay|Island|River|Canal|Mountains|Desert|Basin|Channel|Sound|Isthmus|Cape|Horn)\b/.test(
        text,
      )
    )
      continue;
    if (text.includes(" of ")) {
      FEATURE_OF.lastIndex = 0;
      for (let match = FEATURE_OF.exec(text); match !== null; match = FEATURE_OF.exec(text))
        found.push(segment(source, range.start + match.index, range.start + match.index + match[0].length));
    }
    for (
      let match = nextFeature(text, 0);
      match !== null;
      match = nextFeature(text, match.index + match[0].length)
    ) {
      let name = match[1] as string;
      let start = range.start + match.index;
      const leading = /^(?:The|In|On|At|To|From|Across|Near)\s+/.exec(name);
      if (leading !== null) {
        name = name.slice(leading[0].length);
        start += leading[0].length;
      }
      if (name.includes(" ")) found.push(segment(source, start, start + name.length));
    }
  }
  return found.sort((a, b) => a.start - b.start);
}
