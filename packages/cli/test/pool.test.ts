import { describe, expect, it } from "vitest";
import type { Task, TaskResult } from "../src/check/pool.js";

// The pool starts its workers from the built worker script, so the test uses the build (named in
// a variable: the type checker, which may run before the build, takes the types from the source).
const built = "../dist/check/pool.js";
const { WorkerPool } = (await import(built)) as typeof import("../src/check/pool.js");

const emptyTask: Task = { kind: "inputs", inputs: [] };

describe("WorkerPool", () => {
  it("gives this thread a share of a few tasks, not only the workers", async () => {
    let local = 0;
    const pool = new WorkerPool(2, { kind: "model", option: "news-article" }, 10, async () => {
      local += 1;
      return { kind: "inputs", outcomes: [] } satisfies TaskResult;
    });
    try {
      // As many tasks at once as the workers could hold: this thread still gets one.
      const results = await Promise.all(Array.from({ length: 6 }, () => pool.run(emptyTask)));
      expect(results).toHaveLength(6);
      expect(local).toBeGreaterThan(0);
    } finally {
      await pool.close();
    }
  });

  it("answers every task, in any number, with its own result", async () => {
    const pool = new WorkerPool(1, { kind: "model", option: "news-article" }, 10, async (task) => ({
      kind: "lines",
      outcome: {
        file: `local-${task.kind}`,
        valid: {},
        invalid: {},
        failures: [],
        omittedFailures: 0,
        problems: [],
      },
    }));
    try {
      const results = await Promise.all(Array.from({ length: 40 }, () => pool.run(emptyTask)));
      expect(results).toHaveLength(40);
      // Workers answered some (an empty inputs task), this thread the others.
      expect(results.filter((result) => result.kind === "inputs").length).toBeGreaterThan(0);
      expect(results.filter((result) => result.kind === "lines").length).toBeGreaterThan(0);
    } finally {
      await pool.close();
    }
  });
});
