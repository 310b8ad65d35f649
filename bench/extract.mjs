// communique extract: articles per second for seed-sized wire text, in a batch in one process (one
// core) and through the CLI on a folder of 1,000 files, beside the NLP pass a user might reach for
// instead (compromise: people, places, organizations and sentences, which finds far less).
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { extract } from "@communique/extract";
import nlp from "compromise";
import { CORPUS } from "./corpus.mjs";
import { COMMUNIQUE, fmt, medianMs, ROOT, table } from "./measure.mjs";

const SEED = readFileSync(path.join(ROOT, "examples/seed/article.txt"), "utf8");
const OWN = readdirSync(path.join(ROOT, "packages/extract/test/articles"))
  .filter((file) => file.endsWith(".txt"))
  .map((file) => readFileSync(path.join(ROOT, "packages/extract/test/articles", file), "utf8"));

// Variations on the seed, so no two texts are the same: other names, numbers and countries.
const SWAPS = [
  ["Lim Sung-nam", ["Lim Sung-nam", "Kang Min-jae", "Oh Ji-hoon", "Baek Seo-yeon"]],
  ["Thomas Countryman", ["Thomas Countryman", "Laura Bennett", "Mark Ellis", "Nina Ford"]],
  ["Korean Peninsula", ["Korean Peninsula", "Korean Peninsula", "East China Sea"]],
  ["two nuclear tests", ["two nuclear tests", "three missile tests", "a satellite launch"]],
  ["B-52", ["B-52", "B-1B", "F-35"]],
];

/** The i-th text: the seed varied, or (one in four) one of our own test articles. */
export function text(i) {
  if (i % 4 === 3) return `${OWN[i % OWN.length]}\n(${i})\n`;
  let varied = SEED;
  for (const [from, options] of SWAPS) varied = varied.replaceAll(from, options[i % options.length]);
  return varied.replace("2016 demonstrated", `${2000 + (i % 20)} demonstrated`);
}

// A batch run is long: rounds first, so the figure is the steady rate and not the JIT's warm-up
// (which the cold row and the CLI figure below do include). Two rounds are enough for the rows
// after the first; extract() itself needs more: V8 optimizes a pass that runs once a text only
// after some hundreds of calls in which none of its property reads met a new hidden class, and
// the texts bring rare ones for thousands of calls (rounds of 1,000 texts settle after 5 to 8).
const EXTRACT_WARM_UP_ROUNDS = 8;
const COLD_ROUNDS = 3;

function perSecond(count, run, rounds, warmUpRounds = 2) {
  for (let round = 0; round < warmUpRounds; round++) run(count);
  const times = [];
  for (let round = 0; round < rounds; round++) {
    const start = performance.now();
    run(count);
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return (count / times[Math.floor(rounds / 2)]) * 1000;
}

export async function benchExtract({ count = 1000, rounds = 7 } = {}) {
  const texts = Array.from({ length: count }, (_, i) => text(i));
  const meanBytes = texts.reduce((sum, t) => sum + Buffer.byteLength(t), 0) / count;
  const extractAll = (n) => {
    for (let i = 0; i < n; i++) extract(texts[i], { published: "2016-12-21" });
  };
  // The first rounds of a fresh process, JIT warm-up and all: what a short batch sees.
  const coldStart = performance.now();
  for (let round = 0; round < COLD_ROUNDS; round++) extractAll(count);
  const cold = ((COLD_ROUNDS * count) / (performance.now() - coldStart)) * 1000;
  const rows = {
    "extract() (one core)": perSecond(count, extractAll, rounds, EXTRACT_WARM_UP_ROUNDS - COLD_ROUNDS),
    [`extract(), its first ${fmt(COLD_ROUNDS * count)} calls in the process (JIT warm-up included)`]: cold,
    "extract() + JSON.stringify (one core)": perSecond(
      count,
      (n) => {
        for (let i = 0; i < n; i++) JSON.stringify(extract(texts[i], { published: "2016-12-21" }));
      },
      rounds,
    ),
    "compromise: people, places, organizations, sentences": perSecond(
      count,
      (n) => {
        for (let i = 0; i < n; i++) {
          const doc = nlp(texts[i]);
          doc.people().out("array");
          doc.places().out("array");
          doc.organizations().out("array");
          doc.sentences().out("array");
        }
      },
      rounds,
    ),
  };

  const dir = path.join(CORPUS, "text");
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (let i = 0; i < count; i++)
    writeFileSync(path.join(dir, `${String(i).padStart(5, "0")}.txt`), texts[i]);
  const out = path.join(CORPUS, "extracted.ndjson");
  const cli = [
    process.execPath,
    COMMUNIQUE,
    "extract",
    dir,
    "--format",
    "ndjson",
    "--published",
    "2016-12-21",
    "--quiet",
  ];
  const cliMs = await medianMs(
    ["/bin/sh", "-c", `${cli.map((arg) => `'${arg}'`).join(" ")} > '${out}'`],
    rounds,
  );
  const lines = readFileSync(out, "utf8").trimEnd().split("\n").length;
  rows[`communique extract DIR --format ndjson (${fmt(count)} files, process included)`] =
    (count / cliMs) * 1000;

  console.log(
    `\n## Extraction: ${fmt(count)} texts of ${fmt(meanBytes)} bytes on average (median of ${rounds} rounds)\n`,
  );
  table([["what", "articles/s"], ...Object.entries(rows).map(([name, rate]) => [name, fmt(rate)])]);
  const [library, , , compromise, command] = Object.values(rows);
  console.log(`\nextract() / compromise: ${fmt(library / compromise, 2)}x the rate, doing far more`);
  console.log(`the CLI wrote ${fmt(lines)} lines for ${fmt(count)} files`);
  return { library, command, lines, count, versusCompromise: library / compromise };
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const results = await benchExtract({ rounds: Number(process.argv[2] ?? 7) });
  console.log(
    `\n- extract() on one core ≥ 1,000 articles/s: ${fmt(results.library)}, ${results.library >= 1000 ? "met" : "MISSED"}`,
  );
  console.log(
    `- 1,000 files through the CLI, 1,000 lines, well over 500 articles/s: ${fmt(results.command)}/s, ${results.lines === 1000 ? "1,000 lines" : "WRONG LINE COUNT"}`,
  );
}
