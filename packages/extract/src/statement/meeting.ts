import { dateAt } from "../dates.js";
import type { CityHit, PlaceHit } from "../entities/countries.js";
import type { OrganizationHit } from "../entities/organizations.js";
import { type Segment, segment } from "../text/span.js";
import { ORDINAL, ordinalValue } from "./meeting-names.js";

// `the inaugural meeting of the …`, `the 5th round of talks between …`: the ordinal words are the lexicon's.
const SESSION = new RegExp(
  `\\b(?:(${ORDINAL})\\s+)?(?:(?:annual|ministerial|plenary|regular|high-level|working-level|summit)\\s+)?(meeting|session|round|summit|dialogue|consultations?|talks)\\s+(?:of|between)\\s+(?:the\\s+)?`,
  "gi",
);

/** The meeting a statement came out of, as found in the text. */
export interface MeetingHit {
  name: Segment;
  forum?: OrganizationHit;
  ordinal?: { value: number; mention: Segment };
  date?: Segment;
  place?: PlaceHit;
  /** The larger event, as written: `the G20 summit` in `on the sidelines of the G20 summit`. */
  partOf?: Segment;
}

/**
 * The session of a forum the text names (`inaugural meeting of the Extended Deterrence Strategy and
 * Consultation Group (EDSCG) in Washington on Tuesday (US time)`): its name as written, the forum,
 * the ordinal, and the place and date that follow it in the sentence.
 */
export function findMeeting(
  source: string,
  ranges: readonly Segment[],
  forums: readonly OrganizationHit[],
  cities: readonly CityHit[],
): MeetingHit | undefined {
  // A session is one of a forum named right after it: with no forum, none.
  if (forums.length === 0) return undefined;
  for (const range of ranges) {
    const text = source.slice(range.start, range.end);
    SESSION.lastIndex = 0;
    for (let match = SESSION.exec(text); match !== null; match = SESSION.exec(text)) {
      const start = range.start + match.index;
      const after = start + match[0].length;
      const forum = forums.find((hit) => hit.mentions.some((mention) => mention.start === after));
      if (forum === undefined) continue;
      let end = (forum.mentions.find((mention) => mention.start === after) as Segment).end;
      const bracket = /^\s?\(([^()]{2,24})\)/.exec(source.slice(end, range.end));
      if (bracket !== null && bracket[1] === forum.acronym) end += bracket[0].length;
      const ordinalWord = match[1];
      const meeting: MeetingHit = { name: segment(source, start, end), forum };
      if (ordinalWord !== undefined) {
        const value = ordinalValue(ordinalWord);
        if (value !== undefined)
          meeting.ordinal = { value, mention: segment(source, start, start + ordinalWord.length) };
      }
      const sentenceEnd = sentenceEndAfter(source, end, range.end);
      const place = cities.find(
        (city) =>
          city.start >= end &&
          city.end <= sentenceEnd &&
          /^\s+(?:in|at)\s+$/.test(source.slice(end, city.start)),
      );
      if (place !== undefined) meeting.place = place;
      const dateFrom = place?.end ?? end;
      const on = /^\s*(?:,\s*)?(?:on|in)?\s*/.exec(source.slice(dateFrom, sentenceEnd));
      const date = dateAt(source, dateFrom + (on?.[0].length ?? 0), sentenceEnd);
      if (date !== undefined) meeting.date = date;
      const sidelines =
        /\bon the (?:sidelines|margins) of\s+((?:the\s+)?[^,.;]{3,80}?)(?=[,.;]|\s+(?:in|on)\s|$)/.exec(
          source.slice(range.start, sentenceEnd),
        );
      if (sidelines !== null) {
        const start = range.start + sidelines.index + sidelines[0].length - (sidelines[1] as string).length;
        meeting.partOf = segment(source, start, start + (sidelines[1] as string).length);
      }
      return meeting;
    }
  }
  return undefined;
}

const FOLLOWED = /\s|$/;

/** Where the sentence that holds `from` ends. */
export function sentenceEndAfter(source: string, from: number, limit: number): number {
  for (let index = from; index < limit; index++) {
    const code = source.charCodeAt(index);
    if ((code === 46 || code === 33 || code === 63) && FOLLOWED.test(source[index + 1] ?? "")) return index;
  }
  return limit;
}
