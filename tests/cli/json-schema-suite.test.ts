import { spawn } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT } from "../support/models.js";
import { sharedFile } from "../support/shared.js";

// The official JSON-Schema-Test-Suite through `communique validate --schema`: every group of every
// file, run by the command's own entry point (tests/support/json-schema-suite-run.mjs) in one
// process per draft and format mode, two at a time. (A process per suite file, some 130, spent
// most of its time starting.) The suite's remotes are given with --ref. Formats are annotations
// for the required tests and assertions for optional/format, as the suite expects. Every failure
// must be in json-schema-suite.known.json with its reason; a known failure that starts to pass
// fails the test too, so the list stays true.

const suite = sharedFile("reference/json-schema-test-suite");
const DRIVER = path.join(ROOT, "tests/support/json-schema-suite-run.mjs");
const DRAFTS = { draft7: "draft-07", "draft2019-09": "2019-09", "draft2020-12": "2020-12" } as const;
/** ajv alone on the required tests, remotes added (bench/json-schema-suite.mjs). */
const AJV_ALONE = { draft7: 919, "draft2019-09": 1231, "draft2020-12": 1237 } as const;
/** Processes at once: the machine's two cores. */
const CONCURRENCY = 2;

interface KnownFailure {
  draft: string;
  file: string;
  group: string;
  tests: string[];
  reason: string;
}

interface GroupResult {
  file: string;
  group: string;
  tests: { description: string; expected: boolean; verdict: string }[];
}

const known: KnownFailure[] = JSON.parse(
  readFileSync(path.join(ROOT, "tests/cli/json-schema-suite.known.json"), "utf8"),
);

/** One run of the driver: some files of one draft, with one format mode. */
interface Job {
  draft: keyof typeof DRAFTS;
  formats: "assert" | "annotate";
  files: string[];
}

function jobs(): Job[] {
  const list: Job[] = [];
  for (const draft of Object.keys(DRAFTS) as (keyof typeof DRAFTS)[]) {
    const folder = path.join(suite.file, "tests", draft);
    const required = readdirSync(folder).filter((file) => file.endsWith(".json"));
    list.push({ draft, formats: "annotate", files: required.sort().map((file) => path.join(folder, file)) });
    const formats = path.join(folder, "optional/format");
    list.push({
      draft,
      formats: "assert",
      files: readdirSync(formats)
        .filter((file) => file.endsWith(".json"))
        .sort()
        .map((file) => path.join(formats, file)),
    });
  }
  return list;
}

function run(job: Job, scratch: string): Promise<GroupResult[]> {
  return new Promise((resolve, reject) => {
    const args = [
      DRIVER,
      DRAFTS[job.draft],
      job.formats,
      path.join(suite.file, "remotes"),
      scratch,
      ...job.files,
    ];
    const child = spawn(process.execPath, args, { cwd: ROOT });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on("data", (chunk: Buffer) => out.push(chunk));
    child.stderr.on("data", (chunk: Buffer) => err.push(chunk));
    child.on("error", reject);
    child.on("close", (code) => {
      if (code !== 0) reject(new Error(`suite driver exited ${code}: ${Buffer.concat(err).toString()}`));
      else
        resolve(
          Buffer.concat(out)
            .toString()
            .split("\n")
            .filter((line) => line !== "")
            .map((line) => JSON.parse(line) as GroupResult),
        );
    });
  });
}

async function runAll(): Promise<{ job: Job; results: GroupResult[] }[]> {
  const scratch = mkdtempSync(path.join(tmpdir(), "communique-suite-"));
  const queue = jobs().map((job, i) => ({ job, i }));
  const done: { job: Job; results: GroupResult[] }[] = [];
  const worker = async () => {
    for (let next = queue.shift(); next !== undefined; next = queue.shift()) {
      done[next.i] = { job: next.job, results: await run(next.job, path.join(scratch, String(next.i))) };
    }
  };
  try {
    await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
  return done;
}

const key = (draft: string, file: string, group: string, test: string) =>
  JSON.stringify([draft, file, group, test]);

/**
 * Writes the failures found in the shape of the known list, with the verdicts for reasons, to help
 * whoever updates the list (`SUITE_FAILURES=/tmp/failures.json npx vitest run <this file>`).
 */
function writeFailures(file: string, failing: Set<string>, verdicts: Map<string, string>): void {
  const groups = new Map<string, KnownFailure>();
  for (const id of failing) {
    const [draft, suiteFile, group, test] = JSON.parse(id) as string[];
    const groupKey = JSON.stringify([draft, suiteFile, group]);
    const entry = groups.get(groupKey) ?? {
      draft: draft as string,
      file: suiteFile as string,
      group: group as string,
      tests: [],
      reason: "",
    };
    entry.tests.push(test as string);
    entry.reason = `${entry.reason} ${verdicts.get(id)}`.trim().slice(0, 200);
    groups.set(groupKey, entry);
  }
  writeFileSync(file, `${JSON.stringify([...groups.values()], null, 2)}\n`);
}

describe.skipIf(suite.missing)("the official JSON Schema test suite through communique validate", () => {
  it("fails only the known failures, each with its reason, and passes at least what ajv alone passes", async () => {
    const runs = await runAll();
    const failing = new Set<string>();
    const verdicts = new Map<string, string>();
    const passed: Record<string, number> = {};
    const total: Record<string, number> = {};
    for (const { job, results } of runs) {
      for (const result of results) {
        const file = path
          .relative(path.join(suite.file, "tests", job.draft), result.file)
          .split(path.sep)
          .join("/");
        for (const test of result.tests) {
          const ok = test.verdict === (test.expected ? "valid" : "invalid");
          const id = key(job.draft, file, result.group, test.description);
          verdicts.set(id, test.verdict);
          if (!ok) failing.add(id);
          if (job.formats === "annotate") {
            passed[job.draft] = (passed[job.draft] ?? 0) + (ok ? 1 : 0);
            total[job.draft] = (total[job.draft] ?? 0) + 1;
          }
        }
      }
    }
    if (process.env.SUITE_FAILURES !== undefined)
      writeFailures(process.env.SUITE_FAILURES, failing, verdicts);
    const expected = new Set(
      known.flatMap((k) => k.tests.map((test) => key(k.draft, k.file, k.group, test))),
    );
    const newFailures = [...failing]
      .filter((id) => !expected.has(id))
      .map((id) => `${id} → ${verdicts.get(id)}`);
    const nowPassing = [...expected].filter((id) => !failing.has(id));
    expect(newFailures, "failures not in json-schema-suite.known.json").toEqual([]);
    expect(nowPassing, "known failures that pass now: take them out of the list").toEqual([]);
    for (const entry of known) expect(entry.reason.length, `a reason for ${entry.group}`).toBeGreaterThan(20);
    for (const draft of Object.keys(DRAFTS) as (keyof typeof DRAFTS)[]) {
      expect(passed[draft], `${draft} required tests passed of ${total[draft]}`).toBeGreaterThanOrEqual(
        AJV_ALONE[draft],
      );
    }
  }, 240_000);
});
