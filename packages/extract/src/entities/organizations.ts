import type { Organization, OrganizationKind } from "@communique/core";
import { slug, uniqueId } from "../ids.js";
import { MEETING_HEADS } from "../lexicon/en/meetings.js";
import {
  ARMED_GROUPS,
  AT_A_PLACE,
  KNOWN_ORGANIZATIONS,
  type KnownOrganization,
  MEETING_FORMATS,
  MEETING_USE_AFTER,
  MEETING_USE_BEFORE,
  NEWSPAPERS,
  SEATS,
  SESSION_WORDS,
  THING_HEADS,
} from "../lexicon/en/organizations.js";
import { WIRE_SERVICES } from "../lexicon/en/wire-services.js";
import { lookUpCountry } from "../lexicon/gazetteer.js";
import { kindFromName } from "../lexicon/organizations.js";
import { agencyNamed } from "../text/credit.js";
import { covering } from "../text/lookup.js";
import { escapeRegExp } from "../text/pattern.js";
import { indexWithin, mentionOf, type Segment, segment, within } from "../text/span.js";
import type { Token, TokenIndex } from "../text/tokens.js";
import {
  airlines,
  armedServices,
  classifiedNames,
  headedNames,
  isPostTitle,
  newspapers,
  newsServices,
  openedNames,
  type ShapedName,
} from "./organization-names.js";

/** An organization found in the text, with every naming of it. */
export interface OrganizationHit {
  /** The organization's id in the article: its acronym's or name's slug, made unique. */
  id: string;
  name: string;
  acronym?: string;
  kind?: OrganizationKind;
  /** Where the name (and acronym) stand. */
  mentions: Segment[];
  /** Other names it goes by in the text (`Arab League`, `Kyodo` for `Kyodo News`). */
  aliases?: string[];
  /** The table's entry when a table knows it, rather than a pattern guessing it. */
  known?: KnownOrganization;
  /** Whether its name holds its state's (`Government of Japan`, `Brazilian Army`): a country named. */
  namesState?: boolean;
  /** Whether it is named only as a side of meetings' names (`the EU-UK Summit`). */
  sideOfMeeting?: boolean;
  /** Whether the text names a meeting by it (`the … Committee meeting`), not the body. */
  meeting?: boolean;
}

const CONNECTORS = new Set(["and", "of", "for", "the", "on", "in", "de", "du", "des", "la", "le", "to", "&"]);

const LINE_BREAK = /[\r\n]/;
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]/u;

/**
 * Where `name` ends if the source writes it at `start`, each of its spaces as spaces or one soft
 * line break; -1 if it does not.
 */
function writtenAt(source: string, name: string, start: number): number {
  let at = start;
  for (let i = 0; i < name.length; i++) {
    const char = name[i] as string;
    if (char !== " ") {
      if (source[at] !== char) return -1;
      at++;
      continue;
    }
    const gap = at;
    while (source[at] === " " || source[at] === "\t") at++;
    if (source[at] === "\r") at++;
    if (source[at] === "\n") {
      at++;
      while (source[at] === " " || source[at] === "\t") at++;
    } else if (source[at - 1] === "\r") return -1;
    if (at === gap) return -1;
  }
  return at;
}

/**
 * The bodies the tables know that `text` (the range of the source from `offset`) writes, in order,
 * found from its words (`tokens` from `from` to `to`, the range's): at each run of letters and digits that opens
 * a word or a word's part after a hyphen, dot or apostrophe (`pro-NATO`, `NATO’s`), the first of the
 * forms that run opens that the text writes there whole (a soft line break in it read as a space).
 * The search goes on after the name found.
 */
