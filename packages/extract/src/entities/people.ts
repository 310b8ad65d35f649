import { slug, uniqueId } from "../ids.js";
import { HONORIFICS, POST_NOMINALS, RANKS } from "../lexicon/en/honorifics.js";
import {
  COMPLEMENT,
  CONNECTORS,
  HEADS,
  LOWER_CASE_HEADS,
  MODIFIERS,
  NAME_PARTICLES,
} from "../lexicon/en/posts.js";
import { lookUpCountry } from "../lexicon/gazetteer.js";
import { covering, lastEndingBy, lastStartingBy } from "../text/lookup.js";
import { type Segment, segment, within } from "../text/span.js";
import { adjacent, type Token, type TokenIndex } from "../text/tokens.js";
import { authorBios } from "./author-bios.js";
import { counterpartPost } from "./counterpart-posts.js";
import type { CountryHit } from "./countries.js";
import { courtesyNames, postBeforeInList } from "./courtesy-names.js";
import { describedList, findGroupPosts, type GroupPost, groupPostBefore, plural } from "./group-posts.js";
import { isGivenName, isHead, isNameWord, ownCountry } from "./name-words.js";
import {
  capitalPostAfterName,
  creditedPeople,
  possessivePostBeforeName,
  postAfterName,
  relationNames,
  speakers,
  staffCredited,
} from "./named-people.js";
import { namedOfficeholders } from "./officeholders.js";
import { mentionsOf } from "./person-mentions.js";
import { photoCredits } from "./photo-credits.js";
import { type PossessiveName, possessiveNames } from "./possessive-names.js";
import { postHeads, setOffPostNames } from "./set-off-posts.js";
import { speakerLabels } from "./speaker-labels.js";
import { titledNames } from "./titled-names.js";
import { namesUnion } from "./unions.js";

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
  /** The country the text names the person by when no post says it (`Chile's Ana Ruiz`). */
  country?: string;
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
    // A name wrapped over two lines is the one name: its words, one space apart.
    const written = name.text.includes("\n") ? name.text.replace(/\s+/g, " ") : name.text;
    let person = people.get(written);
    if (person === undefined) {
      person = { id: "", name: written, mentions: [], posts: [], group: inGroup };
      people.set(written, person);
    }
    if (post !== undefined && !person.posts.some((known) => known.title.text === post.title.text))
      person.posts.push(post);
    return person;
  };
  let previous: { end: number; country: string | undefined; group: number; post: PostHit } | undefined;
  // Names read with a post before them: no post read after another name runs over them.
  const named: Segment[] = [];
  for (let index = 0; index < tokens.length; index++) {
    if (!mayOpenPost(tokens[index] as Token)) continue;
    const parsed = postAndName(context, index);
    if (parsed === undefined) continue;
    const joined = previous !== undefined && /^\s+and\s+$/.test(source.slice(previous.end, parsed.start));
    const inGroup = joined ? (previous?.group ?? group) : ++group;
    if (parsed.post.country === undefined && joined && previous?.country !== undefined)
      parsed.post.country = previous.country;
    // `Minister Kari Dahl and Minister Ola Berg of Norway`: the country after both names is the first's too.
    if (
      joined &&
      parsed.countryAfterName &&
      previous !== undefined &&
      previous.post.country === undefined &&
      parsed.post.country !== undefined
    )
      previous.post.country = parsed.post.country;
    add(parsed.name, parsed.post, inGroup);
    named.push(parsed.name);
    let end = parsed.name.end;
    index = parsed.nextToken - 1;
    // `… Thomas Countryman and David Shear`: a bare name joined to a named official.
    // `Prime Minister Berg and Dahl and Lind`: family names alone after a family name alone.
    const single = !/\s/.test(parsed.name.text);
    for (
      let bare = bareNameAfterAnd(context, parsed.nextToken, single);
      bare !== undefined;
      bare = single ? bareNameAfterAnd(context, bare.nextToken, single) : undefined
    ) {
      const person = add(bare.name, single ? { ...parsed.post } : undefined, inGroup);
      // `… and Mauro Teixeira of Brazil`: the country the bare name is told of.
      const told = single ? undefined : countryAfter(context, bare.name.end);
      if (told !== undefined) person.country ??= told;
      end = bare.name.end;
      index = bare.nextToken - 1;
    }
    previous = { end, country: parsed.post.country, group: inGroup, post: parsed.post };
  }
  // In text order, as the courtesy pass reads them.
  const afterNames: { name: string; start: number; end: number }[] = [];
  for (const found of courtesyNames(context, named)) {
    add(found.name, found.post, ++group);
    if (found.post !== undefined)
      afterNames.push({ name: found.name.text, start: found.post.title.start, end: found.post.title.end });
  }
  for (const found of speakerLabels(source, excluded)) add(found.name, found.post, ++group);
  for (const found of possessivePostBeforeName(source, countries, excluded))
    add(found.name, found.post, ++group);
  // A post another pass read before the name stands: this one reads lower-case posts only.
  // The lower-case posts' heads, which the next two passes read.
  const heads = postHeads(source);
  for (const found of setOffPostNames(source, countries, excluded, heads))
    if ((people.get(found.name.text.replace(/\s+/g, " "))?.posts.length ?? 0) === 0)
      add(found.name, found.post, ++group);
  // `Egyptian presidential spokesman Yasser Ali said`: a lower-case post with no comma, where no
  // other pass read one.
  for (const found of titledNames(source, countries, excluded, heads))
    if ((people.get(found.name.text.replace(/\s+/g, " "))?.posts.length ?? 0) === 0)
      add(found.name, found.post, ++group);
  for (const found of postAfterName(source, tokens, excluded)) add(found.name, found.post, ++group);
  const whose = (title: Segment) => ownCountry(countries, title)?.code;
  for (const found of capitalPostAfterName(source, excluded, whose)) {
    const known = people.get(found.name.text)?.posts ?? [];
    if (!postBeforeInList(source, known, found.name.start, found.post.title.end))
      add(found.name, found.post, ++group);
  }
  // `signed by Chile's Ana Ruiz, Peru's Ivo Lind and …`: a list of them is named together, and
  // holds the post the story named them by as a group, if it did (`the presidents of the bloc`).
  const possessive = possessiveNames(source, countries, excluded);
  let groups: GroupPost[] | undefined;
  possessive.forEach((found, index) => {
    const person = add(found.name, undefined, found.joined ? group : ++group);
    person.country ??= found.country;
    const listed = found.joined || possessive[index + 1]?.joined === true;
    if (!listed || person.posts.length > 0) return;
    let first = index;
    while ((possessive[first] as PossessiveName).joined) first--;
    let last = index;
    while (possessive[last + 1]?.joined === true) last++;
    if (describedList(source, (possessive[last] as PossessiveName).name.end)) return;
    groups ??= findGroupPosts(source);
    const post = groupPostBefore(groups, (possessive[first] as PossessiveName).name.start, found.country);
    if (post !== undefined) person.posts.push(post);
  });
  for (const name of speakers(context)) if (!people.has(name.text)) add(name, undefined, ++group);
  for (const { name, relation, counterpart, place } of relationNames(source, excluded)) {
    const known = people.get(name.text);
    if (known !== undefined && (known.posts.length > 0 || !counterpart)) continue;
    const post = counterpart
      ? counterpartPost(source, people.values(), countries, relation, place)
      : undefined;
    add(name, post, known?.group ?? ++group);
  }
  // A credit line may sit in the page's furniture, outside the story's words: its name is a mention.
  const credited = new Map<string, Segment>();
  for (const { name, post } of creditedPeople(source, excluded))
    if (!people.has(name.text)) {
      add(name, post, ++group);
      credited.set(name.text, name);
    }
  for (const found of authorBios(source, countries, excluded))
    if ((people.get(found.name.text)?.posts.length ?? 0) === 0) add(found.name, found.post, ++group);
  for (const name of photoCredits(source, excluded))
    if (!people.has(name.text)) {
      add(name, undefined, ++group);
      credited.set(name.text, name);
    }
  for (const { name, post } of staffCredited(source, excluded))
    if (!people.has(name.text)) {
      add(name, post, ++group);
      credited.set(name.text, name);
    }
  // `talks between Xi Jinping and Vladimir Putin`: leaders the text names bare, known by the table.
  for (const known of namedOfficeholders(source, tokens)) {
    const name = segment(source, known.start, known.end);
    if (people.has(name.text) || excluded.some((part) => within(name, part))) continue;
    if (inAnyName(people, name.text)) continue;
    add(name, undefined, ++group);
  }
  mergeFamilyNames(people);
  for (const person of people.values()) {
    // `the Hon Jane Roe MP, Minister for Fisheries, the Hon Ivo Lind MP, …`: a post read after one
    // name between commas is hers, not also the post before the next name.
    if (afterNames.length > 0)
      person.posts = person.posts.filter((post) => {
        const other = lastStartingBy(afterNames, post.title.end - 1);
        return other === undefined || other.name === person.name || other.end <= post.title.start;
      });
    dropCourtesyPosts(person);
  }
  const all = [...people.values()];
  // How many people's names hold each word: a word two names share is no one's short name.
  const shared = new Map<string, number>();
  for (const person of all)
    for (const word of new Set(person.name.split(/,?\s+/))) shared.set(word, (shared.get(word) ?? 0) + 1);
  for (const person of all) {
    person.mentions = mentionsOf(source, tokens, byText, person, shared);
    const credit = credited.get(person.name);
    if (person.mentions.length === 0 && credit !== undefined) person.mentions = [credit];
  }
  const found = all
    .filter((person) => person.mentions.length > 0)
    .sort((a, b) => (a.mentions[0]?.start ?? 0) - (b.mentions[0]?.start ?? 0));
  // `José Diaz` and `Jose Diaz` are two people with one slug: ids must differ all the same.
  const taken = new Set<string>();
  for (const person of found) person.id = uniqueId(slug(person.name), taken);
  return found;
}

