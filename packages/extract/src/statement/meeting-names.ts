import type { OrganizationHit } from "../entities/organizations.js";
import {
  FUTURE_AFTER,
  GROUPING_POSSESSIVES,
  LOWER_NAME_WORDS,
  MEETING_DETERMINERS,
  MEETING_HEADS,
  MINISTERS_PORTFOLIOS,
  NAME_CONNECTORS,
  ORDINAL_WORDS,
  OTHER_MEETING_BEFORE,
} from "../lexicon/en/meetings.js";
import { escapeRegExp, execNotAfter } from "../text/pattern.js";
import { type Segment, segment } from "../text/span.js";

/** A meeting named in the text: its name as written, its number, and the forum it is a session of. */
export interface MeetingName {
  name: Segment;
  ordinal?: { value: number; mention: Segment };
  /** The organization the name is a session of, or that gives its acronym. */
  forum?: OrganizationHit;
  /** Whether the text says it is another meeting: the larger event, a future one, an earlier one. */
  other: boolean;
}

// `summit` → `[Ss]ummit`: a head in either case, the rest as written.
const anyFirstCase = (word: string) =>
  /^\p{L}/u.test(word)
    ? `[${word[0]?.toUpperCase()}${word[0]}]${escapeRegExp(word.slice(1))}`
    : escapeRegExp(word);
// Not after a letter, a digit or a plus sign either: see `execNotAfter`.
const AFTER_NO_HEAD = /[\p{L}\d+]/u;
const HEAD = new RegExp(`(?:${MEETING_HEADS.map(escapeRegExp).join("|")})(?![\\p{L}])`, "giu");
const CONNECTOR = new Set(NAME_CONNECTORS);
// `the Norway-Iceland meeting at the Nordic Council Summit`: the second is the larger event the first, itself
// named, was part of (`held talks at the … Summit` names only one).
const LARGER_EVENT = new RegExp(
  `\\p{Lu}[\\p{L}.’'-]*[ \\t]+(?:${MEETING_HEADS.map(escapeRegExp).join("|")})[ \\t]+(?:at|during)[ \\t]+(?:the[ \\t]+)?$`,
  "u",
);
const DETERMINERS = new Set(MEETING_DETERMINERS);
const ORDINAL_NUMBER = /^(\d{1,3})(?:st|nd|rd|th)$/i;
/** An ordinal, as a pattern's source: a word (`fifth`, `inaugural`) or a number and its suffix (`49th`). */
export const ORDINAL = `${Object.keys(ORDINAL_WORDS).join("|")}|\\d{1,3}(?:st|nd|rd|th)`;

/** The number an ordinal stands for (`fifth` → 5, `49th` → 49), or undefined. */
export function ordinalValue(written: string): number | undefined {
  const number = ORDINAL_NUMBER.exec(written);
  const value = number === null ? ORDINAL_WORDS[written.toLowerCase()] : Number(number[1]);
  return value !== undefined && value > 0 ? value : undefined;
}

// What a statement came out of (`after their fifth summit`), not a meeting told as time past (`a year
// after their first summit`).
const OUT_OF_THEIR =
  /(?<!\b(?:years?|months?|weeks?|days?|decades?)\s+)\b(?:after|at|during|following|on the sidelines of)\s+their\s+$/i;
const COUNTED_WITHIN = /^\s+(?:in\s+(?:\w+\s+)?(?:years?|decades?|months?)|this\s+year|since)\b/i;
const SESSION_OF_NAME = new RegExp(
  `\\b(${ORDINAL})\\s+(?:round|session|meeting|edition)\\s+of\\s+(?:the|their|its)\\s+$`,
  "i",
);
const OTHER_BEFORE = new RegExp(
  `(?:${OTHER_MEETING_BEFORE.map(escapeRegExp).join("|")})\\s+(?:the\\s+|a\\s+)?$`,
  "i",
);
const FUTURE = new RegExp(`^[^.;]{0,40}?\\b(?:${FUTURE_AFTER.map(escapeRegExp).join("|")})\\b`, "i");
// One word of a name going back from its head: capitalized, an acronym, a compound, `2+2`, `Leaders’`.
const CONTINUES = new RegExp(
  `^["”’]?(?:[ \\t]+(?:[\\p{Lu}\\d][\\p{L}\\d.'’&+–-]*|and|of|for|&)){0,5}?[ \\t]+(?:${MEETING_HEADS.map(anyFirstCase).join("|")})(?![\\p{L}])`,
  "u",
);
// The document a meeting's name may follow in a title: `Joint Statement on Trilateral Meeting …`.
const DOCUMENT_WORD = /^(?:Statement|Declaration|Communiqu[eé]|Accord|Announcement)$/i;
// `Meeting of the Trade Ministers`, `meeting of the foreign ministers`: whose meeting it is, in the
// case the name is written in (a portfolio in lower case only before lower-case ministers).
const OF_WHOM = new RegExp(
  String.raw`^\s+of\s+the\s+(?:(?:\p{Lu}[\p{L}'’-]*\s+){0,3}(?:Ministers|Leaders|Heads of State|Chiefs|Parties)|(?:(?:${MINISTERS_PORTFOLIOS.join("|")}|and)\s+){0,4}(?:ministers|leaders|heads of state|chiefs))\b`,
  "u",
);
const LOWER_WORDS = new Set(LOWER_NAME_WORDS);
const POSSESSIVES = new Set(GROUPING_POSSESSIVES);
const NAME_WORD = /^(?:\p{Lu}[\p{L}\p{N}.'’&+–-]*|\d\+\d|[\p{Lu}\d][\p{L}\d.'’&+–-]*)$/u;