function tabledNames(
  text: string,
  offset: number,
  tokens: readonly Token[],
  from: number,
  to: number,
): string[] {
  const found: string[] = [];
  let searched = 0;
  for (let index = from; index < to; index++) {
    const word = tokens[index] as Token;
    let at = word.start - offset;
    const wordEnd = word.end - offset;
    while (at < wordEnd) {
      let runEnd = at;
      while (runEnd < wordEnd && !isJoiner(text.charCodeAt(runEnd))) runEnd++;
      if (at >= searched && mayOpenForm(text.charCodeAt(at))) {
        const forms = FORMS_BY_OPENING.get(
          at === word.start - offset && runEnd === wordEnd ? word.text : text.slice(at, runEnd),
        );
        if (forms !== undefined)
          for (const form of forms) {
            const end = writtenAt(text, form, at);
            if (end === -1 || LETTER_OR_DIGIT.test(text[end] ?? "")) continue;
            const written = text.slice(at, end);
            found.push(LINE_BREAK.test(written) ? written.replace(/\s+/g, " ") : written);
            searched = end;
            break;
          }
      }
      at = runEnd + 1;
    }
  }
  return found;
}

// What joins the parts of one word (see `tokenize`): apostrophes, dots and hyphens.
function isJoiner(code: number): boolean {
  return code === 39 || code === 0x2019 || code === 46 || code === 45;
}

// Every body a table knows, by each way it is written: name, other names, acronym.
const TABLED: readonly KnownOrganization[] = [...KNOWN_ORGANIZATIONS, ...ARMED_GROUPS, ...NEWSPAPERS];
const BY_FORM = new Map<string, KnownOrganization>();
for (const org of TABLED)
  for (const form of [org.name, ...(org.aliases ?? []), ...(org.acronym === undefined ? [] : [org.acronym])])
    for (const written of [form, ...titleCased(form), ...unitedNationsForms(form)])
      if (!BY_FORM.has(written)) BY_FORM.set(written, org);
// The table's forms by the run of letters and digits each opens with, the longest form first (as an
// alternation of them all would try them): a name is sought only where such a run stands in the text,
// not after a letter or digit, and goes no further than a letter or digit would go on.
const FORMS_BY_OPENING = new Map<string, string[]>();
for (const form of [...BY_FORM.keys()].sort((a, b) => b.length - a.length)) {
  const opening = /^[\p{L}\p{N}]+/u.exec(form)?.[0];
  if (opening === undefined)
    throw new Error(`a table's organization must open with a letter or digit: ${form}`);
  const forms = FORMS_BY_OPENING.get(opening);
  if (forms === undefined) FORMS_BY_OPENING.set(opening, [form]);
  else forms.push(form);
}
// The ASCII characters the forms open with (capitals, digits, the `a` of `al-Qaeda`): a run opening
// with any other (most words, in lower case) is not looked up. A run opening beyond ASCII always is.
const OPENS_A_FORM = new Uint8Array(128);
for (const opening of FORMS_BY_OPENING.keys()) {
  const code = opening.charCodeAt(0);
  if (code < 128) OPENS_A_FORM[code] = 1;
}
function mayOpenForm(code: number): boolean {
  return code >= 128 || OPENS_A_FORM[code] === 1;
}
// `Nato`, `Asean`, `Brics`: British and Asian papers write an acronym said as a word in title case.
// Only those of four letters or more: `Un` or `Who` would be other words.
function titleCased(form: string): string[] {
  return /^[A-Z]{4,}$/.test(form) ? [form[0] + form.slice(1).toLowerCase()] : [];
}

// `UN Security Council`, `U.N. Security Council`: news writes a United Nations body's name with the
// short form of the organization's.
function unitedNationsForms(form: string): string[] {
  const rest = /^(?:United Nations|UN) (.+)$/.exec(form)?.[1];
  return rest === undefined ? [] : [`UN ${rest}`, `U.N. ${rest}`];
}

