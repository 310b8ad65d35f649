// Every benchmark in one run, then the targets. Usage: npm run bench [-- --ndjson-mb N]
import { cpus, totalmem } from "node:os";
import { parseArgs } from "node:util";
import { benchExtract } from "./extract.mjs";
import { benchFiles } from "./files.mjs";
import { benchHtml } from "./html.mjs";
import { benchLibrary } from "./library.mjs";
import { fmt } from "./measure.mjs";
import { benchNdjson } from "./ndjson.mjs";
import { benchStartup } from "./startup.mjs";

const { values } = parseArgs({ options: { "ndjson-mb": { type: "string", default: "1000" } } });
console.log(
  `# communique benchmarks\n\nNode ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? "CPU"}, ${fmt(totalmem() / 2 ** 30)} GiB`,
);

const files = await benchFiles({ runs: 9 });
const ndjson = await benchNdjson({ megabytes: Number(values["ndjson-mb"]) });
const library = await benchLibrary();
const startup = await benchStartup();
const extraction = await benchExtract();
const pages = await benchHtml({ rounds: 3 });

const check = (ok) => (ok ? "met" : "MISSED");
console.log("\n## Targets\n");
console.log(
  `- 20,000 files, ≥ 1.5x faster than ajv-cli: ${fmt(files.speedupOverAjvCli, 2)}x, ${check(files.speedupOverAjvCli >= 1.5)}`,
);
console.log(
  `  (the same files split over two threads with no reporting at all: ${fmt(files.bareTwoThreadsOverAjvCli, 2)}x; schema only: ${fmt(files.schemaOnlyTwoThreadsOverAjvCli, 2)}x)`,
);
console.log(
  `- one core within 1.3x of the bare loop: ${fmt(files.singleThreadOverBare, 2)}x, ${check(files.singleThreadOverBare <= 1.3)}`,
);
console.log(
  `- NDJSON validation adds < 50% to parsing: ${fmt(ndjson.overheadAllCores * 100)}%, ${check(ndjson.overheadAllCores < 0.5)}`,
);
console.log(
  `- start-up ≥ 2x faster than ajv-cli: ${fmt(startup.speedupOverAjvCli, 2)}x, ${check(startup.speedupOverAjvCli >= 2)}`,
);
console.log(
  `- extract(), seed-sized text, one core, ≥ 1,000 articles/s: ${fmt(extraction.library)}, ${check(extraction.library >= 1000)}`,
);
console.log(
  `- communique extract on 1,000 files, 1,000 NDJSON lines, well over 500 articles/s: ${fmt(extraction.command)}/s, ${fmt(extraction.lines)} lines`,
);
console.log(
  `- web pages, F1 ≥ 0.960 on the article-extraction benchmark: ${fmt(pages.ours.f1, 3)} (Readability.js alone ${fmt(pages.readability.f1, 3)}), ${check(pages.ours.f1 >= 0.96)}`,
);
console.log(
  `- web pages, at least half Readability's speed: ${fmt(pages.speedRatio, 2)}x its pages/s (${fmt(pages.ours.perSecond, 1)} vs ${fmt(pages.readability.perSecond, 1)}), ${check(pages.speedRatio >= 0.5)}`,
);
console.log(
  `- library vs runtime-compiled ajv: ${fmt(1 / library.ratios["ajv, compiled at run time (allErrors)"], 2)}x ajv's time per document`,
);
