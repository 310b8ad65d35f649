// Body extraction on the article-extraction benchmark (181 saved news pages with their true
// bodies, ../shared/reference/article-extraction-benchmark/): communique's extractPage against
// @mozilla/readability alone (over linkedom) in the same run, scored with upstream's metric.
// Usage: node bench/html.mjs [rounds]
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { gunzipSync } from "node:zlib";
import { extractPage } from "@communique/extract/html";
import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";
import { evaluate } from "./shingles.mjs";

const root = path.resolve(
  fileURLToPath(import.meta.url),
  "../../../shared/reference/article-extraction-benchmark",
);

const CANDIDATES = {
  "Readability.js 0.6 over linkedom": (html) => {
    const { document } = parseHTML(html);
    return new Readability(document).parse()?.textContent ?? "";
  },
  "communique extractPage": (html) => {
    try {
      return extractPage(html)
        .article.body.paragraphs.map((paragraph) => paragraph.text)
        .join("\n\n");
    } catch {
      return "";
    }
  },
};

/**
 * Scores and times each candidate on the 181 pages: F1, precision, recall and accuracy with
 * upstream's metric, and pages per second (median of `rounds` rounds after a warm-up round; the
 * candidates take turns within a round).
 */
export async function benchHtml({ rounds = 3 } = {}) {
  const truth = JSON.parse(readFileSync(path.join(root, "ground-truth.json"), "utf8"));
  const pages = readdirSync(path.join(root, "html"))
    .filter((file) => file.endsWith(".html.gz"))
    .sort()
    .map((file) => ({
      id: file.replace(/\.html\.gz$/, ""),
      html: gunzipSync(readFileSync(path.join(root, "html", file))).toString("utf8"),
    }));
  const outputs = {};
  const times = Object.fromEntries(Object.keys(CANDIDATES).map((name) => [name, []]));
  for (let round = 0; round <= rounds; round++) {
    for (const [name, run] of Object.entries(CANDIDATES)) {
      const start = performance.now();
      const out = pages.map((page) => run(page.html));
      if (round > 0) times[name].push(performance.now() - start);
      outputs[name] = out;
    }
  }
  const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
  console.log(`\n## Web pages: the article-extraction benchmark\n`);
  console.log(`${pages.length} pages, median of ${rounds} rounds after a warm-up round`);
  const results = {};
  for (const name of Object.keys(CANDIDATES)) {
    const score = evaluate(pages.map((page, i) => [truth[page.id]?.articleBody ?? "", outputs[name][i]]));
    const perSecond = (pages.length / median(times[name])) * 1000;
    results[name] = { ...score, perSecond };
    console.log(
      `${name.padEnd(34)} F1 ${score.f1.toFixed(3)}  P ${score.precision.toFixed(3)}  R ${score.recall.toFixed(3)}  accuracy ${score.accuracy.toFixed(3)}  ${perSecond.toFixed(1)} pages/s`,
    );
  }
  const ours = results["communique extractPage"];
  const readability = results["Readability.js 0.6 over linkedom"];
  return { ours, readability, speedRatio: ours.perSecond / readability.perSecond };
}

if (process.argv[1] === fileURLToPath(import.meta.url))
  await benchHtml({ rounds: Number(process.argv[2] ?? 3) });
