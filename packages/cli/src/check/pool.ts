import { Worker } from "node:worker_threads";
import type { Input } from "./check-input.js";
import type { InputOutcome } from "./outcome.js";
import type { SchemaChoice } from "./schemas.js";

/** Work a runner does: check whole inputs, or a batch of NDJSON lines from one input. */
export type Task =
  | { kind: "inputs"; inputs: Input[] }
  | { kind: "lines"; file: string; firstLine: number; bytes: Uint8Array };

/** What a runner gives back for a task. */
export type TaskResult =
  | { kind: "inputs"; outcomes: InputOutcome[] }
  | { kind: "lines"; outcome: InputOutcome };

/** Runs tasks on this thread, between the pool's messages. */
export type LocalRunner = (task: Task) => Promise<TaskResult>;

interface Pending {
  task: Task;
  resolve(result: TaskResult): void;
  reject(error: Error): void;
}

/**
 * Runs tasks from one queue on worker threads and, when given a local runner, on this thread too,
 * so that every core works: a task goes to whichever runner is free first.
 */
export class WorkerPool {
  private readonly queue: Pending[] = [];
  private readonly idle: Worker[] = [];
  private readonly busy = new Map<Worker, Pending>();
  private readonly workers: Worker[] = [];
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
      worker.on("message", (message: TaskResult | { error: string }) => this.settle(worker, message));
      worker.on("error", (error) => this.fail(error));
      worker.on("exit", (code) => {
        if (!this.closing) this.fail(new Error(`a worker thread stopped (exit code ${code})`));
      });
      this.workers.push(worker);
      this.idle.push(worker);
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
    await Promise.all(this.workers.map((worker) => worker.terminate()));
  }

  private dispatch(): void {
    while (this.idle.length > 0 && this.queue.length > 0) {
      const worker = this.idle.pop() as Worker;
      const pending = this.queue.shift() as Pending;
      this.busy.set(worker, pending);
      const transfer = pending.task.kind === "lines" ? [pending.task.bytes.buffer as ArrayBuffer] : [];
      worker.postMessage(pending.task, transfer);
    }
    if (this.localIdle && this.queue.length > 0 && this.local !== undefined) {
      const pending = this.queue.shift() as Pending;
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
  }

  private settle(worker: Worker, message: TaskResult | { error: string }): void {
    const pending = this.busy.get(worker);
    this.busy.delete(worker);
    if ("error" in message) {
      // The task's own promise first, then everything else queued or running.
      const error = new Error(message.error);
      pending?.reject(error);
      this.fail(error);
      return;
    }
    this.idle.push(worker);
    pending?.resolve(message);
    this.dispatch();
  }

  private fail(error: Error): void {
    this.failure ??= error;
    for (const pending of [...this.busy.values(), ...this.queue.splice(0)]) pending.reject(error);
    this.busy.clear();
  }
}
