// A photograph's credit joins its photographer's name and the agency by a slash, either way round:
// `© Ana Ruiz / AFP`, `(Photo: Ana Ruiz/AFP)`, `REUTERS/Ana Ruiz`. The photographer is a person the
// page names.

import { PICTURE_AGENCIES } from "../lexicon/en/credits.js";
import { lookUpCountry } from "../lexicon/gazetteer.js";
import { wireServiceOf } from "../lexicon/organizations.js";
import { execNotAfter } from "../text/pattern.js";
import { type Segment, segment, within } from "../text/span.js";
import { NAME } from "./name-words.js";
import { isBareName } from "./named-people.js";

const AGENCY = "\\p{Lu}[\\p{L}-]*(?:[ \\t]+\\p{Lu}[\\p{L}-]*)?";
// The name, then the agency (group 1, 2), or the agency, then the name (group 3, 4); nothing
// but a credit's end after it; not after a letter or a slash either (see `execNotAfter`).
const SLASH_CREDIT = new RegExp(
  `(?:(${NAME})[ \\t]*/[ \\t]*(${AGENCY})|(${AGENCY})[ \\t]*/[ \\t]*(${NAME}))(?=[ \\t]*(?:[)\\]|,;\\n]|$))`,
  "dgu",
);
const LETTER_OR_SLASH = /[\p{L}/]/u;
const PICTURE_AGENCY = new Set(PICTURE_AGENCIES);

const AGENCY_WORD = /\b(?:Images|News|Press|Agency|Service|Pool|Photos?|Handout|Media|Wire)\b/;
const isAgency = (text: string) => wireServiceOf(text) !== undefined || PICTURE_AGENCY.has(text);

export function photoCredits(source: string, excluded: readonly Segment[]): Segment[] {
  const found: Segment[] = [];
  if (!source.includes("/")) return found;
  SLASH_CREDIT.lastIndex = 0;
  for (
    let match = execNotAfter(SLASH_CREDIT, source, LETTER_OR_SLASH);
    match !== null;
    match = execNotAfter(SLASH_CREDIT, source, LETTER_OR_SLASH)
  ) {
    const first = match[1] !== undefined;
    const agency = (first ? match[2] : match[3]) as string;
    const at = match.indices?.[first ? 1 : 4];
    if (at === undefined || !isAgency(agency)) continue;
    const name = segment(source, at[0], at[1]);
    // `AFP/Getty Images`, `Kyodo News/AP`: two agencies, no photographer.
    if (!isBareName(name.text) || lookUpCountry(name.text) !== undefined || isAgency(name.text)) continue;
    if (AGENCY_WORD.test(name.text)) continue;
    if (!excluded.some((part) => within(name, part))) found.push(name);
  }
  return found;
}
