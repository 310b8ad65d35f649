import type { TextSpan } from "./text.js";

/**
 * How much of a date is known: a year, a month, a day, or a full date-time with an offset.
 */
export type DatePrecision = "year" | "month" | "day" | "datetime";

/**
 * A normalized date: `YYYY`, `YYYY-MM`, `YYYY-MM-DD`, or a date-time with an offset
 * (`YYYY-MM-DDThh:mm[:ss[.fff]](Z|±hh:mm)`).
 * @pattern ^[0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01])(T([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9](\.[0-9]+)?)?(Z|[+-]([01][0-9]|2[0-3]):[0-5][0-9]))?)?)?$
 */
export type DateValue = string;

/**
 * A date as the text gives it, beside its normalized value when the text (or the publication date)
 * fixes one. `"Tuesday (US time)"` in an undated article stays text with precision `day` and no
 * value; resolved against a publication date it becomes `2016-12-20`.
 *
 * Akoma Ntoso: `date@date` with its text content · schema.org: `Date`/`DateTime` · Popolo: dates of
 * reduced precision · PLOVER: `date` (YYYY-MM-DD).
 */
export interface PartialDate {
  /** The date as written, e.g. `"Tuesday (US time)"`, `"in October"`. */
  text?: string;
  /** Where `text` stands in the source text. */
  span?: TextSpan;
  /** The normalized date, present only when it is known; its length matches `precision`. */
  value?: DateValue;
  /** How precise the date is: what `value` holds, or, without a value, what the text names. */
  precision: DatePrecision;
}
