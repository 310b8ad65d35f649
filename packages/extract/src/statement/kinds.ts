import type { StatementKind } from "@communique/joint-statement";
import {
  ANTICIPATED_AFTER,
  ANTICIPATING_PHRASES,
  LIST_NEGATIONS,
  NEGATING_PHRASES,
  NEGATIONS,
  OPINION_CLOSINGS,
  OPINION_LABELS,
  REFERENCES,
  SINGLE_ISSUERS,
  STATEMENT_KINDS,
  TITLED_HEADS,
} from "../lexicon/en/statement-kinds.js";
import type { Segment } from "../text/span.js";

/** A naming of a statement's kind (`joint statement`, `Joint Communiqué`, `the Oslo Declaration`). */
export interface KindHit extends Segment {
  kind: StatementKind;
  /** A titled document's name, e.g. `Oslo Declaration`. */
  title?: string;
}

// `joint [press] statement` → `joint(?:\s+press)?\s+statements?`, apostrophes in either form.
function phrasePattern(phrase: string): string {
  const words = phrase.split(" ");
  let pattern = "";
  for (const [index, word] of words.entries()) {
    const optional = word.startsWith("[");
    const bare = word
      .replace(/[[\]]/g, "")
      .replace(/[.*+?^${}()|\\]/g, "\\$&")
      .replace(/'/g, "['’]?");
    const plural = index === words.length - 1 ? "(?:s|es)?" : "";
    const piece = `${index === 0 ? "" : "\\s+"}${bare}${plural}`;
    pattern += optional ? `(?:${piece})?` : piece;
  }
  return pattern;
}

