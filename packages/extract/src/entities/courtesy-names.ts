// People the text names after words of courtesy (`Mr.`, `the Hon`, `Senator`, `Adm.`), with the
// post written after the name between commas when there is one: `the Hon Jane Roe MP, Minister for
// Fisheries, and Mr. Ivo Lind, Minister of Trade of Estonia`.
import { HONORIFICS, POST_NOMINALS, RANKS } from "../lexicon/en/honorifics.js";
import { CONNECTORS, MODIFIERS, NAME_PARTICLES, NOT_NAMES } from "../lexicon/en/posts.js";
import { covering } from "../text/lookup.js";
import { type Segment, segment, within } from "../text/span.js";
import { adjacent, type Token } from "../text/tokens.js";
import { isGivenName, isHead, isNameWord } from "./name-words.js";
import type { Context, PostHit } from "./people.js";

const COURTESY = new Set([...HONORIFICS, ...RANKS]);
// Words that start a run of courtesy: an article or `His` alone does not say a name follows, and a
// rank in full (`General`, `Major`) starts title-case headlines too; its short form and `Senator` do not.
const LEADS = new Set([
  ...HONORIFICS.filter(
    (word) => !/^(?:the|The|His|Her|Right|Royal|Majesty|Highness|Excellency|HE|Tan|Seri)$/.test(word),
  ),
  ...RANKS.filter((word) => word === "Senator" || (word.length <= 4 && word !== "Vice" && word !== "Rear")),
]);
// Every lead starts with a capital A–Z, which a token marks as `capitalized`: a word in lower case is
// let go without looking it up (should the list ever hold another word, every word is looked up).
const LEADS_CAPITALIZED = [...LEADS].every((word) => /^[A-Z]/.test(word));
const POST_NOMINAL = new Set(POST_NOMINALS);
// Between courtesy words, or courtesy and the name: spaces and the dot of `Mr.`.
const COURTESY_GAP = /^[ \t.]{1,3}$/;
// Between a name's words: spaces, or one line break.
const NAME_GAP = /^(?:[ \t]+|[ \t]*\r?\n[ \t]*)$/;

/** One person named after courtesy, and the post written after the name when there is one. */
export interface CourtesyName {
  name: Segment;
  post?: PostHit;
}

