// 20,000 article files: communique validate vs ajv-cli with the same schema, and vs a bare loop
// (read + JSON.parse + precompiled validator, one core), median wall time of several runs each, the
// commands taking turns. Two more bare loops, split over two threads with no reporting at all, show
// what the machine's two cores allow any tool doing the same work.
import { pathToFileURL } from "node:url";
import { buildFiles } from "./corpus.mjs";
import { AJV_CLI, COMMUNIQUE, fmt, interleavedMedianMs, SCHEMA, table } from "./measure.mjs";

const BARE_LOOP = new URL("./bare-loop.mjs", import.meta.url).pathname;

export async function benchFiles({ count = 20_000, runs = 5 } = {}) {
  const dir = buildFiles(count);
  const node = process.execPath;
  const variants = {
    "communique validate (all cores)": [node, COMMUNIQUE, "validate", "--quiet", dir],
    "communique validate --jobs 1": [node, COMMUNIQUE, "validate", "--quiet", "--jobs", "1", dir],
    "ajv-cli (same schema, ajv-formats)": [
      node,
      AJV_CLI,
      "validate",
      "-s",
      SCHEMA,
      "-d",
      `${dir}/*.json`,
      "-c",
      "ajv-formats",
      "--all-errors",
      "--errors=line",
    ],
    "bare loop (read, parse, validate; one core)": [node, BARE_LOOP, dir],
    "bare loop on two threads (halves, no reporting)": [node, BARE_LOOP, dir, "--threads", "2"],
    "the same, schema only (no model rules)": [node, BARE_LOOP, dir, "--threads", "2", "--schema-only"],
  };
  const ms = await interleavedMedianMs(variants, runs);
  const [all, one, ajv, bare, bareTwo, schemaTwo] = Object.values(ms);
  console.log(`\n## ${fmt(count)} article files (median of ${runs} runs)\n`);
  table([
    ["command", "wall ms", "files/s"],
    ...Object.entries(ms).map(([name, t]) => [name, fmt(t), fmt((count / t) * 1000)]),
  ]);
  const results = {
    speedupOverAjvCli: ajv / all,
    singleThreadOverBare: one / bare,
    bareTwoThreadsOverAjvCli: ajv / bareTwo,
    schemaOnlyTwoThreadsOverAjvCli: ajv / schemaTwo,
  };
  console.log(`\najv-cli / communique: ${fmt(results.speedupOverAjvCli, 2)}x faster (target ≥ 1.5x)`);
  console.log(`communique --jobs 1 / bare loop: ${fmt(results.singleThreadOverBare, 2)}x (target ≤ 1.3x)`);
  console.log(
    `what two threads allow, against ajv-cli: ${fmt(results.bareTwoThreadsOverAjvCli, 2)}x with the model rules, ` +
      `${fmt(results.schemaOnlyTwoThreadsOverAjvCli, 2)}x with the schema alone`,
  );
  return results;
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await benchFiles({ runs: Number(process.argv[2] ?? 5) });
}