/**
 * Every meeting the stretches name: a run of capitalized words ending in a meeting's word
 * (`the 26th Australia-Papua New Guinea Ministerial Forum`, `Quad Leaders’ Summit`, `the ROK–U.S.
 * Security Consultative Meeting (SCM)`), with an ordinal before it in words or figures (`Seventh`,
 * `49 th`), the bracketed acronym after it, and the forum whose name it ends with.
 */
export function findMeetingNames(
  source: string,
  ranges: readonly Segment[],
  forums: readonly OrganizationHit[],
): MeetingName[] {
  const found: MeetingName[] = [];
  for (const range of ranges) {
    const text = source.slice(range.start, range.end);
    HEAD.lastIndex = 0;
    for (
      let match = execNotAfter(HEAD, text, AFTER_NO_HEAD);
      match !== null;
      match = execNotAfter(HEAD, text, AFTER_NO_HEAD)
    ) {
      // A name goes on to a later meeting's word: `2+2 Foreign and Defence Ministerial Consultations`,
      // also past a closing quotation mark (`their first "2+2" meeting`).
      if (CONTINUES.test(text.slice(match.index + match[0].length))) continue;
      const headStart = range.start + match.index;
      const headEnd = headStart + match[0].length;
      const words = wordsBefore(source, range.start, headStart);
      // Name words back from the head; connectors only between name words.
      let start = headStart;
      let taken = 0;
      let ordinal: MeetingName["ordinal"];
      // `the bloc's 69th summit`: a numbered session of a grouping the text has named.
      let grouping = false;
      let theirs = false;
      for (let index = words.length - 1; index >= 0; index--) {
        const word = words[index] as Segment;
        const lower = word.text.toLowerCase();
        // `49 th`: a number with its suffix set apart.
        const previous = words[index - 1];
        const split =
          /^(?:st|nd|rd|th)$/i.test(word.text) && previous !== undefined && /^\d{1,3}$/.test(previous.text);
        const mention = split ? segment(source, (previous as Segment).start, word.end) : word;
        const value = ordinalValue(mention.text.replace(/\s+/g, ""));
        if (value !== undefined) {
          ordinal = { value, mention };
          start = mention.start;
          const owner = words[split ? index - 2 : index - 1]?.text.toLowerCase();
          grouping = owner !== undefined && POSSESSIVES.has(owner);
          // `after their fifth summit`: the parties' own meeting the statement came out of, counted.
          theirs =
            owner === "their" &&
            OUT_OF_THEIR.test(source.slice(Math.max(range.start, mention.start - 40), mention.start));
          break;
        }
        if (DOCUMENT_WORD.test(word.text) || DETERMINERS.has(lower)) break;
        if (LOWER_WORDS.has(lower) || NAME_WORD.test(word.text)) {
          start = word.start;
          taken += 1;
          continue;
        }
        // An article starts the name (`the U.S.-Japan Security Consultative Committee`); in a
        // title-case headline the words before it are the sentence's (`to Convene the …`).
        if (lower === "the") break;
        const joins = CONNECTOR.has(lower) || /^[-–—]$/.test(word.text);
        if (joins && index > 0 && NAME_WORD.test((words[index - 1] as Segment).text)) continue;
        break;
      }
      // `the fifth round of their Strategic Trade Dialogue`: the ordinal of a named meeting's session.
      if (ordinal === undefined && taken > 0) {
        const session = SESSION_OF_NAME.exec(source.slice(Math.max(range.start, start - 60), start));
        const number = session?.[1];
        const counted = number === undefined ? undefined : ordinalValue(number);
        if (session !== null && number !== undefined && counted !== undefined) {
          const at = start - session[0].length + session.index;
          ordinal = { value: counted, mention: segment(source, at, at + number.length) };
        }
      }
      const capitalHead = /^\p{Lu}|^\d/u.test(match[0]);
      if (taken === 0 && ordinal === undefined) continue;
      // Not counted within a span (`their first summit in four years`, `their second summit this year`).
      if (theirs && COUNTED_WITHIN.test(source.slice(headEnd, range.end))) theirs = false;
      if (!capitalHead && taken === 0 && !grouping && !theirs) continue;
      let end = headEnd;
      // `Meeting of the Trade Ministers`
      const of = OF_WHOM.exec(source.slice(end, range.end));
      if (of !== null) end += of[0].length;
      const bracket = /^\s?\(([^()]{2,24})\)/.exec(source.slice(end, range.end));
      if (bracket !== null && /^[\p{Lu}\d][\p{Lu}\d&+-]*$/u.test(bracket[1] as string))
        end += bracket[0].length;
      // `their second "two-plus-two" talks`: a quotation the name opens, it closes.
      const opened = source.slice(start, end);
      if ((/“/.test(opened) && !/”/.test(opened)) || (opened.split('"').length - 1) % 2 === 1)
        if (source[end] === "”" || source[end] === '"') end += 1;
      const name = segment(source, start, end);
      const forum =
        forumOf(name.text, bracket?.[1], forums) ?? (grouping ? groupingBefore(start, forums) : undefined);
      const before = source.slice(Math.max(range.start, start - 30), start);
      const after = source.slice(end, Math.min(range.end, end + 60));
      found.push({
        name,
        ...(ordinal === undefined ? {} : { ordinal }),
        ...(forum === undefined ? {} : { forum }),
        other: OTHER_BEFORE.test(before) || LARGER_EVENT.test(before) || FUTURE.test(after),
      });
      HEAD.lastIndex = end - range.start;
    }
  }
  return found;
}

