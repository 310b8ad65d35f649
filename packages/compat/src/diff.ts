import {
  ANNOTATIONS,
  acceptsEverything,
  canonical,
  pointerToken,
  resolve,
  type SchemaObject,
  sameJson,
} from "./json.js";
import { type Change, type Direction, RULES, type RuleName } from "./rules.js";

/**
 * Every difference between two JSON Schemas (draft-07 and later), each named by a rule, placed by
 * a JSON Pointer, and classified by the way it moves the set of accepted documents. `$ref`s are
 * followed and recursive schemas handled: each pair of subschemas is compared once.
 */
export function diffSchemas(before: unknown, after: unknown): Change[] {
  const diff = new SchemaDiff(before, after);
  if (isObject(before) && isObject(after)) {
    if (!sameJson(before.$id, after.$id)) diff.add("SCHEMA_ID_CHANGED", "/$id", before.$id, after.$id);
    if (!sameJson(before.$schema, after.$schema))
      diff.add("DIALECT_CHANGED", "/$schema", before.$schema, after.$schema);
  }
  diff.compare(before, after, "");
  return diff.changes;
}

/** The overall direction of a set of changes, ignoring annotations; `undefined` when none moves. */
export function overallDirection(changes: readonly Change[]): Direction | undefined {
  const moves = new Set(
    changes.map((change) => change.direction).filter((direction) => direction !== "annotation"),
  );
  if (moves.size === 0) return changes.length > 0 ? "annotation" : undefined;
  if (moves.size === 1) return [...moves][0];
  return "change";
}

const NODE_ANNOTATIONS: [string, RuleName][] = [
  ["title", "TITLE_CHANGED"],
  ["description", "DESCRIPTION_CHANGED"],
  ["examples", "EXAMPLES_CHANGED"],
  ["$comment", "COMMENT_CHANGED"],
];

/** Keywords compared by their own rules below; any other validation keyword that differs is reported as unsupported. */
const UNDERSTOOD = new Set([
  ...ANNOTATIONS,
  "$ref",
  "type",
  "enum",
  "const",
  "properties",
  "required",
  "additionalProperties",
  "patternProperties",
  "propertyNames",
  "minProperties",
  "maxProperties",
  "minLength",
  "maxLength",
  "pattern",
  "format",
  "minimum",
  "maximum",
  "exclusiveMinimum",
  "exclusiveMaximum",
  "multipleOf",
  "items",
  "minItems",
  "maxItems",
  "uniqueItems",
  "anyOf",
  "oneOf",
  "allOf",
]);

const TYPES = ["null", "boolean", "object", "array", "number", "integer", "string"];

class SchemaDiff {
  readonly changes: Change[] = [];
  private readonly compared = new Map<unknown, Set<unknown>>();

  constructor(
    private readonly rootBefore: unknown,
    private readonly rootAfter: unknown,
  ) {}

  add(
    rule: RuleName,
    path: string,
    before?: unknown,
    after?: unknown,
    direction: Direction = RULES[rule],
  ): void {
    this.changes.push({
      rule,
      direction,
      path,
      ...(before === undefined ? {} : { before }),
      ...(after === undefined ? {} : { after }),
    });
  }

  compare(rawBefore: unknown, rawAfter: unknown, path: string): void {
    this.annotations(rawBefore, rawAfter, path);
    const before = resolve(this.rootBefore, rawBefore ?? true);
    const after = resolve(this.rootAfter, rawAfter ?? true);
    if (before !== rawBefore || after !== rawAfter) this.annotations(before, after, path);
    // Each pair of subschemas once: this ends recursion through recursive $refs.
    const seen = this.compared.get(before) ?? new Set();
    if (seen.has(after)) return;
    seen.add(after);
    this.compared.set(before, seen);

    if (before === false || after === false) {
      if (before === false && after !== false) this.add("SCHEMA_EXTENDED_FROM_NOTHING", path);
      if (after === false && before !== false) this.add("SCHEMA_NARROWED_TO_NOTHING", path);
      return;
    }
    const a = isObject(before) ? before : {};
    const b = isObject(after) ? after : {};
    this.types(a, b, path);
    this.values(a, b, path);
    this.strings(a, b, path);
    this.numbers(a, b, path);
    this.objects(a, b, path);
    this.arrays(a, b, path);
    for (const keyword of ["anyOf", "oneOf", "allOf"] as const) this.combinator(keyword, a, b, path);
    for (const keyword of new Set([...Object.keys(a), ...Object.keys(b)])) {
      if (!UNDERSTOOD.has(keyword) && !sameJson(a[keyword], b[keyword])) {
        this.add("UNSUPPORTED_KEYWORD_CHANGED", `${path}/${pointerToken(keyword)}`, a[keyword], b[keyword]);
      }
    }
  }

