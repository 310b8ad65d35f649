import type { ConceptRef, Organization, Person, PersonWithPosts, Place } from "@communique/core";
import type { NewsArticle, Subject } from "@communique/news-article";
import { NINJS_EXTENSION_PREFIX } from "./extensions.js";
import { countryUri, identifierUri, qcodeOfUri } from "./identifiers.js";
import { append, exportMetadata } from "./ninjs-metadata.js";
import type { NinjsBody, NinjsConcept, NinjsEntity, NinjsItem, NinjsSubject } from "./ninjs-types.js";
import { NINJS_PROPERTIES, NINJS_STANDARD } from "./ninjs-types.js";
import { countWords, escapeHtml, PARAGRAPH_BREAK } from "./text.js";
import type { ConversionOptions, ConversionWarning } from "./warnings.js";

/** The `rel` of a person, organisation or place the article names. */
export const MENTIONS_REL = "mentions";
/** The `rel` of a person who wrote the article (a byline's author). */
export const AUTHOR_REL = "author";
/** The `rel` of an association that is a joint statement the article reports. */
export const REPORTS_REL = "reports";
/** The `role` of the infoSource that is the credit line's provider. */
export const SOURCE_ROLE = "source";
/** The `role` of the description that holds the credit line as written (as AP's items use it). */
export const CREDITLINE_ROLE = "creditline";
/** The `role` of the alternative id that is the SHA-256 of the original text. */
export const SHA256_ROLE = "sha256";

/**
 * Converts a NewsArticle into an IPTC ninjs 3.1 `text` item.
 *
 * The headline becomes `headlines[role=main]`; the body two `bodies`, plain text (paragraphs
 * separated by a blank line) and HTML (`<p>` per paragraph, escaped); the dateline's place
 * `located`; people, organizations, places and countries the matching lists with `rel` and their
 * local id as `literal`; subjects and genre their concept URIs; the credit line `infoSources` and a
 * `creditline` description; `published`/`modified` `firstCreated`/`versionCreated`; the reported
 * statements `associations` with `rel: "reports"`. What ninjs has no place for (posts, acronyms,
 * quotes, text positions, …) is reported through `onWarning`.
 */
export function toNinjs(article: NewsArticle, options: ConversionOptions = {}): NinjsItem {
  const warn = options.onWarning ?? (() => undefined);
  const item: NinjsItem = { uri: article.id, type: "text", standard: { ...NINJS_STANDARD } };
  if (article.published !== undefined) item.firstCreated = article.published;
  if (article.modified !== undefined) item.versionCreated = article.modified;
  item.language = article.language;
  item.headlines = [{ role: "main", value: article.headline }];
  if (article.byline !== undefined) item.by = article.byline.text;
  const located = article.dateline?.place?.name ?? article.dateline?.text;
  if (located !== undefined) item.located = located;
  item.bodies = bodies(article);
  if (article.credit !== undefined)
    item.descriptions = [{ role: CREDITLINE_ROLE, value: article.credit.text }];
  if (article.subjects !== undefined) item.subjects = article.subjects.map(subject);
  if (article.genre !== undefined) item.genres = [concept(article.genre)];
  const people = [
    ...(article.byline?.authors ?? []).map((author) => person(author, AUTHOR_REL)),
    ...(article.people ?? []).map((mentioned) => person(mentioned, MENTIONS_REL)),
  ];
  if (people.length > 0) item.people = people;
  if (article.organizations !== undefined) item.organisations = article.organizations.map(organisation);
  const places = [...(article.places ?? []).map(place), ...(article.countries ?? []).map(country)];
  if (places.length > 0) item.places = places;
  if (article.credit !== undefined) {
    const { provider } = article.credit;
    item.infoSources = [{ ...entity(provider), role: SOURCE_ROLE }];
  }
  if (article.reports !== undefined && article.reports.length > 0) {
    item.associations = article.reports.map((uri, i) => ({
      name: `reported statement ${i + 1}`,
      uri,
      rel: REPORTS_REL,
    }));
  }
  exportMetadata(article, item);
  append(item, "altIds", { role: SHA256_ROLE, value: article.provenance.sha256 });
  restoreExtensions(article, item);
  for (const warning of notCarried(article)) warn(warning);
  return item;
}

/** The body's forms as sent, when it has them; otherwise a plain and an HTML form of its paragraphs. */
function bodies(article: NewsArticle): NinjsBody[] {
  if (article.body.forms !== undefined && article.body.forms.length > 0)
    return article.body.forms.map((form) => ({ ...form }));
  return paragraphBodies(article.body.paragraphs, article.language);
}

/**
 * A plain-text form (paragraphs separated by a blank line) and an HTML form (`<p>` per paragraph)
 * of the paragraphs: the bodies written for an article that holds no forms of its own.
 */
export function paragraphBodies(paragraphs: readonly { text: string }[], language: string): NinjsBody[] {
  const texts = paragraphs.map((paragraph) => paragraph.text);
  const plain = texts.join(PARAGRAPH_BREAK);
  const counts = { charCount: plain.length, wordCount: countWords(plain, language) };
  return [
    { role: "main", contentType: "text/plain", ...counts, value: plain },
    {
      role: "richtext",
      contentType: "text/html",
      ...counts,
      value: texts.map((text) => `<p>${escapeHtml(text)}</p>`).join("\n"),
    },
  ];
}

