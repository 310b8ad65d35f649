import { escapePointer, issuesFromSchemaErrors, type SchemaErrorObject } from "./ajv-issues.js";
import { ValidationError } from "./errors.js";
import { MODEL_RULES } from "./model-rules.js";
import type { ModelValidator, ValidationIssue } from "./validation.js";

/** A validator function as ajv's standalone code emits it. */
export interface GeneratedValidator {
  (data: unknown): boolean;
  errors?: SchemaErrorObject[] | null;
}

/** What a model package hands over to get its validator. */
export interface ModelValidatorOptions<T> {
  /** The model's name, e.g. `NewsArticle`, used in error messages. */
  model: string;
  /** The precompiled schema validator. */
  schemaValidator: GeneratedValidator;
  /**
   * Where the definitions that model rules apply to are used in the model, as JSON Pointers with
   * `*` for any array index or key, e.g. `{ CountryCode: ["/countries/*\/code"] }`. Generated with
   * the validator.
   */
  definitionPaths: Readonly<Record<string, readonly string[]>>;
  /**
   * Rules about the document as a whole, such as references between its parts; run on documents
   * that pass the schema.
   */
  documentRules?: (document: T) => ValidationIssue[];
}

/**
 * Builds the validate / is / assert trio for a model: the precompiled schema validator first, then
 * the model rules that JSON Schema cannot state (assigned country codes, span order, date precision,
 * references between the document's parts).
 */
export function createModelValidator<T>(options: ModelValidatorOptions<T>): ModelValidator<T> {
  const { model, schemaValidator, documentRules } = options;
  const checks = Object.entries(options.definitionPaths).flatMap(([definition, paths]) => {
    const rule = MODEL_RULES[definition];
    return rule === undefined ? [] : paths.map((path) => ({ rule, pattern: path.split("/").slice(1) }));
  });

  function findIssues(data: unknown): ValidationIssue[] {
    if (!schemaValidator(data)) return issuesFromSchemaErrors(schemaValidator.errors ?? []);
    const issues: ValidationIssue[] = [];
    for (const { rule, pattern } of checks) {
      for (const [path, value] of select(data, pattern, "")) {
        const issue = rule(value, path);
        if (issue !== undefined) issues.push(issue);
      }
    }
    if (documentRules !== undefined) issues.push(...documentRules(data as T));
    return issues;
  }

  return {
    validate(data) {
      const issues = findIssues(data);
      return issues.length === 0 ? { ok: true, value: data as T } : { ok: false, issues };
    },
    is(data): data is T {
      return findIssues(data).length === 0;
    },
    assert(data) {
      const issues = findIssues(data);
      if (issues.length > 0) throw new ValidationError(model, issues);
      return data as T;
    },
  };
}

/** Every value in `data` at a pointer pattern, with its concrete pointer. */
function* select(data: unknown, pattern: readonly string[], at: string): Generator<[string, unknown]> {
  if (pattern.length === 0) {
    yield [at, data];
    return;
  }
  if (typeof data !== "object" || data === null) return;
  const [head, ...rest] = pattern as [string, ...string[]];
  if (head === "*") {
    for (const [key, value] of Object.entries(data))
      yield* select(value, rest, `${at}/${escapePointer(key)}`);
    return;
  }
  const key = head.replaceAll("~1", "/").replaceAll("~0", "~");
  if (Object.hasOwn(data, key)) yield* select((data as Record<string, unknown>)[key], rest, `${at}/${head}`);
}
