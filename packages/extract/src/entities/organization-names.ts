// The shapes an organization's name takes when no table knows it: a head noun ending it
// (`… Secretariat`), a state's armed service (`Brazilian Army`), a head word opening it with `of`
// (`Parliament of Australia`), a newspaper named after its city (`Washington Post`).
import type { OrganizationKind } from "@communique/core";
import { MEETING_HEADS } from "../lexicon/en/meetings.js";
import { MONTHS, WEEKDAYS } from "../lexicon/en/months.js";
import {
  AIRLINE_OPENER,
  ARMED_SERVICES,
  CLASSIFIERS,
  COMMAND_REGIONS,
  COMPANY_ENDINGS,
  COURTS_OF_LAW,
  DESCRIBING_ENDINGS,
  HEADS_NEEDING_PURPOSE,
  NAME_OPENERS,
  NEWSPAPER_HEADS,
  NOT_BODIES,
  NOT_NAME_OPENERS,
  ONE_WORD_CLASSIFIERS,
  ORGANIZATION_HEADS,
  RITES,
  SERVICE_QUALIFIERS,
  STATE_BODY_HEADS,
} from "../lexicon/en/organizations.js";
import { HEADS as POST_HEADS } from "../lexicon/en/posts.js";
import { cityCountry, lookUpCountry } from "../lexicon/gazetteer.js";
import { execBeforeHead, execNotAfter } from "../text/pattern.js";
import type { Token, TokenIndex } from "../text/tokens.js";

/** A name found by its shape, with the kind the shape tells. */
export interface ShapedName {
  name: string;
  kind?: OrganizationKind;
  /** Whether the name holds a state's name, which still names that country. */
  namesState?: boolean;
}

