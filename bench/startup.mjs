// Start-up: validating one small file with communique, with ajv-cli, and node doing nothing.
import { pathToFileURL } from "node:url";
import { buildSmallFile } from "./corpus.mjs";
import { AJV_CLI, COMMUNIQUE, fmt, interleavedMedianMs, SCHEMA, table } from "./measure.mjs";

export async function benchStartup({ runs = 15 } = {}) {
  const file = buildSmallFile();
  const node = process.execPath;
  const variants = {
    'node -e ""': [node, "-e", ""],
    "communique validate small.json": [node, COMMUNIQUE, "validate", file],
    "ajv-cli validate small.json": [
      node,
      AJV_CLI,
      "validate",
      "-s",
      SCHEMA,
      "-d",
      file,
      "-c",
      "ajv-formats",
      "--all-errors",
    ],
  };
  const ms = await interleavedMedianMs(variants, runs);
  console.log(`\n## Start-up on one small file (median of ${runs} runs)\n`);
  table([["command", "wall ms"], ...Object.entries(ms).map(([name, t]) => [name, fmt(t)])]);
  const [bare, ours, ajv] = Object.values(ms);
  const results = { speedupOverAjvCli: ajv / ours, overNode: ours / bare };
  console.log(
    `\najv-cli / communique: ${fmt(results.speedupOverAjvCli, 2)}x faster (target ≥ 2x); communique / node -e "": ${fmt(results.overNode, 2)}x`,
  );
  return results;
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href)
  await benchStartup();