// The wire services' table, as organizations known by all their forms.
const WIRE_BY_FORM = new Map<string, KnownOrganization>();
for (const service of WIRE_SERVICES) {
  const org: KnownOrganization = {
    name: service.name,
    kind: "news-agency",
    ...(service.acronym === undefined ? {} : { acronym: service.acronym }),
    ...(service.forms === undefined ? {} : { aliases: service.forms }),
  };
  for (const form of [
    service.name,
    ...(service.forms ?? []),
    ...(service.acronym === undefined ? [] : [service.acronym]),
  ])
    WIRE_BY_FORM.set(form, org);
}
// A ministry's name runs over `and` (`Ministry of Industry and Trade`, `Ministry of Infrastructure and
// the Environment`), not over `and the Ministry`, which names the next body.
const MINISTRY =
  /\b(?:(?:Ministry|Department) of (?:(?:[A-Z][\p{L}-]+|and(?! the (?:Ministry|Department)\b)|the|for)\s?)*[A-Z][\p{L}-]+|(?:Foreign|Defen[cs]e|Unification|Trade|Finance|Interior|Justice|Fisheries|State) (?:Ministry|Department)|White House|Blue House|Kremlin|Pentagon)\b/gu;

// The shapes of names no table knows, in the order they are sought in each stretch.
const SHAPES: readonly ((text: string) => ShapedName[])[] = [
  headedNames,
  openedNames,
  armedServices,
  newspapers,
  airlines,
  newsServices,
];

/**
 * Organizations named in the stretches given: a name with its short form in brackets (`Extended
 * Deterrence Strategy and Consultation Group (EDSCG)`, `…Dialogue(KIDD)`, `… Organisation (Nato)`),
 * ministries, names ending in a body's head noun, states' armed services, names opened by `Office
 * of`/`Government of`, newspapers, the bodies the tables know, and news agencies named by the caller.
 */
