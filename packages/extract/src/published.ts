/** Thrown for a publication date that is neither a calendar date nor a date-time with an offset. */
export class PublishedDateError extends RangeError {
  override name = "PublishedDateError";
}

/**
 * The publication date relative dates are resolved against: a calendar date (`YYYY-MM-DD`, a real
 * day), or a date-time with an offset, which is also kept as written for the article's `published`.
 */
export function parsePublished(published: string | undefined): { date: Date; dateTime?: string } | undefined {
  if (published === undefined) return undefined;
  const dateOnly = /^(\d{4})-(\d{2})-(\d{2})$/.exec(published);
  if (dateOnly !== null) {
    const date = new Date(Date.UTC(Number(dateOnly[1]), Number(dateOnly[2]) - 1, Number(dateOnly[3])));
    if (date.toISOString().slice(0, 10) === published) return { date };
  } else if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})$/.test(published)) {
    const date = new Date(published);
    if (!Number.isNaN(date.getTime()))
      return {
        date: new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate())),
        dateTime: published,
      };
  }
  throw new PublishedDateError(
    `published must be a date (YYYY-MM-DD) or a date-time with an offset, not "${published}"`,
  );
}

/** Throws `PublishedDateError` unless `value` is a publication date `extract` accepts. */
export function checkPublished(value: string): void {
  parsePublished(value);
}