  private annotations(before: unknown, after: unknown, path: string): void {
    const a = isObject(before) ? before : {};
    const b = isObject(after) ? after : {};
    for (const [keyword, rule] of NODE_ANNOTATIONS) {
      if (!sameJson(a[keyword], b[keyword]))
        this.add(rule, `${path}/${pointerToken(keyword)}`, a[keyword], b[keyword]);
    }
    if (!sameJson(a.default, b.default)) {
      const rule =
        a.default === undefined
          ? "DEFAULT_ADDED"
          : b.default === undefined
            ? "DEFAULT_REMOVED"
            : "DEFAULT_CHANGED";
      this.add(rule, `${path}/default`, a.default, b.default);
    }
  }

  private types(a: SchemaObject, b: SchemaObject, path: string): void {
    const before = typeSet(a.type);
    const after = typeSet(b.type);
    const grows = before.every((type) => covers(after, type));
    const shrinks = after.every((type) => covers(before, type));
    if (grows && shrinks) return;
    const rule = grows ? "TYPE_EXTENDED" : shrinks ? "TYPE_NARROWED" : "TYPE_CHANGED";
    this.add(rule, `${path}/type`, a.type, b.type);
  }

  private values(a: SchemaObject, b: SchemaObject, path: string): void {
    const constBefore = Object.hasOwn(a, "const");
    const constAfter = Object.hasOwn(b, "const");
    if (constBefore && constAfter && !Object.hasOwn(a, "enum") && !Object.hasOwn(b, "enum")) {
      if (!sameJson(a.const, b.const)) this.add("CONST_CHANGED", `${path}/const`, a.const, b.const);
      return;
    }
    const before = allowedValues(a);
    const after = allowedValues(b);
    if (before === undefined && after === undefined) return;
    if (before === undefined) {
      this.add(
        constAfter ? "CONST_ADDED" : "ENUM_ADDED",
        `${path}/${constAfter ? "const" : "enum"}`,
        undefined,
        constAfter ? b.const : b.enum,
      );
      return;
    }
    if (after === undefined) {
      this.add(
        constBefore ? "CONST_REMOVED" : "ENUM_REMOVED",
        `${path}/${constBefore ? "const" : "enum"}`,
        constBefore ? a.const : a.enum,
      );
      return;
    }
    const keysBefore = new Set(before.map(canonical));
    const keysAfter = new Set(after.map(canonical));
    const added = after.filter((value) => !keysBefore.has(canonical(value)));
    const removed = before.filter((value) => !keysAfter.has(canonical(value)));
    const at = `${path}/${Object.hasOwn(b, "enum") ? "enum" : "const"}`;
    if (added.length > 0) this.add("ENUM_VALUES_ADDED", at, undefined, added);
    if (removed.length > 0) this.add("ENUM_VALUES_REMOVED", at, removed);
  }

  private strings(a: SchemaObject, b: SchemaObject, path: string): void {
    this.bound(a, b, path, "maxLength", "MAX_LENGTH");
    this.bound(a, b, path, "minLength", "MIN_LENGTH");
    for (const [keyword, prefix] of [
      ["pattern", "PATTERN"],
      ["format", "FORMAT"],
    ] as const) {
      if (sameJson(a[keyword], b[keyword])) continue;
      const change = a[keyword] === undefined ? "ADDED" : b[keyword] === undefined ? "REMOVED" : "CHANGED";
      this.add(`${prefix}_${change}`, `${path}/${keyword}`, a[keyword], b[keyword]);
    }
  }

  private numbers(a: SchemaObject, b: SchemaObject, path: string): void {
    this.bound(a, b, path, "maximum", "MAXIMUM");
    this.bound(a, b, path, "minimum", "MINIMUM");
    this.bound(a, b, path, "exclusiveMaximum", "EXCLUSIVE_MAXIMUM");
    this.bound(a, b, path, "exclusiveMinimum", "EXCLUSIVE_MINIMUM");
    const before = a.multipleOf;
    const after = b.multipleOf;
    if (sameJson(before, after)) return;
    if (typeof before !== "number") this.add("MULTIPLE_OF_ADDED", `${path}/multipleOf`, undefined, after);
    else if (typeof after !== "number") this.add("MULTIPLE_OF_REMOVED", `${path}/multipleOf`, before);
    else {
      // Every multiple of the old factor is a multiple of a new factor that divides it: wider.
      const rule = isWhole(before / after)
        ? "MULTIPLE_OF_REDUCED"
        : isWhole(after / before)
          ? "MULTIPLE_OF_EXPANDED"
          : "MULTIPLE_OF_CHANGED";
      this.add(rule, `${path}/multipleOf`, before, after);
    }
  }

