import { parentPort, workerData } from "node:worker_threads";
import { checkLineBatch } from "./check-documents.js";
import { checkInput } from "./check-input.js";
import type { Task, TaskResult } from "./pool.js";
import { type SchemaChoice, type ValidatorFor, validatorFor } from "./schemas.js";

// A worker thread of `communique validate`: it runs the tasks the pool sends, one at a time.
const { choice, maxFailures } = workerData as { choice: SchemaChoice; maxFailures: number };
const port = parentPort;
if (port === null) throw new Error("worker.js runs as a worker thread");

let pick: ValidatorFor | undefined;

port.on("message", async (task: Task) => {
  try {
    pick ??= await validatorFor(choice);
    let result: TaskResult;
    if (task.kind === "inputs") {
      const outcomes = [];
      for (const input of task.inputs) outcomes.push(await checkInput(input, pick, maxFailures));
      result = { kind: "inputs", outcomes };
    } else {
      result = {
        kind: "lines",
        outcome: checkLineBatch(task.bytes, task.firstLine, task.file, pick, maxFailures),
      };
    }
    port.postMessage(result);
  } catch (error) {
    port.postMessage({ error: error instanceof Error ? error.message : String(error) });
  }
});
