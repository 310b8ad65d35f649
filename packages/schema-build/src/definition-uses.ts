import type { JsonSchema } from "./generate-schema.js";

/** One step from a value to a value inside it. */
export type UseStep = { key: string } | { items: true } | { values: true };

/**
 * JSON Pointer patterns (with `*` for any item or key) of every place in the instance where the
 * named definition is used, following `$ref`s from the root.
 */
export function findDefinitionUses(schema: JsonSchema, definition: string): string[] {
  return [...new Set(findDefinitionSteps(schema, definition).map(patternOf))];
}

/**
 * The same places as `findDefinitionUses`, as steps that say whether a `*` is an array's items or
 * an object's values, sorted by their patterns.
 */
export function findDefinitionSteps(schema: JsonSchema, definition: string): UseStep[][] {
  const target = `#/definitions/${definition}`;
  const definitions = (schema.definitions ?? {}) as Record<string, JsonSchema>;
  const found = new Map<string, UseStep[]>();
  const visit = (node: unknown, at: UseStep[], seen: ReadonlySet<string>): void => {
    if (typeof node !== "object" || node === null) return;
    const s = node as JsonSchema;
    if (typeof s.$ref === "string") {
      if (s.$ref === target) found.set(JSON.stringify(at), at);
      else if (!seen.has(s.$ref)) {
        const name = s.$ref.replace("#/definitions/", "");
        visit(definitions[name], at, new Set([...seen, s.$ref]));
      }
    }
    for (const key of ["anyOf", "oneOf", "allOf"]) {
      if (Array.isArray(s[key])) for (const branch of s[key]) visit(branch, at, seen);
    }
    if (typeof s.properties === "object" && s.properties !== null) {
      for (const [name, child] of Object.entries(s.properties)) visit(child, [...at, { key: name }], seen);
    }
    if (s.items !== undefined) visit(s.items, [...at, { items: true }], seen);
    if (typeof s.additionalProperties === "object")
      visit(s.additionalProperties, [...at, { values: true }], seen);
  };
  visit(schema, [], new Set());
  return [...found.values()]
    .map((steps) => ({ steps, pattern: patternOf(steps) }))
    .sort((a, b) => (a.pattern < b.pattern ? -1 : a.pattern > b.pattern ? 1 : 0))
    .map(({ steps }) => steps);
}

/** Steps as a JSON Pointer pattern, `*` standing for any item or key. */
function patternOf(steps: readonly UseStep[]): string {
  return steps.map((step) => `/${"key" in step ? escapePointerToken(step.key) : "*"}`).join("");
}

export function escapePointerToken(token: string): string {
  return token.replace(/~/g, "~0").replace(/\//g, "~1");
}
