import { checkLineBatch } from "./check-documents.js";
import { checkFile, checkInput } from "./check-input.js";
import type { Task, TaskResult } from "./pool.js";
import type { ValidatorFor } from "./schemas.js";

/** Runs one pool task: the same work on a worker thread and on the main thread. */
export async function runTask(task: Task, pick: ValidatorFor, maxFailures: number): Promise<TaskResult> {
  if (task.kind === "lines") {
    return {
      kind: "lines",
      outcome: checkLineBatch(task.bytes, task.firstLine, task.file, pick, maxFailures),
    };
  }
  const outcomes = [];
  for (const input of task.inputs) {
    // A JSON or YAML file is read and checked synchronously, with no promise per file.
    const isFile = input.path !== undefined && input.kind !== "ndjson";
    outcomes.push(isFile ? checkFile(input, pick, maxFailures) : await checkInput(input, pick, maxFailures));
  }
  return { kind: "inputs", outcomes };
}
