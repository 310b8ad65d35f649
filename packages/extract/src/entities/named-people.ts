// People the text names without a post before them: with a lower-case post after the name, as
// speakers, and as the people a meeting's words introduce.

import { CREDIT_CUES, SERVICE_WORDS, STAFF_CREDIT_LABELS, STAFF_DESK_WORDS } from "../lexicon/en/credits.js";
import { HONORIFICS, POST_NOMINALS, RANKS } from "../lexicon/en/honorifics.js";
import {
  COMPLEMENT,
  HEADS,
  LOWER_CASE_HEADS,
  LOWER_CASE_POST,
  MODIFIERS,
  NOT_NAMES,
} from "../lexicon/en/posts.js";
import { lookUpCountry } from "../lexicon/gazetteer.js";
import { isOrganizationCredit } from "../text/credit.js";
import { covering, lastEndingBy } from "../text/lookup.js";
import { escapeRegExp } from "../text/pattern.js";
import { type Segment, segment, within } from "../text/span.js";
import type { Token } from "../text/tokens.js";
import type { CountryHit } from "./countries.js";
import { NAME, titleLength, WRAPPED_NAME, writtenPost } from "./name-words.js";
import type { Context, PostHit } from "./people.js";

// A name's words, and the post after it, may run over one line break of hand-wrapped copy (`Maj Gen
// Liu` / `Jianguo, commander` / `of the …`), never over a blank line. A dot inside the post before a
// letter or a lower-case word (`acting U.S. assistant secretary`) does not end it.
// A country's or body's possessive before the post (`Wang Yi, China's top diplomat`).
const OWNER = "[A-Z][A-Za-z.]*(?:[ \\t]+[A-Z][A-Za-z.]*)?['’]s[ \\t]+";
// A country's adjective before the post (`Mark Roe, the Dutch prime minister,`, `X, Belgian foreign
// minister,`): read as the country's only when the gazetteer knows it as one (see below).
const DEMONYM = "(?:[A-Z][a-z]+|[A-Z](?:\\.[A-Z])+\\.?|[A-Z]{2,3})(?:[ \\t]+[A-Z][a-z]+)?";
const COUNTRY_BEFORE_POST = new RegExp(`^(?:the[ \\t]+)?(${DEMONYM})[ \\t]+[a-z]`);
// The post's first head (not `chief`, which also modifies: `the chief EU diplomat`) and what follows it.
const FIRST_HEAD = new RegExp(
  `\\b(?:${LOWER_CASE_HEADS.filter((head) => head !== "chief").join("|")})\\b([ \\t]+\\p{Lu})?`,
  "u",
);
const POST_AFTER_NAME = new RegExp(
  `(${WRAPPED_NAME}),[ \\t]+((?:the[ \\t]+|${OWNER})?(?:${DEMONYM}[ \\t]+)?[a-z](?:[^,.;“”"\\n]|\\.(?=[A-Za-z]|[ \\t]+[a-z])|\\n(?![ \\t]*\\n)){2,80}?)(?=,|\\.(?![A-Za-z]|[ \\t]+[a-z])|;|[ \\t]+(?:said|says|told|added)\\b)`,
  "gu",
);

// Only a text with a comma before a lower-case post word can hold one (`, the deputy …`, `, China's
// top diplomat`).
const LOWER_CASE_CUE = new RegExp(
  `,[ \\t]+(?:the[ \\t]+|a[ \\t]+|an[ \\t]+|${OWNER})?(?:${DEMONYM}[ \\t]+)?(?:acting|deputy|vice|assistant|under|senior|principal|chief|special|permanent|former|foreign|defen[cs]e|trade|finance|unification|national|security|prime|executive|top|nuclear|lead|presidential|state|fisheries|press|minister|secretary|president|premier|chancellor|ambassador|envoy|representative|spokes\\w+|director|chair\\w*|commander|commissioner|governor|advis[eo]r|counsel+or|undersecretary|head|coordinator|negotiator|official)\\b`,
);

