import type { PersonWithPosts } from "@communique/core";
import type { JointStatement } from "@communique/joint-statement";
import { HONORIFICS, RANKS } from "../lexicon/en/honorifics.js";
import { NATIONAL_OFFICES, OFFICES_NOT_EVERYWHERE, SHARED_TITLES } from "../lexicon/en/offices.js";
import { SEAT_COUNTRIES } from "../lexicon/en/organizations.js";
import { CONNECTORS, MODIFIERS } from "../lexicon/en/posts.js";
import { LEADER_VERBS, LIST_ENDING_VERBS, LIST_VERBS, SIDE_NOUNS } from "../lexicon/en/sides.js";
import { countryNamedIn } from "../lexicon/gazetteer.js";
import { covering, lastEndingBy, lastIndexStartingBy } from "../text/lookup.js";
import { isSoftBreak } from "../text/paragraphs.js";
import { type Segment, segment } from "../text/span.js";
import type { CountryHit } from "./countries.js";
import { postBeforeInList } from "./courtesy-names.js";
import { isGovernmentPost, isHead, ownCountry, portfolioTail, titleLength } from "./name-words.js";
import { dropCourtesyPosts, type PersonHit } from "./people.js";
import { opensWithUnion, unionOf, unionTitleOf } from "./unions.js";

const OFFICES = new Map(NATIONAL_OFFICES.map(([title, country]) => [normalize(title), country]));

const SHARED = new Set(SHARED_TITLES.map(normalize));

// The country an office's title belongs to; for a title other governments use too, only when the
// text names that country at all (`Foreign Secretary` is Britain's in a story that speaks of
// Britain, and India's own in one that does not).
function officeCountry(title: string, countries: readonly CountryHit[]): string | undefined {
  const normal = normalize(title);
  const country = OFFICES.get(normal);
  if (country === undefined || !SHARED.has(normal)) return country;
  return countries.some((hit) => hit.code === country) ? country : undefined;
}

function normalize(title: string): string {
  return title
    .replace(/\s+/g, " ")
    .replace(/^(?:acting|former|then-|ex-)\s*/i, "")
    .toLowerCase();
}

/** The bodies a text names: the unions among them (by code), and the body or country whose name ends at a position. */
export interface NamedBodies {
  unions: ReadonlySet<string>;
  endsName: (end: number) => boolean;
  /** The name of the body whose mention ends at a position, if any. */
  bodyEndingAt: (end: number) => string | undefined;
}

// `Bank of Korea Governor …`, `U.S. Army South commander …`: the country a state's body named
// just before a title holds, on the same line.
function stateBodyBefore(source: string, title: Segment, bodies: NamedBodies): string | undefined {
  let end = title.start;
  while (end > 0 && (source[end - 1] === " " || source[end - 1] === "\t")) end--;
  if (end === title.start) return undefined;
  const body = bodies.bodyEndingAt(end);
  if (body === undefined) return undefined;
  // `Kremlin spokesman …`, `State Department spokesperson …`: a seat or ministry only one government
  // has; not the seat as a place (`a letter to the White House Prime Minister …`).
  const seat = SEAT_COUNTRIES[body.replace(/^the /, "")];
  if (seat !== undefined)
    return SEAT_AS_PLACE.test(source.slice(Math.max(0, end - body.length - 20), end - body.length))
      ? undefined
      : seat;
  return STATE_BODY.test(body) ? countryNamedIn(body) : undefined;
}

const SEAT_AS_PLACE = /\b(?:to|at|in|into|from|inside|outside|near|of|visit(?:ed|s)?)\s+(?:the\s+)?$/i;

// A state's own body by its name: its armed services and commands, ministries, agencies, police,
// parliament, government, central bank (`Bank of Korea`; not a company such as `Bank of America`).
const STATE_BODY =
  /\b(?:Army|Navy|Air Force|Marine Corps|Coast Guard|Armed Forces|Defen[cs]e Forces?|Command|Ministry|Department|Agency|Police|Government|Parliament|Central Bank|Reserve Bank)\b|^(?:the )?Bank of (?!America\b)/;

