import type { PartialDate, TextSpan } from "@communique/core";
import { MONTH_NAME, MONTHS, WEEKDAY_NAME, WEEKDAYS } from "./lexicon/en/months.js";
import { execNotAfter } from "./text/pattern.js";
import { type Segment, spanOf } from "./text/span.js";

const TIME_ZONE = "\\s+\\((?:local|US|Korean|Japanese|Beijing|GMT|UTC|[A-Z]{2,5})\\s+time\\)";
const DAY_NUMBER = "\\d{1,2}(?:st|nd|rd|th)?";

/**
 * A date expression at the head of a stretch of text, e.g. `Tuesday (US time)`, `in October`,
 * `March 3`, `Thursday 18th May`, `today`, `last week`, `the 23rd (local time)`, `15/02`.
 */
const DATE_EXPRESSION = new RegExp(
  [
    // A weekday with its calendar date: the date decides.
    `${WEEKDAY_NAME},?\\s+(?:the\\s+)?${DAY_NUMBER}(?:\\s+of)?\\s+${MONTH_NAME}(?:,?\\s+\\d{4})?`,
    `${WEEKDAY_NAME},?\\s+${MONTH_NAME}\\s+${DAY_NUMBER}(?:,?\\s+\\d{4})?`,
    `(?:(?:last|next|this)\\s+)?${WEEKDAY_NAME}(?:${TIME_ZONE})?`,
    `(?:[Ll]ast|[Nn]ext|[Tt]his)\\s+${MONTH_NAME}(?![\\s,]+\\d)`,
    `${MONTH_NAME}(?:\\s+${DAY_NUMBER})?(?:,?\\s+\\d{4})?`,
    `${DAY_NUMBER}(?:\\s+of)?\\s+${MONTH_NAME}(?:,?\\s+\\d{4})?`,
    `the\\s+${DAY_NUMBER}\\s+of\\s+${MONTH_NAME}(?:,?\\s+\\d{4})?`,
    // `on the 23rd (local time)`: a day of the month, only where nothing but a time zone or a stop
    // follows (`the 26th Ministerial Forum` is an ordinal).
    `the\\s+\\d{1,2}(?:st|nd|rd|th)(?:${TIME_ZONE}|(?=\\s*[,.;:)]))`,
    `(?:[Tt]oday|[Yy]esterday|[Tt]onight|[Tt]his\\s+(?:morning|afternoon|evening))(?:${TIME_ZONE})?`,
    "(?:[Ee]arlier|[Ll]ater)\\s+(?:in\\s+the|this)\\s+(?:year|month|week)",
    "(?:[Ll]ast|[Tt]his|[Nn]ext)\\s+(?:year|month|week)",
    "(?:19|20)\\d{2}-\\d{2}-\\d{2}",
    // `15/02`, `15/02/2024`: day and month in figures.
    "\\d{1,2}/\\d{1,2}(?:/(?:\\d{4}|\\d{2}))?(?![/\\d])",
    "(?:19|20)\\d{2}",
  ]
    .map((alternative) => `(?:${alternative})`)
    .join("|"),
  "y",
);

/**
 * A date as written, with its precision, and its calendar value when it can be worked out without
 * guessing: from the text alone when it names its year, or against the publication date when one is
 * given. Relative days are read as news copy uses them: a bare weekday is the latest such day up to
 * the publication date (the meeting "on Tuesday" of a Wednesday story is the day before).
 */