export function findOrganizations(
  source: string,
  ranges: readonly Segment[],
  agencies: readonly Segment[],
  tokens: readonly Token[],
  index: TokenIndex,
): OrganizationHit[] {
  // One organization however it is named: by its name, another name or its short form.
  const byName = new Map<string, OrganizationHit>();
  const byAcronym = new Map<string, OrganizationHit>();
  const add = (
    name: string,
    acronym: string | undefined,
    kind: OrganizationKind | undefined,
    known?: KnownOrganization,
  ): OrganizationHit => {
    const forms = known === undefined ? [name] : [...new Set([name, known.name, ...(known.aliases ?? [])])];
    let hit =
      forms.map((form) => byName.get(form)).find((found) => found !== undefined) ??
      (acronym === undefined ? undefined : byAcronym.get(acronym));
    if (hit === undefined) {
      hit = {
        id: "",
        name,
        mentions: [],
        ...(acronym === undefined ? {} : { acronym }),
        ...(kind === undefined ? {} : { kind }),
      };
      if (acronym !== undefined) byAcronym.set(acronym, hit);
    } else {
      // Found again by a pattern that knows more (`European Union` as a name ending in `Union`, then
      // as a body known by `EU`): keep what the later finding adds.
      if (hit.acronym === undefined && acronym !== undefined && !byAcronym.has(acronym)) {
        hit.acronym = acronym;
        byAcronym.set(acronym, hit);
      }
      if (hit.kind === undefined && kind !== undefined) hit.kind = kind;
    }
    if (known !== undefined) {
      // The name is kept as the text writes it; the table's other names (`Arab League` beside
      // `League of Arab States`) are looked for as its mentions.
      const others = new Set([...(hit.aliases ?? []), ...forms]);
      others.delete(hit.name);
      if (others.size > 0) hit.aliases = [...others];
      hit.known = known;
    }
    for (const form of forms) byName.set(form, hit);
    return hit;
  };
  // A table's body found by one of its names keeps that name; found by its acronym, the table's name.
  const addKnown = (org: KnownOrganization, written: string) =>
    add(written === org.acronym ? org.name : written, org.acronym, org.kind, org);
  let cursor = 0;
  for (const range of ranges) {
    const text = source.slice(range.start, range.end);
    for (let open = text.indexOf("("); open !== -1; open = text.indexOf("(", open + 1)) {
      const close = indexWithin(text, ")", open, open + 26);
      if (close === -1) continue;
      const short = text.slice(open + 1, close).trim();
      // `(3)`, `(in Japanese)`: no short form, so the words before the bracket are not read.
      if (!isShortForm(short)) continue;
      const run = capitalizedRunBefore(text, open);
      const name = run === undefined ? undefined : nameForShortForm(run, short);
      if (name === undefined || isPostTitle(name)) continue;
      // `Republic of Korea (ROK)`, `United States (U.S.)`: a country with its short form, not a body.
      if (lookUpCountry(name) !== undefined || lookUpCountry(short) !== undefined) continue;
      const known = BY_FORM.get(name);
      add(name, short, kindFromName(name) ?? known?.kind, known);
    }
    if (/Ministry|Department|House|Kremlin|Pentagon/.test(text)) {
      MINISTRY.lastIndex = 0;
      for (let match = MINISTRY.exec(text); match !== null; match = MINISTRY.exec(text))
        add(match[0], undefined, kindFromName(match[0]));
    }
    for (const shapes of SHAPES)
      for (const shaped of shapes(text)) {
        const known = BY_FORM.get(shaped.name);
        if (known !== undefined) addKnown(known, shaped.name);
        // `West Bank`: a name the gazetteer knows as a country's is the country, whatever its last word.
        else if (!isPostTitle(shaped.name) && lookUpCountry(shaped.name) === undefined) {
          const hit = add(shaped.name, undefined, shaped.kind ?? kindFromName(shaped.name));
          if (shaped.namesState === true) hit.namesState = true;
        }
      }
    // The range's words, from `cursor` on: the tokens were read from the ranges, in their order.
    const wordsFrom = cursor;
    while (cursor < tokens.length && within(tokens[cursor] as Token, range)) cursor++;
    for (const written of tabledNames(text, range.start, tokens, wordsFrom, cursor)) {
      const known = BY_FORM.get(written);
      if (known !== undefined) addKnown(known, written);
    }
  }
  // Bodies a describing noun names, read from the words of all the stretches at once.
  for (const shaped of classifiedNames(source, tokens, index)) {
    const known = BY_FORM.get(shaped.name);
    if (known !== undefined) addKnown(known, shaped.name);
    else if (lookUpCountry(shaped.name) === undefined)
      add(shaped.name, undefined, shaped.kind ?? kindFromName(shaped.name));
  }
  // An agency credited twice (`(Kyodo)` in the dateline, `Kyodo News` at the end) is one agency.
  for (const agency of agencies) {
    const service = WIRE_BY_FORM.get(agency.text);
    // `JIJI`, `Bloomberg L.P`: the table's agency, written in capitals or with its company's form;
    // the words written are kept as another name of it, where its mention stands.
    const written = service === undefined ? WIRE_BY_FORM.get(agencyNamed(agency.text) ?? "") : undefined;
    // Its acronym is given where the text credits it by that (`(AP)`), not otherwise.
    if (written !== undefined)
      add(written.name, undefined, "news-agency", {
        ...written,
        aliases: [...(written.aliases ?? []), agency.text],
      });
    else if (service === undefined) add(agency.text, undefined, "news-agency");
    else if (agency.text === service.acronym) addKnown(service, agency.text);
    else add(agency.text, undefined, "news-agency", service);
  }
  const hits = mergeLongerNames([...new Set(byName.values())]);
  const joined = joinedIndex(source, tokens);
  for (const hit of hits) {
    hit.mentions = mentionsOf(source, tokens, index, joined, hit);
    preferTableName(hit);
    preferWrittenName(hit);
  }
  const found = hits
    .filter((hit) => hit.mentions.length > 0 && !isSeatAsPlace(source, hit))
    .sort((a, b) => (a.mentions[0]?.start ?? 0) - (b.mentions[0]?.start ?? 0));
  for (const hit of found) if (hit.known === undefined && namesItsMeeting(source, hit)) hit.meeting = true;
  const named = namedInTheirOwnRight(source, found);
  const taken = new Set<string>();
  for (const hit of named) hit.id = uniqueId(slug(hit.acronym ?? hit.name), taken);
  return named;
}

const OF_THE_BEFORE = /[ \t]+of[ \t]+the[ \t]+$/;

