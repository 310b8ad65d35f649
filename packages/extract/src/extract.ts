import { type PartialDate, type PersonWithPosts, type Place, type Quote, textSha256 } from "@communique/core";
import type { JointStatement } from "@communique/joint-statement";
import type { NewsArticle } from "@communique/news-article";
import {
  bylineCreditOf,
  bylineOf,
  countryRefsOf,
  creditOf,
  datelineOf,
  personOf,
  placeOf,
  placesOf,
  providerOf,
  quoteOf,
} from "./article-parts.js";
import { dateAt, dateIn, fullDatesIn, partialDate, yearFromText } from "./dates.js";
import { bracketedCountries } from "./entities/bracketed-countries.js";
import { type CountryHit, findCountries, type PlaceHit } from "./entities/countries.js";
import { type DatelineHit, findDateline, findLineDateline } from "./entities/dateline.js";
import { articleYear, officeholderCountries, sittingOfficeholderCountry } from "./entities/officeholders.js";
import {
  findOrganizations,
  isEventOrDocument,
  type OrganizationHit,
  organizationOf,
} from "./entities/organizations.js";
import { findPeople } from "./entities/people.js";
import { findFeatures } from "./entities/places.js";
import {
  appositivePosts,
  completePostCountries,
  counterpartCountries,
  homeOfficials,
  mentionIndex,
  officesByParty,
  sideLists,
  statementSides,
} from "./entities/post-countries.js";
import { servicePosts } from "./entities/service-posts.js";
import { visitorsCountries } from "./entities/visitors.js";
import { checked } from "./guard.js";
import { checkLanguage } from "./language.js";
import { lookUpCountry } from "./lexicon/gazetteer.js";
import { NEWS_AGENCIES, wireServiceOf } from "./lexicon/organizations.js";
import { parsePublished } from "./published.js";
import { attributionOf, findQuotes, peopleByWord, type QuoteHit } from "./quotes.js";
import { refreshParticipants } from "./statement/build.js";
import { findKinds } from "./statement/kinds.js";
import { reportedStatements } from "./statement/reported.js";
import { subjectsOf } from "./subjects.js";
import { isDateOrPlace, isProse } from "./text/headline.js";
import { type Line, layout } from "./text/layout.js";
import { firstDefined, lastIndexStartingBy } from "./text/lookup.js";
import { paragraphs } from "./text/paragraphs.js";
import { sentenceAround, sentences } from "./text/sentences.js";
import { type Segment, segment, spanOf, within } from "./text/span.js";
import { indexTokens, splitCompounds, type Token, tokenize } from "./text/tokens.js";
import { type ExtractWarning, warning } from "./warnings.js";

/** How to read the text. */
export interface ExtractOptions {
  /**
   * When the article was published: `YYYY-MM-DD`, or a date-time with an offset (which also becomes
   * the article's `published`). Relative dates (`Tuesday`, `in October`) are resolved against it;
   * without it they keep their words and precision and get no calendar value.
   */
  published?: string;
  /** The text's language as a BCP 47 tag (default `en`). */
  language?: string;
  /** What the text is called in `provenance.source`, e.g. its file name (default `text`). */
  source?: string;
}

/** What `extract` found. */
export interface ExtractResult {
  article: NewsArticle;
  /** The joint statements the article reports; empty when it reports none. */
  statements: JointStatement[];
  /** What was not understood or had to be left out, with where it stands. */
  warnings: ExtractWarning[];
}

/** Thrown for a text with nothing in it to extract: no characters but white space. */
export class NothingToExtractError extends Error {
  override name = "NothingToExtractError";
}

const AGENCIES = new Set(NEWS_AGENCIES);
/** The longest text whose joint statements are sought, in characters: ten times a long article. */
export const MAX_STATEMENT_TEXT = 200_000;
/** The key under which page furniture and end markers are kept in `extensions`. */
export const FURNITURE_KEY = "dev.communique:furniture";

/**
 * Reads a news article's text into a NewsArticle and the JointStatements it reports, every value
 * traced to the characters it came from (`text.slice(span.start, span.end)` is the value).
 */