  private objects(a: SchemaObject, b: SchemaObject, path: string): void {
    const propsBefore = record(a.properties);
    const propsAfter = record(b.properties);
    for (const name of Object.keys(propsAfter)) {
      const at = `${path}/properties/${pointerToken(name)}`;
      if (Object.hasOwn(propsBefore, name)) this.compare(propsBefore[name], propsAfter[name], at);
      else this.propertyAdded(a, propsAfter[name], at);
    }
    for (const name of Object.keys(propsBefore)) {
      if (!Object.hasOwn(propsAfter, name))
        this.propertyRemoved(b, propsBefore[name], `${path}/properties/${pointerToken(name)}`);
    }
    const requiredBefore = new Set(strings(a.required));
    const requiredAfter = new Set(strings(b.required));
    for (const name of requiredAfter)
      if (!requiredBefore.has(name)) this.add("REQUIRED_PROPERTY_ADDED", `${path}/required`, undefined, name);
    for (const name of requiredBefore)
      if (!requiredAfter.has(name)) this.add("REQUIRED_PROPERTY_REMOVED", `${path}/required`, name);
    this.additionalProperties(a.additionalProperties, b.additionalProperties, `${path}/additionalProperties`);
    const patternsBefore = record(a.patternProperties);
    const patternsAfter = record(b.patternProperties);
    for (const pattern of new Set([...Object.keys(patternsBefore), ...Object.keys(patternsAfter)])) {
      this.compare(
        patternsBefore[pattern],
        patternsAfter[pattern],
        `${path}/patternProperties/${pointerToken(pattern)}`,
      );
    }
    this.compare(a.propertyNames, b.propertyNames, `${path}/propertyNames`);
    this.bound(a, b, path, "maxProperties", "MAX_PROPERTIES");
    this.bound(a, b, path, "minProperties", "MIN_PROPERTIES");
  }

  /** A property the new schema names: what did the old schema say about that name? */
  private propertyAdded(before: SchemaObject, schema: unknown, at: string): void {
    const model = contentModel(before);
    if (model === "closed") this.add("PROPERTY_ADDED_TO_CLOSED_CONTENT_MODEL", at);
    else if (model === "open") {
      if (!acceptsEverything(resolve(this.rootAfter, schema)))
        this.add("PROPERTY_ADDED_TO_OPEN_CONTENT_MODEL", at);
    } else {
      const direction = this.subDirection(before.additionalProperties, schema, at);
      if (direction !== undefined)
        this.add("PROPERTY_ADDED_TO_PARTIALLY_OPEN_CONTENT_MODEL", at, undefined, undefined, direction);
    }
  }

  /** A property the new schema no longer names: what does it say about that name now? */
  private propertyRemoved(after: SchemaObject, schema: unknown, at: string): void {
    const model = contentModel(after);
    if (model === "closed") this.add("PROPERTY_REMOVED_FROM_CLOSED_CONTENT_MODEL", at);
    else if (model === "open") {
      if (!acceptsEverything(resolve(this.rootBefore, schema)))
        this.add("PROPERTY_REMOVED_FROM_OPEN_CONTENT_MODEL", at);
    } else {
      const direction = this.subDirection(schema, after.additionalProperties, at);
      if (direction !== undefined)
        this.add("PROPERTY_REMOVED_FROM_PARTIALLY_OPEN_CONTENT_MODEL", at, undefined, undefined, direction);
    }
  }

  /** The overall direction of the difference between two subschemas, without recording it. */
  private subDirection(before: unknown, after: unknown, path: string): Direction | undefined {
    const inner = new SchemaDiff(this.rootBefore, this.rootAfter);
    inner.compare(before, after, path);
    const direction = overallDirection(inner.changes);
    return direction === "annotation" ? undefined : direction;
  }

  private additionalProperties(before: unknown, after: unknown, path: string): void {
    const a = before ?? true;
    const b = after ?? true;
    if (sameJson(a, b)) return;
    if (typeof a === "boolean" || typeof b === "boolean") {
      const opens = acceptsEverything(b) || (a === false && b !== false);
      this.add(opens ? "ADDITIONAL_PROPERTIES_EXTENDED" : "ADDITIONAL_PROPERTIES_NARROWED", path, a, b);
      return;
    }
    this.compare(a, b, path);
  }