// `UN` in `UN Security Council` is part of the council's name: a body named only inside another
// body's names is not named (a document's name names it: `the UN Charter`). One named only as a
// side of meetings' names is marked so.
function namedInTheirOwnRight(source: string, found: readonly OrganizationHit[]): OrganizationHit[] {
  // Written out, not spread from the mention: one hidden class for all (see objects.ts).
  const bodyMentions: { start: number; end: number; hit: OrganizationHit }[] = [];
  for (const hit of found)
    if (!isEventOrDocument(hit))
      for (const mention of hit.mentions) bodyMentions.push({ start: mention.start, end: mention.end, hit });
  const inside = (hit: OrganizationHit, mention: Segment) =>
    bodyMentions.some(
      (outer) =>
        outer.hit !== hit &&
        outer.start <= mention.start &&
        mention.end <= outer.end &&
        outer.end - outer.start > mention.end - mention.start,
    );
  // `the Food and Agriculture Organization of the United Nations`: the body after `of the` ends the
  // name of the one before.
  const endsAnother = (hit: OrganizationHit, mention: Segment) => {
    const of = OF_THE_BEFORE.exec(source.slice(Math.max(0, mention.start - 12), mention.start));
    if (of === null) return false;
    const end = mention.start - of[0].length;
    return bodyMentions.some((outer) => outer.hit !== hit && outer.end === end);
  };
  const named = found.filter(
    (hit) =>
      hit.kind === "news-agency" ||
      hit.mentions.some((mention) => !inside(hit, mention) && !endsAnother(hit, mention)),
  );
  for (const hit of named)
    if (hit.kind !== "news-agency" && hit.mentions.every((mention) => isSideOfMeeting(source, mention)))
      hit.sideOfMeeting = true;
  return named;
}

// `U.S.-Japan Security Consultative Committee (SCC)` is also read as `Japan Security Consultative
// Committee` and `Security Consultative Committee`: names that end with, or are the end of, a name
// given with a short form are that organization. And a name that is the end of a longer one found
// (`Security Council` beside `UN Security Council`, `Royal Navy` beside `United Kingdom Royal Navy`)
// is that body named short: its words are kept as another name of it.
function mergeLongerNames(hits: OrganizationHit[]): OrganizationHit[] {
  const withAcronym = hits.filter((hit) => hit.acronym !== undefined && hit.kind !== "news-agency");
  return hits.filter((hit) => {
    if (hit.acronym !== undefined || hit.kind === "news-agency" || hit.known !== undefined) return true;
    const longer =
      withAcronym.find(
        (other) =>
          other.name.split(" ").length >= 2 &&
          (endsWithWords(hit.name, other.name) || endsWithWords(other.name, hit.name)),
      ) ??
      hits.find(
        (other) =>
          other !== hit &&
          other.kind !== "news-agency" &&
          other.name.length > hit.name.length &&
          endsWithWords(other.name, hit.name),
      );
    if (longer === undefined) return true;
    if (longer.name.length > hit.name.length) longer.aliases = [...(longer.aliases ?? []), hit.name];
    return false;
  });
}

function endsWithWords(longer: string, shorter: string): boolean {
  return (
    longer === shorter ||
    (longer.endsWith(shorter) && /[\s-]$/.test(longer.slice(0, longer.length - shorter.length)))
  );
}

// A meeting (`Security Consultative Meeting`), a treaty (`Treaty of Amity …`) or a thing made, a zone
// or a law (`Human Landing System (HLS)`) is named like a body but is not one.
const EVENT_OR_DOCUMENT = new RegExp(
  `(?:^(?:Treaty|Agreement|Convention|Charter|Protocol|Declaration|Accord)\\b)|\\b(?:Meeting|Meetings|Summit|Consultations|Talks|Conference|${THING_HEADS.join("|")})$`,
);

/** Whether a name found like an organization's names a meeting or a document instead. */
export function isEventOrDocument(hit: OrganizationHit): boolean {
  return (
    hit.meeting === true ||
    hit.sideOfMeeting === true ||
    (hit.known === undefined && EVENT_OR_DOCUMENT.test(hit.name))
  );
}

