/**
 * One problem found in a document, as data: where it is, which rule it breaks, and why.
 * Formatted into words only at the edge (see `formatIssue`).
 */
export interface ValidationIssue {
  /** JSON Pointer to the offending value, e.g. `/body/paragraphs/3/text`; `""` is the document. */
  path: string;
  /** The rule broken: a JSON Schema keyword (`required`, `pattern`, …) or a model rule (`country-code`). */
  code: string;
  /** What is wrong, in words a person understands. */
  message: string;
  /** JSON Pointer into the schema to the keyword that failed, when a schema rule failed. */
  schemaPath?: string;
  /** Details that depend on the rule: the missing property, the allowed values, a likely intended name. */
  params?: Record<string, unknown>;
}

/** What a validator returns: the typed value, or the issues that stop it from being one. */
export type ValidationResult<T> = { ok: true; value: T } | { ok: false; issues: ValidationIssue[] };

/** A validator for one model: validates, narrows, or throws. */
export interface ModelValidator<T> {
  /** Validates `data` and returns a result; never throws for bad data. */
  validate(data: unknown): ValidationResult<T>;
  /** Whether `data` is a valid instance; narrows its type. */
  is(data: unknown): data is T;
  /** Returns `data` typed when valid; throws a `ValidationError` listing the issues otherwise. */
  assert(data: unknown): T;
}
