import { lookUpCountry } from "../lexicon/gazetteer.js";
import {
  COMPLEMENT,
  CONNECTORS,
  HEADS,
  LOWER_CASE_POST,
  MODIFIERS,
  NAME_PARTICLES,
} from "../lexicon/posts.js";
import { covering, lastEndingBy, lastStartingBy } from "../text/lookup.js";
import { type Segment, segment, within } from "../text/span.js";
import { adjacent, type Token, type TokenIndex } from "../text/tokens.js";
import type { CountryHit } from "./countries.js";

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
  name: string;
  mentions: Segment[];
  posts: PostHit[];
  /** People named together (`A and B headed …`) share a group number. */
  group: number;
}

const NOT_NAMES = new Set(
  "The A An He She It They We In On At But And Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August September October November December Source Photo Earlier Later According".split(
    " ",
  ),
);

interface Context {
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
      person = { name: name.text, mentions: [], posts: [], group: inGroup };
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
  for (const name of speakers(context)) if (!people.has(name.text)) add(name, undefined, ++group);
  const all = [...people.values()];
  // How many people's names hold each word: a word two names share is no one's short name.
  const shared = new Map<string, number>();
  for (const person of all)
    for (const word of new Set(person.name.split(/\s+/))) shared.set(word, (shared.get(word) ?? 0) + 1);
  for (const person of all) person.mentions = mentionsOf(source, tokens, byText, person, shared);
  return all
    .filter((person) => person.mentions.length > 0)
    .sort((a, b) => (a.mentions[0]?.start ?? 0) - (b.mentions[0]?.start ?? 0));
}

