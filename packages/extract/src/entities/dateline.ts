import { dateAt } from "../dates.js";
import { MONTH_NAME } from "../lexicon/en/months.js";
import { cityCountry, lookUpCountry } from "../lexicon/gazetteer.js";
import { NEWS_AGENCIES } from "../lexicon/organizations.js";
import { type Segment, segment } from "../text/span.js";

/** A dateline at the head of the first paragraph. */
export interface DatelineHit {
  /** The dateline as written, e.g. `OSLO, March 3 (Nordic Wire)`. */
  text: Segment;
  place: Segment;
  /** The place's name as a name: `OSLO` → `Oslo`. */
  placeName: string;
  country?: string;
  date?: Segment;
  agency?: Segment;
  /**
   * `wire` for a dateline set off by a dash or colon, `plain` for `Washington, The …`, `release`
   * for a place and date on a line of their own.
   */
  form: "wire" | "plain" | "release";
}

const PLACE = "(\\p{Lu}[\\p{L}.'’-]*(?:[ \\t]+\\p{Lu}[\\p{L}.'’-]*){0,5})";
// `Warsaw/Berlin (dpa) -`: a story filed from two cities names the first as its place.
const SECOND_PLACE = "(?:/\\p{Lu}[\\p{L}.'’-]*(?:[ \\t]+\\p{Lu}[\\p{L}.'’-]*){0,3})?";
// `CITY, Country Mon DD (Agency) --`, `CITY (Agency) —`, `CITY/CITY (Agency) -`, `CITY, Mon DD -`, `CITY:`, `CITY [Country],
// Mon DD (Agency):`, `CITY, 5th January, 2024 (Agency) --`, `CITY, January 5. /Agency/.`; and with no
// separator, `CITY, Mon DD (Agency) The …` where the agency is one wire copy credits, and `CITY,
// Country Mon DD The …` (older wire feeds) where the place is known and the date is given.
const WIRE = new RegExp(
  `^${PLACE}${SECOND_PLACE}(?:[ \\t]*\\[[^\\]\\n]{2,30}\\])?(?:,[ \\t]*(\\p{Lu}[\\p{L}. ]{1,30}?))??(?:,?[ \\t]+(?=[A-Z0-9]))?((?:[A-Z][a-z]{2,8}\\.?[ \\t]+\\d{1,2}|\\d{1,2}(?:st|nd|rd|th)?[ \\t]+[A-Z][a-z]{2,8}\\.?)(?:,?[ \\t]+\\d{4})?)?\\.?[ \\t]*(?:\\(([^()]{2,40})\\)|/([^/\\n]{2,20})/\\.?)?(?:[ \\t]*(?:--|—|–|-|:)[ \\t]+|[ \\t]+(?=\\p{Lu}\\p{Ll}))`,
  "u",
);
const SEPARATOR = /[ \t]*(?:--|—|–|-|:)[ \t]+$/;
const AGENCY_FORMS = new Set(NEWS_AGENCIES);
// `Washington, The United States will…`: a known place, a comma, and a sentence.
const PLAIN = new RegExp(`^${PLACE},[ \\t]+(?=\\p{Lu})`, "u");

// `Brussels, 3 May 2012`, `Seoul, October 28, 2017`, `Washington, DC`, `Brisbane, Australia`:
// a release's dateline on a line of its own.
const LINE = new RegExp(
  `^${PLACE},[ \\t]*(?:((?:\\d{1,2}[ \\t]+)?${MONTH_NAME}\\.?(?:[ \\t]+\\d{1,2}(?:st|nd|rd|th)?)?,?[ \\t]+\\d{4})|(\\p{Lu}[\\p{L}.]*(?:[ \\t]\\p{Lu}[\\p{L}.]*){0,2}))$`,
  "u",
);

// `Updated - January 27, 2026 10:14 pm IST - NEW DELHI`: some papers put the dateline at the end of
// the page's time stamp, after a dash or a bar.
const STAMP_LABEL = /^(?:updated|published|posted|last updated|first published)\b/i;
const STAMPED_PLACE = new RegExp(`\\d[^\\n]*?[ \\t][-–—|][ \\t]*${PLACE}$`, "u");

