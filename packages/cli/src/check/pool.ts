import { Worker } from "node:worker_threads";
import { SchemaError } from "../errors.js";
import type { Input } from "./check-input.js";
import { type InputOutcome, type PackedOutcome, packOutcome, unpackOutcome } from "./outcome.js";
import type { SchemaChoice } from "./schemas.js";

/** Work a runner does: check whole inputs, or a batch of NDJSON lines from one input. */
export type Task =
  | { kind: "inputs"; inputs: Input[] }
  | { kind: "lines"; file: string; firstLine: number; bytes: Uint8Array };

/** What a runner gives back for a task. */
export type TaskResult =
  | { kind: "inputs"; outcomes: InputOutcome[] }
  | { kind: "lines"; outcome: InputOutcome };

/** A task as it travels to a worker, and the worker's reply. */
export interface TaskMessage {
  id: number;
  task: Task;
}
export type ReplyMessage =
  | { id: number; result: SentResult }
  | { id: number; error: string; schemaFault?: SchemaFault };

/** A `SchemaError` as it travels from a worker. */
interface SchemaFault {
  file: string;
  reason: string;
  line: number | undefined;
  column: number | undefined;
}

/** A result as it travels back: outcomes of whole inputs packed (see `packOutcome`). */
export type SentResult =
  | { kind: "inputs"; outcomes: PackedOutcome[] }
  | { kind: "lines"; outcome: InputOutcome };

/** A result packed for sending. */
export function packResult(result: TaskResult): SentResult {
  return result.kind === "inputs" ? { kind: "inputs", outcomes: result.outcomes.map(packOutcome) } : result;
}

/** The result a sent one stands for, given the task it answers. */
function unpackResult(result: SentResult, task: Task): TaskResult {
  if (result.kind !== "inputs" || task.kind !== "inputs") return result as TaskResult;
  const { inputs } = task;
  return {
    kind: "inputs",
    outcomes: result.outcomes.map((packed, i) => unpackOutcome(packed, (inputs[i] as Input).file)),
  };
}

/** Runs tasks on this thread, between the pool's messages. */
export type LocalRunner = (task: Task) => Promise<TaskResult>;

/**
 * Tasks a worker holds at once. More than one, so that a worker never waits for this thread to
 * hand it the next one: this thread may be busy with a task of its own for as long as a task takes.
 */
const IN_FLIGHT_PER_WORKER = 3;

interface Pending {
  task: Task;
  resolve(result: TaskResult): void;
  reject(error: Error): void;
}

interface Runner {
  worker: Worker;
  running: Map<number, Pending>;
}

/**
 * Runs tasks from one queue on worker threads and, when given a local runner, on this thread too,
 * so that every core works: a task goes to whichever runner has room first.
 */
export class WorkerPool {
  private readonly queue: Pending[] = [];
  private readonly runners: Runner[] = [];
  private nextId = 0;
  private localIdle: boolean;
  private failure: Error | undefined;
  private closing = false;

  constructor(
    size: number,
    choice: SchemaChoice,
    maxFailures: number,
    private readonly local?: LocalRunner,
  ) {
    this.localIdle = local !== undefined;
    for (let i = 0; i < size; i++) {
      const worker = new Worker(new URL("./worker.js", import.meta.url), {
        workerData: { choice, maxFailures },
        // A larger young generation means fewer scavenges of the short-lived parsed documents.
        resourceLimits: { maxYoungGenerationSizeMb: 64 },
      });
      const runner: Runner = { worker, running: new Map() };
      worker.on("message", (message: ReplyMessage) => this.settle(runner, message));
      worker.on("error", (error) => this.fail(error));
      worker.on("exit", (code) => {
        if (!this.closing) this.fail(new Error(`a worker thread stopped (exit code ${code})`));
      });
      this.runners.push(runner);
    }
  }

  /** Queues a task; resolves with its result. Byte batches are transferred to workers, not copied. */
  run(task: Task): Promise<TaskResult> {
    return new Promise((resolve, reject) => {
      if (this.failure !== undefined) {
        reject(this.failure);
        return;
      }
      this.queue.push({ task, resolve, reject });
      this.dispatch();
    });
  }

  /** Stops every worker. */
  async close(): Promise<void> {
    this.closing = true;
    await Promise.all(this.runners.map(({ worker }) => worker.terminate()));
  }

  /**
   * Hands out queued tasks in turns: each goes to the runner holding the fewest (a worker holds up
   * to `IN_FLIGHT_PER_WORKER`, this thread one), a worker first when they hold as many, so that no
   * runner stands idle while another holds a backlog.
   */
  private dispatch(): void {
    while (this.queue.length > 0) {
      let next: Runner | undefined;
      for (const runner of this.runners) {
        if (runner.running.size >= IN_FLIGHT_PER_WORKER) continue;
        if (next === undefined || runner.running.size < next.running.size) next = runner;
      }
      const localFree = this.localIdle && this.local !== undefined;
      if (localFree && (next === undefined || next.running.size > 0)) {
        this.runLocally(this.queue.shift() as Pending);
      } else if (next !== undefined) {
        this.send(next, this.queue.shift() as Pending);
      } else {
        return;
      }
    }
  }

  private send(runner: Runner, pending: Pending): void {
    const id = this.nextId++;
    runner.running.set(id, pending);
    const { task } = pending;
    const transfer = task.kind === "lines" ? [task.bytes.buffer as ArrayBuffer] : [];
    runner.worker.postMessage({ id, task } satisfies TaskMessage, transfer);
  }

  private runLocally(pending: Pending): void {
    this.localIdle = false;
    // Yield first, so that replies from the workers are handled before this thread gets busy.
    setImmediate(() => {
      (this.local as LocalRunner)(pending.task)
        .then(pending.resolve, pending.reject)
        .finally(() => {
          this.localIdle = true;
          this.dispatch();
        });
    });
  }

  private settle(runner: Runner, message: ReplyMessage): void {
    const pending = runner.running.get(message.id);
    runner.running.delete(message.id);
    if ("error" in message) {
      // The task's own promise first, then everything else queued or running.
      const fault = message.schemaFault;
      const place = fault?.line === undefined ? undefined : { line: fault.line, column: fault.column ?? 1 };
      const error =
        fault === undefined ? new Error(message.error) : new SchemaError(fault.file, fault.reason, place);
      pending?.reject(error);
      this.fail(error);
      return;
    }
    if (pending !== undefined) pending.resolve(unpackResult(message.result, pending.task));
    this.dispatch();
  }

  private fail(error: Error): void {
    this.failure ??= error;
    const waiting = this.runners.flatMap(({ running }) => [...running.values()]);
    for (const pending of [...waiting, ...this.queue.splice(0)]) pending.reject(error);
    for (const { running } of this.runners) running.clear();
  }
}