export function extract(text: string, options: ExtractOptions = {}): ExtractResult {
  if (options.language !== undefined) checkLanguage(options.language);
  if (text.trim().length === 0) throw new NothingToExtractError("the text is empty or only white space");
  const published = parsePublished(options.published);
  const warnings: ExtractWarning[] = [];
  const sha256 = textSha256(text);
  const articleId = `urn:communique:news-article:${sha256.slice(0, 16)}`;
  const provenance = {
    source: options.source ?? "text",
    sha256,
    method: "extracted" as const,
    tool: "@communique/extract",
  };

  // A first line that opens with a wire dateline is the story's start, not its headline.
  const lines = layout(text, AGENCIES, (line) => findDateline(text, line)?.form === "wire");
  let body = paragraphs(text, lines);
  let headlineLine: Segment | undefined = lines.find((line) => line.role === "headline");
  if (body.length === 0) {
    // One line of story: it is both the headline and the body.
    const only = (headlineLine ?? lines.find((line) => line.role !== "furniture") ?? lines[0]) as Line;
    body = [segment(text, only.start, only.end)];
    warnings.push(
      warning("single-line", "the text has one line of story; it stands as both headline and body", only),
    );
  }
  const first = body[0] as Segment;
  if (headlineLine === undefined) {
    headlineLine = sentences(text, first)[0] ?? first;
    warnings.push(
      warning("no-headline", "no headline line: the first sentence stands in for it", headlineLine),
    );
  }
  const headline = headlineLine;
  const creditLine = lines.find((line) => line.role === "credit");
  const bylineLine = lines.find((line) => line.role === "byline");
  const endMarker = lines.find((line) => line.role === "end-marker");
  const dateline = datelineOfStory(text, lines, body);

  // The stretches entities are sought in, in order: a headline that is a sentence of the body counts once.
  const story: Segment[] = [
    ...(body.some((part) => within(headline, part)) ? [] : [headline]),
    ...body,
    ...(creditLine === undefined || body.some((part) => within(creditLine, part)) ? [] : [creditLine]),
  ];
  const provider = providerOf(text, creditLine);
  const agencies = [provider, dateline?.agency].filter((part): part is Segment => part !== undefined);
  const words: Token[] = [];
  for (const part of story) tokenize(text, part.start, part.end, words);
  // `Japan-India`, `GCC-UK`: names joined by hyphens are read one by one.
  const tokens = splitCompounds(text, words, (word) => lookUpCountry(word) !== undefined);
  const tokenIndex = indexTokens(tokens);
  const organizationHits = findOrganizations(text, story, agencies, tokens, tokenIndex);
  const orgSpans: Segment[] = [];
  // `Government of Japan`, `Brazilian Army`: the country in a state's body's name is named too.
  const unlikeCountries: Segment[] = [];
  for (const hit of organizationHits)
    for (const mention of hit.mentions) {
      orgSpans.push(mention);
      if (hit.namesState !== true) unlikeCountries.push(mention);
    }
  const features = findFeatures(text, story);
  const kinds = findKinds(text, story, published?.date.getUTCFullYear());
  const titles = kinds.filter((kind) => kind.title !== undefined);
  const { countries: named, cities } = findCountries(
    text,
    tokens,
    [...unlikeCountries, ...features, ...titles],
    new Set(dateline === undefined ? [] : [dateline.place.start]),
  );
  if (
    dateline !== undefined &&
    !cities.some((city) => city.start === dateline.place.start) &&
    dateline.country !== undefined
  )
    cities.push({
      start: dateline.place.start,
      end: dateline.place.end,
      text: dateline.place.text,
      code: dateline.country,
    });
  cities.sort((a, b) => a.start - b.start);
  const peopleHits = findPeople(text, tokens, tokenIndex, named, orgSpans);
  // `Defense Minister Israel Katz`: a country's name that is a person's given name names no country
  // (named alone, `Chad` is the country's still).
  // The same array when none is left out, which the passes that remember their reading by it share
  // with the people pass.
  const inNames = new Set<CountryHit>();
  // The namings that start inside the name, found from its end (they are in text order).
  for (const person of peopleHits)
    for (const name of person.mentions)
      for (let at = lastIndexStartingBy(named, name.end - 1); at >= 0; at--) {
        const hit = named[at] as CountryHit;
        if (hit.start < name.start) break;
        if (hit.end <= name.end && name.end - name.start > hit.end - hit.start) inNames.add(hit);
      }
  const countries = inNames.size === 0 ? named : named.filter((hit) => !inNames.has(hit));
  servicePosts(
    text,
    peopleHits,
    countries,
    (start, end) =>
      organizationHits.find((hit) => hit.mentions.some((named) => named.start >= start && named.end <= end))
        ?.name,
  );
  appositivePosts(text, peopleHits, countries);
  const nameEnds = new Set<number>();
  for (const named of countries) nameEnds.add(named.end);
  const bodyEnds = new Map<number, string>();
  const unions = new Set<string>();
  for (const hit of organizationHits) {
    for (const mention of hit.mentions) {
      nameEnds.add(mention.end);
      bodyEnds.set(mention.end, hit.name);
    }
    if (hit.known?.code !== undefined) unions.add(hit.known.code);
  }
  completePostCountries(text, peopleHits, countries, {
    unions,
    endsName: (end) => nameEnds.has(end),
    bodyEndingAt: (end) => bodyEnds.get(end),
  });
  sideLists(text, peopleHits, countries);
  counterpartCountries(text, peopleHits, countries);
  bracketedCountries(text, peopleHits, countries);
  // The dates written in full, read once and only when needed, for days written without their year.
  let fullDates: string[] | undefined;
  const writtenInFull = (): string[] => {
    fullDates ??= fullDatesIn(text);
    return fullDates;
  };
  // The day the story was filed: its dateline's (`SEOUL, March 3 (Yonhap) --`) when that is a day in
  // the week up to publication, which its `on Monday` counts from; else the publication's.
  const filed = published === undefined ? undefined : filedOn(dateline?.date, published.date);
  const date = (written: Segment): PartialDate =>
    filed === undefined
      ? yearFromText(writtenInFull(), partialDate(written, undefined))
      : partialDate(written, filed);
  // Leaders the text names bare are known before the statements are read, so they count as parties
  // and take part for their side (`President Joe Biden` under an AP dateline makes the United States
  // one); the year is the publication's or the dateline's (the statements' own, later, when neither
  // gives one).
  const datelineDate = () => (dateline?.date === undefined ? undefined : date(dateline.date));
  const knownYear = articleYear(published?.date, [], datelineDate);
  if (knownYear !== undefined)
    officeholderCountries(peopleHits, knownYear, (post) => ({
      title: post.title.text,
      label: post.label,
      former: post.former,
    }));
  // A leader named bare (`talks between Xi Jinping and …`) takes part for the country whose office
  // they held in the article's year, when that country is a party.
  for (const hit of peopleHits)
    if (hit.posts.length === 0 && hit.country === undefined) {
      const country = sittingOfficeholderCountry(hit.name, knownYear);
      if (country !== undefined) hit.country = country;
    }
  const people = peopleHits.map(personOf);
  // Meetings and treaties are found with the organizations (a meeting's forum is read from them)
  // but are not the article's organizations.
  const bodies = organizationHits.filter((hit) => !isEventOrDocument(hit));
  const organizations = bodies.map(organizationOf);

  const quoteHits: QuoteHit[] = [];
  const speakers = peopleByWord(peopleHits.map((person) => person.name));
  for (const paragraph of body) {
    const found = findQuotes(text, paragraph, speakers);
    quoteHits.push(...found.quotes);
    for (const open of found.unclosed)
      warnings.push(
        warning(
          "unclosed-quote",
          "a quotation mark opens and does not close in its paragraph; the passage is kept in the body only",
          segment(text, open.at, open.at + 1),
        ),
      );
  }

  const place = (hit: PlaceHit, withMentions: boolean): Place => placeOf(text, hit, withMentions);
  // Statements are sought in article-sized texts; past that their analysis would take too long.
  const statementResult =
    text.length > MAX_STATEMENT_TEXT
      ? {
          statements: [],
          parts: [],
          quoteStatement: new Map<QuoteHit, string>(),
          warnings: [
            warning(
              "too-long-for-statements",
              `the text is ${text.length} characters long, more than ${MAX_STATEMENT_TEXT}: the statements it reports were not sought`,
            ),
          ],
        }
      : reportedStatements({
          source: text,
          articleId,
          sha256,
          provenance,
          story,
          body,
          headline,
          tokens,
          countries,
          cities,
          peopleHits,
          people,
          kinds,
          organizationHits,
          quoteHits,
          dateline,
          pageDate: pageDateOf(text, lines, body),
          publishedDay: published?.day,
          date,
          place,
          forum: (hit: OrganizationHit) => organizationOf(hit),
        });
  officesByParty(people, statementResult.statements);
  visitorsCountries(
    text,
    people,
    statementSides(statementResult.statements),
    [...countries, ...cities].sort((a, b) => a.start - b.start),
  );
  const personMentions = mentionIndex(peopleHits);
  const quotes: Quote[] = quoteHits.map((hit) =>
    quoteOf(
      hit,
      attributionOf(hit, peopleHits, personMentions, bodies, statementResult.quoteStatement.get(hit)),
    ),
  );

  const signed = bylineLine === undefined ? undefined : bylineCreditOf(text, bylineLine);
  const credit = creditOf(creditLine, endMarker, provider, dateline, organizations, signed);
  // An agency's own officials, told from its home and the statements' parties, take part for their
  // side: the statements' participants are named again when there are any.
  const placedBefore = placedPosts(people);
  const home = homeOf(
    dateline?.country,
    credit?.provider.name,
    credit?.provider.acronym,
    dateline?.agency?.text,
  );
  homeOfficials(
    people,
    statementResult.statements,
    home?.code,
    // An agency that files from everywhere writes a bare official placed in another country
    // (`Interior Minister Ana Ruiz, speaking in Paris,`) who may well be that country's.
    (person) =>
      home?.international === true &&
      (person.mentions ?? []).some((mention) => {
        const sentence = sentenceAround(text, body, mention.span.start);
        return (
          sentence !== undefined &&
          cities.some(
            (city) => city.code !== home.code && city.start >= sentence.start && city.end <= sentence.end,
          )
        );
      }),
    // A national agency writes its own officials bare from home, not from abroad (`WASHINGTON (Yonhap)`).
    home?.international === false && dateline?.country === home.code,
  );
  if (placedPosts(people) > placedBefore)
    statementResult.statements.forEach((statement, index) => {
      const parts = statementResult.parts[index];
      if (parts !== undefined) refreshParticipants(statement, parts);
    });
  // Last: leaders written bare (`President Biden`), whose country the reader knows, in the article's year.
  if (knownYear === undefined)
    officeholderCountries(
      people,
      articleYear(undefined, statementResult.statements, datelineDate),
      (post) => post,
    );
  const subjects = subjectsOf(tokens);
  const places = placesOf(cities, features);
  const countryRefs = countryRefsOf(countries);
  const furniture = lines.filter(
    (line) => line.role === "furniture" || (line.role === "end-marker" && credit?.span?.start !== line.start),
  );
  const article: NewsArticle = {
    $schema: "https://communique.dev/schemas/news-article/v1.json",
    type: "NewsArticle",
    id: articleId,
    headline: headline.text,
    headlineSpan: spanOf(headline),
    ...(dateline === undefined ? {} : { dateline: datelineOf(dateline, date) }),
    ...(published?.dateTime === undefined ? {} : { published: published.dateTime }),
    language: options.language ?? "en",
    ...(bylineLine === undefined ? {} : { byline: bylineOf(text, bylineLine) }),
    ...(credit === undefined ? {} : { credit }),
    body: { paragraphs: body.map((part) => ({ text: part.text, span: spanOf(part) })) },
    ...(subjects.length === 0 ? {} : { subjects }),
    ...(people.length === 0 ? {} : { people }),
    ...(organizations.length === 0 ? {} : { organizations }),
    ...(places.length === 0 ? {} : { places }),
    ...(countryRefs.length === 0 ? {} : { countries: countryRefs }),
    ...(quotes.length === 0 ? {} : { quotes }),
    ...(statementResult.statements.length === 0
      ? {}
      : { reports: statementResult.statements.map((statement) => statement.id) }),
    provenance,
    ...(furniture.length === 0
      ? {}
      : {
          extensions: {
            [FURNITURE_KEY]: furniture.map((line) => ({
              kind: line.furniture ?? "end-marker",
              text: line.text,
              span: spanOf(line),
            })),
          },
        }),
  };
  warnings.push(...statementResult.warnings);
  return checked(article, statementResult.statements, warnings, body);
}