const MEETING_WORDS = new Set(MEETING_HEADS);
const words = (list: readonly string[]) => list.map((word) => word.replace(/[+]/g, "\\+")).join("|");
const SEAT_AT = new RegExp(`\\b(?:${words(AT_A_PLACE)})\\s+the\\s+$`, "i");
const MEETING_AFTER = new RegExp(
  `^\\s*(?:\\([^()]{1,20}\\)\\s*)?(?:${words(MEETING_USE_AFTER)})\\b|^\\s*\\((?:${words(MEETING_FORMATS)})\\)`,
  "i",
);
const MEETING_BEFORE = new RegExp(
  `\\b(?:${words(MEETING_USE_BEFORE)})\\s+the\\s+(?:[\\p{L}.'’-]+\\s+)?$`,
  "u",
);
const SESSION_OF = new RegExp(`\\b(?:${words(SESSION_WORDS)})\\s+of\\s+the\\s+(?:[\\p{L}.'’-]+\\s+)?$`, "iu");

const MEETING_NAME_AFTER = new RegExp(
  `^(?:[-–][\\p{L}.]+)*(?:[ \\t]+\\p{Lu}[\\p{L}-]*){0,3}?[ \\t]+(?:${MEETING_HEADS.flatMap((head) => [
    head,
    head[0]?.toUpperCase() + head.slice(1),
  ])
    .map(escapeRegExp)
    .join("|")})(?![\\p{L}])`,
  "u",
);

// `the EU-UK Summit`, `the Norway-Nordic Council Dialogue`: a body joined by a hyphen to
// the other side of a meeting's name names the meeting's side, and the meeting, not the body.
function isSideOfMeeting(source: string, mention: Segment): boolean {
  const joined =
    /[-–]$/.test(source.slice(mention.start - 1, mention.start)) ||
    /^[-–]/.test(source.slice(mention.end, mention.end + 1));
  return joined && MEETING_NAME_AFTER.test(source.slice(mention.end, mention.end + 80));
}

// `The leaders met at the White House`: every naming of a seat says where, none says who.
function isSeatAsPlace(source: string, hit: OrganizationHit): boolean {
  return (
    SEATS.includes(hit.name) &&
    hit.mentions.every((mention) =>
      SEAT_AT.test(source.slice(Math.max(0, mention.start - 20), mention.start)),
    )
  );
}

// A committee whose name the text uses for its meetings at least as often as for the body: the
// ministers' meeting it names is an event (`… Committee (SCC) meeting`, `held the … Committee`).
// A joint commission of two governments meets in sessions, as a committee does (`the third session
// of the Nigeria-Morocco Joint Commission`); a commission that is a body (`European Commission`) is
// not one.
const JOINT_COMMISSION = /(?:^\S+-\S+\s|\bJoint\s|\bIntergovernmental\s).*\bCommission$/;

function namesItsMeeting(source: string, hit: OrganizationHit): boolean {
  const joint = JOINT_COMMISSION.test(hit.name);
  if (!joint && !MEETING_WORDS.has(hit.name.split(" ").pop()?.toLowerCase() ?? "")) return false;
  const asMeeting = hit.mentions.filter((mention) => {
    const before = source.slice(Math.max(0, mention.start - 40), mention.start);
    return (
      MEETING_AFTER.test(source.slice(mention.end, mention.end + 40)) ||
      MEETING_BEFORE.test(before) ||
      (joint && SESSION_OF.test(before))
    );
  }).length;
  return asMeeting > 0 && asMeeting * 2 >= hit.mentions.length;
}

/** The model's organization, with an id for references. */
export function organizationOf(hit: OrganizationHit): Organization {
  return {
    id: hit.id,
    name: hit.name,
    ...(hit.acronym === undefined ? {} : { acronym: hit.acronym }),
    ...(hit.kind === undefined ? {} : { kind: hit.kind }),
    mentions: hit.mentions.map(mentionOf),
  };
}

