import type { Position } from "./position.js";

/** One document read from an input, ready to validate. */
export interface SourceDocument {
  /** The parsed value. */
  value: unknown;
  /** The line of the file the document starts on (1 for a whole-file document). */
  line: number;
  /**
   * Where the value at a JSON Pointer stands in the file. Only failing documents need positions,
   * so implementations work them out on demand.
   */
  locate(pointer: string): Position;
}