export function postAfterName(
  source: string,
  tokens: readonly Token[],
  excluded: readonly Segment[],
): { name: Segment; post: PostHit }[] {
  const found: { name: Segment; post: PostHit }[] = [];
  const first = tokens[0]?.start ?? 0;
  if (!LOWER_CASE_CUE.test(source)) return found;
  POST_AFTER_NAME.lastIndex = first;
  for (let match = POST_AFTER_NAME.exec(source); match !== null; match = POST_AFTER_NAME.exec(source)) {
    // A line that starts with a whole name (`Talks Stall Again` / `Ana Ruiz, the negotiator`): the
    // name is that line's, not the line above's words run into it (`Maj Gen Liu` / `Jianguo,` is one).
    let whole = match[1] as string;
    let lineOffset = 0;
    const wrap = whole.lastIndexOf("\n");
    if (wrap !== -1 && /\s/.test(whole.slice(wrap + 1).trim())) {
      lineOffset = wrap + 1 + (/^\s*/.exec(whole.slice(wrap + 1))?.[0].length ?? 0);
      whole = whole.slice(lineOffset);
    }
    // `Gen Rajesh Kumar Bhandari, commander of …`: the name after its rank.
    const read = withoutCourtesy(whole);
    if (read === undefined) continue;
    const nameText = read.text;
    if (!isBareName(nameText.replace(/\s+/g, " "))) continue;
    const written = match[2] as string;
    if (!LOWER_CASE_POST.test(written)) continue;
    // Capitalized words before the post are a country's (`the Dutch prime minister`), not another name.
    const adjective = COUNTRY_BEFORE_POST.exec(written)?.[1];
    if (adjective !== undefined && lookUpCountry(adjective) === undefined) continue;
    // A post whose first head a name follows (`Ana Ruiz, the prime minister Mark Roe and …`) is the
    // next person's; not one whose later words name another (`a spokesman for president Vladimir Putin`).
    if (FIRST_HEAD.exec(written)?.[1] !== undefined) continue;
    const article = /^(?:the|a|an)[ \t]+/.exec(written);
    const titleStart = match.index + (match[0].length - written.length) + (article?.[0].length ?? 0);
    const nameStart = match.index + lineOffset + read.offset;
    const name = segment(source, nameStart, nameStart + nameText.length);
    if (excluded.some((part) => within(name, part))) continue;
    const title = segment(source, titleStart, titleStart + written.length - (article?.[0].length ?? 0));
    found.push({ name, post: writtenPost(title) });
  }
  return found;
}

// Speech verbs and the words that introduce a participant, found first (a plain search), then the
// name read around each: `Anna Berg said`, `said Anna Berg.`, `represented by Sarah Lin`.
const SPEECH = /\b(?:said|says|told|added|stated)\b/g;
const INTRODUCING = /\b(?:represented|led|headed|chaired|co-chaired|signed|hosted|joined)\s+by\b/y;
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
  for (let end = nextIntroducingBy(source, 0); end !== -1; end = nextIntroducingBy(source, end)) {
    NAME_AFTER_BY.lastIndex = end;
    const after = NAME_AFTER_BY.exec(source);
    if (after !== null)
      found.push({ text: after[1] as string, start: after.index + after[0].indexOf(after[1] as string) });
  }
  return found;
}

// Where the next `by` after `from` that a word introducing a participant stands before ends, or -1.
// Each `by` is found with a plain search and the word read back from it: a pattern scanning the whole
// text for all eight words is four times slower.
function nextIntroducingBy(source: string, from: number): number {
  for (let by = source.indexOf("by", from); by !== -1; by = source.indexOf("by", by + 2)) {
    let word = by;
    while (word > 0 && /\s/.test(source[word - 1] as string)) word--;
    if (word === by) continue;
    // Back to the start of the lower-case word (of `chaired` in `co-chaired`: the same `by`).
    while (word > 0 && isLowerCaseLetter(source.charCodeAt(word - 1))) word--;
    INTRODUCING.lastIndex = word;
    if (INTRODUCING.test(source)) return INTRODUCING.lastIndex;
  }
  return -1;
}

const isLowerCaseLetter = (code: number) => code >= 97 && code <= 122;

