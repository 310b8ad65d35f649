import { spawn } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";
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
