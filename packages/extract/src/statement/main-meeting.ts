import { dateIn } from "../dates.js";
import type { CityHit, PlaceHit } from "../entities/countries.js";
import type { OrganizationHit } from "../entities/organizations.js";
import { MEETING_HEADS } from "../lexicon/en/meetings.js";
import { VENUE_CITY_LINKS, VENUE_HEADS, VENUE_NAMES } from "../lexicon/en/venues.js";
import { cityCountry } from "../lexicon/gazetteer.js";
import { firstDefined } from "../text/lookup.js";
import { escapeRegExp } from "../text/pattern.js";
import { sentenceAround, sentencesOf } from "../text/sentences.js";
import { type Segment, segment, within } from "../text/span.js";
import type { MeetingHit } from "./meeting.js";
import { findMeetingNames, type MeetingName, ORDINAL, ordinalValue, sideCount } from "./meeting-names.js";

/** What the statement pass knows of the text, for finding the meeting a statement came from. */
export interface MeetingContext {
  source: string;
  headline: Segment;
  body: readonly Segment[];
  forums: readonly OrganizationHit[];
  cities: readonly CityHit[];
  /** The sentences that name the statement. */
  statementSentences: readonly Segment[];
  /** The dateline, whose date is the story's and no meeting's. */
  dateline?: Segment | undefined;
  /** Whether a date the text gives is before the time the story tells of (`last February`). */
  isEarlier?: (date: Segment) => boolean;
}

// A sentence that says the meeting took place: `held the … in Tokyo`, `met in Sydney on 7 February`.
const HELD =
  /\b(?:held|hold|holds|convened?|met|meet|hosted|hosts?|co-?chaired|chaired|attended|took place|was held|gathered|on the occasion of|during|at the)\b/i;

const HELD_HERE =
  /\b(?:held|hold|convened|met|meet|hosted|host|co-?chaired|gathered|took place|was held|were held|visited|arrived)\b/i;

/**
 * The meeting the statements came from, when the text names one: the meeting named in the headline
 * or the statement's own sentence, else the first one the text says was held, leaving out the larger
 * event it was on the sidelines of and meetings to come; with its place and date from its sentence.
 */
