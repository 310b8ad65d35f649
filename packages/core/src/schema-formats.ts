// The two string formats the models' schemas use, checked as ajv-formats' "full" mode checks them
// (so a document gets the same verdict from our validators and from ajv with ajv-formats), written
// here so that the generated validators import them from core instead of reaching into a file of
// ajv-formats, which has no exports map and whose module brings every other format along.

const DATE_TIME =
  /^(\d{4})-(\d\d)-(\d\d)[Tt\s](\d\d):(\d\d):(\d\d)(?:\.\d+)?(?:([Zz])|([+-])(\d\d)(?::?(\d\d))?)$/;
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * An RFC 3339 date-time with an offset, `2016-12-21T09:30:00+03:00`: a real calendar day, hours to
 * 23, minutes to 59, and a leap second (`:60`) only where it falls at 23:59 UTC.
 */
function isDateTime(value: string): boolean {
  const match = DATE_TIME.exec(value);
  if (match === null) return false;
  const [year, month, day, hour, minute, second] = match.slice(1, 7).map(Number) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const days = month === 2 && leap ? 29 : DAYS_IN_MONTH[month - 1];
  if (days === undefined || day < 1 || day > days) return false;
  const sign = match[8] === "-" ? -1 : 1;
  const offsetHours = Number(match[9] ?? 0);
  const offsetMinutes = Number(match[10] ?? 0);
  if (offsetHours > 23 || offsetMinutes > 59 || hour > 23 || minute > 59) return false;
  if (second < 60) return true;
  if (second > 60) return false;
  const utcMinute = minute - sign * offsetMinutes;
  const utcHour = hour - sign * offsetHours - (utcMinute < 0 ? 1 : 0);
  return (utcHour === 23 || utcHour === -1) && (utcMinute === 59 || utcMinute === -1);
}

// RFC 3986, appendix A, with the names of its grammar (case-insensitive).
const pct = "%[0-9a-f]{2}";
const pchar = `(?:[a-z0-9\\-._~!$&'()*+,;=:@]|${pct})`;
const decOctet = "(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)";
const ipv4 = `${decOctet}(?:\\.${decOctet}){3}`;
const h16 = "[0-9a-f]{1,4}";
const ls32 = `(?:${h16}:${h16}|${ipv4})`;
const ipv6 = [
  `(?:${h16}:){6}${ls32}`,
  `::(?:${h16}:){5}${ls32}`,
  `(?:${h16})?::(?:${h16}:){4}${ls32}`,
  `(?:(?:${h16}:){0,1}${h16})?::(?:${h16}:){3}${ls32}`,
  `(?:(?:${h16}:){0,2}${h16})?::(?:${h16}:){2}${ls32}`,
  `(?:(?:${h16}:){0,3}${h16})?::${h16}:${ls32}`,
  `(?:(?:${h16}:){0,4}${h16})?::${ls32}`,
  `(?:(?:${h16}:){0,5}${h16})?::${h16}`,
  `(?:(?:${h16}:){0,6}${h16})?::`,
].join("|");
const ipLiteral = `\\[(?:${ipv6}|v[0-9a-f]+\\.[a-z0-9\\-._~!$&'()*+,;=:]+)\\]`;
const regName = `(?:[a-z0-9\\-._~!$&'()*+,;=]|${pct})*`;
const userinfo = `(?:[a-z0-9\\-._~!$&'()*+,;=:]|${pct})*`;
const authority = `(?:${userinfo}@)?(?:${ipLiteral}|${ipv4}|${regName})(?::\\d*)?`;
const hierPart = [
  `\\/\\/${authority}(?:\\/${pchar}*)*`,
  `\\/(?:${pchar}+(?:\\/${pchar}*)*)?`,
  `${pchar}+(?:\\/${pchar}*)*`,
  "",
].join("|");
const URI = new RegExp(
  `^[a-z][a-z0-9+\\-.]*:(?:${hierPart})(?:\\?(?:${pchar}|[/?])*)?(?:#(?:${pchar}|[/?])*)?$`,
  "i",
);

// The common forms, in a few characters of the grammar above: a host and a path (`https://…/…`), or
// one path without slashes (`urn:…`). What this accepts the full expression accepts; it is tried
// first because the full one takes V8 some 50 ms to compile, which a command on one file would pay.
const PLAIN_URI =
  /^[a-z][a-z0-9+\-.]*:(?:\/\/[a-z0-9\-.]+(?:\/[a-z0-9\-._~!$&'()*+,;=:@]*)*|[a-z0-9\-._~!$&'()*+,;=:@]+)$/i;

/** An absolute URI (RFC 3986): a scheme, then what the scheme's syntax allows, `https://…`, `urn:…`. */
function isUri(value: string): boolean {
  return PLAIN_URI.test(value) || URI.test(value);
}

/**
 * The formats the generated validators check, by the name the schemas give them. Internal to the
 * models: each generated validator imports it.
 */
export const schemaFormats = { "date-time": isDateTime, uri: isUri } as const;
