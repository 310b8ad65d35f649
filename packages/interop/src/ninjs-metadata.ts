import type { NewsArticle, Rights } from "@communique/news-article";
import { isAbsoluteUri } from "./identifiers.js";
import type { ImportContext } from "./import-context.js";
import { associationToMedia, mediaToAssociation } from "./ninjs-media.js";
import type { NinjsItem } from "./ninjs-types.js";
import { paragraphBodies } from "./to-ninjs.js";

/** The `role` of the alternative id that holds the article's web address, which ninjs has no field for. */
export const URL_ROLE = "url";

const DATE_TIME = /^\d{4}-[01]\d-[0-3]\dT[0-2]\d:[0-5]\d:[0-5]\d(\.\d+)?(Z|[+-][0-2]\d:[0-5]\d)$/i;

/** ninjs properties copied as they are into the model's field of the same meaning. */
const SAME_VALUE = [
  ["version", "version"],
  ["pubStatus", "pubStatus"],
  ["urgency", "urgency"],
  ["title", "title"],
  ["slugline", "slugline"],
  ["edNote", "editorialNote"],
  ["profile", "profile"],
  ["representationType", "representation"],
] as const;
/** ninjs date-times and the model's fields for them. */
const DATE_TIMES = [
  ["firstCreated", "published"],
  ["versionCreated", "modified"],
  ["contentCreated", "created"],
  ["embargoedUntil", "embargoedUntil"],
  ["expires", "expires"],
] as const;
const RIGHTS = ["copyrightHolder", "copyrightNotice", "usageTerms"] as const;

/**
 * Reads what a ninjs item says about the article beside its text: dates, version, status,
 * urgency, rights, names, notes, other headlines, descriptions (all but the credit line's), the
 * body's forms as sent, alternative ids (the web address among them) and the pictures and video
 * associated with it. Each property read is added to `used`; a value the model cannot take (a
 * date-time without an offset) is left for the caller to keep.
 */
export function importMetadata(
  item: NinjsItem,
  article: NewsArticle,
  skip: { creditDescription: number; sha256Role: string },
  context: ImportContext,
  used: Set<string>,
): void {
  const target = article as unknown as Record<string, unknown>;
  for (const [property, field] of SAME_VALUE) {
    if (item[property] === undefined) continue;
    target[field] = item[property];
    used.add(property);
  }
  for (const [property, field] of DATE_TIMES) {
    const value = item[property];
    if (value === undefined || !DATE_TIME.test(value)) continue;
    target[field] = value;
    used.add(property);
  }
  const rights: Rights = {};
  for (const property of RIGHTS) {
    const value = item[property];
    if (value === undefined) continue;
    rights[property] = value;
    used.add(property);
  }
  if (Object.keys(rights).length > 0) article.rights = rights;

  const mainHeadline = Math.max(
    0,
    (item.headlines ?? []).findIndex((entry) => entry.role === "main"),
  );
  const others = (item.headlines ?? []).filter((entry, i) => i !== mainHeadline && entry.value !== "");
  if (others.length > 0)
    article.alternativeHeadlines = others.map(({ value, role, contentType }) => ({
      text: value,
      ...(role === undefined ? {} : { role }),
      ...(contentType === undefined ? {} : { contentType }),
    }));
  used.add("headlines");

  const descriptions = (item.descriptions ?? []).filter((_, i) => i !== skip.creditDescription);
  if (descriptions.length > 0)
    article.descriptions = descriptions.map(({ value, role, contentType }) => ({
      text: value,
      ...(role === undefined ? {} : { role }),
      ...(contentType === undefined ? {} : { contentType }),
    }));
  used.add("descriptions");

  // Bodies that say no more than the paragraphs (as `toNinjs` writes them) are not kept.
  const written = JSON.stringify(paragraphBodies(article.body.paragraphs, article.language));
  if (item.bodies !== undefined && item.bodies.length > 0 && JSON.stringify(item.bodies) !== written)
    article.body.forms = item.bodies.map((body) => ({ ...body }));
  used.add("bodies");

  readAltIds(item, article, skip.sha256Role, context);
  used.add("altIds");
}

function readAltIds(item: NinjsItem, article: NewsArticle, sha256Role: string, context: ImportContext): void {
  const altIds: { value: string; role?: string }[] = [];
  (item.altIds ?? []).forEach((altId, i) => {
    if (altId.role === sha256Role) {
      context.warn(
        `/altIds/${i}`,
        "not-carried",
        "the SHA-256 of the original text is not carried: the imported spans point into the text rebuilt from the item",
      );
      return;
    }
    if (altId.value === undefined) {
      context.keepEntry("altIds", i, altId, "an alternative id without a value");
      return;
    }
    if (altId.role === URL_ROLE && article.url === undefined && isAbsoluteUri(altId.value)) {
      article.url = altId.value;
      return;
    }
    altIds.push({ value: altId.value, ...(altId.role === undefined ? {} : { role: altId.role }) });
  });
  if (altIds.length > 0) article.altIds = altIds;
}

/**
 * The associations that are pictures, video, audio or graphics the model holds exactly, as media
 * objects, and the indices of the others (left for the caller).
 */
export function importMedia(item: NinjsItem): { media: NewsArticle["media"]; rest: number[] } {
  const media: NonNullable<NewsArticle["media"]> = [];
  const rest: number[] = [];
  (item.associations ?? []).forEach((association, i) => {
    const object = associationToMedia(association);
    if (object === undefined) rest.push(i);
    else media.push(object);
  });
  return { media: media.length > 0 ? media : undefined, rest };
}

/** Writes the article's metadata beside its text into a ninjs item (the inverse of `importMetadata`). */
export function exportMetadata(article: NewsArticle, item: NinjsItem): void {
  const target = item as unknown as Record<string, unknown>;
  const source = article as unknown as Record<string, unknown>;
  for (const [property, field] of [...SAME_VALUE, ...DATE_TIMES])
    if (source[field] !== undefined) target[property] = source[field];
  for (const property of RIGHTS)
    if (article.rights?.[property] !== undefined) item[property] = article.rights[property];
  for (const headline of article.alternativeHeadlines ?? [])
    append(item, "headlines", {
      ...(headline.role === undefined ? {} : { role: headline.role }),
      ...(headline.contentType === undefined ? {} : { contentType: headline.contentType }),
      value: headline.text,
    });
  for (const description of article.descriptions ?? [])
    append(item, "descriptions", {
      ...(description.role === undefined ? {} : { role: description.role }),
      ...(description.contentType === undefined ? {} : { contentType: description.contentType }),
      value: description.text,
    });
  for (const altId of article.altIds ?? []) append(item, "altIds", { ...altId });
  if (article.url !== undefined) append(item, "altIds", { role: URL_ROLE, value: article.url });
  (article.media ?? []).forEach((media, i) => {
    append(item, "associations", mediaToAssociation(media, i));
  });
}

/** Adds an entry to one of the item's lists, creating the list when the item has none. */
export function append<K extends "headlines" | "descriptions" | "altIds" | "associations">(
  item: NinjsItem,
  property: K,
  entry: NonNullable<NinjsItem[K]>[number],
): void {
  const list = (item[property] ?? []) as NonNullable<NinjsItem[K]>[number][];
  list.push(entry);
  (item as unknown as Record<string, unknown>)[property] = list;
}