// The words before `at` within the range, nearest last; a line break counts as a space (titles
// and hard-wrapped copy break names across lines), a blank line or a sentence's end stops.
function wordsBefore(source: string, from: number, at: number): Segment[] {
  const stretch = source.slice(Math.max(from, at - 200), at);
  const offset = at - stretch.length;
  let stop = stretch.lastIndexOf("\n\n");
  // A sentence's end: after a word's letters or an acronym's (`… leads NATO. Talks …`), not after
  // initials (`U.S.`).
  for (const end of stretch.matchAll(/(?:\p{Ll}{2}[.!?]|[\p{Lu}\d]{2}[.!?](?=\s+\p{Lu}|\s*$)|[;:!?])\s/gu))
    stop = Math.max(stop, end.index ?? -1);
  const words: Segment[] = [];
  const pattern = /[^\s,;:()"“”]+/g;
  for (let match = pattern.exec(stretch); match !== null; match = pattern.exec(stretch)) {
    if (match.index <= stop) continue;
    words.push(segment(source, offset + match.index, offset + match.index + match[0].length));
  }
  // Commas end a name: take only the words after the last one.
  const comma = stretch.lastIndexOf(",");
  return words.filter((word) => word.start > offset + comma);
}

// The organization a meeting's name belongs to: one whose acronym it brackets, or whose name it ends with.
function forumOf(
  name: string,
  acronym: string | undefined,
  forums: readonly OrganizationHit[],
): OrganizationHit | undefined {
  if (acronym !== undefined) {
    const byAcronym = forums.find((forum) => forum.acronym === acronym);
    if (byAcronym !== undefined) return byAcronym;
  }
  // `the APEC Summit`, `the G20 Leaders' Summit`: a session named by its forum's acronym.
  const named = new Set(name.split(/[\s\-–—]+/));
  const byName = forums.find((forum) => forum.acronym !== undefined && named.has(forum.acronym));
  if (byName !== undefined && sideCount(name) < 2) return byName;
  const words = name.toLowerCase().split(/\s+/);
  const flat = ` ${words.join(" ")} `;
  let best: OrganizationHit | undefined;
  let bestLength = 0;
  for (const forum of forums) {
    if (forum.acronym === undefined) continue;
    const own = forum.name.toLowerCase().split(/\s+/);
    // `U.S.-Japan Security Consultative Committee Meeting`: a session named after its forum.
    const tail = own.slice(-3).join(" ");
    if (own.length >= 3 && flat.includes(` ${tail} `) && own.length > bestLength) {
      best = forum;
      bestLength = own.length;
      continue;
    }
    // The forum's last words, two at least, close the meeting's name.
    let shared = 0;
    while (
      shared < Math.min(own.length, words.length) &&
      own[own.length - 1 - shared] === words[words.length - 1 - shared]
    )
      shared += 1;
    if (shared >= 2 && shared > bestLength) {
      best = forum;
      bestLength = shared;
    }
  }
  return best;
}

// The grouping a possessive before a meeting stands for: the one named last before it, nearby.
function groupingBefore(at: number, forums: readonly OrganizationHit[]): OrganizationHit | undefined {
  let best: OrganizationHit | undefined;
  let bestEnd = at - 300;
  for (const forum of forums)
    for (const mention of forum.mentions)
      if (mention.end <= at && mention.end > bestEnd) {
        best = forum;
        bestEnd = mention.end;
      }
  return best;
}

// `U.S.-ASEAN Summit` joins two sides: its acronym names a side, not the forum.
export function sideCount(name: string): number {
  return /\S[-–—]\S/.test(name.replace(/\b(?:Co|Self|Asia|High|Two|Non|Vice)-/g, "")) ? 2 : 1;
}