export function mainMeeting(context: MeetingContext): MeetingHit | undefined {
  const { source, headline, body } = context;
  const ranges = [headline, ...body.filter((part) => part.start !== headline.start)];
  const sentenceOf = (name: MeetingName) =>
    within(name.name, headline) ? headline : sentenceAround(source, body, name.name.start);
  const named = findMeetingNames(source, ranges, context.forums).filter(
    (name) => !name.other && !heldEarlier(name),
  );
  const gathering = named.length === 0 ? forumGathering(context) : undefined;
  const names = gathering === undefined ? named : [gathering];
  if (names.length === 0) return undefined;
  // `the Norway-Iceland Summit held in Reykjavik last November`: a meeting the text dates before its own
  // time is an earlier one.
  function heldEarlier(name: MeetingName): boolean {
    const sentence = sentenceOf(name);
    if (context.isEarlier === undefined || sentence === undefined) return false;
    const after = segment(source, name.name.end, sentence.end);
    const date = dateIn(source, after);
    return date !== undefined && context.isEarlier(date);
  }
  const score = (name: MeetingName) => {
    const sentence = sentenceOf(name);
    let value = 0;
    if (within(name.name, headline)) value += 3;
    if (context.statementSentences.some((s) => within(name.name, s))) value += 2;
    if (sentence !== undefined && HELD.test(sentence.text)) value += 2;
    if (name.forum !== undefined) value += 1;
    if (name.ordinal !== undefined) value += 1;
    // A proper name (`the U.S.-ASEAN Summit`) over a description (`the US-ASEAN meeting`).
    if (/\p{Lu}[\p{L}’']*\)?$/u.test(name.name.text.replace(/\s*\([^()]*\)$/, ""))) value += 1;
    // `the Brussels summit` says where a meeting was, not which: any name the sides give wins.
    if (cityNamed(name) !== undefined) value -= 2;
    return value;
  };
  // The city a meeting is named by, when that is all its name says (`Brussels summit`).
  function cityNamed(name: MeetingName): CityHit | undefined {
    const words = name.name.text.split(/\s+/);
    if (words.length < 2 || words.length > 3 || name.ordinal !== undefined) return undefined;
    const city = words.slice(0, -1).join(" ");
    const code = cityCountry(city);
    return code === undefined
      ? undefined
      : {
          start: name.name.start,
          end: name.name.start + city.length,
          text: source.slice(name.name.start, name.name.start + city.length),
          code,
        };
  }
  let best: MeetingName | undefined;
  let bestScore = -1;
  for (const name of names) {
    const value = score(name);
    if (value > bestScore) {
      best = name;
      bestScore = value;
    }
  }
  if (best === undefined) return undefined;
  // The meeting goes by the name the text gives it where it says it was held (`the 26th
  // Norway-Iceland Fisheries Forum took place in Bergen`), over a title's short form.
  const chosen = best;
  const held = names.find((name) => {
    if (name === chosen || !sameMeeting(name, chosen) || within(name.name, headline)) return false;
    const sentence = sentenceOf(name);
    return sentence !== undefined && HELD_HERE.test(sentence.text);
  });
  const bestSentence = sentenceOf(best);
  const bestHeld = bestSentence !== undefined && HELD_HERE.test(bestSentence.text);
  if (held !== undefined && (within(best.name, headline) || !bestHeld))
    best = { ...held, forum: held.forum ?? best.forum, ordinal: held.ordinal ?? best.ordinal } as MeetingName;
  // `First Economic 2+2` or `Cardiff summit` in the headline, `the inaugural Japan-UK Economic 2+2`
  // or `the second annual UK-Ireland summit` in the story: one meeting, going by the name that says
  // which it was (its sides, its number) over a short form or its host city.
  const short = best;
  const fuller = names.find(
    (name) => name !== short && saysWhich(name, short, cityNamed(short) !== undefined),
  );
  if (fuller !== undefined)
    best = {
      ...fuller,
      forum: fuller.forum ?? best.forum,
      ordinal: fuller.ordinal ?? best.ordinal,
    } as MeetingName;
  const meeting: MeetingHit = {
    name: best.name,
    ...(best.forum === undefined ? {} : { forum: best.forum }),
    ...(best.ordinal === undefined ? {} : { ordinal: best.ordinal }),
  };
  // Where and when: from the sentence that names it, else from another that names it again and says it was held.
  const sentences = [
    sentenceOf(best),
    ...names.filter((name) => name !== best && sameMeeting(name, best)).map((name) => sentenceOf(name)),
  ].filter((s): s is Segment => s !== undefined);
  // Statements open by saying where and when their parties met: `WE, … gathered in Manila on 13
  // November 2017 on the occasion of the 5th ASEAN-U.S. Summit`, `On Mar 16, … held the SCC in Tokyo`.
  for (const paragraph of body.slice(0, 4)) {
    for (const sentence of sentencesOf(source, paragraph))
      if (HELD_HERE.test(sentence.text)) sentences.push(sentence);
  }
  const ordinal =
    names.find((name) => name.ordinal !== undefined && sameMeeting(name, best))?.ordinal ??
    firstDefined(sentences, (sentence) => ordinalAfter(source, body, sentence));
  if (meeting.ordinal === undefined && ordinal !== undefined) meeting.ordinal = ordinal;
  // `their fifth tripartite summit in Baghdad`: the city its name is followed by, over one the
  // sentence names before it (`a ceasefire in Gaza`).
  const chosenName = best.name;
  const cityAfter = context.cities.find(
    (city) =>
      city.start > chosenName.end && /^\s+(?:in|at)\s+$/.test(source.slice(chosenName.end, city.start)),
  );
  if (cityAfter !== undefined) meeting.place = cityAfter;
  for (const sentence of sentences) {
    if (meeting.place === undefined) {
      const place = placeIn(source, sentence, context.cities);
      if (place !== undefined) meeting.place = place;
    }
    if (meeting.date === undefined) {
      const date = dateIn(source, sentence, context.dateline);
      if (date !== undefined) meeting.date = date;
    }
  }
  // `… at Brussels summit` in the headline, `the 20th EU-Canada summit` in the story: one meeting,
  // held where the other naming says.
  if (meeting.place === undefined) {
    const named = firstDefined(
      names.filter(
        (name) =>
          name.name.text.split(/\s+/).at(-1)?.toLowerCase() ===
          best?.name.text.split(/\s+/).at(-1)?.toLowerCase(),
      ),
      cityNamed,
    );
    if (named !== undefined) meeting.place = named;
  }
  if (meeting.place === undefined) {
    const venue = firstDefined(
      sentences.filter((sentence) => HELD_HERE.test(sentence.text)),
      (sentence) => venueIn(source, sentence),
    );
    if (venue !== undefined) meeting.place = venue;
  }
  return meeting;
}

/**
 * A meeting the text gives no name, of a grouping whose members the text says met (`The C5+1
 * foreign ministers met in New York`) or whose document it is (`Declaration of the Nordic-Baltic
 * Eight (NB8) Ministers of Defence`): the grouping's meeting, named by the grouping.
 */
function forumGathering(context: MeetingContext): MeetingName | undefined {
  const { source } = context;
  for (const hit of context.forums) {
    if (hit.kind !== "forum") continue;
    for (const mention of hit.mentions) {
      const after = source.slice(mention.end, mention.end + 80);
      const before = source.slice(Math.max(0, mention.start - 40), mention.start);
      if (MEMBERS_MET.test(after) || DOCUMENT_OF.test(before))
        return { name: mention, forum: hit, other: false };
    }
  }
  return undefined;
}

// After a grouping's name, its members and that they met or agreed on a document: `(NB8) foreign
// ministers met`, `leaders agreed on a Joint Declaration`; not `last met`, nor a meeting to come.
const MEMBERS_MET =
  /^(?:[ \t]*\([^()\n]{1,12}\))?(?:[ \t]+(?!(?:last|will|would|to|had)\b)\p{L}[\p{L}'’-]*){0,3}?[ \t]+(?:met|gathered|convened|agreed (?:on|to)|adopted|issued|signed)\b/u;
// Before it, a document's word: `Declaration of the`, `joint statement by the`.
const DOCUMENT_OF = /(?:declaration|statement|communiqu[eé])[ \t\r\n]+(?:of|by)[ \t\r\n]+the[ \t\r\n]+$/iu;

// Whether `name` is a fuller naming of the meeting `short` names: the same meeting's word, no other
// number, and all of the short form's other words in order (its host city's aside), with the sides'
// compound (`Japan-UK`) the short form lacks; or, for a short form that only names the host city, a
// number or the sides.
function saysWhich(name: MeetingName, short: MeetingName, hostCity: boolean): boolean {
  if (name.ordinal !== undefined && short.ordinal !== undefined && name.ordinal.value !== short.ordinal.value)
    return false;
  const core = (naming: MeetingName) =>
    naming.name.text
      .toLowerCase()
      .replace(/[’']/g, "'")
      .split(/\s+/)
      .filter((word) => word.length > 0 && word !== naming.ordinal?.mention.text.toLowerCase());
  const [long, brief] = [core(name), core(short)];
  if (long.at(-1) !== brief.at(-1)) return false;
  const sides = sideCount(name.name.text) >= 2 && sideCount(short.name.text) < 2;
  if (hostCity) return sides || (name.ordinal !== undefined && short.ordinal === undefined);
  let at = 0;
  for (const word of long) if (word === brief[at]) at += 1;
  return sides && at === brief.length;
}

// Two namings of one meeting: the same forum, the same last two words (`Leaders’ Dialogue`), or the
// same meeting's word with a name in common (`EU-UK Leaders' Summit` and `first EU–UK Summit`).
function sameMeeting(a: MeetingName, b: MeetingName): boolean {
  if (a.forum !== undefined && a.forum === b.forum) return true;
  const words = (name: MeetingName) =>
    name.name.text
      .toLowerCase()
      .replace(/[’']/g, "'")
      .split(/[\s\-–—]+/)
      .filter((word) => word.length > 0);
  const [wa, wb] = [words(a), words(b)];
  if (wa.slice(-2).join(" ") === wb.slice(-2).join(" ")) return true;
  if (wa[wa.length - 1] !== wb[wb.length - 1]) return false;
  const shared = wa
    .slice(0, -1)
    .filter((word) => /^\p{L}/u.test(word) && word !== "the" && wb.slice(0, -1).includes(word));
  return shared.length > 0;
}

const VENUE_NAME = `(?:\\p{Lu}[\\p{L}'’.-]*\\s+){1,3}(?:${VENUE_HEADS.map(escapeRegExp).join("|")})|${VENUE_NAMES.map(escapeRegExp).join("|")}`;
const VENUE = new RegExp(`\\b(?:in|at)\\s+(?:the\\s+)?(${VENUE_NAME})(?![\\p{L}])`, "u");
const CITY_AFTER_VENUE = new RegExp(
  `^,\\s+(?:(?:${VENUE_CITY_LINKS.map(escapeRegExp).join("|")})\\s+)?(\\p{Lu}[\\p{L}-]+(?:\\s\\p{Lu}[\\p{L}-]+)?)`,
  "u",
);
const AFTER_VENUE = new RegExp(
  `\\b(?:in|at)\\s+(?:the\\s+)?(?:${VENUE_NAME}),\\s+(?:(?:${VENUE_CITY_LINKS.map(escapeRegExp).join("|")})\\s+)?$`,
  "u",
);

/**
 * The first city a sentence says something happened in or at, also past the building it names
 * first (`met in Holmen Hall, downtown Oslo`).
 */
export function placeIn(source: string, sentence: Segment, cities: readonly CityHit[]): CityHit | undefined {
  return cities.find(
    (city) =>
      city.start >= sentence.start &&
      city.end <= sentence.end &&
      (/\b(?:in|at|outside|near|city of)\s+(?:the\s+)?$/i.test(
        source.slice(Math.max(sentence.start, city.start - 14), city.start),
      ) ||
        AFTER_VENUE.test(source.slice(Math.max(sentence.start, city.start - 60), city.start))),
  );
}

/** The building or street a sentence says something happened in, when it names no city: `met in Downing Street`. */
function venueIn(source: string, sentence: Segment): PlaceHit | undefined {
  const found = VENUE.exec(sentence.text);
  if (found === null) return undefined;
  const name = found[1] as string;
  const start = sentence.start + found.index + found[0].length - name.length;
  // The city named after it, when the list knows it (`Holmen Hall, downtown Oslo`).
  const city = CITY_AFTER_VENUE.exec(source.slice(start + name.length, sentence.end));
  if (city !== null) {
    const cityName = city[1] as string;
    const code = cityCountry(cityName);
    const at = start + name.length + city[0].length - cityName.length;
    if (code !== undefined) return { ...segment(source, at, at + cityName.length), code };
  }
  return { ...segment(source, start, start + name.length), venue: true };
}

// `This was the ninth such meeting …`, `It marks the third Nordic Fisheries Dialogue`: the
// number a following sentence gives the meeting.
const ORDINAL_AFTER = new RegExp(
  `^(?:This|It|That)\\s+(?:was|is|marks|marked)\\s+the\\s+(${ORDINAL})\\s+(?:[\\p{L}\\d][\\p{L}\\d.+'’-]*\\s+){0,4}?(?:session|round|gathering|${MEETING_HEADS.map(escapeRegExp).join("|")})(?![\\p{L}])`,
  "iu",
);

function ordinalAfter(
  source: string,
  body: readonly Segment[],
  sentence: Segment | undefined,
): MeetingName["ordinal"] {
  if (sentence === undefined) return undefined;
  const paragraph = body.findIndex((part) => part.start <= sentence.start && sentence.end <= part.end);
  const following = body
    .slice(Math.max(paragraph, 0), paragraph + 3)
    .flatMap((part) => sentencesOf(source, part))
    .filter((next) => next.start > sentence.start)
    .slice(0, 3);
  for (const next of following) {
    const found = ORDINAL_AFTER.exec(next.text);
    if (found === null) continue;
    const word = found[1] as string;
    const value = ordinalValue(word);
    const at = next.start + found[0].indexOf(word, found[0].indexOf("the") + 3);
    if (value !== undefined) return { value, mention: segment(source, at, at + word.length) };
  }
  return undefined;
}
