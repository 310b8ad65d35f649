import type { MediaObject, Rendition } from "@communique/news-article";
import { isAbsoluteUri } from "./identifiers.js";

/** The ninjs item types a media object can be. */
const MEDIA_TYPES = new Set<string>(["picture", "video", "audio", "graphic"]);
/** The `role` of the description that holds a media object's text alternative. */
export const ALT_TEXT_ROLE = "alt";
/** Rendition properties the model holds. */
const RENDITION_FIELDS = [
  "name",
  "title",
  "href",
  "contentType",
  "width",
  "height",
  "sizeInBytes",
  "duration",
] as const;

type Json = Record<string, unknown>;

/** A media object as a ninjs association: a `picture`, `video`, … item with its name and rel. */
export function mediaToAssociation(media: MediaObject, index: number): Json {
  const descriptions = [
    ...(media.caption === undefined ? [] : [{ value: media.caption }]),
    ...(media.altText === undefined ? [] : [{ role: ALT_TEXT_ROLE, value: media.altText }]),
  ];
  const association: Json = { name: media.name ?? `media${index + 1}`, type: media.type };
  if (media.rel !== undefined) association.rel = media.rel;
  if (media.id !== undefined) association.uri = media.id;
  if (media.headline !== undefined) association.headlines = [{ role: "main", value: media.headline }];
  if (media.by !== undefined) association.by = media.by;
  if (descriptions.length > 0) association.descriptions = descriptions;
  if (media.copyrightHolder !== undefined) association.copyrightHolder = media.copyrightHolder;
  if (media.representation !== undefined) association.representationType = media.representation;
  const renditions = [
    ...(media.url === undefined ? [] : [{ name: "original", href: media.url }]),
    ...(media.renditions ?? []).map((rendition, i) => ({ name: `r${i}`, ...rendition })),
  ];
  if (renditions.length > 0) association.renditions = renditions;
  return association;
}

/**
 * A ninjs association read as a media object, or `undefined` when it is not a picture, video,
 * audio or graphic item, or when it holds anything the model cannot (then it is kept whole): the
 * association written back from the media object must be the association read.
 */
export function associationToMedia(association: unknown): MediaObject | undefined {
  if (typeof association !== "object" || association === null) return undefined;
  const item = association as Json;
  if (typeof item.type !== "string" || !MEDIA_TYPES.has(item.type)) return undefined;
  const media: MediaObject = { type: item.type as MediaObject["type"] };
  const text = (value: unknown) => (typeof value === "string" ? value : undefined);
  const set = <K extends keyof MediaObject>(key: K, value: MediaObject[K] | undefined) => {
    if (value !== undefined) media[key] = value;
  };
  set("name", text(item.name));
  set("rel", text(item.rel));
  const uri = text(item.uri);
  if (uri !== undefined && isAbsoluteUri(uri)) media.id = uri;
  const headlines = Array.isArray(item.headlines) ? (item.headlines as Json[]) : [];
  set("headline", text(headlines[0]?.value));
  set("by", text(item.by));
  for (const description of Array.isArray(item.descriptions) ? (item.descriptions as Json[]) : []) {
    if (description.role === ALT_TEXT_ROLE) set("altText", text(description.value));
    else set("caption", text(description.value));
  }
  set("copyrightHolder", text(item.copyrightHolder));
  const representation = item.representationType;
  if (representation === "full" || representation === "partial") media.representation = representation;
  const renditions = (Array.isArray(item.renditions) ? (item.renditions as Json[]) : []).map(rendition);
  if (renditions.length > 0) media.renditions = renditions;
  return sameJson(mediaToAssociation(media, 0), item) ? media : undefined;
}

function rendition(entry: Json): Rendition {
  const out: Record<string, unknown> = {};
  for (const field of RENDITION_FIELDS) if (entry[field] !== undefined) out[field] = entry[field];
  return out as Rendition;
}

/** Deep equality of JSON values, whatever the order of object keys. */
function sameJson(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    return a.every((value, i) => sameJson(value, b[i]));
  }
  if (typeof a === "object" && a !== null && typeof b === "object" && b !== null) {
    const keysA = Object.keys(a);
    if (keysA.length !== Object.keys(b).length) return false;
    return keysA.every((key) => sameJson((a as Json)[key], (b as Json)[key]));
  }
  return a === b;
}
