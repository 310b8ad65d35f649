import { spawn } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT, readJson } from "../support/models.js";

const BIN = path.join(ROOT, "packages/cli/bin/communique.js");
const PROBE = path.join(ROOT, "tests/support/rss-probe.cjs");
const GIB = 1024 ** 3;

describe("a 1 GiB NDJSON stream", () => {
  it("is checked line by line with memory bounded, and its bad lines are found", async () => {
    const seed = readJson<Record<string, unknown>>(path.join(ROOT, "examples/seed/news-article.json"));
    const good = `${JSON.stringify(seed)}\n`;
    const bad = `${JSON.stringify({ ...seed, language: "??" })}\n`;
    const child = spawn(
      process.execPath,
      ["--require", PROBE, BIN, "validate", "-f", "json", "--input-format", "ndjson", "-"],
      {
        stdio: ["pipe", "pipe", "pipe"],
      },
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

    // Written in blocks with back-pressure: the test holds one block, the CLI what it buffers.
    const block = good.repeat(199) + bad;
    const lines = Math.ceil(GIB / Buffer.byteLength(block)) * 200;
    for (let written = 0; written < lines; written += 200) {
      if (!child.stdin.write(block)) await new Promise((resolve) => child.stdin.once("drain", resolve));
    }
    child.stdin.end();
    const code = await closed;

    expect(code).toBe(1);
    const report = JSON.parse(stdout);
    expect(report.summary).toMatchObject({
      documents: lines,
      valid: lines - lines / 200,
      invalid: lines / 200,
    });
    expect(report.inputs[0].failures[0]).toMatchObject({
      line: 200,
      issues: [{ path: "/language", code: "pattern" }],
    });
    const peakMb = Number(/peak-rss-kb=(\d+)/.exec(stderr)?.[1]) / 1024;
    expect(peakMb).toBeGreaterThan(0);
    expect(peakMb).toBeLessThan(400);
  }, 300_000);
});
