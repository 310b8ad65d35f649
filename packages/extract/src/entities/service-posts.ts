// Military copy writes a post, then the service or command it is in, between commas, and the
// rank before the name: `First Sea Lord, United Kingdom Royal Navy, Adm. Ann Roe`, or after the
// name, `Maj. Gen. Ann Roe (right), commanding general, U.S. Army South, greets …`. The service
// names the country the post is held for.

import { RANKS } from "../lexicon/en/honorifics.js";
import { countryNamedIn } from "../lexicon/gazetteer.js";
import { type Segment, segment } from "../text/span.js";
import type { CountryHit } from "./countries.js";
import type { PersonHit } from "./people.js";

const RANK_WORDS = [...RANKS].sort((a, b) => b.length - a.length).join("|");
// The rank or ranks just before the name: `Adm.`, `Maj. Gen.`, `Rear Admiral`.
const RANK_BEFORE = new RegExp(`(?<![\\p{L}])(?:(?:${RANK_WORDS})\\.?[ \\t]+){1,3}$`, "u");
// `…, Post, Service, ` before the ranks: a run of capitalized words (joined by `of`, `the`, `and`)
// for the post, then the service.
const SERVICE = String.raw`(?:the[ \t]+)?\p{Lu}[\p{L}.&'’-]*(?:[ \t]+(?:(?:of|the|and|for)[ \t]+)*\p{Lu}[\p{L}.&'’-]*){0,6}`;
const POST_AND_SERVICE_BEFORE = new RegExp(
  String.raw`(?:^|[^\p{L}\p{N}.,'’-])((?:\p{Lu}[\p{L}-]*)(?:[ \t]+(?:(?:of|the|and|for)[ \t]+)*\p{Lu}[\p{L}-]*){0,5}),[ \t]+(${SERVICE}),[ \t]+$`,
  "u",
);
// `(right), commanding general, U.S. Army South,` after the name: a photo's position, the post in
// either case, then the service.
const POST_AND_SERVICE_AFTER = new RegExp(
  String.raw`^(?:[ \t]*\([\p{Ll} ]{1,20}\))?,[ \t]+(\p{L}[\p{L}-]*(?:[ \t]+(?:of|the|and|for|\p{L}[\p{L}-]*)){0,5}?),[ \t]+(${SERVICE})(?=[ \t]*,|[.;:]?(?:\s|$))`,
  "u",
);

const MULTINATIONAL =
  /\b(?:NATO|UN|United Nations|Multinational|Multi-National|Combined|Coalition|International|Allied|Joint Task Force)\b/;

// A post's last word: a head of a post in any case (`general`, `commander`, `Lord`).
const POST_HEAD =
  /(?:^|[ \t])(?:general|admiral|commander|commandant|chief|director|officer|lord|secretary|minister|head|leader|deputy|adviser|advisor|attach[eé]|sergeant|captain|colonel|chairman|chair)$/i;

/**
 * The post and country of a person military copy names with a rank and a service between commas,
 * for people who have no post with a country yet. `bodyAt` gives the name of a body the text names
 * inside a stretch, which may hold a country (`U.S. Army South`); a country named outright in the
 * service counts as well.
 */
export function servicePosts(
  source: string,
  people: readonly PersonHit[],
  countries: readonly CountryHit[],
  bodyAt: (start: number, end: number) => string | undefined,
): void {
  for (const person of people) {
    if (person.posts.some((post) => post.country !== undefined)) continue;
    for (const mention of person.mentions) {
      // Military copy puts a rank before the name; most names have none, and are read no further.
      if (!RANK_BEFORE.test(source.slice(Math.max(0, mention.start - 30), mention.start))) continue;
      const found = before(source, mention) ?? after(source, mention);
      if (found === undefined) continue;
      const [title, service] = found;
      // `NATO Mission Iraq`, `Multinational Division Afghanistan`: a command of several states,
      // named after where it serves.
      if (MULTINATIONAL.test(service.text)) continue;
      // The state the service is (`U.S. Army South`, `Norwegian Army …`) is named first.
      const body = bodyAt(service.start, service.end);
      const opening = service.start + (/^the[ \t]+/i.exec(service.text)?.[0].length ?? 0);
      const country =
        (body === undefined ? undefined : countryNamedIn(body, true)) ??
        countries.find((hit) => hit.start === opening)?.code;
      if (country === undefined) continue;
      // The post another pass read there already (`deputy commander`) takes the country.
      const read = person.posts.find((post) => post.title.start < title.end && title.start < post.title.end);
      if (read !== undefined) read.country = country;
      else if (person.posts.length === 0) person.posts.push({ title, acting: false, former: false, country });
      else continue;
      break;
    }
  }
}

function before(source: string, mention: Segment): [Segment, Segment] | undefined {
  const lead = source.slice(Math.max(0, mention.start - 160), mention.start);
  const rank = RANK_BEFORE.exec(lead);
  if (rank === null) return undefined;
  const head = lead.slice(0, rank.index);
  const found = POST_AND_SERVICE_BEFORE.exec(head);
  if (found === null || !POST_HEAD.test(found[1] as string)) return undefined;
  const offset = mention.start - lead.length;
  const serviceEnd = offset + head.length - (found[0].length - found[0].lastIndexOf(","));
  const serviceStart = serviceEnd - (found[2] as string).length;
  const titleStart = offset + found.index + found[0].indexOf(found[1] as string);
  return [
    segment(source, titleStart, titleStart + (found[1] as string).length),
    segment(source, serviceStart, serviceEnd),
  ];
}

function after(source: string, mention: Segment): [Segment, Segment] | undefined {
  const found = POST_AND_SERVICE_AFTER.exec(source.slice(mention.end, mention.end + 160));
  if (found === null || !POST_HEAD.test(found[1] as string)) return undefined;
  const titleStart = mention.end + found[0].indexOf(found[1] as string, found[0].indexOf(","));
  const titleEnd = titleStart + (found[1] as string).length;
  const serviceStart = mention.end + found[0].length - (found[2] as string).length;
  return [
    segment(source, titleStart, titleEnd),
    segment(source, serviceStart, serviceStart + (found[2] as string).length),
  ];
}
