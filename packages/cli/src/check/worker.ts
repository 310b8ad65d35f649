import { parentPort, workerData } from "node:worker_threads";
import { UsageError } from "../errors.js";
import { checkInput, type Input } from "./check-input.js";
import type { InputOutcome } from "./outcome.js";
import { type SchemaChoice, validatorFor } from "./schemas.js";

// A worker thread of `communique validate`: it checks the inputs it is sent, a chunk at a time.
const { choice, maxFailures } = workerData as { choice: SchemaChoice; maxFailures: number };
const port = parentPort;
if (port === null) throw new Error("worker.js runs as a worker thread");

const pick = await validatorFor(choice).catch((error: unknown) => {
  port.postMessage({ error: error instanceof UsageError ? error.message : String(error) });
  return undefined;
});

port.on("message", async (message: { start: number; inputs: Input[] }) => {
  if (pick === undefined) return;
  const outcomes: InputOutcome[] = [];
  for (const input of message.inputs) outcomes.push(await checkInput(input, pick, maxFailures));
  port.postMessage({ start: message.start, outcomes });
});
