import { createReadStream, statSync } from "node:fs";
import { availableParallelism } from "node:os";
import { readLineBatches } from "../source/ndjson.js";
import { checkInput, type Input } from "./check-input.js";
import { emptyOutcome, type InputOutcome, mergeOutcome } from "./outcome.js";
import { type Task, WorkerPool } from "./pool.js";
import { type SchemaChoice, validatorFor } from "./schemas.js";

/** How a run is spread out and how much it keeps. */
export interface RunOptions {
  /** Worker threads to use at most; 1 checks everything on the main thread. */
  jobs: number;
  /** Failing documents kept in full per input; more are counted. */
  maxFailures: number;
}

/** Below this many small inputs per worker, starting workers costs more than it saves. */
const MIN_INPUTS_PER_WORKER = 64;
/** An NDJSON file at least this large is split into batches across the workers. */
const LARGE_NDJSON_BYTES = 8 << 20;
/** Small inputs handed to a worker at a time: enough to amortize messages, few enough to balance. */
const CHUNK = 32;

/** The default number of workers: one per core. */
export function defaultJobs(): number {
  return availableParallelism();
}

/**
 * Checks every input, on worker threads when the work pays for them (many files, or a large NDJSON
 * file); outcomes keep the inputs' order, and so do the failures within an input.
 */
export async function checkInputs(
  inputs: readonly Input[],
  choice: SchemaChoice,
  options: RunOptions,
): Promise<InputOutcome[]> {
  const large = new Set(inputs.filter(isLargeNdjson));
  const smallInputs = inputs.length - large.size;
  const workers = Math.min(
    options.jobs,
    large.size > 0 ? options.jobs : Math.floor(smallInputs / MIN_INPUTS_PER_WORKER),
  );
  if (workers < 2 || inputs.some((input) => input.path === undefined)) {
    const pick = await validatorFor(choice);
    const outcomes: InputOutcome[] = [];
    for (const input of inputs) outcomes.push(await checkInput(input, pick, options.maxFailures));
    return outcomes;
  }
  const pool = new WorkerPool(workers, choice, options.maxFailures);
  try {
    return await checkOnPool(inputs, large, pool, options, workers);
  } finally {
    await pool.close();
  }
}

async function checkOnPool(
  inputs: readonly Input[],
  large: ReadonlySet<Input>,
  pool: WorkerPool,
  options: RunOptions,
  workers: number,
) {
  const results: Promise<InputOutcome>[] = [];
  let chunk: Input[] = [];
  const flush = () => {
    if (chunk.length === 0) return;
    const sent = pool.run({ kind: "inputs", inputs: chunk });
    for (let i = 0; i < chunk.length; i++) {
      results.push(
        sent.then((result) =>
          result.kind === "inputs" ? (result.outcomes[i] as InputOutcome) : emptyOutcome(""),
        ),
      );
    }
    chunk = [];
  };
  for (const input of inputs) {
    if (large.has(input)) {
      flush();
      results.push(checkNdjsonOnPool(input, pool, options, workers));
    } else {
      chunk.push(input);
      if (chunk.length === CHUNK) flush();
    }
  }
  flush();
  return Promise.all(results);
}

/**
 * Reads a large NDJSON file on this thread and hands its line batches to the workers, with a few
 * batches in flight per worker so that memory stays bounded; merges the results in file order.
 */
async function checkNdjsonOnPool(
  input: Input,
  pool: WorkerPool,
  options: RunOptions,
  workers: number,
): Promise<InputOutcome> {
  const outcome = emptyOutcome(input.file);
  const inFlight: Promise<InputOutcome>[] = [];
  const mergeOldest = async () =>
    mergeOutcome(outcome, await (inFlight.shift() as Promise<InputOutcome>), options.maxFailures);
  try {
    for await (const batch of readLineBatches(createReadStream(input.path as string))) {
      if (batch.tooLong === true) {
        while (inFlight.length > 0) await mergeOldest();
        outcome.problems.push({
          file: input.file,
          code: "malformed",
          reason: "line too long to read",
          line: batch.firstLine,
          column: 1,
        });
        continue;
      }
      // A batch may be a view on a larger pooled buffer: copy it into its own, transferable one.
      const task: Task = {
        kind: "lines",
        file: input.file,
        firstLine: batch.firstLine,
        bytes: new Uint8Array(batch.bytes),
      };
      inFlight.push(
        pool
          .run(task)
          .then((result) => (result.kind === "lines" ? result.outcome : emptyOutcome(input.file))),
      );
      if (inFlight.length >= workers * 2) await mergeOldest();
    }
    while (inFlight.length > 0) await mergeOldest();
  } catch (error) {
    while (inFlight.length > 0) await inFlight.shift()?.catch(() => undefined);
    const reason =
      (error as NodeJS.ErrnoException).code === undefined
        ? String(error)
        : `cannot be read (${(error as NodeJS.ErrnoException).code})`;
    outcome.problems.push({ file: input.file, code: "unreadable", reason });
  }
  return outcome;
}

function isLargeNdjson(input: Input): boolean {
  if (input.kind !== "ndjson" || input.path === undefined) return false;
  try {
    return statSync(input.path).size >= LARGE_NDJSON_BYTES;
  } catch {
    return false;
  }
}
