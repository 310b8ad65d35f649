import { execFile, spawn } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { scratch } from "../support/cli.js";
import { ROOT, readJson } from "../support/models.js";

const BIN = path.join(ROOT, "packages/cli/bin/communique.js");
const PROBE = path.join(ROOT, "tests/support/rss-probe.cjs");
const MIB = 1024 ** 2;
/**
 * The CLI's heap is held far below the stream's size: a reader that gathered the stream into a
 * string, or kept its documents, runs out of heap and crashes. One that gathered raw bytes (kept
 * outside the heap) is caught by its resident size instead, which would grow by the whole stream.
 */
const HEAP_MB = 32;

const seed = readJson<Record<string, unknown>>(path.join(ROOT, "examples/seed/news-article.json"));
const good = `${JSON.stringify(seed)}\n`;
const bad = `${JSON.stringify({ ...seed, language: "??" })}\n`;
/** 200 lines, the last of them invalid. */
const block = good.repeat(199) + bad;

interface Report {
  summary: Record<string, number>;
  inputs: { failures: unknown[] }[];
}

/** Streams `blocks` blocks into `communique validate -`: its exit code, report and peak resident size. */
async function validateStream(
  blocks: number,
): Promise<{ code: number | null; report: Report; peakMb: number }> {
  const child = spawn(
    process.execPath,
    [
      `--max-old-space-size=${HEAP_MB}`,
      "--require",
      PROBE,
      BIN,
      "validate",
      "-f",
      "json",
      "--input-format",
      "ndjson",
      "-",
    ],
    { stdio: ["pipe", "pipe", "pipe"] },
  );
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (chunk) => {
    stdout += chunk;
  });
  child.stderr.on("data", (chunk) => {
    stderr += chunk;
  });
  const closed = new Promise<number | null>((resolve) => child.on("close", resolve));
  let running = true;
  closed.then(() => {
    running = false;
  });
  // A process that ends early (a crash) closes the pipe: the writes stop, and the checks say why.
  child.stdin.on("error", () => {});
  // Written with back-pressure: the test holds one block, the CLI what it buffers.
  for (let written = 0; written < blocks && running; written += 1) {
    if (!child.stdin.write(block))
      await Promise.race([new Promise((resolve) => child.stdin.once("drain", resolve)), closed]);
  }
  child.stdin.end();
  const code = await closed;
  const kb = /peak-rss-kb=(\d+)/.exec(stderr)?.[1];
  if (code !== 1 || kb === undefined) throw new Error(`exit code ${code}; standard error:\n${stderr}`);
  return { code, report: JSON.parse(stdout) as Report, peakMb: Number(kb) / 1024 };
}

describe("a 128 MiB NDJSON stream", () => {
  it("is checked line by line with memory bounded, and its bad lines are found", async () => {
    const blocks = Math.ceil((128 * MIB) / Buffer.byteLength(block));
    const streamMb = (blocks * Buffer.byteLength(block)) / MIB;
    // The same command on one block: what the CLI holds whatever the stream's length.
    const [large, small] = await Promise.all([validateStream(blocks), validateStream(1)]);

    const lines = blocks * 200;
    expect(large.report.summary).toMatchObject({ documents: lines, valid: lines - blocks, invalid: blocks });
    expect(large.report.inputs[0]?.failures.slice(0, 2)).toMatchObject([
      { line: 200, issues: [{ path: "/language", code: "pattern" }] },
      { line: 400, issues: [{ path: "/language", code: "pattern" }] },
    ]);
    // Holding the stream would add all of it; reading it in bounded pieces adds a fraction.
    expect(large.peakMb - small.peakMb).toBeLessThan(streamMb * 0.75);
  }, 120_000);
});

describe("a 20 MB JSON array given as one article", () => {
  it("is reported at 1:1 with bounded memory, pointing to NDJSON", async () => {
    const items = Math.ceil((20 * MIB) / Buffer.byteLength(good));
    const file = scratch("large-array").file(
      "articles.json",
      `[${Array(items).fill(good.trim()).join(",")}]`,
    );
    // Placing the issue once tokenized the whole text: near a gigabyte for 20 MB (2 GB for 50), past this heap.
    const heapMb = 384;
    const run = await new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
      const args = [
        `--max-old-space-size=${heapMb}`,
        "--require",
        PROBE,
        BIN,
        "validate",
        "--schema",
        "news-article",
        file,
      ];
      execFile(process.execPath, args, { maxBuffer: 1 << 20 }, (error, stdout, stderr) =>
        resolve({ code: error === null ? 0 : (error.code as number | null), stdout, stderr }),
      );
    });
    expect(run.stdout).toContain(
      `${file}:1:1  /  must be object; an array of documents belongs in NDJSON, one document a line (.ndjson, or --input-format ndjson) [type]`,
    );
    expect(run.code).toBe(1);
    const peakMb = Number(/peak-rss-kb=(\d+)/.exec(run.stderr)?.[1]) / 1024;
    // The text and the parsed array, not an object per token.
    expect(peakMb).toBeLessThan(heapMb + 128);
  }, 120_000);
});