// A capitalized word, or initials with their dots (`U.S.`); a word's full stop ends the name.
const WORD = "(?:\\p{Lu}(?:\\.\\p{Lu})+\\.?|\\p{Lu}[\\p{L}'’-]*)";
const alternation = (words: readonly string[]) =>
  [...words]
    .sort((a, b) => b.length - a.length)
    .map((word) => word.replace(/[.'’]/g, (char) => `\\${char}`))
    .join("|");

// `for`/`of` and capitalized words after the head: `Institute for Strategic Studies`.
const GOES_ON = `(?:[ \\t]+(?:for|of)[ \\t]+(?:the[ \\t]+)?${WORD}(?:[ \\t]+(?:and[ \\t]+)?${WORD}){0,4})?`;
const HEADS = alternation(ORGANIZATION_HEADS);
const HEAD_CUE = new RegExp(`(?:${HEADS})(?![\\p{L}])`, "u");
// A head joined by a hyphen to a capitalized word is not the name's end (`San Diego Union-Tribune`).
const HEADED = new RegExp(`((?:${WORD}[ \\t]+){1,5}(${HEADS}))(?![\\p{L}]|[-–]\\p{Lu})(${GOES_ON})`, "uy");
// A head joined by `and` to the name after it: the name's start (`Securities and` before `Exchange
// Commission`). Read only before a name found, not tried at every word as part of the pattern above.
const JOINED_BEFORE = new RegExp(`((?:${WORD}[ \\t]+){0,3}(?:${HEADS}))[ \\t]+and[ \\t]+$`, "u");
// A name's words are tried only before a head noun (sticky), not from every capitalized word of the
// text as a global search would: at most five words and the spaces after them stand before it.
const HEAD_AT = new RegExp(HEADS, "gu");
const CAPITAL = /\p{Lu}/gu;
const isSpaceOrTab = (code: number) => code === 32 || code === 9;
const nextHeaded = (text: string, from: number) =>
  execBeforeHead(HEADED, text, from, HEAD_AT, CAPITAL, 5, isSpaceOrTab);
const MEETING_WORDS = new Set(MEETING_HEADS);

const SERVICES = alternation(ARMED_SERVICES);
const SERVICE_CUE = new RegExp(`(?:${SERVICES})(?![\\p{L}])`, "u");
const SERVICE = new RegExp(
  `(?:${WORD}[ \\t]+){1,5}(?:${SERVICES})(?![\\p{L}])(?:[ \\t]+(?:${alternation(COMMAND_REGIONS)})(?![\\p{L}]))?`,
  "gu",
);

// Not after a slash or a letter either: see `execNotAfter`.
const SLASH_OR_LETTER = /[/\p{L}]/u;
const OPENER = new RegExp(
  `(${alternation(NAME_OPENERS)})[ \\t]+of[ \\t]+(?:the[ \\t]+)?${WORD}(?:[ \\t]+(?:of[ \\t]+|and[ \\t]+)?${WORD}){0,5}`,
  "gu",
);
// An opener whose name is a state's: `Government of Japan`, not `Government of the Member States`.
const STATE_OPENERS = new Set(["Government", "Parliament"]);
const OPENER_KINDS = new Map<string, OrganizationKind>([
  ["Government", "government"],
  ["Parliament", "legislature"],
]);

const NEWSPAPER = new RegExp(`(?:${WORD}[ \\t]+){1,3}(?:${alternation(NEWSPAPER_HEADS)})(?![\\p{L}-])`, "gu");
const NEWSPAPER_CUE = new RegExp(`(?:${alternation(NEWSPAPER_HEADS)})(?![\\p{L}])`, "u");

const LEADING_SMALL_WORD = /^(?:The|A|An|In|On|At|By|For|From|With|And|Of)$/;
const NOT_OPENERS = new Set(NOT_NAME_OPENERS);
const NOT_BODY_NAMES = new Set(NOT_BODIES);
const STATE_HEADS = new Set(STATE_BODY_HEADS);
// `Delhi-based`, `Saudi-led`: a describing word before a name, not a word of it.
const DESCRIBING = new RegExp(`\\p{L}-(?:${DESCRIBING_ENDINGS.join("|")})$`, "u");
/** Whether a capitalized word before a head opens no body's name: a small word, a date, `Former`. */
const opensNoName = (word: string) =>
  LEADING_SMALL_WORD.test(word) || isDateWord(word) || NOT_OPENERS.has(word) || DESCRIBING.test(word);
const WEEKDAY_WORDS = new Set<string>(WEEKDAYS);
const isDateWord = (word: string) =>
  WEEKDAY_WORDS.has(word.toLowerCase()) || (MONTHS as readonly string[]).includes(word.toLowerCase());

// A name's words end before a date (`… Council Monday`) or a post and the person holding it
// (`University of Tokyo President …`); an office's name ends with the post it serves (`Office of the
// Spokesperson`).
function endOfName(words: readonly string[], from: number, keepPost: boolean): number {
  for (let at = from; at < words.length; at++) {
    const word = words[at] as string;
    if (isDateWord(word)) return at;
    if (POST_HEADS.has(word)) {
      if (!keepPost) return at;
      // `Office of the Inspector General`: the post's heads, all of them.
      let end = at + 1;
      while (end < words.length && POST_HEADS.has(words[end] as string)) end++;
      return end;
    }
  }
  return words.length;
}
// `DivisionInternational`: two words run together where a page's layout was stripped; where one
// name ends and the next starts is lost.
const RUN_TOGETHER = /\p{Ll}{3,}\p{Lu}/u;

/** Names in `text` that end in an organization's head noun. */
export function headedNames(text: string): ShapedName[] {
  if (!HEAD_CUE.test(text)) return [];
  const found: ShapedName[] = [];
  for (
    let match = nextHeaded(text, 0);
    match !== null;
    match = nextHeaded(text, match.index + match[0].length)
  ) {
    const [whole, base, head, purpose] = match as unknown as [string, string, string, string];
    // `Commission for the Japan-EU Summit`: what follows names a meeting, not what the body is for.
    const last =
      purpose
        .split(/[ \t]+/)
        .pop()
        ?.toLowerCase() ?? "";
    const withPurpose = purpose.length > 0 && !MEETING_WORDS.has(last);
    if (!withPurpose && HEADS_NEEDING_PURPOSE.includes(head)) continue;
    const joined = JOINED_BEFORE.exec(text.slice(Math.max(0, match.index - 80), match.index));
    const lead = joined === null ? "" : `${joined[1]} and `;
    const named = lead + (withPurpose ? whole : base);
    let words = named.split(/[ \t]+/);
    if (withPurpose) {
      const baseLength = (lead + base).split(/[ \t]+/).length;
      words = words.slice(0, endOfName(words, baseLength + 1, false));
      // `… Institute for` with nothing after it: the body's name ends with its head.
      while (/^(?:for|of|the|and)$/.test(words[words.length - 1] as string)) words.pop();
    }
    // `Delhi-based Council …`: a describing word may stand anywhere before the name's own words.
    const described = words.findLastIndex((word, at) => at < words.length - 1 && DESCRIBING.test(word));
    if (described !== -1) words.splice(0, described + 1);
    while (words.length > 0 && opensNoName(words[0] as string)) words.shift();
    // `North Korea’s UN Security Council`, `Minister Reynolds’ Office`: the owner before a body's name
    // is not part of it.
    // (`National Farmers' Union`: a plural's s' before a head is the name's own.)
    const possessive = words.findIndex(
      (word, at) =>
        /['’]s$/.test(word) || (/s['’]$/.test(word) && words.slice(0, at).some((one) => POST_HEADS.has(one))),
    );
    if (possessive !== -1) words.splice(0, possessive + 1);
    if (words.length < 2 || words.some((word) => RUN_TOGETHER.test(word))) continue;
    const name = words.join(" ");
    if (NOT_BODY_NAMES.has(name) || !isBodyHead(text, words, head, match.index + whole.length)) continue;
    found.push(STATE_HEADS.has(head) && stateStart(words) === 0 ? { name, namesState: true } : { name });
  }
  return found;
}

const COURT_WORDS = new Set(COURTS_OF_LAW);
const RITE_WORDS = new Set(RITES);
// The heads a capitalized word after them carries on (`Major League Baseball`, `Foundation Stone`).
const HEADS_GOING_ON = new Set(["League", "Foundation"]);

/**
 * Whether a name's head makes it a body where it stands: not a holiday (`National Foundation Day`),
 * a place (`Centre Court`, `Tokyo Office`) or a rite (`Memorial Service`), nor a league or foundation
 * whose name goes on (`Major League Baseball`).
 */
function isBodyHead(text: string, words: readonly string[], head: string, end: number): boolean {
  const after = text.slice(end, end + 24);
  if (/^[ \t]+Day\b/.test(after)) return false;
  if (HEADS_GOING_ON.has(head) && /^[ \t]+\p{Lu}/u.test(after)) return false;
  if (head === "Court") return COURT_WORDS.has(words[words.length - 2] as string);
  if (head === "Service" && words.some((word) => RITE_WORDS.has(word))) return false;
  if (head === "Office" || head === "Service") {
    const before = words.slice(0, -1).join(" ");
    if (cityCountry(before) !== undefined || lookUpCountry(before) !== undefined) return false;
  }
  return true;
}

/** A state's armed services: `U.S. Army`, `Brazilian Army`, `United Kingdom Royal Navy`. */
export function armedServices(text: string): ShapedName[] {
  if (!SERVICE_CUE.test(text)) return [];
  const found: ShapedName[] = [];
  for (const match of text.matchAll(SERVICE)) {
    const words = match[0].split(/[ \t]+/);
    const from = stateStart(words);
    if (from === -1 || words.some((word) => RUN_TOGETHER.test(word))) continue;
    found.push({ name: words.slice(from).join(" "), kind: "military", namesState: true });
  }
  return found;
}

// Where the state's name (or `Royal`) starts among the words before a service: the first word
// that opens a country's name, a demonym or a state's short form.
function stateStart(words: readonly string[]): number {
  for (let from = 0; from < words.length - 1; from++) {
    const word = words[from] as string;
    if (SERVICE_QUALIFIERS.some((qualifier) => qualifier.split(" ")[0] === word)) return from;
    for (let count = Math.min(4, words.length - 1 - from); count >= 1; count--)
      if (lookUpCountry(words.slice(from, from + count).join(" ")) !== undefined) return from;
  }
  return -1;
}

/** Names opened by a head word and `of`: `Office of the Spokesperson`, `Parliament of Australia`. */
export function openedNames(text: string): ShapedName[] {
  if (!/ of /.test(text)) return [];
  const found: ShapedName[] = [];
  OPENER.lastIndex = 0;
  for (
    let match = execNotAfter(OPENER, text, SLASH_OR_LETTER);
    match !== null;
    match = execNotAfter(OPENER, text, SLASH_OR_LETTER)
  ) {
    const opener = match[1] as string;
    const words = match[0].split(/[ \t]+/);
    const kept = words.slice(0, endOfName(words, 2, opener === "Office"));
    while (/^(?:of|the|and)$/.test(kept[kept.length - 1] as string)) kept.pop();
    if (kept.length < 3) continue;
    let name = kept.join(" ");
    if (STATE_OPENERS.has(opener)) {
      const state = longestCountryPrefix(name.slice(name.indexOf(" of ") + 4).replace(/^the /, ""));
      if (state === undefined) continue;
      name = name.slice(0, name.indexOf(state) + state.length);
    }
    if (name.split(/[ \t]+/).some((word) => RUN_TOGETHER.test(word))) continue;
    const kind = OPENER_KINDS.get(opener);
    found.push(
      kind === undefined
        ? { name }
        : { name, kind, ...(STATE_OPENERS.has(opener) ? { namesState: true } : {}) },
    );
  }
  return found;
}

function longestCountryPrefix(words: string): string | undefined {
  const parts = words.split(/[ \t]+/);
  for (let count = Math.min(6, parts.length); count >= 1; count--) {
    const candidate = parts.slice(0, count).join(" ");
    if (lookUpCountry(candidate) !== undefined) return candidate;
  }
  return undefined;
}

const AIRLINE = new RegExp(`(?<![\\p{L}])${AIRLINE_OPENER}[ \\t]+${WORD}(?:[ \\t]+${WORD}){0,2}`, "gu");

/** Flag carriers named `Air` and their state's name: `Air New Zealand`. */
export function airlines(text: string): ShapedName[] {
  if (!text.includes(`${AIRLINE_OPENER} `)) return [];
  const found: ShapedName[] = [];
  for (const match of text.matchAll(AIRLINE)) {
    const state = longestCountryPrefix(match[0].slice(AIRLINE_OPENER.length + 1));
    if (state !== undefined && lookUpCountry(state)?.form === "name")
      found.push({ name: `${AIRLINE_OPENER} ${state}`, kind: "company" });
  }
  return found;
}

/** Newspapers named after their place: `Washington Post`, `Japan Times`. */
export function newspapers(text: string): ShapedName[] {
  if (!NEWSPAPER_CUE.test(text)) return [];
  const found: ShapedName[] = [];
  for (const match of text.matchAll(NEWSPAPER)) {
    const words = match[0].split(/[ \t]+/);
    const head = words.pop() as string;
    for (let from = 0; from < words.length; from++) {
      const place = words.slice(from).join(" ");
      if (cityCountry(place) !== undefined || lookUpCountry(place)?.form === "name") {
        found.push({ name: `${place} ${head}`, kind: "company" });
        break;
      }
    }
  }
  return found;
}

const ONE_WORD = new Set(ONE_WORD_CLASSIFIERS);
// The classifiers by their last word (`tank` for `think tank`), to be looked up among the text's words.
const CLASSIFIERS_BY_LAST_WORD = new Map<string, string[]>();
for (const classifier of Object.keys(CLASSIFIERS)) {
  const last = classifier.slice(classifier.lastIndexOf(" ") + 1);
  CLASSIFIERS_BY_LAST_WORD.set(last, [...(CLASSIFIERS_BY_LAST_WORD.get(last) ?? []), classifier]);
}
// Between a classifier and the name: perhaps a comma, then spaces or tabs before a capital.
const BEFORE_NAME = /(,?)[ \t]+(?=\p{Lu})/uy;
// What a classifier may name: a short form of capitals and digits, perhaps with a company's ending
// (`BYD`, `OCP Group`); capitalized words with a company's ending (`Amnesty International`); or one
// capitalized word that a comma, a stop or a verb ends (`Huawei said`), not a name that goes on.
const ENDINGS = alternation(COMPANY_ENDINGS);
const CLASSIFIED = new RegExp(
  `(\\p{Lu}[\\p{Lu}\\p{N}&]{1,7})(?:[ \\t]+(${ENDINGS}))?(?![\\p{L}\\p{N}'’-]|[ \\t]+\\p{Lu})|((?:\\p{Lu}[\\p{L}&-]*[ \\t]+){1,3}(?:${ENDINGS}))(?![\\p{L}\\p{N}'’-]|[ \\t]+\\p{Lu})|(\\p{Lu}\\p{Ll}[\\p{L}-]*)(?=[,.;:]|[ \\t]+(?:said|says|which|that|has|had|is|was|will|would|announced|reported|told)\\b)`,
  "uy",
);

/**
 * Bodies a lower-case noun before them says are bodies: `state broadcaster EBC`, `Argentina's
 * national space agency, CONAE`, `fertiliser giant OCP Group`, `technology giant Huawei said`. The
 * nouns are looked up among the text's words, in text order.
 */
export function classifiedNames(source: string, tokens: readonly Token[], byText: TokenIndex): ShapedName[] {
  const cues: { at: number; classifier: string }[] = [];
  for (const [last, classifiers] of CLASSIFIERS_BY_LAST_WORD)
    for (const at of byText.get(last) ?? [])
      for (const classifier of classifiers) {
        const words = classifier.split(" ");
        const first = at - words.length + 1;
        if (first < 0 || words.some((word, offset) => (tokens[first + offset] as Token).text !== word))
          continue;
        if (
          words.length > 1 &&
          !/^[ \t]+$/.test(source.slice((tokens[first] as Token).end, (tokens[at] as Token).start))
        )
          continue;
        cues.push({ at, classifier });
      }
  cues.sort((a, b) => a.at - b.at);
  const found: ShapedName[] = [];
  for (const { at, classifier } of cues) {
    BEFORE_NAME.lastIndex = (tokens[at] as Token).end;
    const gap = BEFORE_NAME.exec(source);
    if (gap === null) continue;
    CLASSIFIED.lastIndex = gap.index + gap[0].length;
    const match = CLASSIFIED.exec(source);
    if (match === null) continue;
    const name = match[0];
    // One word alone (`Huawei said`) only after a noun that describes no person, and with no comma
    // between (`… will stand firm, Zelenskiy said`).
    if (match[4] !== undefined && (gap[1] === "," || !ONE_WORD.has(classifier))) continue;
    const first = name.split(/[ \t]+/)[0] as string;
    if (
      lookUpCountry(first) !== undefined ||
      POST_HEADS.has(first) ||
      isDateWord(first) ||
      LEADING_SMALL_WORD.test(first)
    )
      continue;
    const kind = CLASSIFIERS[classifier] ?? null;
    found.push(kind === null ? { name } : { name, kind });
  }
  return found;
}

const isCapital = (code: number) => code >= 65 && code <= 90;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const isLetterOrDigit = (code: number) =>
  (code >= 48 && code <= 57) ||
  (code >= 65 && code <= 90) ||
  (code >= 97 && code <= 122) ||
  (code > 127 && LETTER_OR_DIGIT.test(String.fromCharCode(code)));

/** A broadcaster's or site's news service named by its short form and `News`: `CBS News`. */
export function newsServices(text: string): ShapedName[] {
  const found: ShapedName[] = [];
  for (let at = text.indexOf(" News"); at !== -1; at = text.indexOf(" News", at + 1)) {
    // Not `NATO News Conference`: a name that goes on.
    if (isLetterOrDigit(text.charCodeAt(at + 5)) || /^[ \t]+\p{Lu}/u.test(text.slice(at + 5, at + 8)))
      continue;
    let start = at;
    while (start > 0 && isCapital(text.charCodeAt(start - 1))) start--;
    if (at - start < 2 || at - start > 5 || (start > 0 && isLetterOrDigit(text.charCodeAt(start - 1))))
      continue;
    const short = text.slice(start, at);
    if (short !== "TV" && lookUpCountry(short) === undefined)
      found.push({ name: text.slice(start, at + 5), kind: "company" });
  }
  return found;
}

/** Whether a name is a post's title (`Chief of Naval Operations`), not a body's. */
export function isPostTitle(name: string): boolean {
  const [first, second] = name.split(/[ \t]+/);
  return first !== undefined && POST_HEADS.has(first) && (second === "of" || second === "for");
}
