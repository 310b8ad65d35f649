import { createHash } from "node:crypto";
import type {
  CountryRef,
  Organization,
  PartialDate,
  PersonWithPosts,
  Place,
  Post,
  Quote,
} from "@communique/core";
import { type JointStatement, validateJointStatement } from "@communique/joint-statement";
import { type NewsArticle, validateNewsArticle } from "@communique/news-article";
import { partialDate } from "./dates.js";
import { type CityHit, findCountries } from "./entities/countries.js";
import { type DatelineHit, findDateline, titleCase } from "./entities/dateline.js";
import { findOrganizations, type OrganizationHit, organizationOf } from "./entities/organizations.js";
import { findPeople, type PersonHit } from "./entities/people.js";
import { findFeatures } from "./entities/places.js";
import { slug } from "./ids.js";
import { cityCountry, countryInfo } from "./lexicon/gazetteer.js";
import { NEWS_AGENCIES } from "./lexicon/organizations.js";
import { findQuotes, peopleByWord, type QuoteHit } from "./quotes.js";
import { findKinds } from "./statement/kinds.js";
import { reportedStatements } from "./statement/reported.js";
import { subjectsOf } from "./subjects.js";
import { CREDIT_LABEL, type Line, layout } from "./text/layout.js";
import { lastEndingBy } from "./text/lookup.js";
import { paragraphs } from "./text/paragraphs.js";
import { sentences } from "./text/sentences.js";
import { mentionOf, type Segment, segment, spanOf, within } from "./text/span.js";
import { indexTokens, type Token, tokenize } from "./text/tokens.js";
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
  if (text.trim().length === 0) throw new NothingToExtractError("the text is empty or only white space");
  const published = parsePublished(options.published);
  const warnings: ExtractWarning[] = [];
  const sha256 = createHash("sha256").update(text, "utf8").digest("hex");
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
  const endMarker = lines.find((line) => line.role === "end-marker");
  const dateline = findDateline(text, first);

  // The stretches entities are sought in, in order: a headline that is a sentence of the body counts once.
  const story: Segment[] = [
    ...(body.some((part) => within(headline, part)) ? [] : [headline]),
    ...body,
    ...(creditLine === undefined || body.some((part) => within(creditLine, part)) ? [] : [creditLine]),
  ];
  const provider = providerOf(text, creditLine);
  const agencies = [provider, dateline?.agency].filter((part): part is Segment => part !== undefined);
  const tokens: Token[] = [];
  for (const part of story) tokenize(text, part.start, part.end, tokens);
  const tokenIndex = indexTokens(tokens);
  const organizationHits = findOrganizations(text, story, agencies, tokens, tokenIndex);
  const orgSpans = organizationHits.flatMap((hit) => hit.mentions);
  const features = findFeatures(text, story);
  const kinds = findKinds(text, story);
  const titles = kinds.filter((kind) => kind.title !== undefined);
  const { countries, cities } = findCountries(
    text,
    tokens,
    [...orgSpans, ...features, ...titles],
    new Set(dateline === undefined ? [] : [dateline.place.start]),
  );
  if (
    dateline !== undefined &&
    !cities.some((city) => city.start === dateline.place.start) &&
    dateline.country !== undefined
  )
    cities.push({ ...dateline.place, code: dateline.country });
  cities.sort((a, b) => a.start - b.start);
  const peopleHits = findPeople(text, tokens, tokenIndex, countries, orgSpans);
  const people = peopleHits.map(personOf);
  const organizations = organizationHits.map(organizationOf);

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

  const date = (written: Segment): PartialDate => partialDate(written, published?.date);
  const place = (hit: CityHit, withMentions: boolean): Place => placeOf(text, hit, withMentions);
  // Statements are sought in article-sized texts; past that their analysis would take too long.
  const statementResult =
    text.length > MAX_STATEMENT_TEXT
      ? {
          statements: [],
          quoteStatement: new Map<QuoteHit, number>(),
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
          date,
          place,
          forum: (hit: OrganizationHit) => organizationOf(hit),
        });
  const statementIds = new Map(statementResult.statements.map((statement, index) => [index, statement.id]));
  const personMentions = peopleHits
    .flatMap((person) =>
      person.mentions.map((mention) => ({ start: mention.start, end: mention.end, person })),
    )
    .sort((a, b) => a.start - b.start);
  const quotes: Quote[] = quoteHits.map((hit) =>
    quoteOf(
      hit,
      peopleHits,
      personMentions,
      organizationHits,
      statementResult.quoteStatement.get(hit) === undefined
        ? undefined
        : statementIds.get(statementResult.quoteStatement.get(hit) as number),
    ),
  );

  const credit = creditOf(creditLine, endMarker, provider, dateline, organizations);
  const subjects = subjectsOf(tokens);
  const places = placesOf(text, cities, features);
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

