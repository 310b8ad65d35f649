// The article's parts, built from what the passes over the text found.
import type {
  CountryRef,
  Organization,
  PartialDate,
  PersonWithPosts,
  Place,
  Post,
  Quote,
} from "@communique/core";
import type { NewsArticle } from "@communique/news-article";
import type { CityHit, CountryHit, PlaceHit } from "./entities/countries.js";
import { type DatelineHit, titleCase } from "./entities/dateline.js";
import type { PersonHit } from "./entities/people.js";
import { slug, uniqueId } from "./ids.js";
import { cityCountry, countryInfo } from "./lexicon/gazetteer.js";
import { kindFromName } from "./lexicon/organizations.js";
import type { AttributedTo, QuoteHit } from "./quotes.js";
import { isOrganizationCredit, withoutCompanySuffix } from "./text/credit.js";
import { CREDIT_LABEL, type Line } from "./text/layout.js";
import { mentionOf, type Segment, segment, spanOf } from "./text/span.js";

export function providerOf(source: string, creditLine: Line | undefined): Segment | undefined {
  if (creditLine === undefined) return undefined;
  const label = CREDIT_LABEL.exec(creditLine.text);
  const start = creditLine.start + (label?.[0].length ?? 0);
  // `©2026 Bloomberg L.P.`, `… The Associated Press. All rights reserved.`: the name alone.
  const name = withoutCompanySuffix(
    creditLine.text.slice(label?.[0].length ?? 0).replace(/^[-–—(]\s*|\s*[)–—-]$/g, ""),
  );
  const at = source.indexOf(name, start);
  return name.length === 0 || at === -1 ? undefined : segment(source, at, at + name.length);
}

export function creditOf(
  creditLine: Line | undefined,
  endMarker: Line | undefined,
  provider: Segment | undefined,
  dateline: DatelineHit | undefined,
  organizations: readonly Organization[],
  signed?: Segment,
): NewsArticle["credit"] {
  const named = provider ?? dateline?.agency;
  const line = creditLine ?? endMarker;
  // No credit line and no agency in the dateline: the organization the byline credits.
  if (line === undefined && named === undefined && signed !== undefined)
    return {
      text: signed.text,
      span: spanOf(signed),
      provider: {
        name: signed.text,
        // An office that speaks for a government (`… Public Affairs`) is one; a news service is news.
        kind:
          kindFromName(signed.text) ??
          (/\b(?:Public Affairs|Press Office|Information Service)\b/.test(signed.text)
            ? "government"
            : "news-agency"),
      },
    };
  if (line === undefined || named === undefined) return undefined;
  const organization = organizations.find((org) => org.name === named.text);
  const providerOrg: Organization =
    creditLine !== undefined && organization !== undefined
      ? organization
      : { name: named.text, kind: "news-agency" };
  return { text: line.text, span: spanOf(line), provider: providerOrg };
}

export function datelineOf(
  hit: DatelineHit,
  date: (written: Segment) => PartialDate,
): NonNullable<NewsArticle["dateline"]> {
  return {
    text: hit.text.text,
    span: spanOf(hit.text),
    place: {
      name: hit.placeName,
      kind: "city",
      ...(hit.country === undefined ? {} : { country: hit.country }),
    },
    ...(hit.date === undefined ? {} : { date: date(hit.date) }),
  };
}

export function personOf(hit: PersonHit): PersonWithPosts {
  const posts: Post[] = hit.posts.map((post) => ({
    title: post.title.text,
    span: spanOf(post.title),
    ...(post.label === undefined ? {} : { label: post.label }),
    ...(post.country === undefined ? {} : { country: post.country }),
    ...(post.acting ? { acting: true } : {}),
    ...(post.former ? { former: true } : {}),
  }));
  return {
    id: hit.id,
    name: hit.name,
    mentions: hit.mentions.map(mentionOf),
    ...(posts.length === 0 ? {} : { posts }),
  };
}

export function placeOf(source: string, hit: PlaceHit, withMentions: boolean): Place {
  // Built by assignment, as the rest of the output is (see objects.ts).
  const place: Place =
    "venue" in hit
      ? { name: hit.text, kind: "venue" }
      : { name: titleCase(hit.text), kind: "city", country: hit.code };
  if ("venue" in hit && hit.code !== undefined) place.country = hit.code;
  if (withMentions) place.mentions = [mentionOf(segment(source, hit.start, hit.end))];
  return place;
}