export function speakers(context: Context): Segment[] {
  const found: Segment[] = [];
  for (const said of namesAroundVerbs(context.source)) {
    // `Mr Koh said`, `Datuk Seri Rahman said`: courtesy is not part of the name, and the one word
    // left is a family name the text gives in full elsewhere.
    const read = withoutCourtesy(said.text);
    if (read === undefined) continue;
    const { text } = read;
    const start = said.start + read.offset;
    const words = text.split(/\s+/);
    if (words.length < 2) continue;
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

// `Anna Holt, Prime Minister of Norway,`: a post in capitals after a comma, found first (a plain
// search for its first word), then the name read back from the comma.
const POST_WORDS = [...HEADS, ...MODIFIERS]
  .map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"))
  .join("|");
const CAPITAL_POST = new RegExp(
  `,[ \\t]+(?:the[ \\t]+)?((?:${POST_WORDS})\\b[^,.;:()“”"\\n]{0,100}?)(?=[,.;)]|[ \\t]+(?:and|who|said|says)\\b)`,
  "gu",
);
const COURTESY = new Set([...HONORIFICS, ...RANKS]);
const POST_NOMINAL = new Set(POST_NOMINALS);
const NAME_ENDING = new RegExp(`(?:^|[^\\p{L}'’-])(${NAME})$`, "u");

/**
 * People named with a post after the name in capitals (`Anna Holt, Prime Minister of Norway`), when
 * the post starts as posts do and names its country (`whose` tells the country a stretch names).
 */
export function capitalPostAfterName(
  source: string,
  excluded: readonly Segment[],
  whose: (title: Segment) => string | undefined,
): { name: Segment; post: PostHit }[] {
  const found: { name: Segment; post: PostHit }[] = [];
  CAPITAL_POST.lastIndex = 0;
  for (let match = CAPITAL_POST.exec(source); match !== null; match = CAPITAL_POST.exec(source)) {
    const named = NAME_ENDING.exec(source.slice(Math.max(0, match.index - 80), match.index));
    if (named === null) continue;
    const read = withoutCourtesy(named[1] as string);
    if (read === undefined || !isBareName(read.text)) continue;
    const written = match[1] as string;
    const titleStart = match.index + match[0].length - written.length;
    const title = segment(source, titleStart, titleStart + titleLength(written));
    const country = whose(title);
    if (country === undefined) continue;
    const nameStart = match.index - (named[1] as string).length + read.offset;
    const name = segment(source, nameStart, nameStart + read.text.length);
    if (excluded.some((part) => within(name, part))) continue;
    found.push({ name, post: { title, acting: false, former: false, country } });
  }
  return found;
}

// `Hon Jane Roe MP`: the name without the courtesy before it and the letters after it, and where
// it starts in what was read; undefined when nothing is left.
function withoutCourtesy(read: string): { text: string; offset: number } | undefined {
  const words = read.split(/([ \t]+)/);
  let first = 0;
  let last = words.length - 1;
  let offset = 0;
  while (first < last && COURTESY.has((words[first] as string).replace(/\.$/, ""))) {
    offset += (words[first] as string).length + (words[first + 1] as string).length;
    first += 2;
  }
  while (last > first && POST_NOMINAL.has(words[last] as string)) last -= 2;
  if (first > last) return undefined;
  return { text: words.slice(first, last + 1).join(""), offset };
}

// `Norway's new prime minister, Kari Dahl,`, `Lebanon's prime minister Najib Haddad condemned …`,
// `Kenya's ambassador to Japan, Grace Wanjiru,`: a lower-case post (and the place or body it is for)
// after a country's possessive, then the name, set off or followed by its verb.
const POSSESSIVE_POST = new RegExp(
  `['’]s[ \\t]+(?:(new|newly[ \\t]+elected|incoming|former|outgoing|top)[ \\t]+)?([a-z][a-z -]{2,60}?(?:[ \\t]+(?:to|for|of|at|in|on)[ \\t]+(?:the[ \\t]+)?\\p{Lu}[\\p{L}.'’-]*(?:[ \\t]+(?:and[ \\t]+|of[ \\t]+)?\\p{Lu}[\\p{L}.'’-]*){0,3})?)(?:,[ \\t]+(${NAME})(?=[ \\t]*[,.;]|[ \\t]+(?:said|says|told|added|who)\\b)|[ \\t]+(${NAME})(?=[ \\t]*[,.;]|[ \\t]+\\p{Ll}))`,
  "gu",
);

/** People a country's lower-case post introduces: `Norway's new prime minister, Kari Dahl,`. */
export function possessivePostBeforeName(
  source: string,
  countries: readonly CountryHit[],
  excluded: readonly Segment[],
): { name: Segment; post: PostHit }[] {
  const found: { name: Segment; post: PostHit }[] = [];
  POSSESSIVE_POST.lastIndex = 0;
  for (let match = POSSESSIVE_POST.exec(source); match !== null; match = POSSESSIVE_POST.exec(source)) {
    const written = match[2] as string;
    const nameText = (match[3] ?? match[4]) as string;
    if (!LOWER_CASE_POST.test(written) || !isBareName(nameText)) continue;
    // With no comma, where the place a post is for ends and the name starts is not told.
    if (match[3] === undefined && /\p{Lu}/u.test(written)) continue;
    const country = lastEndingBy(countries, match.index);
    if (country?.end !== match.index) continue;
    const titleStart = match.index + match[0].indexOf(written, 2 + (match[1]?.length ?? 0));
    const nameStart = match.index + match[0].length - nameText.length;
    const name = segment(source, nameStart, nameStart + nameText.length);
    if (excluded.some((part) => within(name, part))) continue;
    const former = match[1] === "former" || match[1] === "outgoing";
    found.push({
      name,
      post: {
        title: segment(source, titleStart, titleStart + written.length),
        acting: false,
        former,
        country: country.code,
      },
    });
  }
  return found;
}

const SERVICE = new Set(SERVICE_WORDS);
const CREDIT = new RegExp(`\\b(?:${CREDIT_CUES.join("|")})[ \\t]+(?:[Bb]y|[Cc]redit):?[ \\t]+`, "g");
const CREDITED =
  /^(?:[\p{L}\d.]+[ \t]+){0,8}?(\p{Lu}[\p{L}'’-]+(?:[ \t]+\p{Lu}[\p{L}'’-]*\.?){1,3})(?=[ \t]*(?:[,|(\n]|$))/u;

/** People credit lines name: `Photo By: Navy Petty Officer 2nd Class Ana Ruiz`, `Photo by Ana Ruiz |`. */
export function creditedPeople(
  source: string,
  excluded: readonly Segment[],
): { name: Segment; post?: PostHit }[] {
  const found: { name: Segment; post?: PostHit }[] = [];
  if (!/\b(?:[Bb]y|[Cc]redit)\b/.test(source)) return found;
  CREDIT.lastIndex = 0;
  for (let cue = CREDIT.exec(source); cue !== null; cue = CREDIT.exec(source)) {
    const from = cue.index + cue[0].length;
    const line = CREDITED.exec(source.slice(from, from + 160));
    if (line === null) continue;
    // The words before the name are all service and rank words, and the name holds none.
    const before = line[0].slice(0, line[0].length - (line[1] as string).length).trim();
    if (before.length > 0 && !before.split(/[ \t]+/).every((word) => SERVICE.has(word.replace(/\.$/, ""))))
      continue;
    let words = (line[1] as string).split(/[ \t]+/);
    while (words.length > 0 && SERVICE.has((words[0] as string).replace(/\.$/, ""))) words = words.slice(1);
    const text = words.join(" ");
    // A credit names a person: a word that is also a country's name (`Chad`) may be part of it.
    if (
      words.length < 2 ||
      words.some((word) => NOT_NAMES.has(word) || HEADS.has(word) || MODIFIERS.has(word))
    )
      continue;
    if (lookUpCountry(text) !== undefined) continue;
    const start = from + line[0].lastIndexOf(text);
    if (start < from) continue;
    const name = segment(source, start, start + text.length);
    if (excluded.some((part) => within(name, part))) continue;
    // `Navy Petty Officer 1st Class`: the service and rank before the name are the post.
    const rank = source.slice(from, start).trim();
    found.push({
      name,
      ...(rank.length === 0
        ? {}
        : { post: { title: segment(source, from, from + rank.length), acting: false, former: false } }),
    });
  }
  return found;
}

const DESK = new Set(STAFF_DESK_WORDS);
// A credit opens a line, a bracket, a clause after `;` or `|`, or follows `--`: not a sentence
// (`With assistance from the Red Cross, the port was rebuilt`).
const STAFF = new RegExp(
  `(?:^|\\n[ \\t]*|[(;|][ \\t]*|--[ \\t]*)(?:${STAFF_CREDIT_LABELS.map(escapeRegExp).join("|")})[ \\t]+`,
  "gi",
);
// `Associated Press writers Ana Ruiz in Lima and Ola Berg contributed to this report.`: the writers
// who contributed, named at the head of the credit's line.
const CONTRIBUTORS =
  /(?:^|\n[ \t]*)(?:\p{Lu}[\p{L}.&'’-]*[ \t]+){1,4}(?:writers?|correspondents?|reporters?)[ \t]+(?=[^\n]{0,200}?\bcontributed\b)/gu;
// A name's words: capitalized, an initial with its dot (`Putri Anjani S.`), or a particle; a dot
// after a longer word is a sentence's.
const STAFF_NAME =
  /(?:\p{Lu}\.|\p{Lu}[\p{L}'’-]*)(?:[ \t]+(?:\p{Lu}\.|\p{Lu}[\p{L}'’-]*|de|da|van|von|bin|al|el)){1,4}/uy;
const NAME_SEPARATOR = /[ \t]*(?:,[ \t]*(?:and[ \t]+)?|[ \t]+and[ \t]+|[ \t]*&[ \t]*)/y;
// `Nadine Awad in Cairo`: where a reporter filed from follows the name.
const FILED_FROM = /^[ \t]+in[ \t]+\p{Lu}/u;

/**
 * The staff a wire story's credits name besides its reporters, who are its authors: `(Reporting by
 * …; Editing by Ana Ruiz and Ola Berg)`, `--With assistance from Ana Ruiz.`, `Editor: Ana Ruiz`
 * (whose label is the post).
 */
export function staffCredited(
  source: string,
  excluded: readonly Segment[],
): { name: Segment; post?: PostHit }[] {
  const found: { name: Segment; post?: PostHit }[] = [];
  const cues: RegExpExecArray[] = [];
  if (/[Ee]dit|[Aa]ssistance/.test(source)) {
    STAFF.lastIndex = 0;
    for (let cue = STAFF.exec(source); cue !== null; cue = STAFF.exec(source)) cues.push(cue);
  }
  if (source.includes("contributed")) {
    CONTRIBUTORS.lastIndex = 0;
    for (let cue = CONTRIBUTORS.exec(source); cue !== null; cue = CONTRIBUTORS.exec(source)) cues.push(cue);
  }
  for (const cue of cues) {
    let at = cue.index + cue[0].length;
    // `Associated Press writer Ana Ruiz`: the credit's word for the person's work is their post.
    const role = /(writers?|correspondents?|reporters?)[ \t]+$/.exec(cue[0]);
    // `Editor: Ana Ruiz`: a label that is the post.
    const label = /([\p{L}]+):[ \t]+$/u.exec(cue[0]);
    const labelStart = label === null ? -1 : cue.index + label.index;
    const roleStart = role === null ? -1 : cue.index + role.index;
    const post: PostHit | undefined =
      label !== null
        ? {
            title: segment(source, labelStart, labelStart + (label[1] as string).length),
            acting: false,
            former: false,
          }
        : role !== null
          ? {
              title: segment(source, roleStart, roleStart + (role[1] as string).length),
              ...(role[1]?.endsWith("s") === true ? { label: role[1].slice(0, -1) } : {}),
              acting: false,
              former: false,
            }
          : undefined;
    for (;;) {
      STAFF_NAME.lastIndex = at;
      const name = STAFF_NAME.exec(source);
      if (name === null) break;
      // A particle the pattern took at the end (`… de`) is not part of the name.
      const text = name[0].replace(/[ \t]+(?:de|da|van|von|bin|al|el)$/, "");
      const words = text.split(/[ \t]+/);
      const segmentOf = segment(source, name.index, name.index + text.length);
      if (
        words.every(
          (word) =>
            !NOT_NAMES.has(word) &&
            !HEADS.has(word) &&
            !DESK.has(word) &&
            lookUpCountry(word)?.form !== "demonym",
        ) &&
        !isOrganizationCredit(words[0] as string) &&
        lookUpCountry(text) === undefined &&
        !isOrganizationCredit(text) &&
        !excluded.some((part) => within(segmentOf, part))
      )
        found.push(post === undefined ? { name: segmentOf } : { name: segmentOf, post });
      at = name.index + name[0].length;
      if (FILED_FROM.test(source.slice(at, at + 6))) {
        const place = /^[ \t]+in[ \t]+\p{Lu}[\p{L}-]*(?:[ \t]+\p{Lu}[\p{L}-]*)?/u.exec(
          source.slice(at, at + 40),
        );
        at += place?.[0].length ?? 0;
      }
      NAME_SEPARATOR.lastIndex = at;
      const separator = NAME_SEPARATOR.exec(source);
      if (separator === null) break;
      at += separator[0].length;
    }
  }
  return found;
}

// `my predecessor, Ola Berg,`, `his (visiting) Icelandic counterpart Sara Jonsdottir held …`, `his Danish and
// Finnish counterparts, Lars Holm and Aino Virta,`: a person (or two) named as someone's relation in
// office, set off by commas or followed by what they did.
const RELATED = "(\\p{Lu}[\\p{L}'’-]+(?:[ \\t]+(?:\\p{Lu}\\.|\\p{Lu}[\\p{L}'’-]+)){1,3})";
const RELATION_NAME = new RegExp(
  `\\b(?:[Mm]y|[Hh]is|[Hh]er|[Tt]heir|[Oo]ur)[ \\t]+(?:(?:visiting|new|incoming|outgoing)[ \\t]+)?(?:(?:\\p{Lu}[\\p{L}-]*|and)[ \\t]+){0,4}(predecessor|successor|counterpart)(s?)(?:[ \\t]*,)?[ \\t]+${RELATED}(?:[ \\t]+and[ \\t]+${RELATED})?(?=[ \\t]*[,.;]|[ \\t]+(?:held|met|said|says|and|in|at|on|who|to|for|during|also|both|were|was|here|there|signed|agreed|discussed|welcomed|issued|attended|reaffirmed|expressed|witnessed|exchanged|announced|visited)\\b)`,
  "dgu",
);

/** A person named as a speaker's relation in office, and the words that say which (`his Icelandic counterpart`). */
export interface RelationName {
  name: Segment;
  relation: Segment;
  counterpart: boolean;
  /** Which of the names after a plural relation (`counterparts, A and B`) this is. */
  place: number;
}

/**
 * People named as a speaker's predecessor, successor or counterpart: `my predecessor, Ola Berg,`,
 * `his Icelandic counterpart Sara Jonsdottir`.
 */
export function relationNames(source: string, excluded: readonly Segment[]): RelationName[] {
  const found: RelationName[] = [];
  if (!/predecessor|successor|counterpart/.test(source)) return found;
  RELATION_NAME.lastIndex = 0;
  for (let match = RELATION_NAME.exec(source); match !== null; match = RELATION_NAME.exec(source)) {
    const relationEnd = match.indices?.[2]?.[1] ?? match.index;
    const relation = segment(source, match.index, relationEnd);
    const counterpart = match[1] === "counterpart";
    const names: [string, number][] = [[match[3] as string, match.indices?.[3]?.[0] ?? 0]];
    if (match[2] === "s" && match[4] !== undefined) names.push([match[4], match.indices?.[4]?.[0] ?? 0]);
    names.forEach(([written, at], place) => {
      // `his Malaysian counterpart, Datuk Seri Rahman Ismail`: the name after its courtesy.
      const read = withoutCourtesy(written);
      if (read === undefined) return;
      const text = read.text;
      if (!isBareName(text.replace(/\b\p{Lu}\.\s*/gu, ""))) return;
      const start = at + read.offset;
      const name = segment(source, start, start + text.length);
      if (!excluded.some((part) => within(name, part))) found.push({ name, relation, counterpart, place });
    });
  }
  return found;
}

/** A name read before or after a post: none of its words a post's, a country's, or a word that is never a name. */
export function isBareName(name: string): boolean {
  if (lookUpCountry(name) !== undefined) return false;
  return !name
    .split(/[ \t]+/)
    .some(
      (word) =>
        NOT_NAMES.has(word) || HEADS.has(word) || MODIFIERS.has(word) || lookUpCountry(word) !== undefined,
    );
}
