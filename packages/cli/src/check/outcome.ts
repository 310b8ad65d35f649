import type { ValidationIssue } from "@communique/core";
import type { InputErrorCode } from "../errors.js";

/** An issue placed in its file. */
export interface LocatedIssue extends ValidationIssue {
  line: number;
  column: number;
}

/** A document that failed, with every issue placed. */
export interface DocumentFailure {
  file: string;
  /** The line the document starts on. */
  line: number;
  /** The model or schema it was checked against. */
  model: string;
  issues: LocatedIssue[];
}

/** An input, or part of one, that could not be checked. Plain data, so that workers can send it. */
export interface InputProblem {
  file: string;
  code: InputErrorCode;
  reason: string;
  line?: number;
  column?: number;
}

/** What checking one input found. */
export interface InputOutcome {
  /** The input as the user named it (`-` for standard input). */
  file: string;
  /** Documents checked, by the model they were checked against. */
  valid: Record<string, number>;
  invalid: Record<string, number>;
  /** The failing documents, up to the report limit. */
  failures: DocumentFailure[];
  /** Failing documents past the report limit, counted but not kept. */
  omittedFailures: number;
  problems: InputProblem[];
}

/** A fresh, empty outcome for an input. */
export function emptyOutcome(file: string): InputOutcome {
  return { file, valid: {}, invalid: {}, failures: [], omittedFailures: 0, problems: [] };
}

/** Adds `part` (a later part of the same input, such as an NDJSON batch) into `into`. */
export function mergeOutcome(into: InputOutcome, part: InputOutcome, maxFailures: number): void {
  for (const [model, count] of Object.entries(part.valid))
    into.valid[model] = (into.valid[model] ?? 0) + count;
  for (const [model, count] of Object.entries(part.invalid))
    into.invalid[model] = (into.invalid[model] ?? 0) + count;
  const room = Math.max(0, maxFailures - into.failures.length);
  into.failures.push(...part.failures.slice(0, room));
  into.omittedFailures += part.omittedFailures + Math.max(0, part.failures.length - room);
  into.problems.push(...part.problems);
}

/** The number of documents in a count by model. */
export function countOf(counts: Record<string, number>): number {
  let total = 0;
  for (const count of Object.values(counts)) total += count;
  return total;
}

/** Totals over a whole run. */
export interface Totals {
  inputs: number;
  documents: number;
  valid: number;
  invalid: number;
  problems: number;
}

/** Adds up the outcomes of a run. */
export function totals(outcomes: readonly InputOutcome[]): Totals {
  let valid = 0;
  let invalid = 0;
  let problems = 0;
  for (const outcome of outcomes) {
    valid += countOf(outcome.valid);
    invalid += countOf(outcome.invalid);
    problems += outcome.problems.length;
  }
  return { inputs: outcomes.length, documents: valid + invalid, valid, invalid, problems };
}

/**
 * An outcome as a worker sends it: the name of the model when the input held one valid document
 * and nothing else (most inputs of most runs), the whole outcome otherwise. Fewer objects to copy
 * between threads.
 */
export type PackedOutcome = InputOutcome | string;

/** Packs an outcome for sending (see `PackedOutcome`). */
export function packOutcome(outcome: InputOutcome): PackedOutcome {
  if (outcome.failures.length > 0 || outcome.problems.length > 0 || outcome.omittedFailures > 0)
    return outcome;
  const models = Object.keys(outcome.valid);
  const [model] = models;
  const single = models.length === 1 && model !== undefined && outcome.valid[model] === 1;
  return single && Object.keys(outcome.invalid).length === 0 ? model : outcome;
}

/** The outcome a packed one stands for; `file` names the input it belongs to. */
export function unpackOutcome(packed: PackedOutcome, file: string): InputOutcome {
  if (typeof packed !== "string") return packed;
  return { file, valid: { [packed]: 1 }, invalid: {}, failures: [], omittedFailures: 0, problems: [] };
}
