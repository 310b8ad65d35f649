import { isAbsoluteUri } from "./identifiers.js";
import type { NinjsItem } from "./ninjs-types.js";

/** Why a value cannot be imported as a NewsArticle. */
export type NinjsImportErrorCode =
  /** It is not a ninjs item, or one whose properties have the wrong shape. */
  | "invalid"
  /** It is a ninjs item of another kind (a picture, a video, an event, a package). */
  | "not-text";

/** A value that is not a ninjs text item, with the JSON Pointer of what is wrong. */
export class NinjsImportError extends Error {
  override readonly name = "NinjsImportError";
  /** A JSON Pointer into the input, e.g. `/headlines/0/value`. */
  readonly path: string;
  readonly code: NinjsImportErrorCode;
  /** The reason alone, without the path. */
  readonly reason: string;

  constructor(path: string, code: NinjsImportErrorCode, reason: string) {
    super(`${path === "" ? "/" : path}: ${reason}`);
    this.path = path;
    this.code = code;
    this.reason = reason;
  }
}

type Check = (value: unknown, path: string) => void;

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

function fail(path: string, reason: string): never {
  throw new NinjsImportError(path, "invalid", reason);
}

const string: Check = (value, path) => {
  if (typeof value !== "string") fail(path, `expected a string, found ${describe(value)}`);
};

const integer: Check = (value, path) => {
  if (!Number.isInteger(value)) fail(path, `expected an integer, found ${describe(value)}`);
};

/** An object whose listed properties, when present, pass their checks; `required` must be present. */
function object(properties: Record<string, Check>, required: readonly string[] = []): Check {
  return (value, path) => {
    if (!isObject(value)) fail(path, `expected an object, found ${describe(value)}`);
    for (const name of required) if (!(name in value)) fail(path, `"${name}" is required`);
    for (const [name, check] of Object.entries(properties))
      if (value[name] !== undefined) check(value[name], `${path}/${name}`);
  };
}

function array(items: Check): Check {
  return (value, path) => {
    if (!Array.isArray(value)) fail(path, `expected an array, found ${describe(value)}`);
    value.forEach((item, i) => {
      items(item, `${path}/${i}`);
    });
  };
}

const text = object({ role: string, contentType: string, value: string }, ["value"]);
const concept = { name: string, uri: string, literal: string };
const entity = array(object({ ...concept, rel: string, id: string }));

/** The checks for the properties the import reads; the rest are kept or reported as they are. */
const ITEM_PROPERTIES: Record<string, Check> = {
  uri: string,
  type: string,
  language: string,
  headlines: array(text),
  bodies: array(
    object({ role: string, contentType: string, value: string, charCount: integer, wordCount: integer }, [
      "value",
    ]),
  ),
  descriptions: array(text),
  title: string,
  by: string,
  located: string,
  firstCreated: string,
  versionCreated: string,
  subjects: array(
    object({ ...concept, rel: string, creator: string, relevance: integer, confidence: integer }),
  ),
  genres: array(object(concept)),
  people: entity,
  organisations: entity,
  places: entity,
  infoSources: array(object({ ...concept, role: string })),
  altIds: array(object({ role: string, value: string })),
  associations: array(object({ name: string, uri: string, rel: string })),
  standard: object({ name: string, version: string, schema: string }),
};

/**
 * Checks that `value` is a ninjs item whose properties the import reads have the shapes ninjs
 * 3.x gives them, and returns it typed. Throws a `NinjsImportError` at the first wrong one.
 */
export function checkItemShape(value: unknown): NinjsItem {
  object(ITEM_PROPERTIES, ["uri"])(value, "");
  const item = value as unknown as NinjsItem;
  if (!isAbsoluteUri(item.uri))
    fail("/uri", `"${item.uri}" is not an absolute URI, which ninjs requires of an item's uri`);
  return item;
}

function describe(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  return typeof value === "object" ? "an object" : `${typeof value} ${JSON.stringify(value)}`;
}
