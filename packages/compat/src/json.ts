/** A JSON Schema: an object, or `true` (anything) / `false` (nothing). */
export type Schema = boolean | SchemaObject;

/** A JSON Schema object, its keywords untyped: the checker reads what it understands. */
export type SchemaObject = Record<string, unknown>;

/** JSON text with object keys sorted, so that equal values give equal text. */
export function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  if (typeof value === "object" && value !== null) {
    const keys = Object.keys(value).sort();
    return `{${keys.map((key) => `${JSON.stringify(key)}:${canonical((value as Record<string, unknown>)[key])}`).join(",")}}`;
  }
  return JSON.stringify(value) ?? "null";
}

/** Whether two JSON values are equal. */
export function sameJson(a: unknown, b: unknown): boolean {
  return canonical(a) === canonical(b);
}

/** Escapes one JSON Pointer reference token (RFC 6901). */
export function pointerToken(token: string | number): string {
  return String(token).replaceAll("~", "~0").replaceAll("/", "~1");
}

/** Whether a schema accepts every value: `true`, `{}`, or an object with only annotations. */
export function acceptsEverything(schema: unknown): boolean {
  if (schema === true || schema === undefined) return true;
  if (typeof schema !== "object" || schema === null) return false;
  return Object.keys(schema).every((key) => ANNOTATIONS.has(key));
}

/** Keywords that describe a schema without changing what it accepts. */
export const ANNOTATIONS = new Set([
  "title",
  "description",
  "examples",
  "$comment",
  "default",
  "$id",
  "$schema",
  "definitions",
  "$defs",
  "readOnly",
  "writeOnly",
  "deprecated",
]);

/**
 * Follows `$ref`s within the document (`#`, `#/definitions/…`, any local JSON Pointer) to the
 * schema they name. A `$ref` that points outside the document, or into a loop, is returned as is.
 */
export function resolve(root: unknown, schema: unknown): unknown {
  let current = schema;
  const followed = new Set<string>();
  while (
    typeof current === "object" &&
    current !== null &&
    typeof (current as SchemaObject).$ref === "string"
  ) {
    const ref = (current as SchemaObject).$ref as string;
    if (!ref.startsWith("#") || followed.has(ref)) return current;
    followed.add(ref);
    const target = pointerGet(root, decodeURIComponent(ref.slice(1)));
    if (target === undefined) return current;
    current = target;
  }
  return current;
}

function pointerGet(root: unknown, pointer: string): unknown {
  if (pointer === "") return root;
  let node = root;
  for (const token of pointer.slice(1).split("/")) {
    const key = token.replaceAll("~1", "/").replaceAll("~0", "~");
    if (typeof node !== "object" || node === null || !Object.hasOwn(node, key)) return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return node;
}
