import { createReadStream, statSync } from "node:fs";
import { availableParallelism } from "node:os";
import { checkInput, type Input } from "./check-input.js";
import { checkNdjsonStream } from "./ndjson-input.js";
import { emptyOutcome, type InputOutcome } from "./outcome.js";
import { WorkerPool } from "./pool.js";
import { runTask } from "./run-task.js";
import { type SchemaChoice, type ValidatorFor, validatorFor } from "./schemas.js";

/** How a run is spread out and how much it keeps. */
export interface RunOptions {
  /** Threads to use at most, this one included; 1 checks everything on this thread. */
  jobs: number;
  /** Failing documents kept in full per input; more are counted. */
  maxFailures: number;
  /**
   * Many inputs are likely (a folder or a pattern was named): start the worker threads at once,
   * so that they are ready when the first inputs are, instead of starting them once enough inputs
   * have been found. They are used only if there are enough inputs after all.
   */
  startEarly?: boolean;
}

/** Below this many small inputs, starting workers costs more than it saves. */
export const MIN_INPUTS_FOR_WORKERS = 128;
/** An NDJSON file at least this large is split into batches across the workers. */
const LARGE_NDJSON_BYTES = 8 << 20;
/** Small inputs handed to a thread at a time: enough to amortize messages, few enough to balance. */
const CHUNK = 32;

/** The default number of threads: one per core. */
export function defaultJobs(): number {
  return availableParallelism();
}

/**
 * Checks every input as the expansion yields it. Small runs stay on this thread; once there are
 * enough inputs (or a large NDJSON file) the work goes to a pool of worker threads, and this thread
 * works beside it. The pool starts then, or at once with `startEarly`. Outcomes keep the inputs'
 * order, and so do the failures within an input.
 */
export async function checkInputs(
  inputs: AsyncIterable<Input[]> | Iterable<Input[]>,
  choice: SchemaChoice,
  options: RunOptions,
): Promise<InputOutcome[]> {
  const pick = await validatorFor(choice);
  const newPool = () =>
    new WorkerPool(options.jobs - 1, choice, options.maxFailures, (task) =>
      runTask(task, pick, options.maxFailures),
    );
  let pool = options.jobs >= 2 && options.startEarly === true ? newPool() : undefined;
  const waiting: Input[] = [];
  let run: PooledRun | undefined;
  try {
    for await (const batch of inputs) {
      for (const input of batch) {
        if (run !== undefined) {
          run.add(input);
          continue;
        }
        waiting.push(input);
        const worthIt = waiting.length >= MIN_INPUTS_FOR_WORKERS || isLargeNdjson(input);
        if (options.jobs >= 2 && worthIt) {
          pool ??= newPool();
          run = new PooledRun(pool, options, pick);
          for (const early of waiting.splice(0)) run.add(early);
        }
      }
    }
  } catch (error) {
    // The expansion failed (a usage error): running workers would keep the process alive.
    await pool?.close();
    throw error;
  }
  if (run !== undefined) return run.finish();
  // Too few inputs for the threads to pay: check them here, and stop any that were started early.
  const closing = pool?.close();
  const outcomes: InputOutcome[] = [];
  for (const input of waiting) outcomes.push(await checkInput(input, pick, options.maxFailures));
  await closing;
  return outcomes;
}

/** A run on the pool: inputs go out in chunks, large NDJSON files in line batches. */
class PooledRun {
  /** Outcomes in the inputs' order, a chunk at a time. */
  private readonly results: Promise<InputOutcome[]>[] = [];
  private chunk: Input[] = [];

  constructor(
    private readonly pool: WorkerPool,
    private readonly options: RunOptions,
    private readonly pick: ValidatorFor,
  ) {}

  add(input: Input): void {
    if (input.path === undefined) {
      // Standard input can only be read here.
      this.flush();
      this.results.push(checkInput(input, this.pick, this.options.maxFailures).then((outcome) => [outcome]));
    } else if (isLargeNdjson(input)) {
      this.flush();
      this.results.push(this.checkNdjson(input).then((outcome) => [outcome]));
    } else {
      this.chunk.push(input);
      if (this.chunk.length === CHUNK) this.flush();
    }
  }

  async finish(): Promise<InputOutcome[]> {
    this.flush();
    try {
      return (await Promise.all(this.results)).flat();
    } finally {
      await this.pool.close();
    }
  }

  private flush(): void {
    if (this.chunk.length === 0) return;
    const inputs = this.chunk;
    this.chunk = [];
    this.results.push(
      this.pool
        .run({ kind: "inputs", inputs })
        .then((result) =>
          result.kind === "inputs" ? result.outcomes : inputs.map((input) => emptyOutcome(input.file)),
        ),
    );
  }

  /** A large NDJSON file: read here, its line batches checked across the pool. */
  private checkNdjson(input: Input): Promise<InputOutcome> {
    const { file } = input;
    const checkBatch = async (bytes: Buffer, firstLine: number) => {
      // A batch may be a view on a larger buffer: copy it into its own, which is transferred.
      const result = await this.pool.run({ kind: "lines", file, firstLine, bytes: new Uint8Array(bytes) });
      return result.kind === "lines" ? result.outcome : emptyOutcome(file);
    };
    return checkNdjsonStream(
      createReadStream(input.path as string),
      file,
      checkBatch,
      this.options.maxFailures,
      this.options.jobs * 2,
    );
  }
}

function isLargeNdjson(input: Input): boolean {
  if (input.kind !== "ndjson" || input.path === undefined) return false;
  try {
    return statSync(input.path).size >= LARGE_NDJSON_BYTES;
  } catch {
    return false;
  }
}