function postAndName(
  context: Context,
  first: number,
): { post: PostHit; name: Segment; start: number; nextToken: number } | undefined {
  const { source, tokens } = context;
  let index = first;
  let acting = false;
  let former = false;
  const word = (at: number) => tokens[at]?.text ?? "";
  const joins = (at: number) =>
    at === first || adjacent(source, (tokens[at - 1] as Token).end, (tokens[at] as Token).start);
  const startText = word(first);
  if (
    !MODIFIERS.has(startText) &&
    !HEADS.has(startText) &&
    !startText.includes("-") &&
    startText !== "former"
  )
    return undefined;
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
  for (let at = postEnd; at < tokens.length && nameTokens.length < 5 && joins(at); at++) {
    const token = tokens[at] as Token;
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

const NAME = "\\p{Lu}[\\p{L}'’-]+(?:[ \\t]+\\p{Lu}[\\p{L}'’-]+){1,3}";
const POST_AFTER_NAME = new RegExp(
  `(${NAME}),[ \\t]+((?:the[ \\t]+)?[a-z][^,.;“”"\\n]{2,80}?)(?=,|\\.|;|[ \\t]+(?:said|says|told|added)\\b)`,
  "gu",
);

// Only a text with a comma before a lower-case post word can hold one.
const LOWER_CASE_CUE =
  /,[ \t]+(?:the[ \t]+|a[ \t]+|an[ \t]+)?(?:acting|deputy|vice|assistant|under|senior|principal|chief|special|permanent|former|foreign|defen[cs]e|trade|finance|unification|national|security|prime|executive|top|nuclear|lead|presidential|state|fisheries|press|minister|secretary|president|premier|chancellor|ambassador|envoy|representative|spokes\w+|director|chair\w*|commissioner|governor|advis[eo]r|counsel+or|undersecretary|head|coordinator|negotiator|official)\b/;

function postAfterName(
  source: string,
  tokens: readonly Token[],
  excluded: readonly Segment[],
): { name: Segment; post: PostHit }[] {
  const found: { name: Segment; post: PostHit }[] = [];
  const first = tokens[0]?.start ?? 0;
  if (!LOWER_CASE_CUE.test(source)) return found;
  POST_AFTER_NAME.lastIndex = first;
  for (let match = POST_AFTER_NAME.exec(source); match !== null; match = POST_AFTER_NAME.exec(source)) {
    const nameText = match[1] as string;
    const words = nameText.split(/[ \t]+/);
    if (
      words.some(
        (word) =>
          NOT_NAMES.has(word) || HEADS.has(word) || MODIFIERS.has(word) || lookUpCountry(word) !== undefined,
      )
    )
      continue;
    const written = match[2] as string;
    if (!LOWER_CASE_POST.test(written)) continue;
    const article = /^(?:the|a|an)[ \t]+/.exec(written);
    const titleStart = match.index + (match[0].length - written.length) + (article?.[0].length ?? 0);
    const name = segment(source, match.index, match.index + nameText.length);
    if (excluded.some((part) => within(name, part))) continue;
    const title = segment(source, titleStart, titleStart + written.length - (article?.[0].length ?? 0));
    const former = /^(?:former|then-)/.test(title.text);
    const acting = /^acting\b/.test(title.text);
    const label = acting || former ? title.text.replace(/^(?:acting|former)\s+|^then-/, "") : undefined;
    found.push({ name, post: { title, acting, former, ...(label === undefined ? {} : { label }) } });
  }
  return found;
}

// Speech verbs and the words that introduce a participant, found first (a plain search), then the
// name read around each: `Anna Berg said`, `said Anna Berg.`, `represented by Sarah Lin`.
const SPEECH = /\b(?:said|says|told|added|stated)\b/g;
const INTRODUCING = /\b(?:represented|led|headed|chaired|co-chaired|signed|hosted|joined)\s+by\b/g;
const NAME_BEFORE = new RegExp(`(?:^|[,“”"]\\s*|[.!?]\\s+)(${NAME})\\s+$`, "u");
const NAME_AFTER_SPEECH = new RegExp(
  `(?:\\s+reporters)?\\s+(${NAME})(?=\\s*[.,;]|\\s+(?:in|at|on|during|after|before|when)\\b)`,
  "uy",
);
const NAME_AFTER_BY = new RegExp(`\\s+(${NAME})(?=\\s*[.,;]|\\s+(?:and|in|at|on|while|who)\\b|$)`, "uy");

function namesAroundVerbs(source: string): { text: string; start: number }[] {
  const found: { text: string; start: number }[] = [];
  SPEECH.lastIndex = 0;
  for (let verb = SPEECH.exec(source); verb !== null; verb = SPEECH.exec(source)) {
    const from = Math.max(0, verb.index - 80);
    const before = NAME_BEFORE.exec(source.slice(from, verb.index));
    // A name at the start of the window is only known to start a clause at the start of the text.
    if (before !== null && (before.index > 0 || from === 0 || /^[,“”".!?]/.test(before[0]))) {
      const text = before[1] as string;
      found.push({ text, start: from + before.index + before[0].indexOf(text) });
    }
    if (verb[0] === "stated") continue;
    NAME_AFTER_SPEECH.lastIndex = verb.index + verb[0].length;
    const after = NAME_AFTER_SPEECH.exec(source);
    if (after !== null)
      found.push({
        text: after[1] as string,
        start: after.index + after[0].length - (after[1] as string).length,
      });
  }
  INTRODUCING.lastIndex = 0;
  for (let verb = INTRODUCING.exec(source); verb !== null; verb = INTRODUCING.exec(source)) {
    NAME_AFTER_BY.lastIndex = verb.index + verb[0].length;
    const after = NAME_AFTER_BY.exec(source);
    if (after !== null)
      found.push({ text: after[1] as string, start: after.index + after[0].indexOf(after[1] as string) });
  }
  return found;
}

function speakers(context: Context): Segment[] {
  const found: Segment[] = [];
  for (const { text, start } of namesAroundVerbs(context.source)) {
    const words = text.split(/\s+/);
    if (
      words.some(
        (word) =>
          NOT_NAMES.has(word) ||
          HEADS.has(word) ||
          MODIFIERS.has(word) ||
          COMPLEMENT.has(word) ||
          lookUpCountry(word) !== undefined,
      )
    )
      continue;
    const name = segment(context.source, start, start + text.length);
    if (context.excluded.some((part) => within(name, part))) continue;
    if (
      covering(context.countries, name.start) !== undefined ||
      covering(context.countries, name.end - 1) !== undefined
    )
      continue;
    found.push(name);
  }
  return found;
}

// Every naming of the person: the full name, and later the family name alone. Which word of a
// two-part name is the family name, the text shows: the one used alone (`Countryman`, or `Zhao`
// for Zhao Lei); the last word is tried first. A word another person's name shares is not used.
function mentionsOf(
  source: string,
  tokens: readonly Token[],
  byText: TokenIndex,
  person: PersonHit,
  shared: ReadonlyMap<string, number>,
): Segment[] {
  const words = person.name.split(/\s+/);
  const mentions: Segment[] = [];
  const bare = (token: Token | undefined) => token?.text.replace(/['’]s$/, "");
  for (const index of [
    ...(byText.get(words[0] as string) ?? []),
    ...(words.length === 1
      ? (byText.get(`${words[0]}’s`) ?? []).concat(byText.get(`${words[0]}'s`) ?? [])
      : []),
  ]) {
    const run = tokens.slice(index, index + words.length);
    if (
      run.length !== words.length ||
      !run.every((token, at) => (at === words.length - 1 ? bare(token) : token.text) === words[at])
    )
      continue;
    const first = run[0] as Token;
    mentions.push(segment(source, first.start, first.start + person.name.length));
  }
  mentions.sort((a, b) => a.start - b.start);
  if (words.length < 2 || mentions.length === 0) return mentions;
  const full = mentions[0] as Segment;
  for (const family of [words[words.length - 1] as string, words[0] as string]) {
    if ((shared.get(family) ?? 0) > 1) continue;
    const alone: Segment[] = [];
    for (const index of [
      ...(byText.get(family) ?? []),
      ...(byText.get(`${family}’s`) ?? []),
      ...(byText.get(`${family}'s`) ?? []),
    ]) {
      const token = tokens[index] as Token;
      if (token.start < full.end || covering(mentions, token.start) !== undefined) continue;
      const before = tokens[index - 1];
      const after = tokens[index + 1];
      if (before?.capitalized && adjacent(source, before.end, token.start)) continue;
      if (after?.capitalized && adjacent(source, token.end, after.start)) continue;
      alone.push(segment(source, token.start, token.start + family.length));
    }
    if (alone.length > 0) return [...mentions, ...alone].sort((a, b) => a.start - b.start);
  }
  return mentions;
}