const WEEK_MS = 7 * 24 * 60 * 60 * 1000;

/** The dateline's day when it is one of the seven before publication (or its day), else publication's. */
function filedOn(written: Segment | undefined, published: Date): Date {
  if (written === undefined) return published;
  const read = partialDate(written, published);
  if (read.precision !== "day" || read.value === undefined) return published;
  const day = new Date(`${read.value}T00:00:00Z`);
  const publishedDay = Date.UTC(published.getUTCFullYear(), published.getUTCMonth(), published.getUTCDate());
  const before = publishedDay - day.getTime();
  return before > 0 && before <= WEEK_MS ? day : published;
}

/** How many of the people's posts say whose they are. */
function placedPosts(people: readonly PersonWithPosts[]): number {
  let placed = 0;
  for (const person of people)
    for (const post of person.posts ?? []) if (post.country !== undefined) placed++;
  return placed;
}

/**
 * The country of a national or state news agency, or of an international one filing from home,
 * whose story writes that government's officials bare.
 */
function homeOf(
  datelineCountry: string | undefined,
  ...credited: (string | undefined)[]
): { code: string; international: boolean } | undefined {
  return firstDefined(credited, (name) => {
    const service = name === undefined ? undefined : wireServiceOf(name);
    if (service === undefined) return undefined;
    // An agency that files from everywhere writes bare only its own country's officials, and only
    // from home (`WASHINGTON (AP) — President …`): from abroad, a bare post may be the host's.
    const international = service.kind === "international";
    return !international || service.country === datelineCountry
      ? { code: service.country, international }
      : undefined;
  });
}

