import { parentPort, workerData } from "node:worker_threads";
import { SchemaError } from "../errors.js";
import { packResult, type ReplyMessage, type TaskMessage } from "./pool.js";
import { runTask } from "./run-task.js";
import { type SchemaChoice, validatorFor } from "./schemas.js";

// A worker thread of `communique validate`: it runs the tasks the pool sends, one at a time and in
// the order they came, and answers each with its id.
const { choice, maxFailures } = workerData as { choice: SchemaChoice; maxFailures: number };
const port = parentPort;
if (port === null) throw new Error("worker.js runs as a worker thread");

const ready = validatorFor(choice);
let previous: Promise<void> = Promise.resolve();

port.on("message", ({ id, task }: TaskMessage) => {
  previous = previous.then(async () => {
    let reply: ReplyMessage;
    try {
      reply = { id, result: packResult(await runTask(task, await ready, maxFailures)) };
    } catch (error) {
      reply = { id, error: error instanceof Error ? error.message : String(error) };
      // A fault of the schema stays one, so that the run ends as it would on one thread (exit 2).
      if (error instanceof SchemaError)
        reply.schemaFault = {
          file: error.file,
          reason: error.reason,
          line: error.line,
          column: error.column,
        };
    }
    port.postMessage(reply);
  });
});
