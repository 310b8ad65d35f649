import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { Task, TaskResult } from "../src/check/pool.js";

// The pool starts its workers from the built worker script, so the test uses the build (named in
// a variable: the type checker, which may run before the build, takes the types from the source).
const built = "../dist/check/";
const { WorkerPool } = (await import(`${built}pool.js`)) as typeof import("../src/check/pool.js");
const { runTask } = (await import(`${built}run-task.js`)) as typeof import("../src/check/run-task.js");
const { validatorFor } = (await import(`${built}schemas.js`)) as typeof import("../src/check/schemas.js");

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
    // Forty different tasks: task i checks i % 4 + 1 lines of file i, starting at line 100 i + 1,
    // the last of them invalid when i is a multiple of 3. A reply given to the wrong task shows.
    const seed = readFileSync(new URL("../../../examples/seed/news-article.json", import.meta.url), "utf8");
    const good = JSON.stringify(JSON.parse(seed));
    const bad = JSON.stringify({ ...JSON.parse(seed), language: "??" });
    const tasks = Array.from({ length: 40 }, (_, i): Task => {
      const lines = Array.from({ length: (i % 4) + 1 }, () => good);
      if (i % 3 === 0) lines[lines.length - 1] = bad;
      const bytes = new TextEncoder().encode(`${lines.join("\n")}\n`);
      return { kind: "lines", file: `file-${i}.ndjson`, firstLine: 100 * i + 1, bytes };
    });
    const local = new Set<string>();
    const choice = { kind: "model", option: "news-article" } as const;
    const pick = await validatorFor(choice);
    const pool = new WorkerPool(1, choice, 10, async (task) => {
      if (task.kind === "lines") local.add(task.file);
      return runTask(task, pick, 10);
    });
    try {
      const results = await Promise.all(tasks.map((task) => pool.run(task)));
      const answers = results.map((result) => {
        if (result.kind !== "lines") throw new Error("a lines task answered with inputs");
        const { file, valid, invalid, failures } = result.outcome;
        return {
          file,
          valid: valid.NewsArticle ?? 0,
          invalid: invalid.NewsArticle ?? 0,
          at: failures.map((f) => f.line),
        };
      });
      expect(answers).toEqual(
        tasks.map((_, i) => {
          const count = (i % 4) + 1;
          const invalid = i % 3 === 0 ? 1 : 0;
          return {
            file: `file-${i}.ndjson`,
            valid: count - invalid,
            invalid,
            at: invalid === 1 ? [100 * i + count] : [],
          };
        }),
      );
      // Both this thread and the worker answered some.
      expect(local.size).toBeGreaterThan(0);
      expect(local.size).toBeLessThan(tasks.length);
    } finally {
      await pool.close();
    }
  });
});