export function courtesyNames(context: Context, named: readonly Segment[]): CourtesyName[] {
  const { source, tokens } = context;
  const found: CourtesyName[] = [];
  // Where the last post taken after a name ends: a post taken so is not also the next name's post before it.
  let lastPostEnd = -1;
  for (let index = 0; index < tokens.length; index++) {
    const lead = tokens[index] as Token;
    if ((LEADS_CAPITALIZED && !lead.capitalized) || !LEADS.has(lead.text)) continue;
    const runStart = index;
    let at = index + 1;
    while (at < tokens.length && COURTESY.has((tokens[at] as Token).text) && gapIs(context, at, COURTESY_GAP))
      at++;
    const nameTokens: Token[] = [];
    // Hard-wrapped copy breaks a line inside a name (`Mr Antti` / `Leinonen`).
    while (
      at < tokens.length &&
      nameTokens.length < 5 &&
      gapIs(context, at, nameTokens.length === 0 ? COURTESY_GAP : NAME_GAP)
    ) {
      const token = tokens[at] as Token;
      if (POST_NOMINAL.has(token.text) && nameTokens.length > 0) break;
      // `Ms. Sofia Reis`: a capital's or a country's name may be a given name.
      const given = nameTokens.length === 0 && isGivenName(context, at);
      if (isNameWord(token) && (given || covering(context.countries, token.start) === undefined))
        nameTokens.push(token);
      else if (NAME_PARTICLES.has(token.text) && nameTokens.length > 0) nameTokens.push(token);
      else break;
      at++;
      if (/['’]s$/.test(token.text)) break;
    }
    while (nameTokens.length > 0 && NAME_PARTICLES.has((nameTokens[nameTokens.length - 1] as Token).text)) {
      nameTokens.pop();
      at--;
    }
    // One word after `Mr.` may be a family name the text also gives in full; two make a name.
    if (nameTokens.length < 2) continue;
    const first = nameTokens[0] as Token;
    const last = nameTokens[nameTokens.length - 1] as Token;
    const name = segment(source, first.start, /['’]s$/.test(last.text) ? last.end - 2 : last.end);
    index = at - 1;
    if (context.excluded.some((part) => within(name, part))) continue;
    while (
      at < tokens.length &&
      POST_NOMINAL.has((tokens[at] as Token).text) &&
      gapIs(context, at, /^[ \t]+$/)
    )
      at++;
    const read = postAfter(context, at - 1);
    // `the Hon Jane Roe MP, Norwegian Minister of Trade Ivo Lind,`: the next person's post and name.
    const title = read !== undefined && named.some((other) => within(other, read)) ? undefined : read;
    const postFirstList =
      title !== undefined && postEndsBefore(context, runStart, lastPostEnd) && leadsNext(context, title);
    if (title === undefined || postFirstList) {
      found.push({ name });
      continue;
    }
    lastPostEnd = title.end;
    found.push({ name, post: { title, acting: false, former: false } });
  }
  return found;
}

function gapIs(context: Context, at: number, gap: RegExp): boolean {
  const before = context.tokens[at - 1];
  const token = context.tokens[at];
  return (
    before !== undefined && token !== undefined && gap.test(context.source.slice(before.end, token.start))
  );
}

// `…, Minister for Home Affairs and Minister for Immigration,`: the post after a comma, capitalized
// words and the words that join them, up to the next comma or stop, or undefined when none starts
// there. In a signature block the post is the next line, and fills it.
function postAfter(context: Context, nameEnd: number): Segment | undefined {
  const { source, tokens } = context;
  let at = nameEnd + 1;
  const ownLine = gapIs(context, at, /^[ \t]*(?:\r?\n[ \t]*){1,2}$/);
  if (!ownLine && !gapIs(context, at, /^[ \t]*,[ \t]*$/)) return undefined;
  if ((tokens[at] as Token).text === "the") at++;
  const start = tokens[at];
  if (
    start === undefined ||
    !(isHead(start.text) || MODIFIERS.has(start.text) || startsWithCountry(context, start))
  )
    return undefined;
  let end = runEnd(context, at);
  if (end === undefined) return undefined;
  // `Minister of Economy, Trade and Industry`: the last of a list of portfolios runs on past a comma.
  for (let more = portfolioAfter(context, end); more !== undefined; more = portfolioAfter(context, end))
    end = more;
  const last = tokens[end] as Token;
  if (ownLine && !/^[ \t]*(?:\r?\n|$)/.test(source.slice(last.end, last.end + 2))) return undefined;
  return segment(source, start.start, last.end);
}

// The last capitalized word of a post's run of capitalized words and joining words from `at`, when
// it holds a head; undefined when it does not.
function runEnd(context: Context, at: number): number | undefined {
  const { source, tokens } = context;
  let lastContent = at;
  let heads = 0;
  for (let next = at; next < tokens.length; next++) {
    const token = tokens[next] as Token;
    if (next > at && !adjacent(source, (tokens[next - 1] as Token).end, token.start)) break;
    if (token.text === "and" && COURTESY.has(tokens[next + 1]?.text ?? "")) break;
    // `for the Norway-Iceland Talks`: a word joined to the next by a hyphen modifies what follows.
    if (source[token.end] === "-") break;
    // `Prime Minister of India on Monday`: a day or month after a joining word ends the post.
    if (
      token.capitalized &&
      next > at &&
      NOT_NAMES.has(token.text) &&
      !(tokens[next - 1] as Token).capitalized
    )
      break;
    if (token.capitalized) {
      lastContent = next;
      if (isHead(token.text)) heads++;
    } else if (!CONNECTORS.has(token.text)) break;
  }
  return heads === 0 ? undefined : lastContent;
}

// After a post ending at `end`: `, Trade and Industry` or `, the Workplace and Deregulation` — capitalized
// words joined by `and`, with no head of their own, that end where the clause does. The index of
// their last word, or undefined.
function portfolioAfter(context: Context, end: number): number | undefined {
  const { source, tokens } = context;
  let at = end + 1;
  if (!gapIs(context, at, /^[ \t]*,[ \t]*$/)) return undefined;
  if (tokens[at]?.text === "the" && !COURTESY.has(tokens[at + 1]?.text ?? "")) at++;
  const first = tokens[at];
  if (first === undefined || !first.capitalized || LEADS.has(first.text) || COURTESY.has(first.text))
    return undefined;
  let joined = false;
  let last = at;
  for (let next = at; next < tokens.length; next++) {
    const token = tokens[next] as Token;
    if (next > at && !adjacent(source, (tokens[next - 1] as Token).end, token.start)) break;
    if (isHead(token.text)) return undefined;
    if (token.capitalized) last = next;
    else if (token.text === "and" || token.text === "&") joined = true;
    else if (!CONNECTORS.has(token.text)) return undefined;
  }
  const after = source.slice((tokens[last] as Token).end, (tokens[last] as Token).end + 2);
  return joined && /^(?:[ \t]*[,.;:)]|[ \t]*\r?\n|$)/.test(after) ? last : undefined;
}

function startsWithCountry(context: Context, token: Token): boolean {
  return covering(context.countries, token.start)?.start === token.start;
}

// `Minister of Trade, Mr. Ivo Lind`: a post ends at the comma before the courtesy (and is not the
// post the name before took).
function postEndsBefore(context: Context, runStart: number, taken: number): boolean {
  const { source, tokens } = context;
  if (!gapIs(context, runStart, /^[ \t]*,[ \t]*$/)) return false;
  const end = tokens[runStart - 1] as Token;
  if (end.end === taken) return false;
  for (let at = runStart - 1, seen = 0; at >= 0 && seen < 12; at--, seen++) {
    const token = tokens[at] as Token;
    if (isHead(token.text)) return true;
    // Hard-wrapped copy runs words together (`ofJapan`): a lower-case word ends the post only when it
    // is a whole word of a clause, not one glued to a capitalized one.
    if (!token.capitalized && !CONNECTORS.has(token.text) && !/\p{Ll}\p{Lu}/u.test(token.text)) return false;
    if (at < runStart - 1 && !adjacent(source, token.end, (tokens[at + 1] as Token).start)) return false;
  }
  return false;
}

// The post is followed by `, Mr. …`: in a list of posts each before its name, it is the next name's.
function leadsNext(context: Context, title: Segment): boolean {
  return courtesyFollows(context.source, title.end);
}

/** Whether `, Mr.` (a comma and courtesy that starts a name) follows `end`. */
export function courtesyFollows(source: string, end: number): boolean {
  const after = /^[ \t]*,[ \t]*(?:the[ \t]+)?([\p{L}.]+?)\.?(?=[ \t])/u.exec(source.slice(end, end + 24));
  return after !== null && LEADS.has(after[1] as string);
}

/**
 * `Minister of Trade, Mr. Ivo Lind, Minister of Fisheries, Ms. …`: in a list of posts each before its
 * name, the post after a name that has one before it is the next name's.
 */
export function postBeforeInList(
  source: string,
  posts: readonly PostHit[],
  nameStart: number,
  titleEnd: number,
): boolean {
  return (
    courtesyFollows(source, titleEnd) &&
    posts.some(
      (post) =>
        post.title.end <= nameStart &&
        /^[ \t]*,[ \t]*(?:[\p{L}.]+[ \t]+){0,3}$/u.test(source.slice(post.title.end, nameStart)),
    )
  );
}
