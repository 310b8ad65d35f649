import { parentPort, workerData } from "node:worker_threads";
import type { Task } from "./pool.js";
import { runTask } from "./run-task.js";
import { type SchemaChoice, type ValidatorFor, validatorFor } from "./schemas.js";

// A worker thread of `communique validate`: it runs the tasks the pool sends, one at a time.
const { choice, maxFailures } = workerData as { choice: SchemaChoice; maxFailures: number };
const port = parentPort;
if (port === null) throw new Error("worker.js runs as a worker thread");

let pick: ValidatorFor | undefined;

port.on("message", async (task: Task) => {
  try {
    pick ??= await validatorFor(choice);
    const result = await runTask(task, pick, maxFailures);
    port.postMessage(result);
  } catch (error) {
    port.postMessage({ error: error instanceof Error ? error.message : String(error) });
  }
});
