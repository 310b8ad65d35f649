import type { Readable } from "node:stream";
import { readLineBatches } from "../source/ndjson.js";
import { emptyOutcome, type InputOutcome, mergeOutcome } from "./outcome.js";
import { readError, toProblem } from "./problems.js";

/** Checks one batch of whole lines: on this thread, or on a worker. */
export type BatchChecker = (bytes: Buffer, firstLine: number) => InputOutcome | Promise<InputOutcome>;

/**
 * Checks an NDJSON stream batch by batch, with at most `inFlight` batches being checked at once so
 * that memory stays bounded, and merges the results in file order. Never throws for a problem with
 * the input: a line too long to hold, an unreadable file, or a file with no document is reported.
 */
export async function checkNdjsonStream(
  stream: Readable,
  file: string,
  checkBatch: BatchChecker,
  maxFailures: number,
  inFlight = 1,
): Promise<InputOutcome> {
  const outcome = emptyOutcome(file);
  const pending: Promise<InputOutcome>[] = [];
  const mergeOldest = async () =>
    mergeOutcome(outcome, await (pending.shift() as Promise<InputOutcome>), maxFailures);
  try {
    for await (const batch of readLineBatches(stream)) {
      if (batch.tooLong === true) {
        while (pending.length > 0) await mergeOldest();
        outcome.problems.push({
          file,
          code: "malformed",
          reason: "line too long to read",
          line: batch.firstLine,
          column: 1,
        });
        continue;
      }
      pending.push(Promise.resolve(checkBatch(batch.bytes, batch.firstLine)));
      if (pending.length >= inFlight) await mergeOldest();
    }
    while (pending.length > 0) await mergeOldest();
  } catch (error) {
    // Let the batches already sent finish before reporting, so that no worker is left writing.
    await Promise.allSettled(pending.splice(0));
    outcome.problems.push(toProblem(readError(error, file), file));
  }
  const documents = Object.keys(outcome.valid).length + Object.keys(outcome.invalid).length;
  if (documents === 0 && outcome.problems.length === 0) {
    outcome.problems.push({ file, code: "empty", reason: "empty file, expected one JSON document a line" });
  }
  return outcome;
}
