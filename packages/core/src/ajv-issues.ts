import { distance } from "fastest-levenshtein";
import type { ValidationIssue } from "./validation.js";

/**
 * The shape of an error object from an ajv validator compiled with `verbose: true`. Declared here
 * so that core does not depend on ajv.
 */
export interface SchemaErrorObject {
  keyword: string;
  instancePath: string;
  schemaPath: string;
  params: Record<string, unknown>;
  message?: string;
  parentSchema?: unknown;
}

/** Turns the errors of a generated validator into issues with messages a person understands. */
export function issuesFromSchemaErrors(errors: readonly SchemaErrorObject[]): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  for (const error of errors) {
    // anyOf/oneOf repeat what their branches already said; keep the branch errors only.
    if (error.keyword === "anyOf" || error.keyword === "oneOf") continue;
    // A bad property name also fails the keywords inside propertyNames (its pattern, say), reported
    // at the object with no name; the propertyNames issue itself names the property.
    if (error.schemaPath.includes("/propertyNames/")) continue;
    issues.push(toIssue(error));
  }
  return issues;
}

function toIssue(error: SchemaErrorObject): ValidationIssue {
  const { keyword, instancePath, schemaPath, params } = error;
  const base = { code: keyword, schemaPath };
  switch (keyword) {
    case "required": {
      const property = String(params.missingProperty);
      return {
        ...base,
        path: instancePath,
        message: `missing required property "${shorten(property)}"`,
        params: { property },
      };
    }
    case "additionalProperties": {
      const property = String(params.additionalProperty);
      const suggestion = nearestName(property, knownProperties(error.parentSchema));
      return {
        ...base,
        path: `${instancePath}/${escapePointer(property)}`,
        message:
          `unknown property "${shorten(property)}"` +
          (suggestion === undefined ? "" : `; did you mean "${suggestion}"?`),
        params: suggestion === undefined ? { property } : { property, suggestion },
      };
    }
    case "enum": {
      const allowed = Array.isArray(params.allowedValues) ? params.allowedValues : [];
      return {
        ...base,
        path: instancePath,
        message: `must be one of ${allowed.map((value) => JSON.stringify(value)).join(", ")}`,
        params: { allowed },
      };
    }
    case "const":
      return {
        ...base,
        path: instancePath,
        message: `must be ${JSON.stringify(params.allowedValue)}`,
        params: { allowed: params.allowedValue },
      };
    case "pattern":
      return {
        ...base,
        path: instancePath,
        message: `must match the pattern ${String(params.pattern)}`,
        params: { pattern: params.pattern },
      };
    case "format":
      return {
        ...base,
        path: instancePath,
        message: `must be a valid ${String(params.format)}`,
        params: { format: params.format },
      };
    case "propertyNames":
      return {
        ...base,
        path: `${instancePath}/${escapePointer(String(params.propertyName))}`,
        message: `property name "${shorten(String(params.propertyName))}" is not allowed here`,
        params: { property: params.propertyName },
      };
    default:
      return { ...base, path: instancePath, message: error.message ?? `fails "${keyword}"`, params };
  }
}

function knownProperties(schema: unknown): string[] {
  if (typeof schema !== "object" || schema === null) return [];
  const properties = (schema as { properties?: unknown }).properties;
  return typeof properties === "object" && properties !== null ? Object.keys(properties) : [];
}

/** The known name closest to `name`, when it is close enough to be a likely typo. */
export function nearestName(name: string, known: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  const lower = name.toLowerCase();
  for (const candidate of known) {
    const d = distance(lower, candidate.toLowerCase());
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  // Allow about one edit in three characters: `headlin`, `dateLine`, `paragraps` but not `foo`.
  return best !== undefined && bestDistance <= Math.max(1, Math.floor(name.length / 3)) ? best : undefined;
}

/** Cuts text a message quotes (a property name can be megabytes long) to a readable length. */
export function shorten(text: string, max = 80): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

/** Unescapes one JSON Pointer reference token (RFC 6901). */
export function unescapePointer(token: string): string {
  return token.replaceAll("~1", "/").replaceAll("~0", "~");
}

/** Escapes one JSON Pointer reference token (RFC 6901). */
export function escapePointer(token: string): string {
  return token.replaceAll("~", "~0").replaceAll("/", "~1");
}