/**
 * The story's dateline: at the head of its first paragraphs of prose (bylines and credits may stand
 * before), or on a line of its own above the story, as releases put it.
 */
function datelineOfStory(
  source: string,
  lines: readonly Line[],
  body: readonly Segment[],
): DatelineHit | undefined {
  const firstProse = body.findIndex((part) => isProse(part.text));
  for (const part of body.slice(0, firstProse === -1 ? 1 : firstProse + 1)) {
    const found = findDateline(source, part);
    if (found !== undefined) return found;
  }
  const storyStart = firstProse === -1 ? body[0]?.start : body[firstProse]?.start;
  for (const line of lines) {
    if (storyStart !== undefined && line.start >= storyStart) break;
    if (line.role === "headline") continue;
    const found = findLineDateline(source, line);
    if (found !== undefined) return found;
  }
  return undefined;
}

/** The date a page prints above its story: a date stamp, or a line that is only a date. */
function pageDateOf(source: string, lines: readonly Line[], body: readonly Segment[]): Segment | undefined {
  const firstProse = body.find((part) => isProse(part.text));
  for (const line of lines) {
    if (firstProse !== undefined && line.start >= firstProse.start) break;
    // A date stamp, a line that is only a date, or one that starts with the date (`April 26, 2023 |
    // By …`).
    const leading = dateAt(source, line.start, line.end);
    if (leading !== undefined && !/^\d{4}$/.test(leading.text) && line.role !== "headline") return leading;
    if (line.furniture !== "date-stamp" && !isDateOrPlace(line.text)) continue;
    const date = dateIn(source, line);
    if (date !== undefined) return date;
  }
  return undefined;
}
