/** Thrown for a publication date that is neither a calendar date nor a date-time with an offset. */
export class PublishedDateError extends RangeError {
  override name = "PublishedDateError";
}

/**
 * The publication date relative dates are resolved against: a calendar date (`YYYY-MM-DD`, a real
 * day), or a date-time with an offset, which is also kept as written for the article's `published`.
 * `day` is the calendar day as `YYYY-MM-DD` (a date-time's in UTC).
 */
export function parsePublished(
  published: string | undefined,
): { date: Date; day: string; dateTime?: string } | undefined {
  if (published === undefined) return undefined;
  const dateOnly = /^(\d{4})-(\d{2})-(\d{2})$/.exec(published);
  if (dateOnly !== null) {
    const [year, month, day] = [Number(dateOnly[1]), Number(dateOnly[2]) - 1, Number(dateOnly[3])];
    const date = new Date(Date.UTC(year, month, day));
    // A real day: `2023-02-30` would roll over to March (and a year below 100 is read as 19xx).
    if (date.getUTCFullYear() === year && date.getUTCMonth() === month && date.getUTCDate() === day)
      return { date, day: published };
  } else if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})$/.test(published)) {
    const date = new Date(published);
    if (!Number.isNaN(date.getTime())) {
      const day = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
      return { date: day, day: day.toISOString().slice(0, 10), dateTime: published };
    }
  }
  throw new PublishedDateError(
    `published must be a date (YYYY-MM-DD) or a date-time with an offset, not "${published}"`,
  );
}

/** Throws `PublishedDateError` unless `value` is a publication date `extract` accepts. */
export function checkPublished(value: string): void {
  parsePublished(value);
}
