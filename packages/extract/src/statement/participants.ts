import type { ParticipantRole } from "@communique/joint-statement";
import type { CountryHit } from "../entities/countries.js";
import type { PersonHit } from "../entities/people.js";
import { findCounterparts, findSideLists, LIST_LEAD, mentionIndex } from "../entities/post-countries.js";
import { lookUpCountry } from "../lexicon/gazetteer.js";
import { firstStartingFrom, lastEndingBy } from "../text/lookup.js";
import { type Segment, segment } from "../text/span.js";

/** A person's part at the meeting, as the text gives it. */
export interface RoleHit {
  people: PersonHit[];
  /** The part the words give, when they give one (`co-chaired by`); a counterpart has none. */
  role?: ParticipantRole;
  mention: Segment;
  /** The country whose side they are on, when the words say it. */
  country?: string;
}

const HEADED =
  /\b(?:headed|led)\s+the\s+((?:\p{Lu}[\p{L}-]*\s+){1,3})(?:side|delegation|team|delegations)\b/gu;
const BY = /\b(co-chaired|chaired|signed|led|headed)\s+by\b/g;
const DID = /\b(signed|co-chaired|chaired)\s+the\b/g;
const ROLE_BY: Readonly<Record<string, ParticipantRole>> = {
  "co-chaired": "co-chair",
  chaired: "chair",
  signed: "signatory",
  led: "head-of-delegation",
  headed: "head-of-delegation",
};

/**
 * What the text says people did at the meeting: `A and B headed the South Korean side`,
 * `Washington being represented by C and D`, `co-chaired by …`, `led by …`.
 */