/**
 * Fills in whose official a person is where the post itself says so, after the people pass has read
 * the country written before or after the post: a country named inside the title (`Minister of
 * Defense of Japan`, `President of the French Republic`), an office only one government has
 * (`Secretary of State`, `Foreign Secretary`), the union the title or the words before it name
 * (`President of the European Commission`), a union's own title in a story that names the union
 * (`High Representative …`), the country a state's body named just before the title holds (`Bank of
 * Korea Governor …`), or the country another of the person's posts gives.
 */
export function completePostCountries(
  source: string,
  people: readonly PersonHit[],
  countries: readonly CountryHit[],
  bodies: NamedBodies,
): void {
  for (const person of people) {
    for (const post of person.posts) {
      if (post.country !== undefined) continue;
      const label = post.label ?? post.title.text;
      const inside = ownCountry(countries, post.title);
      const office = officeCountry(label, countries);
      const country =
        inside?.code ??
        office ??
        unionOf(source, post.title) ??
        unionTitleOf(source, post.title, label, bodies.unions, bodies.endsName) ??
        stateBodyBefore(source, post.title, bodies);
      if (country !== undefined) post.country = country;
    }
    const known = person.posts.find((post) => post.country !== undefined)?.country;
    if (known !== undefined) for (const post of person.posts) post.country ??= known;
  }
}

// Whether a government has an office only some have.
function hasOffice(office: (typeof OFFICES_NOT_EVERYWHERE)[number], code: string): boolean {
  return office.holders?.includes(code) ?? !(office.lacking ?? []).includes(code);
}

/** The countries a story's statements are between: every country party of any of them. */
export function statementSides(statements: readonly JointStatement[]): string[] {
  const sides = new Set<string>();
  for (const statement of statements)
    for (const party of statement.parties)
      if (party.kind === "country" && party.country !== undefined) sides.add(party.country);
  return [...sides];
}

const NOT_EVERYWHERE = new Map(OFFICES_NOT_EVERYWHERE.map((office) => [normalize(office.title), office]));

/**
 * `Prime Minister Berg and President Dahl` in a text whose statements are Norway's and Chile's: a
 * head of state or government whose country the text leaves unsaid is the one party's that has the
 * office (Norway, a monarchy, has no president; Chile, a presidential republic, no prime minister).
 * Read once the statements' parties are known; the posts are the ones the statements' participants
 * hold, so both say it.
 */
export function officesByParty(
  people: readonly PersonWithPosts[],
  statements: readonly JointStatement[],
): void {
  const parties = statementSides(statements);
  if (parties.length === 0) return;
  const bodies = statements.some((statement) =>
    statement.parties.some((party) => party.kind !== "country" || party.country === undefined),
  );
  // A country has one president at a time: the first one the text names is the party's, and a
  // later `President Xi` is someone else's (people come in the order the text names them).
  const filled = new Set<string>();
  for (const person of people) {
    const posts = person.posts ?? [];
    if (posts.length === 0 || posts.some((post) => post.country !== undefined)) continue;
    for (const post of posts) {
      const office = NOT_EVERYWHERE.get(normalize(post.label ?? post.title));
      if (office === undefined || (bodies && office.bodies)) continue;
      const holders = parties.filter((code) => hasOffice(office, code));
      const [holder, ...others] = holders;
      if (holder === undefined || others.length > 0) continue;
      const seat = `${office.title} ${holder}`;
      if (filled.has(seat)) break;
      if (post.former !== true) filled.add(seat);
      for (const each of posts) each.country = holder;
      break;
    }
  }
}

/**
 * `PYONGYANG (KCNA) —`, `KUALA LUMPUR (Bernama) --`: a country's own news agency writes its own
 * government's officials without their country (`Foreign Minister Mohd Faizal said`) and names the
 * others'. So an official the text gives no country, in a story a national agency files from home
 * (`national`) or the agency of a party to its statements, is that country's: the first holder of each post the
 * text names, as a government has one of each. An agency that files from everywhere names its own
 * country's officials bare only in the stories it files from home, and there a bare post is taken
 * for its country's only when that country is a party to the statements.
 */
