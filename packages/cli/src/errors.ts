/**
 * Exit codes: 0 every document valid, 1 some document invalid, 2 a usage or input error, 70 (as
 * sysexits' EX_SOFTWARE) an internal error.
 */
export const ExitCode = { valid: 0, invalid: 1, error: 2, internal: 70 } as const;

/** The command line asks for something that cannot be done: an unknown option, a missing argument. */
export class UsageError extends Error {
  override readonly name = "UsageError";
}

/** Why an input could not be checked. */
export type InputErrorCode =
  | "unreadable"
  | "empty"
  | "encoding"
  | "malformed"
  | "too-deep"
  | "undetected"
  | "no-match"
  | "too-large"
  | "binary";

/**
 * An input that cannot be read, decoded or parsed, or that does not say what it is. Names the
 * file and, when known, the line and column.
 */
export class InputError extends Error {
  override readonly name = "InputError";
  readonly file: string;
  readonly code: InputErrorCode;
  readonly line: number | undefined;
  readonly column: number | undefined;
  /** The reason alone, without the place. */
  readonly reason: string;

  constructor(file: string, code: InputErrorCode, reason: string, place?: { line: number; column: number }) {
    super(`${file}${place === undefined ? "" : `:${place.line}:${place.column}`}: ${reason}`);
    this.file = file;
    this.code = code;
    this.reason = reason;
    this.line = place?.line;
    this.column = place?.column;
  }
}

/**
 * A schema the user gave cannot be used: unreadable, not a schema of a draft we know, invalid
 * against its meta-schema, a reference that leads nowhere. Names the schema file (not the document
 * being checked) and, when known, the line and column in it.
 */
export class SchemaError extends Error {
  override readonly name = "SchemaError";
  readonly file: string;
  readonly line: number | undefined;
  readonly column: number | undefined;
  /** The reason alone, without the place. */
  readonly reason: string;

  constructor(file: string, reason: string, place?: { line: number; column: number }) {
    super(`${file}${place === undefined ? "" : `:${place.line}:${place.column}`}: ${reason}`);
    this.file = file;
    this.reason = reason;
    this.line = place?.line;
    this.column = place?.column;
  }
}
