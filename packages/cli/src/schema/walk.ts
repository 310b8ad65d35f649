import { escapePointer } from "@communique/core";

/** Keywords whose value is one subschema. */
const ONE = [
  "additionalItems",
  "additionalProperties",
  "contains",
  "contentSchema",
  "else",
  "if",
  "items",
  "not",
  "propertyNames",
  "then",
  "unevaluatedItems",
  "unevaluatedProperties",
];
/** Keywords whose value is an array of subschemas. */
const LIST = ["allOf", "anyOf", "items", "oneOf", "prefixItems"];
/** Keywords whose value maps names to subschemas. */
const MAP = ["$defs", "definitions", "dependencies", "dependentSchemas", "patternProperties", "properties"];

/** A schema object found in a schema, with its JSON Pointer from the root. */
export interface Subschema {
  schema: Record<string, unknown>;
  pointer: string;
}

/**
 * Every schema object in a schema, the root first, found through the keywords that hold
 * subschemas (not through `enum`, `const`, `examples` or unknown keywords, which hold data).
 */
export function* subschemas(root: unknown): Generator<Subschema> {
  const stack: { value: unknown; pointer: string }[] = [{ value: root, pointer: "" }];
  for (let next = stack.pop(); next !== undefined; next = stack.pop()) {
    const { value, pointer } = next;
    if (!isObject(value)) continue;
    yield { schema: value, pointer };
    const found: { value: unknown; pointer: string }[] = [];
    for (const keyword of ONE) {
      if (isObject(value[keyword])) found.push({ value: value[keyword], pointer: `${pointer}/${keyword}` });
    }
    for (const keyword of LIST) {
      const list = value[keyword];
      if (!Array.isArray(list)) continue;
      for (const [i, item] of list.entries())
        found.push({ value: item, pointer: `${pointer}/${keyword}/${i}` });
    }
    for (const keyword of MAP) {
      const map = value[keyword];
      if (!isObject(map)) continue;
      for (const [name, item] of Object.entries(map))
        found.push({ value: item, pointer: `${pointer}/${keyword}/${escapePointer(name)}` });
    }
    // Reversed onto the stack, so that the walk visits in document order.
    stack.push(...found.reverse());
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