export function homeOfficials(
  people: readonly PersonWithPosts[],
  statements: readonly JointStatement[],
  home: string | undefined,
  /** Whether the text places the person with another country (an agency filing from everywhere). */
  abroad: (person: PersonWithPosts) => boolean = () => false,
  /** Whether the agency is its country's own and files from home: its bare officials are its country's in any story. */
  national = false,
): void {
  if (home === undefined || (!national && !statementSides(statements).includes(home))) return;
  const filled = new Set<string>();
  for (const person of people)
    for (const post of person.posts ?? [])
      if (post.country === home && post.former !== true) filled.add(normalize(post.label ?? post.title));
  for (const person of people) {
    const posts = person.posts ?? [];
    if (posts.length === 0 || posts.some((post) => post.country !== undefined)) continue;
    const post = posts[0] as (typeof posts)[number];
    const title = normalize(post.label ?? post.title);
    if (!isGovernmentPost(title)) continue;
    const office = NOT_EVERYWHERE.get(title);
    if ((office !== undefined && !hasOffice(office, home)) || filled.has(title) || abroad(person)) continue;
    if (post.former !== true) filled.add(title);
    for (const each of posts) each.country = home;
  }
}

// `Narendra Modi, Prime Minister of India,`: a post set after the name between commas.
const APPOSITIVE =
  /^,[ \t]+(?:the[ \t]+)?(\p{Lu}[^,.;:()\n]{3,100}?)(?=[,.;:)\n]|[ \t]+(?:and|who|said|says)\b|$)/u;