const NAMED = [...STATEMENT_KINDS].sort((a, b) => b[0].length - a[0].length);
// Not after a letter either: see `nextKind`.
const LETTER = /\p{L}/u;
// Sticky: tried only where one of its first words stands (see `nextKind`).
const KINDS = new RegExp(
  `(?:${NAMED.map(([phrase]) => `(${phrasePattern(phrase)})`).join("|")})(?![\\p{L}])`,
  "iuy",
);
// Where a kind's name may start: the names' first words up to an apostrophe, case-insensitive without
// the Unicode flag, which V8 scans twice as fast as KINDS (with `ſ` and the Kelvin sign, which Unicode
// case folding takes for `s` and `k`, written in).
const KIND_STARTS = new RegExp(
  [...new Set(NAMED.map(([phrase]) => (phrase.split(" ")[0] as string).replace(/'.*/, "")))]
    .map((word) => word.replace(/s/g, "[sſ]").replace(/k/g, "[k\u212a]"))
    .join("|"),
  "gi",
);
// A title in capitals too: `TALLINN DECLARATION` above the text it heads.
const HEAD_FORMS = TITLED_HEADS.flatMap(([head]) => [head, head.toUpperCase()]);
const HEADS = HEAD_FORMS.join("|");
// A titled document: capitalized words before a head noun, `the Bergen Fisheries Declaration`.
const TITLED = new RegExp(`((?:\\p{Lu}[\\p{L}-]+\\s+){1,4}(?:${HEADS}))(?![\\p{L}])`, "gu");
// Its negations not after a letter by a lookbehind, not by a class of non-letters: the same
// sentences match, and a case-insensitive `[^\p{L}]` took V8 20–50 ms to compile at the first text.
const DENIED = new RegExp(
  `(?:(?<!\\p{L})(?:${NEGATIONS.join("|")})\\s+(?:\\p{L}+\\s+)?(?:(?:a|an|any|the)\\s+)?|(?<!\\p{L})(?:${LIST_NEGATIONS.join("|")})\\s+(?:\\p{L}+\\s+){1,3}(?:or|nor)\\s+(?:(?:a|an|any|the)\\s+)?|\\b(?:${NEGATING_PHRASES.map((phrase) => phrase.replace(/ /g, "\\s+")).join("|")})\\s+(?:(?:a|the|any)\\s+)?|\\b(?:${REFERENCES.join("|")})\\s+the\\s+(?:(?:19|20)\\d\\d\\s+)?)$`,
  "iu",
);
const ANTICIPATING = new RegExp(
  `\\b(?:${ANTICIPATING_PHRASES.map((phrase) => phrase.replace(/ /g, "\\s+")).join("|")})\\s+(?:(?:a|an|the|their|its)\\s+)?$`,
  "iu",
);
// A sentence of the day's own events: a document it says is to come is the day's.
const TODAY = /\b(?:today|tonight|this (?:morning|afternoon|evening))\b/i;
// `a joint statement on water is expected`: one yet to come, its verb after the name in the same
// clause (no `that`, `which` or `saying` between, whose verbs are another clause's).
const ANTICIPATED = new RegExp(
  `^(?:\\s+(?!(?:that|which|who|saying|said|says|calling|urging|stating|noting|where|when|while|was|were|is|are|has|have|had|will|would)\\b)[\\p{L}\\p{N}'’-]+){0,8}?\\s+(?:${ANTICIPATED_AFTER.map((phrase) => phrase.replace(/ /g, "\\s+")).join("|")})\\b`,
  "iu",
);
// `the 2007 Joint Declaration`: a year before the name.
const YEAR_BEFORE = /(?<![\p{L}\d])((?:19|20)\d\d)\s+$/u;
// `a joint statement on climate in 2023, which …`: a year the name's own phrase gives it.
const YEAR_AFTER = /^[^.,;:!?]{0,60}?\bin\s+((?:19|20)\d\d)(?![\p{L}\d])/u;
// `After the 21st round in 2024, the two sides issued …`: a year the sentence opens with.
const YEAR_OPENING =
  /(?:^|[.!?]\s+)(?:After|In|Since|Following|During|Back in|At)\b[^.,;!?]{0,60}?((?:19|20)\d\d),\s+[^.!?]*$/u;
const JOINTLY_RELEASED =
  /(\b(?:the|this|a)\s+(?:following\s+)?)statement\b(?=[^.]{0,60}\b(?:was|were)\s+(?:jointly\s+)?(?:released|issued|adopted)\s+(?:jointly\s+)?by\b[^.]{1,120}?\band\b)/gi;
// An opinion piece: its label on a line of its own near the top, or its closing note near the end.
const OPINION_LABEL = new RegExp(`(?:^|\\n)\\s*(?:${OPINION_LABELS.join("|")})\\s*(?:\\n|$)`, "i");
const OPINION_CLOSING = new RegExp(
  OPINION_CLOSINGS.map((phrase) => phrase.replace(/ /g, "\\s+")).join("|"),
  "i",
);
// What, in an opinion piece, makes a document's sentence report it.
const ISSUING = /\b(?:issued|released|adopted|signed|published|unveiled|said|stated|declared|agreed)\b/i;
const HEAD_WORD = new RegExp(HEAD_FORMS.join("|"));
// A bare `communiqué` one body issues: `a foreign ministry communiqué`.
const BARE = /^communiqu[eé]s?$/i;
const ONE_ISSUER = new RegExp(
  `\\b(?:${SINGLE_ISSUERS.join("|")})(?:['’]s)?\\s+$|\\b(?:${SINGLE_ISSUERS.join("|")})\\b[^.;]{0,40}\\b(?:said|says|announced|stated)\\s+in\\s+(?:a|an|its|the)\\s+$`,
  "i",
);
// `a communiqué issued by the Kremlin`: one issuer after it, not `by the two leaders` nor `by A and B`.
const ISSUED_BY_ONE =
  /^\s+(?:(?:issued|released|published|sent)\s+)?(?:by|from)\s+(?:the\s+)?(?![^,.;]{0,60}\b(?:and|two|both|three|leaders|ministers|sides|parties|heads|meeting|summit|talks|session|conference|retreat|forum)\b)\p{L}/u;
const CUE = /oint|eclaration|ommuniqu|tatement|ccord|ummary|nnouncement/i;

/**
 * Every naming of a joint statement's kind in the given stretches; denied ones (`no joint
 * declaration`, `without a deal or a joint statement`), ones yet to come (`expected to sign a joint
 * declaration`), earlier ones referred to (`a breach of the Joint Declaration`, `the 2007 Joint
 * Declaration`, `a joint statement in 2019`) and an opinion piece's musings left out.
 */
export function findKinds(source: string, ranges: readonly Segment[], year?: number): KindHit[] {
  // A document the text dates to an earlier year than its own is an earlier one referred to.
  const earlier = (before: string) => {
    const written = YEAR_BEFORE.exec(before);
    return written !== null && (year === undefined || Number(written[1]) < year);
  };
  const opinion = OPINION_LABEL.test(source.slice(0, 300)) || OPINION_CLOSING.test(source.slice(-600));
  const past = (written: RegExpExecArray | null) =>
    written !== null && year !== undefined && Number(written[1]) < year;
  // Denied, yet to come, or an earlier one: not a document the text reports.
  const aside = (text: string, start: number, end: number) => {
    const before = text.slice(Math.max(0, start - 32), start);
    if (DENIED.test(before) || earlier(before)) return true;
    const after = text.slice(end, end + 100);
    if (past(YEAR_AFTER.exec(after))) return true;
    if ((ANTICIPATING.test(before) || ANTICIPATED.test(after)) && !TODAY.test(sentenceOf(text, start, end)))
      return true;
    if (past(YEAR_OPENING.exec(text.slice(Math.max(0, start - 160), start)))) return true;
    return opinion && !ISSUING.test(sentenceOf(text, start, end));
  };
  const hits: KindHit[] = [];
  for (const range of ranges) {
    const text = source.slice(range.start, range.end);
    if (!CUE.test(text)) continue;
    const taken: Segment[] = [];
    for (
      let match = nextKind(text, 0);
      match !== null;
      match = nextKind(text, match.index + match[0].length)
    ) {
      if (aside(text, match.index, match.index + match[0].length)) continue;
      if (
        BARE.test(match[0]) &&
        (ONE_ISSUER.test(text.slice(Math.max(0, match.index - 80), match.index)) ||
          ISSUED_BY_ONE.test(text.slice(match.index + match[0].length, match.index + match[0].length + 90)))
      )
        continue;
      const which = match.slice(1).findIndex((group) => group !== undefined);
      const kind = (NAMED[which] as (typeof NAMED)[number])[1];
      const start = range.start + match.index;
      const hit: KindHit = { start, end: start + match[0].length, text: match[0], kind };
      hits.push(hit);
      taken.push(hit);
    }
    // `the following statement was released by the Government of X and the Y`: a statement two
    // issuers released is a joint one, whatever it is called.
    JOINTLY_RELEASED.lastIndex = 0;
    for (let match = JOINTLY_RELEASED.exec(text); match !== null; match = JOINTLY_RELEASED.exec(text)) {
      const start = range.start + match.index + (match[1]?.length ?? 0);
      if (taken.some((hit) => hit.start <= start && start < hit.end)) continue;
      const end = start + "statement".length;
      hits.push({ start, end, text: source.slice(start, end), kind: "joint-statement" });
    }
    // The titled form is costly to look for: only where one of its head words stands.
    TITLED.lastIndex = HEAD_WORD.test(text) ? 0 : text.length;
    for (let match = TITLED.exec(text); match !== null; match = TITLED.exec(text)) {
      const end = range.start + match.index + match[0].length;
      if (taken.some((hit) => hit.end === end)) continue;
      // `the Oslo Declaration`: the first word is not a sentence's `The`.
      const words = match[0].split(/\s+/);
      while (words.length > 1 && /^(?:The|A|In|On|At|Under|Signing|Of|And)$/.test(words[0] as string))
        words.shift();
      if (words.length < 2) continue;
      const title = words.join(" ");
      const start = end - title.length;
      if (aside(text, start - range.start, end - range.start)) continue;
      const head = words[words.length - 1] as string;
      const kind = TITLED_HEADS.find(([name]) => name.toUpperCase() === head.toUpperCase())?.[1] ?? "other";
      hits.push({ start, end, text: source.slice(start, end), kind, title });
    }
  }
  return hits.sort((a, b) => a.start - b.start);
}

/**
 * The first naming of a kind at or after `from` that does not follow a letter, as a global search for
 * KINDS with `execNotAfter` finds it: KINDS is tried only where KIND_STARTS finds one may start.
 */
function nextKind(text: string, from: number): RegExpExecArray | null {
  KIND_STARTS.lastIndex = from;
  for (let start = KIND_STARTS.exec(text); start !== null; start = KIND_STARTS.exec(text)) {
    KINDS.lastIndex = start.index;
    const match = KINDS.exec(text);
    if (match !== null && !afterLetter(text, start.index)) return match;
    KIND_STARTS.lastIndex = start.index + 1;
  }
  return null;
}

// Whether the character before `at` (a surrogate pair as one) is a letter.
function afterLetter(text: string, at: number): boolean {
  if (at === 0) return false;
  const low = text.charCodeAt(at - 1);
  const high = at > 1 ? text.charCodeAt(at - 2) : 0;
  const pair = low >= 0xdc00 && low <= 0xdfff && high >= 0xd800 && high <= 0xdbff;
  return LETTER.test(text.slice(pair ? at - 2 : at - 1, at));
}

// The sentence of a stretch's text that holds `start`..`end`, by its stops.
function sentenceOf(text: string, start: number, end: number): string {
  const from = Math.max(text.lastIndexOf(". ", start), text.lastIndexOf("? ", start), -1) + 1;
  const stop = text.slice(end).search(/[.!?](?:\s|$)/);
  return text.slice(from, stop === -1 ? text.length : end + stop);
}