// Whether a name holds the words (`Xi` in `Xi Jinping`).
function inAnyName(people: ReadonlyMap<string, PersonHit>, words: string): boolean {
  for (const person of people.values()) if (person.name.includes(words)) return true;
  return false;
}

// Royal styles, which head a post of their own (`King Abdullah`) or, after another post, are courtesy.
const ROYAL_STYLES = new Set(["Prince", "Princess", "King", "Queen", "Emir", "Sultan", "Sheikh"]);

// Every modifier and head starts with a capital A–Z, which a token marks as `capitalized`: a word in
// lower case (most of a text's) is let go without looking it up in either. Should the lists ever
// hold another word, every word is looked up.
const POST_WORDS_CAPITALIZED = [...MODIFIERS, ...HEADS].every((word) => /^[A-Z]/.test(word));

// Whether a post can start at the word: a modifier or a head, `former`, or a word with a hyphen
// (`then-President`, `Vice-Premier`). Asked of every word, so that most are let go before a call.
function mayOpenPost(token: Token): boolean {
  const text = token.text;
  if ((token.capitalized || !POST_WORDS_CAPITALIZED) && (MODIFIERS.has(text) || HEADS.has(text))) return true;
  return text === "former" || text.includes("-");
}

// The post and name that start at the word `first` (one `mayOpenPost` lets through), if they do.
function postAndName(
  context: Context,
  first: number,
): { post: PostHit; name: Segment; countryAfterName: boolean; start: number; nextToken: number } | undefined {
  const { source, tokens } = context;
  const startText = (tokens[first] as Token).text;
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
    // `Economy, Trade and Industry Minister`, `Business and Trade Secretary`: portfolios listed
    // before one head, with commas and a last `and`.
    if (MODIFIERS.has(word(index - 1)) && !TOPIC_BEFORE.has(word(first - 1)))
      index = listedPortfolios(context, index);
  }
  // `Chief of Staff`: a word that both modifies and heads posts heads one when no head follows it.
  if (index > first && !isHead(word(index)) && isHead(word(index - 1)) && MODIFIERS.has(word(index - 1)))
    index--;
  while (index < tokens.length && isHead(word(index)) && joins(index)) {
    // `Foreign Minister Prince Faisal …`: a royal style after a government's post is the name's courtesy.
    if (heads > 0 && ROYAL_STYLES.has(word(index)) && !ROYAL_STYLES.has(word(index - 1))) break;
    index++;
    heads++;
  }
  if (heads === 0) return undefined;
  let postEnd = complementEnd(context, index);
  // `Deputy Prime Minister and Minister for Defence Jane Roe`: two posts one person holds.
  if (word(postEnd) === "and" && joins(postEnd) && joins(postEnd + 1)) {
    const second = secondPostEnd(context, postEnd + 1);
    if (second !== undefined) postEnd = second;
  }
  const nameTokens: Token[] = [];
  // `Chief of Naval Operations (CNO) Adm. Ola Berg`: the post's acronym in brackets before the courtesy.
  const acronym = tokens[postEnd];
  const bracketed =
    acronym !== undefined &&
    /^\p{Lu}{2,8}$/u.test(acronym.text) &&
    source[acronym.start - 1] === "(" &&
    source[acronym.end] === ")";
  // `Minister of Development, Industry, Trade and Services, Mr. Ivo Lind`: a post's list of
  // portfolios runs on past its commas when courtesy and a name follow the list.
  if (!bracketed && afterHonorifics(context, postEnd) === undefined) {
    const listed = portfolioListEnd(context, postEnd);
    if (listed !== undefined && afterHonorifics(context, listed) !== undefined) postEnd = listed;
  }
  const royal = ROYAL_STYLES.has(word(postEnd)) && joins(postEnd) ? postEnd + 1 : undefined;
  const courtesy = royal ?? afterHonorifics(context, bracketed ? postEnd + 1 : postEnd);
  const nameStart = courtesy ?? postEnd;
  // `the Estonian Prime Minister, Mari Tamm, said`, `the President of the European Council, Tomas
  // Varga,`: a post that names its country or union, a comma, and the name set off by commas.
  const titleStart = (tokens[first] as Token).start;
  const titleEnd = (tokens[postEnd - 1] as Token).end;
  const setOff =
    courtesy === undefined &&
    postEnd > first &&
    /^[ \t]*,[ \t]*$/.test(source.slice(titleEnd, tokens[postEnd]?.start ?? 0)) &&
    (countryBefore(context, titleStart) !== undefined ||
      (lastEndingBy(context.countries, titleEnd)?.start ?? -1) >= titleStart ||
      namesUnion(source.slice(titleStart, titleEnd)));
  for (
    let at = nameStart;
    at < tokens.length &&
    nameTokens.length < 5 &&
    ((at === nameStart && (courtesy !== undefined || setOff)) || joins(at));
    at++
  ) {
    const token = tokens[at] as Token;
    if (POST_NOMINAL.has(token.text) && nameTokens.length > 0) break;
    // `Ms. Sofia Ruiz`: after courtesy a capital's name is a given name.
    const given =
      nameTokens.length === 0 &&
      ((courtesy !== undefined && isCapital(context, token)) || isGivenName(context, at));
    if (isNameWord(token) && (!isCountry(context, token) || given)) nameTokens.push(token);
    else if (NAME_PARTICLES.has(token.text) && nameTokens.length > 0) nameTokens.push(token);
    // `Vice Premier He Lifeng`: a family name that is also a pronoun, right after the post and
    // before the given name.
    else if (
      token.text === "He" &&
      nameTokens.length === 0 &&
      at === nameStart &&
      courtesy === undefined &&
      tokens[at + 1] !== undefined &&
      isNameWord(tokens[at + 1] as Token) &&
      adjacent(source, token.end, (tokens[at + 1] as Token).start) &&
      !source.slice(token.end, (tokens[at + 1] as Token).start).includes("\n") &&
      // One given name, then the sentence goes on (not a title-case headline's `He Will Visit …`).
      !(
        tokens[at + 2]?.capitalized === true &&
        adjacent(source, (tokens[at + 1] as Token).end, (tokens[at + 2] as Token).start)
      ) &&
      !titleCaseLine(source, token.start)
    )
      nameTokens.push(token);
    else break;
    if (/['’]s$/.test(token.text)) break;
  }
  while (nameTokens.length > 0 && NAME_PARTICLES.has((nameTokens[nameTokens.length - 1] as Token).text))
    nameTokens.pop();
  if (nameTokens.length === 0) return undefined;
  // `the U.N. General Assembly`: a rank before an institution's word names no one.
  if (nameTokens.length === 1 && COMPLEMENT.has((nameTokens[0] as Token).text)) return undefined;
  if (
    setOff &&
    (nameTokens.length < 2 ||
      !/^[ \t]*(?:[,.;]|said\b|says\b)/.test(source.slice((nameTokens[nameTokens.length - 1] as Token).end)))
  )
    return undefined;
  const given = givenNameAfterComma(context, nameTokens[0] as Token, nameStart + 1);
  if (nameTokens.length === 1 && given !== undefined) nameTokens.push(given);
  const firstName = nameTokens[0] as Token;
  const lastName = nameTokens[nameTokens.length - 1] as Token;
  const nameEnd = /['’]s$/.test(lastName.text) ? lastName.end - 2 : lastName.end;
  const name = segment(source, firstName.start, nameEnd);
  if (context.excluded.some((part) => within(name, part))) return undefined;
  const title = segment(source, titleStart, (tokens[postEnd - 1] as Token).end);
  const label =
    acting || former
      ? title.text.replace(/^(?:Acting|acting|former|Former)\s+|^(?:then|ex)-/i, "")
      : undefined;
  const written = countryBefore(context, titleStart);
  const after = written === undefined ? countryAfter(context, name.end) : undefined;
  const country = written ?? after;
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
    countryAfterName: after !== undefined,
    start: countryHit?.start ?? titleStart,
    // `Foreign Minister Ivan Petrov of Russia and Mauro Teixeira of Brazil`: on after the country.
    nextToken:
      after === undefined
        ? postEnd + nameTokens.length
        : tokenAfter(
            tokens,
            countryHitAfter(context, name.end)?.end ?? name.end,
            postEnd + nameTokens.length,
          ),
  };
}

// `talks on Security and Foreign Minister …`: after these words the first is a topic, not a portfolio.
const TOPIC_BEFORE = new Set(["on", "of", "for", "about", "in", "at", "with", "to", "over"]);

// After a portfolio word, the next one of a list that ends `and X` (`, Trade and Industry`): the
// index of that next word, or `at` when no such list follows.
function listedPortfolios(context: Context, at: number): number {
  const { source, tokens } = context;
  let index = at;
  // Commas first: each one between two portfolio words.
  while (
    MODIFIERS.has(tokens[index]?.text ?? "") &&
    /^,[ \t]+$/.test(source.slice((tokens[index - 1] as Token).end, (tokens[index] as Token).start))
  )
    index++;
  const and = tokens[index];
  const next = tokens[index + 1];
  if (
    and === undefined ||
    next === undefined ||
    (and.text !== "and" && and.text !== "&") ||
    !adjacent(source, (tokens[index - 1] as Token).end, and.start) ||
    !adjacent(source, and.end, next.start) ||
    !MODIFIERS.has(next.text)
  )
    return at;
  return index + 1;
}

// Where a post's complement ends (`of State for Arms Control and International Security`), or `at`
// when none starts there.
function complementEnd(context: Context, at: number): number {
  const { source, tokens } = context;
  const word = (index: number) => tokens[index]?.text ?? "";
  if (!/^(?:of|for|to|on)$/.test(word(at))) return at;
  let next = at + 1;
  let lastContent = -1;
  // Hard-wrapped copy breaks a line inside a post (`Secretary of` / `Defense`): a line does not end
  // a post on a joining word.
  const joins = (index: number) => {
    const before = tokens[index - 1] as Token;
    const after = tokens[index] as Token;
    return (
      adjacent(source, before.end, after.start) ||
      (CONNECTORS.has(before.text) && /^[ \t]*\r?\n[ \t]*$/.test(source.slice(before.end, after.start)))
    );
  };
  while (next < tokens.length && joins(next)) {
    const text = word(next).replace(/['’]s$/, "");
    // `for the Norway-Iceland Talks`: a word joined to the next by a hyphen modifies what follows.
    if (source[(tokens[next] as Token).end] === "-") break;
    if (
      COMPLEMENT.has(text) ||
      lookUpCountry(text) !== undefined ||
      isCountry(context, tokens[next] as Token)
    )
      lastContent = next;
    else if (!CONNECTORS.has(text)) break;
    next++;
  }
  // `Head of Government to Norway’s Parliament`: a post does not end on a possessive.
  if (lastContent > at && /['’]s$/.test(word(lastContent))) return at;
  return lastContent > at ? lastContent + 1 : at;
}

// Where a list of portfolios after a post ends (`, Industry, Trade and Services`): capitalized words
// and joining words between commas, none a head, the last joined by `and`; undefined when there is
// no such list at `at`.
function portfolioListEnd(context: Context, at: number): number | undefined {
  const { source, tokens } = context;
  let index = at;
  let joined = false;
  while (index < tokens.length) {
    const first = tokens[index] as Token;
    if (!/^[ \t]*,\s*$/.test(source.slice((tokens[index - 1] as Token).end, first.start))) break;
    if (!first.capitalized || HONORIFIC.has(first.text) || RANK.has(first.text)) break;
    let next = index;
    for (; next < tokens.length; next++) {
      const token = tokens[next] as Token;
      if (next > index && !/^\s+$/.test(source.slice((tokens[next - 1] as Token).end, token.start))) break;
      if (isHead(token.text)) return undefined;
      if (token.text === "and" || token.text === "&") joined = true;
      else if (!token.capitalized && !CONNECTORS.has(token.text)) return undefined;
    }
    index = next;
  }
  return joined && index > at ? index : undefined;
}

// The end of a second post after `and` (`… and Minister for Defence`), or undefined when none is there.
function secondPostEnd(context: Context, first: number): number | undefined {
  const { source, tokens } = context;
  let index = first;
  const joins = (at: number) =>
    at === first || adjacent(source, (tokens[at - 1] as Token).end, (tokens[at] as Token).start);
  while (index < tokens.length && MODIFIERS.has((tokens[index] as Token).text) && joins(index)) index++;
  const headStart = index;
  while (index < tokens.length && isHead((tokens[index] as Token).text) && joins(index)) index++;
  return index === headStart ? undefined : complementEnd(context, index);
}

// `Minister Kang, Mi-rae`: a family name, a comma and a hyphenated given name, as Korean names are
// often written; the given name when it is there.
function givenNameAfterComma(context: Context, family: Token, at: number): Token | undefined {
  const given = context.tokens[at];
  if (given === undefined || !/^\p{Lu}\p{Ll}+-\p{Ll}+$/u.test(given.text)) return undefined;
  if (!/^,[ \t]$/.test(context.source.slice(family.end, given.start))) return undefined;
  const next = context.tokens[at + 1];
  if (next?.capitalized && adjacent(context.source, given.end, next.start)) return undefined;
  return given;
}

// `Prime Minister Dahl` and `Prime Minister the Hon Kari Dahl`, `Chair Ana Ruiz` and `Chair Ana
// Ruiz Vidal`: a name that starts or ends exactly one fuller name is that person (in any letter
// case: `TANAKA Yuki` and `Tanaka`).
function mergeFamilyNames(people: Map<string, PersonHit>): void {
  // Each name's words split once: every pair of a name and a candidate reads them.
  const split = new Map<PersonHit, string[]>();
  const wordsOf = (person: PersonHit): string[] => {
    let words = split.get(person);
    if (words === undefined) {
      words = person.name.toLowerCase().split(/,?\s+/);
      split.set(person, words);
    }
    return words;
  };
  // Fuller names by their first and by their last word, so that each name looks at a few only.
  const byEnd = new Map<string, PersonHit[]>();
  const file = (word: string, person: PersonHit) => {
    const known = byEnd.get(word);
    if (known === undefined) byEnd.set(word, [person]);
    else known.push(person);
  };
  for (const person of people.values()) {
    const words = wordsOf(person);
    if (words.length < 2) continue;
    const first = words[0] as string;
    const last = words[words.length - 1] as string;
    file(first, person);
    if (last !== first) file(last, person);
  }
  for (const [key, person] of people) {
    const words = wordsOf(person);
    const fuller: PersonHit[] = [];
    const consider = (others: readonly PersonHit[] | undefined) => {
      for (const other of others ?? []) {
        if (other === person || fuller.includes(other) || !people.has(other.name)) continue;
        const longer = wordsOf(other);
        if (longer.length <= words.length) continue;
        const starts = words.every((word, at) => longer[at] === word);
        const ends = words.every((word, at) => longer[longer.length - words.length + at] === word);
        if (starts || ends) fuller.push(other);
      }
    };
    consider(byEnd.get(words[0] as string));
    consider(byEnd.get(words[words.length - 1] as string));
    if (fuller.length !== 1) continue;
    const target = fuller[0] as PersonHit;
    for (const post of person.posts)
      if (!target.posts.some((known) => known.title.text === post.title.text)) target.posts.push(post);
    people.delete(key);
  }
}

// `Senator Jane Roe, Minister for Fisheries`: a rank or courtesy post is no one's post when the
// text gives a real one.
export function dropCourtesyPosts(person: PersonHit): void {
  const real = person.posts.filter((post) => !RANK.has(post.label ?? post.title.text));
  if (real.length > 0 && real.length < person.posts.length) person.posts = real;
}

const HONORIFIC = new Set(HONORIFICS);
const RANK = new Set(RANKS);

const POST_NOMINAL = new Set(POST_NOMINALS);
const ARTICLES = new Set(["the", "The", "His", "Her", "Right"]);

// `Prime Minister the Hon Kari Dahl`, `Prime Minister of Norway, H.E. Kari Dahl`: where the name
// starts after words of courtesy (and a comma before them), or undefined when there are none. A rank
// after the post (`Minister for Defence, Senator Jane Roe`, `Chief of Staff, General Ian Poe`) is
// courtesy too: the post before it is the one they hold.
function afterHonorifics(context: Context, at: number): number | undefined {
  const { source, tokens } = context;
  const first = tokens[at];
  const before = tokens[at - 1];
  if (first === undefined || before === undefined) return undefined;
  if (!/^\)?[ \t]*,?[ \t]*$/.test(source.slice(before.end, first.start))) return undefined;
  let index = at;
  let courteous = false;
  while (
    index < tokens.length &&
    (HONORIFIC.has((tokens[index] as Token).text) || RANK.has((tokens[index] as Token).text))
  ) {
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

function isCountry(context: Context, token: Token): boolean {
  return covering(context.countries, token.start) !== undefined;
}

function isCapital(context: Context, token: Token): boolean {
  return covering(context.countries, token.start)?.form === "capital";
}

// The country a post belongs to, written just before it: `US Acting…`, `South Korea’s Vice…`, `Japanese Foreign…`.
// `Afghanistan's acting Foreign Minister`, `Norway's new Prime Minister`: a word of tenure may stand
// between the country and the post.
function countryBefore(context: Context, start: number): string | undefined {
  const hit = lastEndingBy(context.countries, start);
  if (hit === undefined || start - hit.end > 16) return undefined;
  return /^(?:['’]s?)?\s*(?:(?:acting|new|interim|outgoing|incoming|newly appointed)\s+)?$/.test(
    context.source.slice(hit.end, start),
  )
    ? hit.code
    : undefined;
}

// `Foreign Minister Hayashi Takeo of Japan`: the country named just after the name.
function countryAfter(context: Context, end: number): string | undefined {
  return countryHitAfter(context, end)?.code;
}

// `Ivan Petrov of Russia`: the country named after a name with `of`.
function countryHitAfter(context: Context, end: number): CountryHit | undefined {
  const of = /^[ \t]+of[ \t]+(?:the[ \t]+)?/.exec(context.source.slice(end, end + 12));
  if (of === null) return undefined;
  const hit = lastStartingBy(context.countries, end + of[0].length);
  if (hit?.start !== end + of[0].length) return undefined;
  // `Ana Ruiz of France's TotalEnergies`: the country's body, not the country.
  return /^['’]s\b/.test(context.source.slice(hit.end, hit.end + 3)) ? undefined : hit;
}

// Lower-case words after a place's or body's name that make it a post's or a group's (`leader`,
// `officials`), not a person's name.
const GROUP_OR_POST_WORDS = new Set([
  ...LOWER_CASE_HEADS,
  ...LOWER_CASE_HEADS.map(plural),
  "executives",
  "forces",
  "troops",
  "group",
]);

// Whether the line around `at` is written in title case (`Modi Is the Prime Minister He Admires`):
// no word of four letters or more in it is in lower case.
function titleCaseLine(source: string, at: number): boolean {
  const start = source.lastIndexOf("\n", at) + 1;
  const end = source.indexOf("\n", at);
  const words = source.slice(start, end === -1 ? source.length : end).match(/\p{L}{4,}/gu) ?? [];
  return words.length >= 3 && !words.some((word) => /^\p{Ll}/u.test(word));
}

// The index of the first token from `from` on that starts at or after `end`.
function tokenAfter(tokens: readonly Token[], end: number, from: number): number {
  let index = from;
  while (index < tokens.length && (tokens[index] as Token).start < end) index++;
  return index;
}

function bareNameAfterAnd(
  context: Context,
  at: number,
  single: boolean,
): { name: Segment; nextToken: number } | undefined {
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
  if (names.length < (single ? 1 : 2) || (single && names.length > 1)) return undefined;
  // `President Dahl and Parliament`: one word alone is a name only when it is no institution's.
  if (single && COMPLEMENT.has((names[0] as Token).text)) return undefined;
  const next = tokens[at + 1 + names.length];
  if (next?.capitalized && adjacent(source, (names[names.length - 1] as Token).end, next.start))
    return undefined;
  // `… and Hong Kong leader John Lee`, `… and Middle East envoy …`, `… and Tel Aviv officials`: the
  // words are a post's or a group's, not a name.
  if (next !== undefined && !next.capitalized && GROUP_OR_POST_WORDS.has(next.text)) return undefined;
  const name = segment(source, (names[0] as Token).start, (names[names.length - 1] as Token).end);
  if (context.excluded.some((part) => within(name, part))) return undefined;
  return { name, nextToken: at + 1 + names.length };
}