export function placesOf(cities: readonly CityHit[], features: readonly Segment[]): Place[] {
  const byName = new Map<string, { place: Place; first: number }>();
  for (const city of cities) {
    const name = titleCase(city.text);
    const known = byName.get(name);
    if (known === undefined)
      byName.set(name, {
        first: city.start,
        place: {
          id: "",
          name,
          kind: "city",
          country: cityCountry(name) ?? city.code,
          mentions: [mentionOf(city)],
        },
      });
    else known.place.mentions?.push(mentionOf(city));
  }
  for (const feature of features) {
    const known = byName.get(feature.text);
    if (known === undefined)
      byName.set(feature.text, {
        first: feature.start,
        place: { id: "", name: feature.text, kind: "geographic-feature", mentions: [mentionOf(feature)] },
      });
    else known.place.mentions?.push(mentionOf(feature));
  }
  const taken = new Set<string>();
  return [...byName.values()]
    .sort((a, b) => a.first - b.first)
    .map((entry) => ({ ...entry.place, id: uniqueId(slug(entry.place.name), taken) }));
}

export function countryRefsOf(countries: readonly CountryHit[]): CountryRef[] {
  const refs = new Map<string, CountryRef>();
  for (const hit of countries) {
    let ref = refs.get(hit.code);
    if (ref === undefined) {
      const info = countryInfo(hit.code);
      // One literal for each form: a spread in the literal may give each its own hidden class.
      ref =
        info === undefined
          ? { code: hit.code, name: hit.code, mentions: [] }
          : { code: hit.code, alpha3: info.alpha3, name: info.name, mentions: [] };
      refs.set(hit.code, ref);
    }
    ref.mentions?.push({ text: hit.text, span: spanOf(hit), form: hit.form });
  }
  return [...refs.values()];
}

/** A quotation as the article gives it: its words, where they stand, and who it is attributed to. */
export function quoteOf(hit: QuoteHit, attributed: AttributedTo): Quote {
  const attribution: Quote["attribution"] =
    attributed.kind === "unknown" ? { kind: "unknown" } : { kind: attributed.kind, ref: attributed.ref };
  if (hit.cue !== undefined) attribution.cue = mentionOf(hit.cue);
  return { text: hit.text.text, span: spanOf(hit.text), attribution };
}

const AUTHOR_POST =
  /^(?:staff|senior|chief|special|foreign|diplomatic|political|defen[cs]e|our|the)\b|\b(?:writer|writers|correspondent|correspondents|reporter|reporters|editor|editors|staff|desk|bureau)$/i;

/** The byline as written, with the authors it names (and their post, when it gives one). */
export function bylineOf(source: string, line: Segment): NonNullable<NewsArticle["byline"]> {
  const names: Segment[] = [];
  let post: Segment | undefined;
  // `April 2, 2024 | By Jane Roe, Fleet News`: the authors start after `By`.
  const by = BY.exec(line.text);
  const from = line.start + (by === null ? 0 : by.index + by[0].length);
  for (const part of source.slice(from, line.end).split(/\s*(?:,|\band\b|&)\s*/)) {
    if (part.length === 0) continue;
    const at = source.indexOf(part, names[names.length - 1]?.end ?? from);
    const piece = segment(source, at, at + part.length);
    // A news service or an office signing the story is its credit, not an author.
    if (isOrganizationCredit(part)) continue;
    if (post === undefined && names.length > 0 && AUTHOR_POST.test(part)) post = piece;
    else if (post === undefined && /^\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}$/u.test(part))
      names.push(piece);
  }
  const taken = new Set<string>();
  const authors: PersonWithPosts[] = names.map((name) => ({
    id: uniqueId(slug(name.text), taken),
    name: name.text,
    mentions: [mentionOf(name)],
    ...(post === undefined ? {} : { posts: [{ title: post.text, span: spanOf(post) }] }),
  }));
  return { text: line.text, span: spanOf(line), ...(authors.length === 0 ? {} : { authors }) };
}

const BY = /(?:^|\|[ \t]*)By\s+/;

/**
 * The organization a byline credits: the office that signs the story (`By Fleet Public Affairs`)
 * or the news service after the author's name (`By Jane Roe, Fleet News`).
 */
export function bylineCreditOf(source: string, line: Segment): Segment | undefined {
  const by = BY.exec(line.text);
  if (by === null) return undefined;
  const from = line.start + by.index + by[0].length;
  const authors = source.slice(from, line.end);
  if (isOrganizationCredit(authors)) return segment(source, from, line.end);
  const tail = authors.slice(authors.lastIndexOf(",") + 1).trim();
  if (!authors.includes(",") || !isOrganizationCredit(tail)) return undefined;
  const at = source.lastIndexOf(tail, line.end);
  return segment(source, at, at + tail.length);
}