// The output must validate whatever the input: a statement that does not is left out, and an
// article that does not falls back to its headline and paragraphs, each with a warning that says why.
function checked(
  article: NewsArticle,
  statements: JointStatement[],
  warnings: ExtractWarning[],
  body: readonly Segment[],
): ExtractResult {
  const valid = statements.filter((statement) => {
    const result = validateJointStatement(statement);
    if (!result.ok)
      warnings.push(
        warning("statement-invalid", `a joint statement was found but left out: ${describe(result.issues)}`),
      );
    return result.ok;
  });
  const ids = new Set(valid.map((statement) => statement.id));
  const reports = article.reports?.filter((id) => ids.has(id)) ?? [];
  let output: NewsArticle = { ...article, ...(article.reports === undefined ? {} : { reports }) };
  if (output.reports?.length === 0) delete output.reports;
  if (statements.length !== valid.length) output = withoutStatementRefs(output, ids);
  const result = validateNewsArticle(output);
  if (!result.ok) {
    warnings.push(
      warning(
        "article-reduced",
        `what was found did not make a valid article (${describe(result.issues)}); only the headline and paragraphs are kept`,
      ),
    );
    const { type, id, headline, headlineSpan, language, provenance } = output;
    output = {
      $schema: "https://communique.dev/schemas/news-article/v1.json",
      type,
      id,
      headline,
      ...(headlineSpan === undefined ? {} : { headlineSpan }),
      language,
      body: { paragraphs: body.map((part) => ({ text: part.text, span: spanOf(part) })) },
      provenance,
    };
    return { article: output, statements: [], warnings };
  }
  return { article: output, statements: valid, warnings };
}

function withoutStatementRefs(article: NewsArticle, ids: ReadonlySet<string>): NewsArticle {
  if (article.quotes === undefined) return article;
  return {
    ...article,
    quotes: article.quotes.map((quote) =>
      quote.attribution.kind === "statement" &&
      quote.attribution.ref !== undefined &&
      !ids.has(quote.attribution.ref)
        ? {
            ...quote,
            attribution: {
              kind: "statement",
              ...(quote.attribution.cue === undefined ? {} : { cue: quote.attribution.cue }),
            },
          }
        : quote,
    ),
  };
}

function describe(issues: readonly { path: string; message: string }[]): string {
  return issues
    .slice(0, 3)
    .map((issue) => `${issue.path || "/"} ${issue.message}`)
    .join("; ");
}

function parsePublished(published: string | undefined): { date: Date; dateTime?: string } | undefined {
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
  throw new RangeError(
    `published must be a date (YYYY-MM-DD) or a date-time with an offset, not "${published}"`,
  );
}

function providerOf(source: string, creditLine: Line | undefined): Segment | undefined {
  if (creditLine === undefined) return undefined;
  const label = CREDIT_LABEL.exec(creditLine.text);
  const start = creditLine.start + (label?.[0].length ?? 0);
  const name = creditLine.text
    .slice(label?.[0].length ?? 0)
    .replace(/^[-–—(]\s*|\s*[)–—-]$/g, "")
    .replace(/\.$/, "");
  const at = source.indexOf(name, start);
  return name.length === 0 || at === -1 ? undefined : segment(source, at, at + name.length);
}

function creditOf(
  creditLine: Line | undefined,
  endMarker: Line | undefined,
  provider: Segment | undefined,
  dateline: DatelineHit | undefined,
  organizations: readonly Organization[],
): NewsArticle["credit"] {
  const named = provider ?? dateline?.agency;
  const line = creditLine ?? endMarker;
  if (line === undefined || named === undefined) return undefined;
  const organization = organizations.find((org) => org.name === named.text);
  const providerOrg: Organization =
    creditLine !== undefined && organization !== undefined
      ? organization
      : { name: named.text, kind: "news-agency" };
  return { text: line.text, span: spanOf(line), provider: providerOrg };
}