export function partialDate(written: Segment, published: Date | undefined): PartialDate {
  const text = written.text;
  const lower = text.toLowerCase();
  const base = { text, span: spanOf(written) };
  const weekday = WEEKDAYS.findIndex((name) => lower.includes(name));
  // `Thursday 18th May`: the calendar date, the weekday aside.
  if (weekday !== -1 && /\d/.test(lower)) {
    const rest = text.replace(/^\p{L}+,?\s+/u, "");
    const read = calendarDate({ text: rest, span: base.span }, rest, published);
    return dated(base, read.precision, read.value);
  }
  if (weekday !== -1) {
    if (published === undefined) return dated(base, "day");
    const back = (published.getUTCDay() - weekday + 7) % 7;
    const days = lower.startsWith("next")
      ? (weekday - published.getUTCDay() + 7) % 7 || 7
      : lower.startsWith("last")
        ? -(back || 7)
        : -back;
    return dated(base, "day", dayValue(published, days));
  }
  const sameDay = /^(today|yesterday|tonight|this\s+(?:morning|afternoon|evening))\b/.exec(lower);
  if (sameDay !== null) {
    if (published === undefined) return dated(base, "day");
    return dated(base, "day", dayValue(published, sameDay[1] === "yesterday" ? -1 : 0));
  }
  // `last week`: the month of the week before, as precise as a week's words allow.
  const week = /^(?:(?:earlier|later)\s+(?:in\s+the|this)|(last|this|next))\s+week$/.exec(lower);
  if (week !== null) {
    if (published === undefined) return dated(base, "month");
    const offset = week[1] === "last" ? -7 : week[1] === "next" ? 7 : 0;
    return dated(base, "month", dayValue(published, offset).slice(0, 7));
  }
  // `the 23rd (local time)`: that day of the publication's month, or of the month before when it
  // is still to come.
  const dayOfMonth = /^the\s+(\d{1,2})(?:st|nd|rd|th)\b(?!\s+of)/.exec(lower);
  if (dayOfMonth !== null) {
    if (published === undefined) return dated(base, "day");
    const date = Number(dayOfMonth[1]);
    const back = date > published.getUTCDate() ? 1 : 0;
    const candidate = new Date(Date.UTC(published.getUTCFullYear(), published.getUTCMonth() - back, date));
    if (candidate.getUTCDate() !== date) return dated(base, "day");
    return dated(base, "day", isoDay(candidate));
  }
  const relative = /^(?:(earlier|later)\s+(?:in\s+the|this)|(last|this|next))\s+(year|month)$/.exec(lower);
  if (relative !== null) {
    const unit = relative[3] as "year" | "month";
    if (published === undefined) return dated(base, unit);
    const offset = relative[2] === "last" ? -1 : relative[2] === "next" ? 1 : 0;
    const year = published.getUTCFullYear();
    if (unit === "year") return dated(base, "year", String(year + offset));
    const month = new Date(Date.UTC(year, published.getUTCMonth() + offset, 1));
    return dated(base, "month", isoDay(month).slice(0, 7));
  }
  if (/^(?:19|20)\d{2}$/.test(text)) return dated(base, "year", text);
  // `last February`, `next March`, `this May`: a month named relative to the publication.
  const [, relation, monthWord = lower] = /^(?:(last|next|this)\s+)?(.*)$/.exec(lower) ?? [];
  const monthOnly = MONTHS.findIndex(
    (month) =>
      monthWord.replace(/\.$/, "") === month ||
      (monthWord.length <= 4 && month.startsWith(monthWord.replace(/\.$/, ""))),
  );
  if (monthOnly !== -1) {
    if (published === undefined) return dated(base, "month");
    // The latest such month up to publication: "in October" of a December story is that October;
    // `last` the latest before the publication's month, `next` the first after it.
    const current = published.getUTCMonth();
    const year =
      published.getUTCFullYear() +
      (relation === "next"
        ? monthOnly > current
          ? 0
          : 1
        : relation === "last"
          ? monthOnly < current
            ? 0
            : -1
          : relation === "this" || monthOnly <= current
            ? 0
            : -1);
    return dated(base, "month", `${year}-${String(monthOnly + 1).padStart(2, "0")}`);
  }
  return calendarDate(base, text, published);
}

// Built as one literal, not by spreading `base`: an object spread and then given more properties
// gets a hidden class of its own in V8, which slows every later reader of it (the output check too).
function dated(
  base: { text: string; span: TextSpan },
  precision: PartialDate["precision"],
  value?: string,
): PartialDate {
  return value === undefined
    ? { text: base.text, span: base.span, precision }
    : { text: base.text, span: base.span, value, precision };
}

function dayValue(published: Date, days: number): string {
  return isoDay(new Date(published.getTime() + days * 86_400_000));
}

/**
 * A day as `YYYY-MM-DD` (in UTC), written from its fields: `toISOString` takes several times as long,
 * and runs for every relative day of every text. Years outside four figures are left to it.
 */
export function isoDay(date: Date): string {
  const year = date.getUTCFullYear();
  if (year < 1000 || year > 9999) return date.toISOString().slice(0, 10);
  const month = date.getUTCMonth() + 1;
  const day = date.getUTCDate();
  return `${year}-${month < 10 ? "0" : ""}${month}-${day < 10 ? "0" : ""}${day}`;
}

// Explicit dates: `March 3`, `Dec. 21, 2016`, `5 March`, `2016-12-20`. A year the text does not
// give is taken from the publication date (the one that puts the day nearest to it), never guessed.
function calendarDate(
  base: { text: string; span: TextSpan },
  text: string,
  published: Date | undefined,
): PartialDate {
  const parts = calendarParts(text, published);
  if (parts === undefined) return dated(base, "day");
  const { month, day } = parts;
  const precision = day === undefined ? "month" : "day";
  const year = parts.year ?? (published === undefined ? undefined : nearestYear(month, day ?? 1, published));
  if (year === undefined) return dated(base, precision);
  if (day !== undefined && new Date(Date.UTC(year, month - 1, day)).getUTCDate() !== day)
    return dated(base, precision);
  const monthText = String(month).padStart(2, "0");
  return dated(
    base,
    precision,
    day === undefined ? `${year}-${monthText}` : `${year}-${monthText}-${String(day).padStart(2, "0")}`,
  );
}

