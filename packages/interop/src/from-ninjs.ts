import { type TextSpan, textSha256 } from "@communique/core";
import { type NewsArticle, validateNewsArticle } from "@communique/news-article";
import { ImportContext } from "./import-context.js";
import { readBody } from "./ninjs-body.js";
import {
  importCredit,
  importGenre,
  importOrganizations,
  importPeople,
  importPlaces,
  importReports,
  importSubjects,
} from "./ninjs-import-entities.js";
import { importMedia, importMetadata } from "./ninjs-metadata.js";
import { checkItemShape, NinjsImportError } from "./ninjs-shape.js";
import { NINJS_PROPERTIES, type NinjsItem } from "./ninjs-types.js";
import { PARAGRAPH_BREAK } from "./text.js";
import { CREDITLINE_ROLE, SHA256_ROLE } from "./to-ninjs.js";
import { TOOL } from "./tool.js";
import type { ConversionWarning } from "./warnings.js";

/** Options for `fromNinjs`. */
export interface FromNinjsOptions {
  /** The language to assume when the item gives none (default `und`, "undetermined"). */
  language?: string;
  /** What `provenance.source` names (default: the item's `uri`). */
  source?: string;
}

/** A ninjs item read as a NewsArticle. */
export interface NinjsImport {
  /** The article; valid by `validateNewsArticle`. */
  article: NewsArticle;
  /**
   * The text the article's spans point into and its `provenance.sha256` fingerprints: the
   * headline and the paragraphs, separated by blank lines.
   */
  text: string;
  /** What the item holds that the model cannot, and what was assumed. */
  warnings: ConversionWarning[];
}

const LANGUAGE = /^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{1,8})*$/;
/** Item types that say what the item is without a `type`: an event or planning item. */
const NOT_TEXT_SIGNS = ["eventDetails", "plannedCoverage"] as const;

/**
 * Reads an IPTC ninjs 3.x `text` item as a NewsArticle. The main headline, the body (plain, HTML,
 * XHTML or NITF), the byline, `located`, dates, language, subjects, genre, people, organisations,
 * places (countries by their IPTC URI), the provider and the reported statements map onto the
 * model; every other property the standard defines is kept under
 * `extensions["dev.communique.ninjs:<property>"]` (so `toNinjs` puts it back), and each such case is
 * a warning. Throws a `NinjsImportError` for a value that is not a ninjs item or not a text item.
 */
export function fromNinjs(input: unknown, options: FromNinjsOptions = {}): NinjsImport {
  const item = checkItemShape(input);
  const context = new ImportContext();
  checkType(item, context);
  const used = new Set<string>(["uri", "type", "standard"]);
  if (item.standard?.version !== undefined && !item.standard.version.startsWith("3"))
    context.warn(
      "/standard/version",
      "assumed",
      `the item claims ninjs ${item.standard.version}; read as ninjs 3.x`,
    );

  const headline = readHeadline(item, context, used);
  const body = readBody(item);
  context.warnings.push(...body.warnings);
  if (body.paragraphs.length === 0)
    throw new NinjsImportError(
      "/bodies",
      "invalid",
      "the item has no body text (nor a description to stand in)",
    );
  const text = [headline, ...body.paragraphs].join(PARAGRAPH_BREAK);
  const spans = spansOf([headline, ...body.paragraphs]);

  const article: NewsArticle = {
    type: "NewsArticle",
    id: item.uri,
    headline,
    headlineSpan: spans[0] as TextSpan,
    language: readLanguage(item, options, context),
    body: {
      paragraphs: body.paragraphs.map((paragraph, i) => ({
        text: paragraph,
        span: spans[i + 1] as TextSpan,
      })),
    },
    provenance: {
      source: options.source ?? item.uri,
      sha256: textSha256(text),
      method: "extracted",
      tool: TOOL,
    },
  };
  used.add("language");
  const { people, authors } = importPeople(item.people ?? [], context);
  used.add("people");
  if (item.by !== undefined || authors.length > 0) {
    article.byline = { text: item.by ?? authors.map((author) => author.name).join(", ") };
    if (item.by === undefined)
      context.warn("/people", "assumed", "no `by`; the byline is the authors' names");
    if (authors.length > 0) article.byline.authors = authors;
    used.add("by");
  }
  const { places, countries } = importPlaces(item.places ?? [], context);
  used.add("places");
  if (item.located !== undefined) {
    const place = places.find((candidate) => candidate.name === item.located);
    article.dateline = { text: item.located, ...(place === undefined ? {} : { place: { ...place } }) };
    used.add("located");
  }
  const creditline = (item.descriptions ?? []).findIndex((entry) => entry.role === CREDITLINE_ROLE);
  const credit = importCredit(item, item.descriptions?.[creditline]?.value, context);
  used.add("infoSources");
  if (credit !== undefined) article.credit = credit;
  const subjects = importSubjects(item.subjects ?? [], context);
  if (subjects.length > 0) article.subjects = subjects;
  const genre = importGenre(item.genres ?? [], context);
  if (genre !== undefined) article.genre = genre;
  if (people.length > 0) article.people = people;
  const organizations = importOrganizations(item.organisations ?? [], context);
  if (organizations.length > 0) article.organizations = organizations;
  if (places.length > 0) article.places = places;
  if (countries.length > 0) article.countries = countries;
  const { media, rest } = importMedia(item);
  const reports = importReports(item, new Set(rest), context);
  if (reports.length > 0) article.reports = reports;
  if (media !== undefined) article.media = media;
  for (const property of ["subjects", "genres", "organisations", "associations"]) used.add(property);
  importMetadata(item, article, { creditDescription: creditline, sha256Role: SHA256_ROLE }, context, used);
  keepTheRest(item, used, context);

  const extensions = context.extensions();
  if (Object.keys(extensions).length > 0) article.extensions = extensions;
  const result = validateNewsArticle(article);
  if (!result.ok) {
    const [issue] = result.issues;
    throw new NinjsImportError(
      "",
      "invalid",
      `the item does not make a valid NewsArticle: ${issue?.path} ${issue?.message}`,
    );
  }
  return { article: inModelOrder(result.value), text, warnings: context.warnings };
}

