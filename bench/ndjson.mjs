// A large NDJSON file: communique's throughput in MB/s against JSON.parse alone on the same bytes
// (read, split lines, parse), and communique's peak resident memory.
import { statSync } from "node:fs";
import { pathToFileURL } from "node:url";
import { buildNdjson } from "./corpus.mjs";
import { COMMUNIQUE, fmt, table, timeCommand } from "./measure.mjs";

export async function benchNdjson({ megabytes = 1000, runs = 3 } = {}) {
  const file = await buildNdjson(megabytes);
  const mb = statSync(file).size / 1e6;
  const node = process.execPath;
  const variants = {
    "JSON.parse alone (one core)": [node, new URL("./parse-only.mjs", import.meta.url).pathname, file],
    "communique validate (all cores)": [node, COMMUNIQUE, "validate", "--quiet", file],
    "communique validate --jobs 1": [node, COMMUNIQUE, "validate", "--quiet", "--jobs", "1", file],
  };
  const rows = [];
  const medians = {};
  for (const [name, args] of Object.entries(variants)) {
    const samples = [];
    for (let i = 0; i < runs; i++) samples.push(await timeCommand(args, { probeRss: true }));
    samples.sort((a, b) => a.ms - b.ms);
    const median = samples[Math.floor(runs / 2)];
    const peakRss = Math.max(...samples.map((s) => s.rssMb ?? 0));
    medians[name] = median.ms;
    rows.push([name, fmt(median.ms), fmt((mb / median.ms) * 1000, 1), fmt(peakRss)]);
  }
  console.log(`\n## NDJSON, ${fmt(mb)} MB (median of ${runs} runs)\n`);
  table([["command", "wall ms", "MB/s", "peak RSS MB"], ...rows]);
  const [parse, all, one] = Object.values(medians);
  const results = {
    overheadAllCores: all / parse - 1,
    overheadOneCore: one / parse - 1,
    peakRssMb: Number(rows[1][3].replace(/,/g, "")),
  };
  console.log(
    `\nvalidation on top of parsing: ${fmt(results.overheadAllCores * 100)}% with all cores, ${fmt(results.overheadOneCore * 100)}% on one (target < 50%)`,
  );
  return results;
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const megabytes = Number(process.argv[2] ?? 1000);
  await benchNdjson({ megabytes });
}
