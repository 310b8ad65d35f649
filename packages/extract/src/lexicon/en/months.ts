/** The months' English names, in order. */
export const MONTHS = [
  "january",
  "february",
  "march",
  "april",
  "may",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december",
] as const;

/**
 * A month as news copy writes it, full or abbreviated (`October`, `Oct.`, `Sept`): a regular
 * expression source. An abbreviation may take a dot; a full name's dot is a full stop, left out.
 */
export const MONTH_NAME =
  "(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)(?:(?<=Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\\.)?";

/** The days of the week's English names, in order from Sunday (as `Date.getUTCDay` counts). */
export const WEEKDAYS = [
  "sunday",
  "monday",
  "tuesday",
  "wednesday",
  "thursday",
  "friday",
  "saturday",
] as const;

/** A weekday as written, capitalized: a regular expression source. */
export const WEEKDAY_NAME = `(?:${WEEKDAYS.map((day) => day[0]?.toUpperCase() + day.slice(1)).join("|")})`;
