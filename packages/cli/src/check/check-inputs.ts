import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import { checkInput, type Input } from "./check-input.js";
import type { InputOutcome } from "./outcome.js";
import { type SchemaChoice, validatorFor } from "./schemas.js";

/** How a run is spread out and how much it keeps. */
export interface RunOptions {
  /** Worker threads to use; 1 checks everything on the main thread. */
  jobs: number;
  /** Failing documents kept in full per input; more are counted. */
  maxFailures: number;
}

/** Below this many inputs, starting workers costs more than it saves. */
const MIN_INPUTS_PER_WORKER = 64;
/** Inputs handed to a worker at a time: large enough to amortize messages, small enough to balance. */
const CHUNK = 32;

/** The default number of workers: one per core. */
export function defaultJobs(): number {
  return availableParallelism();
}

/** Checks every input, on worker threads when there are enough to pay for them; outcomes keep the inputs' order. */
export async function checkInputs(
  inputs: readonly Input[],
  choice: SchemaChoice,
  options: RunOptions,
): Promise<InputOutcome[]> {
  const workers = Math.min(options.jobs, Math.floor(inputs.length / MIN_INPUTS_PER_WORKER));
  const usesStdin = inputs.some((input) => input.path === undefined);
  if (workers < 2 || usesStdin) {
    const pick = await validatorFor(choice);
    const outcomes: InputOutcome[] = [];
    for (const input of inputs) outcomes.push(await checkInput(input, pick, options.maxFailures));
    return outcomes;
  }
  return checkOnWorkers(inputs, choice, options, workers);
}

async function checkOnWorkers(
  inputs: readonly Input[],
  choice: SchemaChoice,
  options: RunOptions,
  count: number,
) {
  const outcomes = new Array<InputOutcome>(inputs.length);
  let next = 0;
  const runWorker = () =>
    new Promise<void>((resolve, reject) => {
      const worker = new Worker(new URL("./worker.js", import.meta.url), {
        workerData: { choice, maxFailures: options.maxFailures },
      });
      const send = () => {
        if (next >= inputs.length) {
          void worker.terminate().then(() => resolve());
          return;
        }
        const start = next;
        next = Math.min(inputs.length, next + CHUNK);
        worker.postMessage({ start, inputs: inputs.slice(start, next) });
      };
      worker.on("message", (message: { start: number; outcomes: InputOutcome[] } | { error: string }) => {
        if ("error" in message) {
          reject(new Error(message.error));
          return;
        }
        message.outcomes.forEach((outcome, i) => {
          outcomes[message.start + i] = outcome;
        });
        send();
      });
      worker.on("error", reject);
      send();
    });
  await Promise.all(Array.from({ length: count }, runWorker));
  return outcomes;
}
