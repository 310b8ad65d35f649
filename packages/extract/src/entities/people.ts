import { slug, uniqueId } from "../ids.js";
import { HONORIFICS, POST_NOMINALS } from "../lexicon/en/honorifics.js";
import { lookUpCountry } from "../lexicon/gazetteer.js";
import { COMPLEMENT, CONNECTORS, HEADS, MODIFIERS, NAME_PARTICLES, NOT_NAMES } from "../lexicon/posts.js";
import { covering, lastEndingBy, lastStartingBy } from "../text/lookup.js";
import { type Segment, segment, within } from "../text/span.js";
import { adjacent, type Token, type TokenIndex } from "../text/tokens.js";
import { type CountryHit, countryWithin } from "./countries.js";
import { capitalPostAfterName, postAfterName, speakers } from "./named-people.js";
import { mentionsOf } from "./person-mentions.js";

/** A post as the text gives it. */
export interface PostHit {
  title: Segment;
  /** The post without `Acting`, `former` or `then-`, when the title carries one. */
  label?: string;
  acting: boolean;
  former: boolean;
  country?: string;
}

/** A person named in the text. */
export interface PersonHit {
  /** The person's id in the article: the name's slug, made unique. */
  id: string;
  name: string;
  mentions: Segment[];
  posts: PostHit[];
  /** People named together (`A and B headed …`) share a group number. */
  group: number;
}

/** What the passes over people read: the text, its words, the countries in it, and where not to look. */
export interface Context {
  source: string;
  tokens: readonly Token[];
  countries: readonly CountryHit[];
  excluded: readonly Segment[];
}

/**
 * People named in the text with the posts it gives them: a post before the name (`Vice Foreign
 * Minister Lim Sung-nam`, `US Acting Under Secretary of State for … Thomas Countryman`, `Japan's
 * Foreign Minister …`, `then-President …`), a lower-case post after it (`Park Ji-won, deputy minister
 * for policy`), names joined to them by `and`, and names that say or tell something.
 */
export function findPeople(
  source: string,
  tokens: readonly Token[],
  byText: TokenIndex,
  countries: readonly CountryHit[],
  excluded: readonly Segment[],
): PersonHit[] {
  const context: Context = { source, tokens, countries, excluded };
  const people = new Map<string, PersonHit>();
  let group = 0;
  const add = (name: Segment, post: PostHit | undefined, inGroup: number): PersonHit => {
    let person = people.get(name.text);
    if (person === undefined) {
      person = { id: "", name: name.text, mentions: [], posts: [], group: inGroup };
      people.set(name.text, person);
    }
    if (post !== undefined && !person.posts.some((known) => known.title.text === post.title.text))
      person.posts.push(post);
    return person;
  };
  let previous: { end: number; country: string | undefined; group: number } | undefined;
  for (let index = 0; index < tokens.length; index++) {
    const parsed = postAndName(context, index);
    if (parsed === undefined) continue;
    const joined = previous !== undefined && /^\s+and\s+$/.test(source.slice(previous.end, parsed.start));
    const inGroup = joined ? (previous?.group ?? group) : ++group;
    if (parsed.post.country === undefined && joined && previous?.country !== undefined)
      parsed.post.country = previous.country;
    add(parsed.name, parsed.post, inGroup);
    let end = parsed.name.end;
    index = parsed.nextToken - 1;
    // `… Thomas Countryman and David Shear`: a bare name joined to a named official.
    const bare = bareNameAfterAnd(context, parsed.nextToken);
    if (bare !== undefined) {
      add(bare.name, undefined, inGroup);
      end = bare.name.end;
      index = bare.nextToken - 1;
    }
    previous = { end, country: parsed.post.country, group: inGroup };
  }
  for (const found of postAfterName(source, tokens, excluded)) add(found.name, found.post, ++group);
  const whose = (title: Segment) => countryWithin(countries, title)?.code;
  for (const found of capitalPostAfterName(source, excluded, whose)) add(found.name, found.post, ++group);
  for (const name of speakers(context)) if (!people.has(name.text)) add(name, undefined, ++group);
  mergeFamilyNames(people);
  const all = [...people.values()];
  // How many people's names hold each word: a word two names share is no one's short name.
  const shared = new Map<string, number>();
  for (const person of all)
    for (const word of new Set(person.name.split(/\s+/))) shared.set(word, (shared.get(word) ?? 0) + 1);
  for (const person of all) person.mentions = mentionsOf(source, tokens, byText, person, shared);
  const found = all
    .filter((person) => person.mentions.length > 0)
    .sort((a, b) => (a.mentions[0]?.start ?? 0) - (b.mentions[0]?.start ?? 0));
  // `José Diaz` and `Jose Diaz` are two people with one slug: ids must differ all the same.
  const taken = new Set<string>();
  for (const person of found) person.id = uniqueId(slug(person.name), taken);
  return found;
}

