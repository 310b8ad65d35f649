/**
 * Something a conversion could not carry across, or had to guess: where it is (a JSON Pointer into
 * the input) and why. Warnings are data; the CLI prints them on standard error.
 */
export interface ConversionWarning {
  /** A JSON Pointer into the input, e.g. `/people/0/posts` or `/urgency`. */
  path: string;
  /** A short stable name for the kind of warning, e.g. `not-carried`, `kept-in-extensions`. */
  code: WarningCode;
  /** What happened, in words. */
  message: string;
}

/** The kinds of warning a conversion gives. */
export type WarningCode =
  /** The target format has no place for the value; it is left out. */
  | "not-carried"
  /** The model has no field for the value; it is kept under `extensions`. */
  | "kept-in-extensions"
  /** A value was missing and a stated default took its place. */
  | "defaulted"
  /** The value was read in a way the input does not state outright (e.g. an item without `type`). */
  | "assumed"
  /** The input holds something the standard does not define. */
  | "unknown-property";

/** Options every conversion takes. */
export interface ConversionOptions {
  /** Called once for each warning, in input order. Without it, warnings are not reported. */
  onWarning?: (warning: ConversionWarning) => void;
}

/** Escapes one segment of a JSON Pointer (RFC 6901). */
export function pointerSegment(segment: string | number): string {
  return String(segment).replaceAll("~", "~0").replaceAll("/", "~1");
}