  private arrays(a: SchemaObject, b: SchemaObject, path: string): void {
    if (Array.isArray(a.items) || Array.isArray(b.items)) {
      const before = Array.isArray(a.items) ? a.items : [];
      const after = Array.isArray(b.items) ? b.items : [];
      for (let i = 0; i < Math.max(before.length, after.length); i++) {
        this.compare(
          before[i] ?? (Array.isArray(a.items) ? a.additionalItems : a.items),
          after[i] ?? (Array.isArray(b.items) ? b.additionalItems : b.items),
          `${path}/items/${i}`,
        );
      }
    } else {
      this.compare(a.items, b.items, `${path}/items`);
    }
    this.bound(a, b, path, "maxItems", "MAX_ITEMS");
    this.bound(a, b, path, "minItems", "MIN_ITEMS");
    if (Boolean(a.uniqueItems) !== Boolean(b.uniqueItems)) {
      this.add(
        b.uniqueItems === true ? "UNIQUE_ITEMS_ADDED" : "UNIQUE_ITEMS_REMOVED",
        `${path}/uniqueItems`,
        a.uniqueItems,
        b.uniqueItems,
      );
    }
  }

  private combinator(
    keyword: "anyOf" | "oneOf" | "allOf",
    a: SchemaObject,
    b: SchemaObject,
    path: string,
  ): void {
    if (a[keyword] === undefined && b[keyword] === undefined) return;
    // An absent anyOf/oneOf accepts everything, like a single `true` branch; an absent allOf is empty.
    const absent = keyword === "allOf" ? [] : [true];
    const before = Array.isArray(a[keyword]) ? [...(a[keyword] as unknown[])] : absent;
    const after = Array.isArray(b[keyword]) ? [...(b[keyword] as unknown[])] : absent;
    const key = (root: unknown, branch: unknown) => canonical(resolve(root, branch));
    const unmatchedBefore = before
      .map((branch, i) => ({ branch, i }))
      .filter(
        ({ branch }) => !after.some((other) => key(this.rootAfter, other) === key(this.rootBefore, branch)),
      );
    const unmatchedAfter = after
      .map((branch, i) => ({ branch, i }))
      .filter(
        ({ branch }) => !before.some((other) => key(this.rootBefore, other) === key(this.rootAfter, branch)),
      );
    const prefix = keyword === "anyOf" ? "ANY_OF" : keyword === "oneOf" ? "ONE_OF" : "ALL_OF";
    // Branches that changed are paired in order and compared; the rest were added or removed.
    while (unmatchedBefore.length > 0 && unmatchedAfter.length > 0) {
      const old = unmatchedBefore.shift() as { branch: unknown; i: number };
      const now = unmatchedAfter.shift() as { branch: unknown; i: number };
      this.compare(old.branch, now.branch, `${path}/${keyword}/${now.i}`);
    }
    for (const { i } of unmatchedAfter) this.add(`${prefix}_BRANCH_ADDED`, `${path}/${keyword}/${i}`);
    for (const { i } of unmatchedBefore) this.add(`${prefix}_BRANCH_REMOVED`, `${path}/${keyword}/${i}`);
  }

  /** A numeric bound added, removed, raised or lowered; the rule table knows which way each moves. */
  private bound(a: SchemaObject, b: SchemaObject, path: string, keyword: string, prefix: string): void {
    const before = a[keyword];
    const after = b[keyword];
    if (sameJson(before, after)) return;
    const at = `${path}/${keyword}`;
    if (typeof before !== "number") this.add(`${prefix}_ADDED` as RuleName, at, undefined, after);
    else if (typeof after !== "number") this.add(`${prefix}_REMOVED` as RuleName, at, before);
    else this.add(`${prefix}_${after > before ? "INCREASED" : "DECREASED"}` as RuleName, at, before, after);
  }
}

function isObject(value: unknown): value is SchemaObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function record(value: unknown): Record<string, unknown> {
  return isObject(value) ? value : {};
}

function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === "string") : [];
}

function typeSet(type: unknown): string[] {
  if (typeof type === "string") return [type];
  if (Array.isArray(type)) return type.filter((item): item is string => typeof item === "string");
  return TYPES;
}

/** Whether a set of types accepts every value of `type` (an integer is a number). */
function covers(types: readonly string[], type: string): boolean {
  return types.includes(type) || (type === "integer" && types.includes("number"));
}

function allowedValues(schema: SchemaObject): unknown[] | undefined {
  if (Array.isArray(schema.enum))
    return Object.hasOwn(schema, "const")
      ? schema.enum.filter((v) => sameJson(v, schema.const))
      : schema.enum;
  if (Object.hasOwn(schema, "const")) return [schema.const];
  return undefined;
}

/** How an object schema treats names it does not list: closed, open, or by a schema (partially open). */
function contentModel(schema: SchemaObject): "closed" | "open" | "partial" {
  if (isObject(schema.patternProperties) && Object.keys(schema.patternProperties).length > 0)
    return "partial";
  const additional = schema.additionalProperties;
  if (additional === false) return "closed";
  return acceptsEverything(additional) ? "open" : "partial";
}

function isWhole(ratio: number): boolean {
  return Math.abs(ratio - Math.round(ratio)) < 1e-9;
}
