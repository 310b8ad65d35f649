// Helpers shared by the benchmark scripts: timing child processes, and printing tables.
import { spawn } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";

const here = path.dirname(fileURLToPath(import.meta.url));
export const ROOT = path.resolve(here, "..");
export const COMMUNIQUE = path.join(ROOT, "packages/cli/bin/communique.js");
export const AJV_CLI = path.join(ROOT, "node_modules/ajv-cli/dist/index.js");
export const SCHEMA = path.join(ROOT, "packages/news-article/schema/news-article.schema.json");
const RSS_PROBE = path.join(here, "rss-probe.cjs");

/**
 * Runs a command to its end and returns its wall time in ms, its exit code and, for node
 * commands, its peak resident set size in MB (reported by a preloaded probe).
 */
export function timeCommand(args, { cwd = ROOT, probeRss = false } = {}) {
  const [command, ...rest] = args;
  const withProbe = probeRss && command === process.execPath ? ["--require", RSS_PROBE, ...rest] : rest;
  return new Promise((resolve, reject) => {
    const start = process.hrtime.bigint();
    const child = spawn(command, withProbe, {
      cwd,
      stdio: ["ignore", "ignore", "pipe"],
      env: { ...process.env, NO_COLOR: "1" },
    });
    let stderr = "";
    child.stderr.on("data", (chunk) => {
      stderr += chunk;
      if (stderr.length > 1e6) stderr = stderr.slice(-1e5);
    });
    child.on("error", reject);
    child.on("close", (code) => {
      const ms = Number(process.hrtime.bigint() - start) / 1e6;
      const rss = /communique-bench-max-rss=(\d+)/.exec(stderr)?.[1];
      resolve({ ms, code, rssMb: rss === undefined ? undefined : Number(rss) / 1024 });
    });
  });
}

/** The median of several runs' wall times, after one warm-up run. */
export async function medianMs(args, runs, options) {
  await timeCommand(args, options);
  const times = [];
  for (let i = 0; i < runs; i++) times.push((await timeCommand(args, options)).ms);
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

/**
 * Median wall times of several commands, run in turns (one run of each, then the next round), so
 * that a machine that slows down or speeds up during the run weighs on every command alike. One
 * warm-up round first.
 */
export async function interleavedMedianMs(commands, runs, options) {
  const times = Object.fromEntries(Object.keys(commands).map((name) => [name, []]));
  for (let round = -1; round < runs; round++) {
    for (const [name, args] of Object.entries(commands)) {
      const { ms } = await timeCommand(args, options);
      if (round >= 0) times[name].push(ms);
    }
  }
  return Object.fromEntries(
    Object.entries(times).map(([name, list]) => [
      name,
      list.sort((a, b) => a - b)[Math.floor(list.length / 2)],
    ]),
  );
}

/** Prints rows as an aligned table. */
export function table(rows) {
  const widths = rows[0].map((_, c) => Math.max(...rows.map((row) => String(row[c]).length)));
  for (const [i, row] of rows.entries()) {
    console.log(
      row
        .map((cell, c) => (c === 0 ? String(cell).padEnd(widths[c]) : String(cell).padStart(widths[c])))
        .join("  "),
    );
    if (i === 0) console.log(widths.map((w) => "-".repeat(w)).join("  "));
  }
}

export const fmt = (n, digits = 0) =>
  n.toLocaleString("en-US", { maximumFractionDigits: digits, minimumFractionDigits: digits });
