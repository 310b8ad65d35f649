import { type Segment, segment } from "./span.js";

// Words that end with a full stop without ending a sentence.
const ABBREVIATIONS = new Set(
  "mr mrs ms dr prof gen lt col maj capt sgt adm sen rep gov pres amb st mt no vs etc jan feb mar apr jun jul aug sep sept oct nov dec inc ltd co corp dept est approx fig rev hon".split(
    " ",
  ),
);

// Of those, the ones that stand before a name: a courtesy or a rank.
const BEFORE_A_NAME = new Set(
  "mr mrs ms dr prof gen lt col maj capt sgt adm sen rep gov pres amb hon".split(" "),
);

/**
 * Whether a line ends on the full stop of a courtesy or a rank (`Ms.`, `Gen.`), which ends no
 * sentence: the name is on the next line.
 */
export function endsOnAbbreviation(text: string): boolean {
  const word = /(?:^|[^\p{L}])(\p{L}+)\.$/u.exec(text)?.[1];
  return word !== undefined && BEFORE_A_NAME.has(word.toLowerCase());
}

const CLOSERS = new Set(['"', "”", "’", "'", ")", "]"]);

/**
 * The sentences of a paragraph. A sentence ends at `.`, `!` or `?` (and any closing quotation mark
 * or bracket after it) when the next sentence starts after white space, or straight after it with a
 * capital letter or an opening quotation mark, as in copy whose sentences run together
 * (`talks.The minister`); abbreviations and initials do not end one.
 */
export function sentences(source: string, paragraph: Segment): Segment[] {
  const result: Segment[] = [];
  let start = paragraph.start;
  for (let index = paragraph.start; index < paragraph.end; index++) {
    const char = source[index];
    if (char !== "." && char !== "!" && char !== "?") continue;
    let end = index + 1;
    while (end < paragraph.end && CLOSERS.has(source[end] as string)) end++;
    if (end >= paragraph.end) break;
    const next = source[end] as string;
    const spaced = /\s/.test(next);
    let resume = end;
    while (resume < paragraph.end && /\s/.test(source[resume] as string)) resume++;
    if (resume >= paragraph.end) break;
    const following = source[resume] as string;
    if (!/[\p{Lu}"“‘(]/u.test(following) && !(spaced && /\d/.test(following))) continue;
    if (char === "." && !endsSentence(source, start, index, spaced ? source.slice(resume, resume + 12) : ""))
      continue;
    result.push(segment(source, start, end));
    start = resume;
    index = resume - 1;
  }
  if (start < paragraph.end) result.push(segment(source, start, paragraph.end));
  return result;
}

// Words that start a sentence far more often than they continue a name.
const STARTERS =
  /^(?:The|A|An|He|She|It|They|We|I|In|On|At|But|And|However|This|That|These|Those|His|Her|Their|Its|Both|Earlier|Later|Meanwhile)\b/;

function endsSentence(source: string, sentenceStart: number, dot: number, following: string): boolean {
  let wordStart = dot;
  while (wordStart > sentenceStart && /[\p{L}.]/u.test(source[wordStart - 1] as string)) wordStart--;
  const word = source.slice(wordStart, dot);
  if (word.length === 0) return true;
  // An initial (`J.`) or a dotted acronym (`U.S.`) ends a sentence only when a word that usually
  // starts one follows after a space (`in the U.S. The talks`), not a name's next part (`J. Smith`).
  if (/^\p{Lu}$/u.test(word) || /^(?:\p{L}\.)+\p{L}$/u.test(word)) return STARTERS.test(following);
  return !ABBREVIATIONS.has(word.toLowerCase());
}

// Each paragraph is split once, however many passes ask for its sentences.
const SPLIT = new WeakMap<Segment, Segment[]>();
export function sentencesOf(source: string, paragraph: Segment): Segment[] {
  let found = SPLIT.get(paragraph);
  if (found === undefined) {
    found = sentences(source, paragraph);
    SPLIT.set(paragraph, found);
  }
  return found;
}

/** The sentence of the body's paragraphs that holds a position, if one does. */
export function sentenceAround(source: string, body: readonly Segment[], at: number): Segment | undefined {
  const paragraph = body.find((part) => part.start <= at && at < part.end);
  return paragraph === undefined
    ? undefined
    : sentencesOf(source, paragraph).find((sentence) => sentence.start <= at && at < sentence.end);
}
