import { checkLineBatch } from "./check-documents.js";
import { checkFile, checkInput, isFileToRead } from "./check-input.js";
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
    outcomes.push(
      isFileToRead(input) ? checkFile(input, pick, maxFailures) : await checkInput(input, pick, maxFailures),
    );
  }
  return { kind: "inputs", outcomes };
}