function datelineOf(
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

function personOf(hit: PersonHit): PersonWithPosts {
  const posts: Post[] = hit.posts.map((post) => ({
    title: post.title.text,
    span: spanOf(post.title),
    ...(post.label === undefined ? {} : { label: post.label }),
    ...(post.country === undefined ? {} : { country: post.country }),
    ...(post.acting ? { acting: true } : {}),
    ...(post.former ? { former: true } : {}),
  }));
  return {
    id: slug(hit.name),
    name: hit.name,
    mentions: hit.mentions.map(mentionOf),
    ...(posts.length === 0 ? {} : { posts }),
  };
}

function placeOf(source: string, hit: CityHit, withMentions: boolean): Place {
  return {
    name: titleCase(hit.text),
    kind: "city",
    country: hit.code,
    ...(withMentions ? { mentions: [mentionOf(segment(source, hit.start, hit.end))] } : {}),
  };
}

function placesOf(source: string, cities: readonly CityHit[], features: readonly Segment[]): Place[] {
  const byName = new Map<string, { place: Place; first: number }>();
  for (const city of cities) {
    const name = titleCase(city.text);
    const known = byName.get(name);
    if (known === undefined)
      byName.set(name, {
        first: city.start,
        place: {
          id: slug(name),
          name,
          kind: "city",
          ...((cityCountry(name) ?? city.code) ? { country: cityCountry(name) ?? city.code } : {}),
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
        place: {
          id: slug(feature.text),
          name: feature.text,
          kind: "geographic-feature",
          mentions: [mentionOf(segment(source, feature.start, feature.end))],
        },
      });
    else known.place.mentions?.push(mentionOf(feature));
  }
  return [...byName.values()].sort((a, b) => a.first - b.first).map((entry) => entry.place);
}

function countryRefsOf(
  countries: readonly {
    code: string;
    form: CountryRef["mentions"] extends (infer M)[] | undefined
      ? M extends { form: infer F }
        ? F
        : never
      : never;
    start: number;
    end: number;
    text: string;
  }[],
): CountryRef[] {
  const refs = new Map<string, CountryRef>();
  for (const hit of countries) {
    let ref = refs.get(hit.code);
    if (ref === undefined) {
      const info = countryInfo(hit.code);
      ref = {
        code: hit.code,
        ...(info === undefined ? {} : { alpha3: info.alpha3 }),
        name: info?.name ?? hit.code,
        mentions: [],
      };
      refs.set(hit.code, ref);
    }
    ref.mentions?.push({ ...mentionOf(hit), form: hit.form });
  }
  return [...refs.values()];
}

// A quotation's attribution, with the id of what it names; a speaker the text does not let us
// name (an unresolved `he`, a ministry not found) is kept as the cue's words, attributed to no one.
function quoteOf(
  hit: QuoteHit,
  people: readonly PersonHit[],
  mentions: readonly { start: number; end: number; person: PersonHit }[],
  organizations: readonly OrganizationHit[],
  statementId: string | undefined,
): Quote {
  const base = { text: hit.text.text, span: spanOf(hit.text) };
  const cue = hit.cue === undefined ? {} : { cue: mentionOf(hit.cue) };
  const unknown: Quote = { ...base, attribution: { kind: "unknown", ...cue } };
  if (hit.speaker.kind === "statement")
    return statementId === undefined
      ? unknown
      : { ...base, attribution: { kind: "statement", ref: statementId, ...cue } };
  if (hit.speaker.kind === "person") {
    const named = hit.speaker.name;
    const person =
      named !== undefined
        ? people.find((candidate) => candidate.name === named)
        : lastNamedBefore(mentions, hit.text.start);
    return person === undefined
      ? unknown
      : { ...base, attribution: { kind: "person", ref: slug(person.name), ...cue } };
  }
  if (hit.speaker.kind === "organization") {
    const org = organizations.find(
      (candidate) =>
        hit.cue?.text.includes(candidate.name) ||
        (candidate.acronym !== undefined && hit.cue?.text.includes(candidate.acronym)),
    );
    return org === undefined
      ? unknown
      : { ...base, attribution: { kind: "organization", ref: slug(org.acronym ?? org.name), ...cue } };
  }
  return unknown;
}

// `"…," he said`: the person named last before the quotation, within a few sentences.
function lastNamedBefore(
  mentions: readonly { start: number; end: number; person: PersonHit }[],
  at: number,
): PersonHit | undefined {
  const mention = lastEndingBy(mentions, at);
  return mention !== undefined && at - mention.end < 400 ? mention.person : undefined;
}
