import type { PartialDate, TextSpan } from "@communique/core";
import { MONTH_NAME, MONTHS } from "./lexicon/months.js";
import { type Segment, spanOf } from "./text/span.js";

const WEEKDAYS = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];

/** A date expression at the head of a stretch of text, e.g. `Tuesday (US time)`, `in October`, `March 3`. */
const DATE_EXPRESSION = new RegExp(
  [
    "(?:(?:last|next|this)\\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:\\s+\\((?:local|US|Korean|Japanese|Beijing|GMT|UTC|[A-Z]{2,5})\\s+time\\))?",
    `${MONTH_NAME}(?:\\s+\\d{1,2}(?:st|nd|rd|th)?)?(?:,?\\s+\\d{4})?`,
    `\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTH_NAME}(?:,?\\s+\\d{4})?`,
    "(?:earlier|later)\\s+(?:in\\s+the|this)\\s+(?:year|month)",
    "(?:last|this|next)\\s+(?:year|month)",
    "(?:19|20)\\d{2}-\\d{2}-\\d{2}",
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
  const weekday = WEEKDAYS.findIndex((day) => lower.includes(day));
  if (weekday !== -1) {
    if (published === undefined) return dated(base, "day");
    const back = (published.getUTCDay() - weekday + 7) % 7;
    const days = lower.startsWith("next")
      ? (weekday - published.getUTCDay() + 7) % 7 || 7
      : lower.startsWith("last")
        ? -(back || 7)
        : -back;
    const day = new Date(published.getTime() + days * 86_400_000);
    return dated(base, "day", day.toISOString().slice(0, 10));
  }
  const relative = /^(?:(earlier|later)\s+(?:in\s+the|this)|(last|this|next))\s+(year|month)$/.exec(lower);
  if (relative !== null) {
    const unit = relative[3] as "year" | "month";
    if (published === undefined) return dated(base, unit);
    const offset = relative[2] === "last" ? -1 : relative[2] === "next" ? 1 : 0;
    const year = published.getUTCFullYear();
    if (unit === "year") return dated(base, "year", String(year + offset));
    const month = new Date(Date.UTC(year, published.getUTCMonth() + offset, 1));
    return dated(base, "month", month.toISOString().slice(0, 7));
  }
  if (/^(?:19|20)\d{2}$/.test(text)) return dated(base, "year", text);
  const monthOnly = MONTHS.findIndex(
    (month) =>
      lower.replace(/\.$/, "") === month || (lower.length <= 4 && month.startsWith(lower.replace(/\.$/, ""))),
  );
  if (monthOnly !== -1) {
    if (published === undefined) return dated(base, "month");
    // The latest such month up to publication: "in October" of a December story is that October.
    const year = published.getUTCFullYear() - (monthOnly > published.getUTCMonth() ? 1 : 0);
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

// Explicit dates: `March 3`, `Dec. 21, 2016`, `5 March`, `2016-12-20`. A year the text does not
// give is taken from the publication date (the one that puts the day nearest to it), never guessed.
function calendarDate(
  base: { text: string; span: TextSpan },
  text: string,
  published: Date | undefined,
): PartialDate {
  const parts = calendarParts(text);
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

function calendarParts(text: string): { year?: number; month: number; day?: number } | undefined {
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (iso !== null) return { year: Number(iso[1]), month: Number(iso[2]), day: Number(iso[3]) };
  const monthFirst = /^(\p{L}+)\.?(?:\s+(\d{1,2})(?:st|nd|rd|th)?)?(?:,?\s+(\d{4}))?$/u.exec(text);
  const dayFirst = /^(\d{1,2})(?:st|nd|rd|th)?\s+(\p{L}+)\.?(?:,?\s+(\d{4}))?$/u.exec(text);
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
  return { start: at, end: at + found[0].length, text: found[0] };
}

/** The first date a sentence gives a day or a month of (a year alone is not a meeting's date). */
export function dateIn(source: string, sentence: Segment): Segment | undefined {
  const starts = [sentence.start];
  for (const lead of sentence.text.matchAll(/\b(?:on|On|dated|since|in)\s+|,\s+/g))
    starts.push(sentence.start + (lead.index ?? 0) + lead[0].length);
  for (const weekday of sentence.text.matchAll(
    /\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/g,
  ))
    starts.push(sentence.start + (weekday.index ?? 0));
  starts.sort((a, b) => a - b);
  for (const at of starts) {
    const date = dateAt(source, at, sentence.end);
    if (date !== undefined && !/^\d{4}$/.test(date.text) && !/^(?:this|last|next)\s/i.test(date.text))
      return date;
  }
  return undefined;
}