function calendarParts(
  text: string,
  published: Date | undefined,
): { year?: number; month: number; day?: number } | undefined {
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (iso !== null) return { year: Number(iso[1]), month: Number(iso[2]), day: Number(iso[3]) };
  const figures = /^(\d{1,2})\/(\d{1,2})(?:\/(\d{4}|\d{2}))?$/.exec(text);
  if (figures !== null) return numericParts(figures, published);
  const monthFirst = /^(\p{L}+)\.?(?:\s+(\d{1,2})(?:st|nd|rd|th)?)?(?:,?\s+(\d{4}))?$/u.exec(text);
  const dayFirst = /^(?:the\s+)?(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(\p{L}+)\.?(?:,?\s+(\d{4}))?$/u.exec(
    text,
  );
  const [monthName, day, year] =
    monthFirst !== null
      ? [monthFirst[1], monthFirst[2], monthFirst[3]]
      : dayFirst !== null
        ? [dayFirst[2], dayFirst[1], dayFirst[3]]
        : [];
  const month = monthNumber(monthName ?? "");
  if (month === undefined || (day === undefined && year === undefined)) return undefined;
  return {
    month,
    ...(day === undefined ? {} : { day: Number(day) }),
    ...(year === undefined ? {} : { year: Number(year) }),
  };
}

// `15/02` is the 15th of February wherever it is written; `03/04` is read both ways and the one
// nearer the publication date is taken, and without one it is not read at all.
function numericParts(
  figures: RegExpExecArray,
  published: Date | undefined,
): { year?: number; month: number; day?: number } | undefined {
  const [first, second] = [Number(figures[1]), Number(figures[2])];
  const yearText = figures[3];
  // `15/02/98`: a two-digit year is the latest such year up to a year past the publication; without
  // one, POSIX's fixed reading (`00`–`68` this century), so the output never depends on the clock.
  const pivot = published === undefined ? 2068 : published.getUTCFullYear() + 1;
  const year =
    yearText === undefined
      ? undefined
      : yearText.length === 4
        ? Number(yearText)
        : 2000 + Number(yearText) <= pivot
          ? 2000 + Number(yearText)
          : 1900 + Number(yearText);
  const withYear = (month: number, day: number) => ({ month, day, ...(year === undefined ? {} : { year }) });
  const dayFirst = first >= 1 && first <= 31 && second >= 1 && second <= 12;
  const monthFirst = first >= 1 && first <= 12 && second >= 1 && second <= 31;
  if (dayFirst && !monthFirst) return withYear(second, first);
  if (monthFirst && !dayFirst) return withYear(first, second);
  if (!dayFirst || published === undefined) return undefined;
  if (first === second) return withYear(first, second);
  const distance = (month: number, day: number) => {
    const candidate = year ?? nearestYear(month, day, published);
    return Math.abs(Date.UTC(candidate, month - 1, day) - published.getTime());
  };
  return distance(second, first) <= distance(first, second)
    ? withYear(second, first)
    : withYear(first, second);
}

function monthNumber(name: string): number | undefined {
  const lower = name.toLowerCase();
  const index = MONTHS.findIndex(
    (month) => month === lower || (lower.length >= 3 && month.startsWith(lower)),
  );
  return index === -1 ? undefined : index + 1;
}

// The year that puts a month and day closest to the publication date.
function nearestYear(month: number, day: number, published: Date): number {
  const year = published.getUTCFullYear();
  const distance = (candidate: number) => Math.abs(Date.UTC(candidate, month - 1, day) - published.getTime());
  return [year - 1, year, year + 1].reduce((best, candidate) =>
    distance(candidate) < distance(best) ? candidate : best,
  );
}

/** The date expression that starts at `at`, if one does. */
export function dateAt(source: string, at: number, limit: number): Segment | undefined {
  DATE_EXPRESSION.lastIndex = at;
  const found = DATE_EXPRESSION.exec(source);
  if (found === null || at + found[0].length > limit) return undefined;
  if (/[\p{L}\p{N}]/u.test(source[at + found[0].length] ?? "")) return undefined;
  // `April 9-11`: the first day of a span, not the day of anything.
  if (/^\s?[-–]\s?\d/.test(source.slice(at + found[0].length, at + found[0].length + 4))) return undefined;
  return { start: at, end: at + found[0].length, text: found[0] };
}

/**
 * The first date a sentence gives a day or a month of (a year alone is not a meeting's date, nor is
 * a time to come); a relative day followed at once by its calendar date (`later today [Thursday 18th
 * May]`) is that date.
 */
export function dateIn(source: string, sentence: Segment, skip?: Segment): Segment | undefined {
  // `BEIJING, Jan. 5 (Xinhua) -- … on Saturday issued`: the dateline's date is the story's, not
  // the sentence's; the sentence is read from after it.
  if (
    skip !== undefined &&
    skip.start <= sentence.start + 2 &&
    skip.end > sentence.start &&
    skip.end < sentence.end
  )
    return dateIn(source, { start: skip.end, end: sentence.end, text: source.slice(skip.end, sentence.end) });
  const starts = [sentence.start];
  for (const lead of sentence.text.matchAll(/\b(?:on|On|dated|since|in)\s+|,\s+|[[(]/g))
    starts.push(sentence.start + (lead.index ?? 0) + lead[0].length);
  for (const word of sentence.text.matchAll(RELATIVE_START)) starts.push(sentence.start + (word.index ?? 0));
  starts.sort((a, b) => a - b);
  for (const [index, at] of starts.entries()) {
    const date = dateAt(source, at, sentence.end);
    if (date === undefined || /^\d{4}$/.test(date.text) || NOT_A_MEETING_DATE.test(date.text)) continue;
    // `15/02` is a date only where a day is expected (`on 15/02`), not in `24/7 shifts` or `a 2/3 majority`.
    if (/^\d{1,2}\//.test(date.text) && !/\b(?:on|dated)\s+$/i.test(source.slice(Math.max(0, at - 8), at)))
      continue;
    if (!/\d/.test(date.text)) {
      for (const next of starts.slice(index + 1)) {
        if (next - date.end > 4) break;
        const written = dateAt(source, next, sentence.end);
        if (written !== undefined && /\d/.test(written.text) && !/^\d{4}$/.test(written.text)) return written;
      }
    }
    return date;
  }
  return undefined;
}

const RELATIVE_START = new RegExp(
  `\\b(?:${WEEKDAY_NAME}|[Tt]oday|[Yy]esterday|[Tt]onight|[Ll]ast week|[Tt]his week|[Ee]arlier this week|last (?=[A-Z][a-z]+\\b))\\b`,
  "g",
);
// Times to come, and spans too long to date a meeting by.
const NOT_A_MEETING_DATE = new RegExp(
  `^(?:(?:this|last|next)\\s+(?:year|month)|next\\s+\\p{L}+|this\\s+${WEEKDAY_NAME})\\b`,
  "iu",
);

// Not after a letter or digit either: see `execNotAfter`.
const LETTER_OR_DIGIT = /[\p{L}\d]/u;
const FULL_DATE = new RegExp(
  `(?:${MONTH_NAME}\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}|\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH_NAME},?\\s+\\d{4})(?![\\p{L}\\d])`,
  "gu",
);

/** Every date the text writes in full (`September 18, 2023`), as values, in text order. */
export function fullDatesIn(source: string): string[] {
  const values: string[] = [];
  FULL_DATE.lastIndex = 0;
  for (
    let match = execNotAfter(FULL_DATE, source, LETTER_OR_DIGIT);
    match !== null;
    match = execNotAfter(FULL_DATE, source, LETTER_OR_DIGIT)
  ) {
    const value = partialDate({ text: match[0], start: 0, end: match[0].length }, undefined).value;
    if (value !== undefined) values.push(value);
  }
  return values;
}

/**
 * A day written without its year (`18 September`), in a text with no publication date, takes the
 * year of the same day written in full elsewhere in the text (`September 18, 2023`, among
 * `fullDatesIn` the text); else it keeps no value.
 */
export function yearFromText(fullDates: readonly string[], date: PartialDate): PartialDate {
  if (date.value !== undefined || date.precision !== "day" || date.text === undefined) return date;
  // Only a month and day as written: `Monday` or `today` is no day of any year the text gives.
  if (!MONTH_AND_DAY.test(date.text)) return date;
  const dayOfYear = partialDate({ text: date.text, start: 0, end: date.text.length }, REFERENCE).value;
  if (dayOfYear === undefined) return date;
  const monthDay = dayOfYear.slice(4);
  const full = fullDates.find((value) => value.endsWith(monthDay));
  return full === undefined ? date : { ...date, value: full };
}

const MONTH_AND_DAY = new RegExp(`${MONTH_NAME}\\s+\\d|\\d(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH_NAME}`, "u");

// Any date will do to read a month and day without a year: the year is discarded.
const REFERENCE = new Date(Date.UTC(2001, 6, 1));