const CAPITALIZED_WORD = /^\p{Lu}[\p{L}\p{N}'’&.-]*$/u;
function isBlank(code: number): boolean {
  return code === 32 || code === 9;
}

// The capitalized words (and the small words between them) just before a bracket, with or without a space.
// The words are read back from the bracket, one at a time, as far as the run goes: the same words, in
// the same order, as splitting the 200 characters before it at spaces and tabs, without splitting all.
function capitalizedRunBefore(text: string, open: number): string | undefined {
  const before = text.slice(Math.max(0, open - 200), open).replace(/[ \t]$/, "");
  const run: string[] = [];
  let end = before.length;
  while (run.length < 16) {
    let start = end;
    while (start > 0 && !isBlank(before.charCodeAt(start - 1))) start--;
    const word = before.slice(start, end);
    if (CAPITALIZED_WORD.test(word)) run.unshift(word);
    else if (CONNECTORS.has(word) && run.length > 0) run.unshift(word);
    else break;
    if (start === 0) break;
    end = start;
    while (end > 0 && isBlank(before.charCodeAt(end - 1))) end--;
  }
  while (run.length > 0 && CONNECTORS.has(run[0] as string)) run.shift();
  return run.length === 0 ? undefined : run.join(" ");
}

// The words before the brackets that the short form abbreviates: capitals in order for an acronym
// (`EDSCG` from Extended Deterrence Strategy … Consultation Group), or a word-like short form.
// `short` has a short form's shape (see `isShortForm`).
function nameForShortForm(run: string, short: string): string | undefined {
  const words = run.split(/[ \t]+/);
  const letters = short.replace(/[^\p{L}\p{N}]/gu, "").toUpperCase();
  for (let from = 0; from < words.length; from++) {
    const candidate = words.slice(from);
    if (!/^\p{Lu}/u.test(candidate[0] as string) || /^(?:The|A|An|In|On|At)$/.test(candidate[0] as string))
      continue;
    if ((candidate[0] as string)[0]?.toUpperCase() !== letters[0]) continue;
    const initials = candidate
      .filter((word) => /^\p{Lu}/u.test(word))
      .map((word) => word[0])
      .join("");
    if (candidate.length >= 2 && isSubsequence(letters, initials + candidate.join("").toUpperCase()))
      return candidate.join(" ");
  }
  return undefined;
}

// An acronym (`EDSCG`, `G-7`) or a word-like short form (`Nato`).
function isShortForm(short: string): boolean {
  return /^[\p{Lu}\p{N}&-]{2,12}$/u.test(short) || /^\p{Lu}\p{Ll}{2,}$/u.test(short);
}

function isSubsequence(needle: string, haystack: string): boolean {
  let at = 0;
  for (const char of haystack) if (char === needle[at]) at++;
  return at === needle.length;
}

// `Arab League` first, `League of Arab States (LAS)` later: where the text also writes the table's
// name, that is the name kept, and the other is kept as another name.
function preferTableName(hit: OrganizationHit): void {
  const table = hit.known?.name;
  if (table === undefined || table === hit.name || !hit.mentions.some((mention) => mention.text === table))
    return;
  hit.aliases = [...(hit.aliases ?? []).filter((alias) => alias !== table), hit.name];
  hit.name = table;
}

// A table's body named by the table's name for want of a written one (found by its acronym first,
// `UNSC`) takes the name the text writes (`UN Security Council`), when it writes one and not the
// table's. (A news agency keeps its table name: its credits write it in capitals or by its short form.)
function preferWrittenName(hit: OrganizationHit): void {
  const table = hit.known?.name;
  if (
    table === undefined ||
    hit.name !== table ||
    hit.kind === "news-agency" ||
    hit.mentions.some((mention) => mention.text === table)
  )
    return;
  const acronym = hit.acronym?.toLowerCase();
  // One of the table's own forms of it (`UN Security Council`), not a part (`Security Council`).
  const written = hit.mentions.find(
    (mention) => mention.text.toLowerCase() !== acronym && BY_FORM.get(mention.text) === hit.known,
  )?.text;
  if (written === undefined) return;
  const name = LINE_BREAK.test(written) ? written.replace(/\s+/g, " ") : written;
  hit.aliases = [...(hit.aliases ?? []).filter((alias) => alias !== name), table];
  hit.name = name;
}

// Words with a possessive or a hyphenated ending (`ASEAN’s`, `UN-led`), by the part before it: a
// name is found there too.
function joinedIndex(source: string, tokens: readonly Token[]): TokenIndex {
  const byPart = new Map<string, number[]>();
  // Few words have a joint: the joints are found in the source, one `indexOf` per mark and joint,
  // not by reading every word's characters. Each is the next of its mark from the word on.
  let hyphen = -1;
  let apostrophe = -1;
  let curly = -1;
  let previousStart = Number.POSITIVE_INFINITY;
  for (let at = 0; at < tokens.length; at++) {
    const token = tokens[at] as Token;
    // The words are in text order but for a credit line above the story, read after it: from a
    // word before the last, and from the first, the marks are sought again.
    if (token.start < previousStart) {
      hyphen = source.indexOf("-", token.start);
      apostrophe = source.indexOf("'", token.start);
      curly = source.indexOf("’", token.start);
    }
    previousStart = token.start;
    if (hyphen !== -1 && hyphen < token.start) hyphen = source.indexOf("-", token.start);
    if (apostrophe !== -1 && apostrophe < token.start) apostrophe = source.indexOf("'", token.start);
    if (curly !== -1 && curly < token.start) curly = source.indexOf("’", token.start);
    const joint = Math.min(inWord(hyphen, token), inWord(apostrophe, token), inWord(curly, token));
    // (A joint opening a word would leave no part before it; words open with a letter or digit.)
    if (joint === Number.POSITIVE_INFINITY || joint === token.start) continue;
    const part = token.text.slice(0, joint - token.start);
    const known = byPart.get(part);
    if (known === undefined) byPart.set(part, [at]);
    else known.push(at);
  }
  return byPart;
}

// A mark's position when it falls in the word; otherwise infinity, so the earliest mark in it wins.
function inWord(position: number, token: Token): number {
  return position !== -1 && position < token.end ? position : Number.POSITIVE_INFINITY;
}

// Each name is found through the token index: where its first word stands, the text must go on
// with the rest of it, as a whole word.
function mentionsOf(
  source: string,
  tokens: readonly Token[],
  index: TokenIndex,
  joined: TokenIndex,
  hit: OrganizationHit,
): Segment[] {
  const find = (name: string, skip: readonly Segment[]) => {
    const found: Segment[] = [];
    const whole = /^[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/u.exec(name)?.[0];
    if (whole === undefined) return found;
    // A name that starts with names joined by hyphens (`Korea-Japan Fisheries Committee`) may stand
    // in the words as its first part; `U.S. Army` starts with the word `U.S.`.
    const part = /^[\p{L}\p{N}]+(?:['’.][\p{L}\p{N}]+)*/u.exec(name)?.[0] ?? whole;
    const first = name.split(" ")[0] as string;
    const keys = new Set([whole, part, first]);
    const starts = new Set<number>();
    for (const key of keys) {
      for (const at of index.get(key) ?? []) starts.add(at);
      for (const at of joined.get(key) ?? []) starts.add(at);
    }
    for (const at of [...starts].sort((a, b) => a - b)) {
      const start = (tokens[at] as Token).start;
      const end = source.startsWith(name, start) ? start + name.length : writtenAt(source, name, start);
      if (
        end !== -1 &&
        !/[\p{L}\p{N}]/u.test(source[end] ?? " ") &&
        covering(skip, start) === undefined &&
        covering(found, start) === undefined
      )
        found.push(segment(source, start, end));
    }
    return found.sort((a, b) => a.start - b.start);
  };
  const names = find(hit.name, []);
  for (const alias of hit.aliases ?? []) {
    names.push(...find(alias, names));
    names.sort((a, b) => a.start - b.start);
  }
  const acronyms = hit.acronym === undefined ? [] : find(hit.acronym, names);
  return [...names, ...acronyms].sort((a, b) => a.start - b.start);
}