const RUNS_INTO_NAME = /^[ \t]+(?:and[ \t]+)?(?:\p{Lu}[\p{L}.’'-]*[ \t]+){0,6}$/u;

/**
 * Posts written after a person's name between commas, in capitals (`H.E. Mr. Narendra Modi, Prime
 * Minister of India`), when they say whose they are: a country named in them, or an office only one
 * government has.
 */
export function appositivePosts(
  source: string,
  people: readonly PersonHit[],
  countries: readonly CountryHit[],
): void {
  let mentions: Mention[] | undefined;
  for (const person of people) {
    for (const mention of person.mentions) {
      const found = APPOSITIVE.exec(source.slice(mention.end, mention.end + 140));
      if (found === null) continue;
      const written = found[1] as string;
      const start = mention.end + found[0].length - written.length;
      // `United States Trade Representative`: the post may start with its country.
      const country = covering(countries, start);
      const postStart = country?.start === start ? country.end - start : 0;
      const firstWord = /^[ \t]*(\S+)/.exec(written.slice(postStart))?.[1] ?? "";
      if (!isHead(firstWord) && !MODIFIERS.has(firstWord) && !opensWithUnion(written)) continue;
      const title = segment(source, start, portfolioTail(source, start + titleLength(written)));
      // `…, Prime Minister of Japan Tanaka Yuki,`: the post and name of the next person in a list; also
      // when the name opens with an initial whose dot ended the post read (`… Minister S. Jaishankar`).
      mentions ??= mentionIndex(people);
      if (mentionsFrom(mentions, title.start, title.end - 1).length > 0) continue;
      // `Zhao, Pakistani Deputy Prime Minister and Foreign Minister Asif …`: the post runs on into
      // the next person's name, and is theirs.
      const next = mentionsFrom(mentions, title.end, title.end + 60)[0];
      if (next !== undefined && RUNS_INTO_NAME.test(source.slice(title.end, next.start))) continue;
      if (postBeforeInList(source, person.posts, mention.start, title.end)) continue;
      const inside = ownCountry(countries, title);
      const whose = inside?.code ?? officeCountry(title.text, countries) ?? unionOf(source, title);
      if (whose === undefined || person.posts.some((post) => post.title.text === title.text)) continue;
      person.posts.push({ title, acting: false, former: false, country: whose });
      dropCourtesyPosts(person);
    }
  }
}

const spaced = (words: readonly string[]) => words.join("|").replace(/ /g, "[ \\t]+");
// A side's noun, then its list's verb: `delegation included`.
const SIDE_LIST = new RegExp(
  `\\b(?:${SIDE_NOUNS.join("|")})[ \\t]+(?:${spaced(LIST_VERBS)})\\b[ \\t]*:?`,
  "gi",
);
const COURTESY_WORD = new Set([...HONORIFICS, ...RANKS]);
// Each list verb by its longest word (`consisted of` by `consisted`), to search for first.
const LIST_CUE = new RegExp(
  LIST_VERBS.map((verb) => verb.split(" ").reduce((a, b) => (b.length > a.length ? b : a))).join("|"),
  "i",
);
// A leader's verb (`led by`), found first, then the side's noun before it: `delegation was led by`,
// `delegation, headed by`.
const LEADER = new RegExp(`\\b(?:${spaced(LEADER_VERBS)})\\b[ \\t]*:?`, "gi");
const LEADER_SIDE = new RegExp(
  `\\b(?:${SIDE_NOUNS.join("|")})(?:[ \\t]*,)?[ \\t]+(?:(?:was|were|is|are)[ \\t]+)?$`,
  "i",
);
// Where a leader's name ends: the comma or semicolon after it.
const LEADER_END = /[,;]/g;
const LIST_END = new RegExp(`[ \\t](?:${LIST_ENDING_VERBS.join("|")})\\b`);

// What each text's lists and counterparts are, by its countries (an array of each call's own): read
// once, however many passes ask.
const SIDE_LISTS = new WeakMap<readonly CountryHit[], SideList[]>();
const COUNTERPARTS = new WeakMap<readonly CountryHit[], CounterpartCue[]>();

/** A side's list of its people: the side's country, the words that open it, and where it runs. */
export interface SideList {
  code: string;
  cue: Segment;
  from: number;
  to: number;
}

/**
 * `Participating Norwegian Ministers included the Hon Jane Roe, Minister for Fisheries, …`: the lists
 * of one side's people, each running to the end of its sentence.
 */
export function findSideLists(source: string, countries: readonly CountryHit[]): SideList[] {
  // The people pass and the statements' participants both ask, of the same text's countries.
  const known = SIDE_LISTS.get(countries);
  if (known !== undefined) return known;
  const lists: SideList[] = [];
  SIDE_LISTS.set(countries, lists);
  const cues: { start: number; end: number; leader: boolean }[] = [];
  // The list's verbs are rare: a plain search first, the pattern only where one stands.
  if (LIST_CUE.test(source)) {
    SIDE_LIST.lastIndex = 0;
    for (let cue = SIDE_LIST.exec(source); cue !== null; cue = SIDE_LIST.exec(source))
      cues.push({ start: cue.index, end: cue.index + cue[0].length, leader: false });
  }
  if (/(?:led|headed) by/i.test(source)) {
    LEADER.lastIndex = 0;
    for (let verb = LEADER.exec(source); verb !== null; verb = LEADER.exec(source)) {
      const from = Math.max(0, verb.index - 40);
      const side = LEADER_SIDE.exec(source.slice(from, verb.index));
      if (side !== null)
        cues.push({ start: from + side.index, end: verb.index + verb[0].length, leader: true });
    }
    cues.sort((a, b) => a.start - b.start);
  }
  for (const cue of cues) {
    const side = lastEndingBy(countries, cue.start);
    // `the Sudanese delegation`, `Sudan's delegation`.
    if (side === undefined || !/^(?:['’]s)?[ \t]+$/.test(source.slice(side.end, cue.start))) continue;
    const from = cue.end;
    let to = sentenceEnd(source, from);
    const verb = LIST_END.exec(source.slice(from, to));
    if (verb !== null) to = from + verb.index;
    if (cue.leader) {
      LEADER_END.lastIndex = from;
      const comma = LEADER_END.exec(source);
      if (comma !== null && comma.index < to) to = comma.index;
    }
    // `…, while the Chinese side was led by …`: the next side's list ends this one.
    const previous = lists[lists.length - 1];
    if (previous !== undefined && previous.to > side.start) previous.to = side.start;
    lists.push({ code: side.code, cue: segment(source, side.start, from), from, to });
  }
  return lists;
}

/**
 * How far into a side's list its first name stands at most: the list starts with its first name
 * (after its courtesy and post), not somewhere later on.
 */
export const LIST_LEAD = 60;

/**
 * The people a side's list names are that side's officials, when their posts do not say otherwise.
 */
export function sideLists(
  source: string,
  people: readonly PersonHit[],
  countries: readonly CountryHit[],
): void {
  let mentions: Mention[] | undefined;
  for (const { code, from, to } of findSideLists(source, countries)) {
    mentions ??= mentionIndex(people);
    const listed = mentionsFrom(mentions, from, to);
    if (listed.length === 0 || (listed[0] as Mention).start - from > LIST_LEAD) continue;
    for (const { person, end } of listed)
      if (end <= to) for (const post of person.posts) post.country ??= code;
  }
}

// Where the sentence from `from` ends: a line break (not one of hand-wrapped copy), or a full stop
// that is not a courtesy word's (`Mr.`, `Hon.`).
function sentenceEnd(source: string, from: number): number {
  const stop = /\n|\.(?=\s)/g;
  stop.lastIndex = from;
  for (let found = stop.exec(source); found !== null; found = stop.exec(source)) {
    if (found[0] === "\n") {
      if (isSoftBreak(source, found.index)) continue;
      return found.index;
    }
    const word = /(\S+)$/.exec(source.slice(Math.max(from, found.index - 12), found.index))?.[1] ?? "";
    if (!COURTESY_WORD.has(word) && !/^\p{Lu}$/u.test(word)) return found.index;
  }
  return source.length;
}

// `met his Norwegian counterpart, Foreign Minister Kari Dahl`, `his visiting Norwegian counterpart`:
// the side a counterpart is named with.
const COUNTERPART =
  /\b(?:[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)[ \t]+(?:(?:visiting|new|incoming|outgoing)[ \t]+)?((?:\p{Lu}[\p{L}-]*[ \t]+){1,3})counterparts?\b/gu;

/** A naming of someone's counterpart: the country its demonym names, and where the naming ends. */
export interface CounterpartCue {
  code: string;
  cue: Segment;
}

/** Every `his Norwegian counterpart(s)` in the text whose words name a country. */
export function findCounterparts(source: string, countries: readonly CountryHit[]): CounterpartCue[] {
  const known = COUNTERPARTS.get(countries);
  if (known !== undefined) return known;
  const found: CounterpartCue[] = [];
  COUNTERPARTS.set(countries, found);
  if (!source.includes("counterpart")) return found;
  COUNTERPART.lastIndex = 0;
  for (let match = COUNTERPART.exec(source); match !== null; match = COUNTERPART.exec(source)) {
    const side = covering(countries, match.index + match[0].indexOf(match[1] as string));
    if (side !== undefined)
      found.push({ code: side.code, cue: segment(source, match.index, match.index + match[0].length) });
  }
  return found;
}

/**
 * People named right after `his Norwegian counterpart(s)` (a post between is fine) hold their posts
 * for that country, when the posts do not say another.
 */
export function counterpartCountries(
  source: string,
  people: readonly PersonHit[],
  countries: readonly CountryHit[],
): void {
  let mentions: Mention[] | undefined;
  for (const { code, cue } of findCounterparts(source, countries)) {
    const end = cue.end;
    mentions ??= mentionIndex(people);
    // `counterparts, Foreign Secretary A and Defense Secretary B`: each name after the one before.
    let from = end;
    for (const next of mentionsFrom(mentions, end, end + 160)) {
      const person = next.person;
      // Only commas, spaces, `and` and the words of a post between: `counterpart, Foreign Minister`.
      const between = source
        .slice(from, next.start)
        .split(/[\s,]+/)
        .filter((word) => word.length > 0);
      if (
        !between.every(
          (word) => isHead(word) || MODIFIERS.has(word) || CONNECTORS.has(word) || word === "the",
        )
      )
        break;
      from = next.end;
      // The demonym says it outright: it wins over what an office alone suggested
      // (`Foreign Secretary` is Britain's only where nothing else is said).
      for (const post of person.posts)
        if (post.country === undefined || ownCountry(countries, post.title) === undefined)
          post.country = code;
    }
  }
}

/** One mention of a person, in text order with the others. */
export interface Mention {
  start: number;
  end: number;
  person: PersonHit;
}

/** Every mention of every person, in text order. */
export function mentionIndex(people: readonly PersonHit[]): Mention[] {
  // Built in one loop (each pass over people's mentions that asks builds it again).
  const mentions: Mention[] = [];
  for (const person of people)
    for (const mention of person.mentions) mentions.push({ start: mention.start, end: mention.end, person });
  return mentions.sort(byStart);
}

const byStart = (a: Mention, b: Mention) => a.start - b.start;

/** The mentions that start from `from` up to `to`, by binary search. */
function mentionsFrom(mentions: readonly Mention[], from: number, to: number): Mention[] {
  const found: Mention[] = [];
  for (let at = lastIndexStartingBy(mentions, from - 1) + 1; at < mentions.length; at++) {
    const mention = mentions[at] as Mention;
    if (mention.start > to) break;
    found.push(mention);
  }
  return found;
}