export function findRoles(
  source: string,
  people: readonly PersonHit[],
  countries: readonly CountryHit[],
): RoleHit[] {
  const roles: RoleHit[] = [];
  const mentions = mentionIndex(people);
  const groups = new Map<number, PersonHit[]>();
  for (const person of people) {
    const group = groups.get(person.group);
    if (group === undefined) groups.set(person.group, [person]);
    else group.push(person);
  }
  const groupOf = (person: PersonHit | undefined) =>
    person === undefined ? [] : (groups.get(person.group) ?? []);
  // `A and B headed …`, or `A, deputy minister for policy, led …`
  // `A and B`, `Defence Minister A and Foreign Minister B`: the people a list joins before `at`.
  const listEndingAt = (near: (typeof mentions)[number]) => {
    const people = new Set(groupOf(near.person));
    for (let last = near; ; ) {
      const previous = lastEndingBy(mentions, last.start - 1);
      if (previous === undefined || !JOINED_NAMES.test(source.slice(previous.end, last.start))) break;
      for (const person of groupOf(previous.person)) people.add(person);
      last = previous;
    }
    return [...people];
  };
  const groupEndingBefore = (at: number) => {
    const near = lastEndingBy(mentions, at);
    if (near !== undefined && at - near.end <= 3) return listEndingAt(near);
    const aside = /,[^,.;]{1,100},\s*$/.exec(source.slice(Math.max(0, at - 110), at));
    if (aside === null) return [];
    const comma = at - aside[0].length;
    const named = lastEndingBy(mentions, comma);
    return named !== undefined && named.end === comma ? groupOf(named.person) : [];
  };
  const groupStartingAt = (at: number) => {
    const first = firstStartingFrom(mentions, at);
    if (
      first === undefined ||
      first.start - at > 160 ||
      !/^[\s\p{L}'’,-]*$/u.test(source.slice(at, first.start))
    )
      return [];
    return groupOf(first.person);
  };
  HEADED.lastIndex = /headed|led/.test(source) ? 0 : source.length;
  for (let match = HEADED.exec(source); match !== null; match = HEADED.exec(source)) {
    const side = (match[1] as string).trim();
    const code = countryOfWords(side.split(/\s+/));
    const group = groupEndingBefore(match.index);
    if (group.length > 0)
      roles.push({
        people: group,
        role: "head-of-delegation",
        mention: segment(source, match.index, match.index + match[0].length),
        ...(code === undefined ? {} : { country: code }),
      });
  }
  // `Washington being represented by …`: found by its word, then read around it.
  for (let at = source.indexOf("represented by"); at !== -1; at = source.indexOf("represented by", at + 1)) {
    const auxiliary = /(?:being|was|were|is|are)\s+$/.exec(source.slice(Math.max(0, at - 8), at));
    const start = at - (auxiliary?.[0].length ?? 0);
    const end = at + "represented by".length;
    const country = lastEndingBy(countries, start);
    const group = groupStartingAt(end);
    if (group.length > 0)
      roles.push({
        people: group,
        role: "representative",
        mention: segment(source, start, end),
        ...(country !== undefined && start - country.end <= 2 ? { country: country.code } : {}),
      });
  }
  // `A and B signed the agreement`, `… co-chaired the talks`.
  DID.lastIndex = 0;
  for (let match = DID.exec(source); match !== null; match = DID.exec(source)) {
    const group = groupEndingBefore(match.index);
    const verb = match[1] as string;
    if (group.length > 0)
      roles.push({
        people: group,
        role: verb === "signed" ? "signatory" : verb === "chaired" ? "chair" : "co-chair",
        mention: segment(source, match.index, match.index + verb.length),
      });
  }
  BY.lastIndex = source.includes("ed by") ? 0 : source.length;
  for (let match = BY.exec(source); match !== null; match = BY.exec(source)) {
    const group = groupStartingAt(match.index + match[0].length);
    // `The ROK delegation was led by …`: the side named before.
    const side = /((?:\p{Lu}[\p{L}.-]*\s+){1,3})(?:side|delegation|team)\s+(?:was\s+|were\s+)?$/u.exec(
      source.slice(Math.max(0, match.index - 60), match.index),
    );
    const code = side === null ? undefined : countryOfWords((side[1] as string).trim().split(/\s+/));
    if (group.length > 0)
      roles.push({
        people: group,
        role: ROLE_BY[match[1] as string] as ParticipantRole,
        mention: segment(source, match.index, match.index + match[0].length),
        ...(code === undefined ? {} : { country: code }),
      });
  }
  // `A and B represented India`: the people before it act for the country after it.
  REPRESENTED.lastIndex = source.includes("represented") ? 0 : source.length;
  for (let match = REPRESENTED.exec(source); match !== null; match = REPRESENTED.exec(source)) {
    const code = countryOfWords((match[1] as string).trim().split(/\s+/));
    const group = groupEndingBefore(match.index);
    if (code !== undefined && group.length > 0)
      roles.push({
        people: group,
        role: "representative",
        mention: segment(source, match.index, match.index + match[0].length),
        country: code,
      });
  }
  // `Signed in Bergen on 4 March 2024 by: Ms A (Norway), Mr B (Iceland)`: each signatory for the
  // country in brackets after the name.
  SIGNED_BY.lastIndex = source.includes("igned") ? 0 : source.length;
  for (let match = SIGNED_BY.exec(source); match !== null; match = SIGNED_BY.exec(source)) {
    const from = match.index + match[0].length;
    const blank = /\n[ \t]*\n/.exec(source.slice(from));
    const to = blank === null ? source.length : from + blank.index;
    for (let mention = firstStartingFrom(mentions, from); mention !== undefined && mention.end <= to; ) {
      const bracket = /^[ \t]*\([ \t]*/.exec(source.slice(mention.end, mention.end + 4));
      const country =
        bracket === null ? undefined : firstStartingFrom(countries, mention.end + bracket[0].length);
      if (country !== undefined && country.start === mention.end + (bracket?.[0].length ?? 0))
        roles.push({
          people: [mention.person],
          role: "signatory",
          mention: segment(source, match.index, match.index + match[0].length),
          country: country.code,
        });
      mention = firstStartingFrom(mentions, mention.end);
    }
  }
  // `his Japanese counterpart, Foreign Minister X`: the person named after it acts for that side.
  for (const { code, cue } of findCounterparts(source, countries)) {
    const group = groupStartingAt(cue.end);
    if (group.length > 0) roles.push({ people: group, mention: cue, country: code });
  }
  // `Participating Australian Ministers included A, …, and B, …`: everyone the list names is on
  // that side (the lists as the people pass reads them).
  for (const list of findSideLists(source, countries)) {
    const named = new Set<PersonHit>();
    const first = firstStartingFrom(mentions, list.from);
    if (first === undefined || first.start - list.from > LIST_LEAD) continue;
    for (let mention: typeof first | undefined = first; mention !== undefined && mention.end <= list.to; ) {
      named.add(mention.person);
      mention = firstStartingFrom(mentions, mention.end);
    }
    if (named.size > 0)
      roles.push({ people: [...named], role: "delegate", mention: list.cue, country: list.code });
  }
  return roles;
}

// What joins two names in a list: a comma or `and`, and the next one's post in capitals.
const JOINED_NAMES = /^\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:\p{Lu}[\p{L}.’'-]*\s+){0,5}$/u;
const SIGNED_BY = /\b[Ss]igned\b[^:\n]{0,80}?\bby\b:?[ \t]*\n?/g;
const REPRESENTED = /\brepresented\s+((?:the\s+)?(?:\p{Lu}[\p{L}.-]*\s?){1,4})/gu;

// The country the last words name: `The ROK` → KR, `South Korean` → KR.
function countryOfWords(words: readonly string[]): string | undefined {
  for (let from = 0; from < words.length; from++) {
    const code = lookUpCountry(words.slice(from).join(" "))?.code;
    if (code !== undefined) return code;
  }
  return undefined;
}