function concept(ref: ConceptRef): NinjsConcept {
  const literal = ref.qcode ?? qcodeOfUri(ref.uri);
  return {
    ...(ref.name === undefined ? {} : { name: ref.name }),
    uri: ref.uri,
    ...(literal === undefined ? {} : { literal }),
  };
}

function subject(ref: Subject): NinjsSubject {
  const literal = ref.code ?? ref.qcode ?? (ref.uri === undefined ? undefined : qcodeOfUri(ref.uri));
  const out: NinjsSubject = {};
  if (ref.name !== undefined) out.name = ref.name;
  if (ref.uri !== undefined) out.uri = ref.uri;
  if (literal !== undefined) out.literal = literal;
  out.rel = ref.rel ?? "about";
  if (ref.creator !== undefined) out.creator = ref.creator;
  if (ref.relevance !== undefined) out.relevance = ref.relevance;
  if (ref.confidence !== undefined) out.confidence = ref.confidence;
  return out;
}

/** Name, local id as `literal`, and the first identifier with a URI form as `uri`. */
function entity(thing: Person | Organization | Place): NinjsEntity {
  const uri = identifierUri(thing.identifiers);
  return {
    name: thing.name,
    ...(thing.id === undefined ? {} : { literal: thing.id }),
    ...(uri === undefined ? {} : { uri }),
  };
}

function person(who: PersonWithPosts, rel: string): NinjsEntity {
  return { ...entity(who), rel };
}

function organisation(which: Organization): NinjsEntity {
  return { ...entity(which), rel: MENTIONS_REL };
}

function place(where: Place): NinjsEntity {
  return { ...entity(where), rel: MENTIONS_REL };
}

function country(ref: NonNullable<NewsArticle["countries"]>[number]): NinjsEntity {
  return { name: ref.name, rel: MENTIONS_REL, uri: countryUri(ref.code), literal: ref.code };
}

/**
 * Puts back what an earlier import from ninjs kept under `dev.communique.ninjs:*` extensions: a
 * property the mapping did not fill is restored as it was; list entries are appended to the
 * mapped ones.
 */
function restoreExtensions(article: NewsArticle, item: NinjsItem): void {
  const target = item as unknown as Record<string, unknown>;
  for (const [key, value] of Object.entries(article.extensions ?? {})) {
    if (!key.startsWith(NINJS_EXTENSION_PREFIX)) continue;
    const property = key.slice(NINJS_EXTENSION_PREFIX.length);
    if (!NINJS_PROPERTIES.includes(property) || property === "uri" || property === "type") continue;
    const mapped = target[property];
    if (mapped === undefined) target[property] = value;
    else if (Array.isArray(mapped) && Array.isArray(value)) target[property] = [...mapped, ...value];
  }
}

/** One warning for each kind of value the item cannot hold, naming how many there were. */
function notCarried(article: NewsArticle): ConversionWarning[] {
  const warnings: ConversionWarning[] = [];
  const lose = (path: string, what: string) => warnings.push({ path, code: "not-carried", message: what });
  lose("/body/paragraphs", "text positions (spans and mentions) are not carried: ninjs has no offsets");
  if (article.dateline?.date !== undefined)
    lose("/dateline/date", "the dateline's date is not carried: ninjs `located` holds a place name only");
  if (article.dateline?.place !== undefined && article.dateline.text !== article.dateline.place.name)
    lose(
      "/dateline/text",
      `the dateline as written is not carried; \`located\` is the place name "${article.dateline.place.name}"`,
    );
  const everyone = [
    ...(article.byline?.authors ?? []).map((who, i) => [`/byline/authors/${i}`, who] as const),
    ...(article.people ?? []).map((who, i) => [`/people/${i}`, who] as const),
  ];
  for (const [path, who] of everyone) {
    if (who.posts !== undefined && who.posts.length > 0)
      lose(`${path}/posts`, `${who.name}'s posts are not carried: ninjs people have no field for a title`);
    if (who.givenName !== undefined || who.familyName !== undefined || who.nameOrder !== undefined)
      lose(path, `${who.name}'s name parts are not carried: ninjs people have a full name only`);
  }
  (article.organizations ?? []).forEach((org, i) => {
    const lost = (["acronym", "kind", "country"] as const).filter((field) => org[field] !== undefined);
    if (lost.length > 0) lose(`/organizations/${i}`, `${org.name}: ${lost.join(", ")} not carried`);
  });
  (article.places ?? []).forEach((where, i) => {
    const lost = (["kind", "country"] as const).filter((field) => where[field] !== undefined);
    if (lost.length > 0) lose(`/places/${i}`, `${where.name}: ${lost.join(", ")} not carried`);
  });
  if (article.credit?.provider.kind !== undefined)
    lose("/credit/provider/kind", "the provider's kind is not carried");
  if (article.quotes !== undefined && article.quotes.length > 0)
    lose("/quotes", `${article.quotes.length} quotation(s) not carried: ninjs has no quotations`);
  for (const field of ["links", "keywords", "section"] as const)
    if (article[field] !== undefined) lose(`/${field}`, `${field} not carried: ninjs has no field for them`);
  lose("/provenance", "provenance is not carried beyond the text's SHA-256 (as an `altIds` entry)");
  const foreign = Object.keys(article.extensions ?? {}).filter(
    (key) => !key.startsWith(NINJS_EXTENSION_PREFIX),
  );
  if (foreign.length > 0)
    lose("/extensions", `extensions not carried (ninjs items are closed): ${foreign.join(", ")}`);
  return warnings;
}