/** A release's dateline standing alone on its line, when the place is one we know. */
export function findLineDateline(source: string, line: Segment): DatelineHit | undefined {
  if (STAMP_LABEL.test(line.text)) return stampedDateline(source, line);
  const match = LINE.exec(line.text);
  if (match === null) return undefined;
  const placeText = match[1] as string;
  const country = resolve(placeText) ?? (match[3] === undefined ? undefined : lookUpCountry(match[3])?.code);
  if (resolve(placeText) === undefined) return undefined;
  const hit: DatelineHit = {
    text: line,
    place: segment(source, line.start, line.start + placeText.length),
    placeName: titleCase(placeText),
    form: "release",
    ...(country === undefined ? {} : { country }),
  };
  if (match[2] !== undefined) {
    const at = line.start + line.text.lastIndexOf(match[2]);
    const date = dateAt(source, at, line.end);
    if (date !== undefined) hit.date = date;
  }
  return hit;
}

// The place that ends a time stamp's line, when it is one we know; the stamp's date is the page's,
// not the dateline's.
function stampedDateline(source: string, line: Segment): DatelineHit | undefined {
  const match = STAMPED_PLACE.exec(line.text);
  if (match === null) return undefined;
  const placeText = match[1] as string;
  const country = resolve(placeText);
  if (country === undefined) return undefined;
  const at = line.start + line.text.length - placeText.length;
  const place = segment(source, at, line.end);
  return { text: place, place, placeName: titleCase(placeText), country, form: "release" };
}

/** The dateline that starts the paragraph, if it has one. */
export function findDateline(source: string, paragraph: Segment): DatelineHit | undefined {
  const text = paragraph.text;
  // A dateline is short: read it from the paragraph's head only, so that a long run of spaces in a
  // hostile paragraph costs nothing.
  const wire = WIRE.exec(text.slice(0, 200));
  if (wire !== null && (SEPARATOR.test(wire[0]) || unseparatedDateline(wire))) {
    const placeText = wire[1] as string;
    const region = wire[2];
    const known =
      resolve(placeText) ?? (region === undefined ? undefined : lookUpCountry(titleCase(region))?.code);
    if (known === undefined && !isUpper(placeText)) return undefined;
    // `U.S. - Japan Alliance` is a title: a country's acronym is never a dateline's place.
    if (lookUpCountry(placeText)?.form === "acronym") return undefined;
    // `PRESIDENT LIND:` or `KARI DAHL, PRIME MINISTER:` names a speaker in a transcript.
    if (known === undefined && /:[ \t]+$/.test(wire[0])) return undefined;
    const agency = wire[4] ?? wire[5];
    const end = paragraph.start + wire[0].replace(SEPARATOR, "").replace(/[ \t]+$/, "").length;
    const hit: DatelineHit = {
      text: segment(source, paragraph.start, end),
      place: segment(source, paragraph.start, paragraph.start + placeText.length),
      placeName: titleCase(placeText),
      form: "wire",
      ...(known === undefined ? {} : { country: known }),
    };
    if (wire[3] !== undefined) {
      const at = paragraph.start + wire[0].indexOf(wire[3], placeText.length);
      const date = dateAt(source, at, end);
      if (date !== undefined) hit.date = date;
    }
    if (agency !== undefined) {
      const at = paragraph.start + wire[0].lastIndexOf(agency);
      hit.agency = segment(source, at, at + agency.length);
    }
    return hit;
  }
  const plain = PLAIN.exec(text);
  if (plain === null) return undefined;
  const placeText = plain[1] as string;
  const country = resolve(placeText);
  if (
    country === undefined ||
    (lookUpCountry(placeText)?.form !== "capital" && cityCountry(placeText) === undefined)
  )
    return undefined;
  const place = segment(source, paragraph.start, paragraph.start + placeText.length);
  return { text: place, place, placeName: placeText, country, form: "plain" };
}

// With no separator, only a wire service's credit (`(PTI) The …`), or a known place with its date
// (`BONN, Germany Feb 16 The …`), makes a dateline of the paragraph's first words.
function unseparatedDateline(wire: RegExpExecArray): boolean {
  const agency = wire[4] ?? wire[5];
  if (agency !== undefined) return AGENCY_FORMS.has(agency);
  return wire[3] !== undefined && resolve(wire[1] as string) !== undefined;
}

function resolve(written: string): string | undefined {
  return cityCountry(written) ?? cityCountry(titleCase(written));
}

function isUpper(text: string): boolean {
  return text === text.toUpperCase() && /\p{Lu}/u.test(text);
}

/** `SEOUL` → `Seoul`, `NEW YORK` → `New York`; a name already in mixed case is kept. */
export function titleCase(text: string): string {
  if (!isUpper(text)) return text;
  return text
    .toLowerCase()
    .replace(/(^|[\s-])(\p{L})/gu, (_, space: string, letter: string) => space + letter.toUpperCase());
}