/** The model's field order, so that an imported article reads like one written by hand. */
const FIELD_ORDER: readonly (keyof NewsArticle)[] = [
  "$schema",
  "type",
  "id",
  "altIds",
  "url",
  "links",
  "headline",
  "headlineSpan",
  "alternativeHeadlines",
  "title",
  "slugline",
  "dateline",
  "published",
  "modified",
  "created",
  "embargoedUntil",
  "expires",
  "version",
  "pubStatus",
  "urgency",
  "language",
  "byline",
  "credit",
  "rights",
  "descriptions",
  "body",
  "subjects",
  "keywords",
  "section",
  "genre",
  "people",
  "organizations",
  "places",
  "countries",
  "quotes",
  "reports",
  "media",
  "editorialNote",
  "profile",
  "representation",
  "provenance",
  "extensions",
];

function inModelOrder(article: NewsArticle): NewsArticle {
  const ordered: Record<string, unknown> = {};
  for (const field of FIELD_ORDER) if (article[field] !== undefined) ordered[field] = article[field];
  return ordered as unknown as NewsArticle;
}

function checkType(item: NinjsItem, context: ImportContext): void {
  if (item.type !== undefined) {
    if (item.type !== "text")
      throw new NinjsImportError(
        "/type",
        "not-text",
        `a "${item.type}" item, not a text item: only text items convert into a NewsArticle`,
      );
    return;
  }
  const sign = NOT_TEXT_SIGNS.find((property) => item[property] !== undefined);
  if (sign !== undefined)
    throw new NinjsImportError(
      `/${sign}`,
      "not-text",
      `no type, and "${sign}" marks an event or planning item, not a text item`,
    );
  if (item.bodies === undefined && item.renditions !== undefined)
    throw new NinjsImportError(
      "/renditions",
      "not-text",
      "no type, and renditions without a body mark a media item, not a text item",
    );
  context.warn("/type", "assumed", "no type; read as a text item, since it has a body or headline");
}

function readHeadline(item: NinjsItem, context: ImportContext, used: Set<string>): string {
  const headlines = item.headlines ?? [];
  const main = Math.max(
    0,
    headlines.findIndex((entry) => entry.role === "main"),
  );
  const value = headlines[main]?.value.trim();
  used.add("headlines");
  if (value !== undefined && value !== "") return value;
  if (item.title !== undefined && item.title.trim() !== "") {
    context.warn("/title", "assumed", "no headline; the title stands in for it");
    used.add("title");
    return item.title.trim();
  }
  throw new NinjsImportError("/headlines", "invalid", "the item has no headline (nor a title to stand in)");
}

function readLanguage(item: NinjsItem, options: FromNinjsOptions, context: ImportContext): string {
  if (item.language !== undefined && LANGUAGE.test(item.language)) return item.language;
  const fallback = options.language ?? "und";
  if (item.language !== undefined) context.keepValue("language", item.language, "not a BCP 47 language tag");
  context.warn("/language", "defaulted", `no usable language; "${fallback}" assumed`);
  return fallback;
}

/** Every property not read is kept (a standard one) or reported (one the standard does not define). */
function keepTheRest(item: NinjsItem, used: ReadonlySet<string>, context: ImportContext): void {
  for (const [property, value] of Object.entries(item)) {
    if (used.has(property)) continue;
    if (NINJS_PROPERTIES.includes(property)) {
      context.keepValue(property, value, `"${property}" has no field in the model`);
      continue;
    }
    const standard = NINJS_PROPERTIES.find((name) => name.toLowerCase() === property.toLowerCase());
    const hint = standard === undefined ? "" : ` (ninjs 3.x spells it "${standard}")`;
    context.warn(
      `/${property}`,
      "unknown-property",
      `"${property}" is not a ninjs 3.1 property${hint}; not carried`,
    );
  }
}

/** The spans of the blocks in the text they make when joined by `PARAGRAPH_BREAK`. */
function spansOf(blocks: readonly string[]): TextSpan[] {
  let start = 0;
  return blocks.map((block) => {
    const span = { start, end: start + block.length };
    start = span.end + PARAGRAPH_BREAK.length;
    return span;
  });
}