function postAndName(
  context: Context,
  first: number,
): { post: PostHit; name: Segment; start: number; nextToken: number } | undefined {
  const { source, tokens } = context;
  // Called for every word: most are let go here, before anything is built for them.
  const startText = tokens[first]?.text ?? "";
  if (
    !MODIFIERS.has(startText) &&
    !HEADS.has(startText) &&
    !startText.includes("-") &&
    startText !== "former"
  )
    return undefined;
  let index = first;
  let acting = false;
  let former = false;
  const word = (at: number) => tokens[at]?.text ?? "";
  const joins = (at: number) =>
    at === first || adjacent(source, (tokens[at - 1] as Token).end, (tokens[at] as Token).start);
  let heads = 0;
  const prefixed = /^(then|ex|former)-(.+)$/i.exec(startText);
  if (prefixed !== null) {
    const rest = prefixed[2] as string;
    if (!MODIFIERS.has(rest) && !HEADS.has(rest)) return undefined;
    former = true;
    if (HEADS.has(rest)) heads++;
    index++;
  } else if (/^(?:former|Former)$/.test(startText)) {
    former = true;
    index++;
  }
  while (index < tokens.length && MODIFIERS.has(word(index)) && joins(index)) {
    if (word(index) === "Acting") acting = true;
    index++;
  }
  while (index < tokens.length && HEADS.has(word(index)) && joins(index)) {
    index++;
    heads++;
  }
  if (heads === 0) return undefined;
  let postEnd = index;
  // A complement: `of State for Arms Control and International Security`.
  if (/^(?:of|for|to|on)$/.test(word(index))) {
    let at = index + 1;
    let lastContent = -1;
    while (at < tokens.length && joins(at)) {
      const text = word(at);
      if (COMPLEMENT.has(text) || lookUpCountry(text) !== undefined) lastContent = at;
      else if (!CONNECTORS.has(text)) break;
      at++;
    }
    if (lastContent > index) postEnd = lastContent + 1;
  }
  const nameTokens: Token[] = [];
  const courtesy = afterHonorifics(context, postEnd);
  const nameStart = courtesy ?? postEnd;
  for (
    let at = nameStart;
    at < tokens.length &&
    nameTokens.length < 5 &&
    ((courtesy !== undefined && at === nameStart) || joins(at));
    at++
  ) {
    const token = tokens[at] as Token;
    if (POST_NOMINAL.has(token.text) && nameTokens.length > 0) break;
    if (isNameWord(token) && !isCountry(context, token)) nameTokens.push(token);
    else if (NAME_PARTICLES.has(token.text) && nameTokens.length > 0) nameTokens.push(token);
    else break;
    if (/['’]s$/.test(token.text)) break;
  }
  while (nameTokens.length > 0 && NAME_PARTICLES.has((nameTokens[nameTokens.length - 1] as Token).text))
    nameTokens.pop();
  if (nameTokens.length === 0) return undefined;
  const firstName = nameTokens[0] as Token;
  const lastName = nameTokens[nameTokens.length - 1] as Token;
  const nameEnd = /['’]s$/.test(lastName.text) ? lastName.end - 2 : lastName.end;
  const name = segment(source, firstName.start, nameEnd);
  if (context.excluded.some((part) => within(name, part))) return undefined;
  const titleStart = (tokens[first] as Token).start;
  const title = segment(source, titleStart, (tokens[postEnd - 1] as Token).end);
  const label =
    acting || former
      ? title.text.replace(/^(?:Acting|acting|former|Former)\s+|^(?:then|ex)-/i, "")
      : undefined;
  const country = countryBefore(context, titleStart) ?? countryAfter(context, name.end);
  // `former Australian Prime Minister …`: the word before the country says the post is past.
  const before = lastEndingBy(context.countries, titleStart);
  const countryHit =
    before !== undefined && before.code === country && titleStart - before.end <= 3 ? before : undefined;
  if (
    countryHit !== undefined &&
    /(?:^|\s)(?:former|Former|ex-)\s*$/.test(
      context.source.slice(Math.max(0, countryHit.start - 8), countryHit.start),
    )
  )
    former = true;
  return {
    post: {
      title,
      acting,
      former,
      ...(label !== undefined && label !== title.text ? { label } : {}),
      ...(country === undefined ? {} : { country }),
    },
    name,
    start: countryHit?.start ?? titleStart,
    nextToken: postEnd + nameTokens.length,
  };
}

// `Prime Minister Abbott` and `Prime Minister the Hon Tony Abbott`: a one-word name that is the
// family name of exactly one fuller name is that person.
function mergeFamilyNames(people: Map<string, PersonHit>): void {
  for (const [key, person] of people) {
    if (/\s/.test(person.name)) continue;
    const fuller = [...people.values()].filter((other) => {
      const words = other.name.split(/\s+/);
      return words.length > 1 && (words[words.length - 1] === person.name || words[0] === person.name);
    });
    if (fuller.length !== 1) continue;
    const target = fuller[0] as PersonHit;
    for (const post of person.posts)
      if (!target.posts.some((known) => known.title.text === post.title.text)) target.posts.push(post);
    people.delete(key);
  }
}

const HONORIFIC = new Set(HONORIFICS);
const POST_NOMINAL = new Set(POST_NOMINALS);
const ARTICLES = new Set(["the", "The", "His", "Her", "Right"]);

// `Prime Minister the Hon Tony Abbott`, `Prime Minister of Japan, H.E. Shinzo Abe`: where the name
// starts after words of courtesy (and a comma before them), or undefined when there are none.
function afterHonorifics(context: Context, at: number): number | undefined {
  const { source, tokens } = context;
  const first = tokens[at];
  const before = tokens[at - 1];
  if (first === undefined || before === undefined) return undefined;
  if (!/^[ \t]*,?[ \t]*$/.test(source.slice(before.end, first.start))) return undefined;
  let index = at;
  let courteous = false;
  while (index < tokens.length && HONORIFIC.has((tokens[index] as Token).text)) {
    if (
      index > at &&
      !/^[ \t.]*$/.test(source.slice((tokens[index - 1] as Token).end, (tokens[index] as Token).start))
    )
      break;
    if (!ARTICLES.has((tokens[index] as Token).text)) courteous = true;
    index++;
  }
  const next = tokens[index];
  if (!courteous || next === undefined || !isNameWord(next)) return undefined;
  return index;
}

function isNameWord(token: Token): boolean {
  if (!token.capitalized || NOT_NAMES.has(token.text)) return false;
  if (HEADS.has(token.text) || MODIFIERS.has(token.text)) return false;
  return /^\p{Lu}(?:\.|[\p{L}'’-]+)$/u.test(token.text);
}

function isCountry(context: Context, token: Token): boolean {
  return covering(context.countries, token.start) !== undefined;
}

// The country a post belongs to, written just before it: `US Acting…`, `South Korea’s Vice…`, `Japanese Foreign…`.
function countryBefore(context: Context, start: number): string | undefined {
  const hit = lastEndingBy(context.countries, start);
  if (hit === undefined || start - hit.end > 3) return undefined;
  return /^(?:['’]s?)?\s*$/.test(context.source.slice(hit.end, start)) ? hit.code : undefined;
}

// `Foreign Minister Hayashi Takeo of Japan`: the country named just after the name.
function countryAfter(context: Context, end: number): string | undefined {
  const of = /^[ \t]+of[ \t]+(?:the[ \t]+)?/.exec(context.source.slice(end, end + 12));
  if (of === null) return undefined;
  const hit = lastStartingBy(context.countries, end + of[0].length);
  return hit?.start === end + of[0].length ? hit.code : undefined;
}

function bareNameAfterAnd(context: Context, at: number): { name: Segment; nextToken: number } | undefined {
  const { source, tokens } = context;
  const and = tokens[at];
  if (and === undefined || and.text !== "and") return undefined;
  const names: Token[] = [];
  for (let index = at + 1; index < tokens.length && names.length < 4; index++) {
    const token = tokens[index] as Token;
    if (!adjacent(source, (tokens[index - 1] as Token).end, token.start)) break;
    if (!isNameWord(token) || isCountry(context, token)) break;
    names.push(token);
  }
  if (names.length < 2) return undefined;
  const next = tokens[at + 1 + names.length];
  if (next?.capitalized && adjacent(source, (names[names.length - 1] as Token).end, next.start))
    return undefined;
  return {
    name: segment(source, (names[0] as Token).start, (names[names.length - 1] as Token).end),
    nextToken: at + 1 + names.length,
  };
}
