// The article-extraction benchmark's metric, as its SOURCE.md defines it (scrapinghub's
// article-extraction-benchmark): token 4-shingles compared as multisets, per page, then averaged.

/** Python's `\w+` on str (Unicode letters, digits and numbers, underscore); marks are not word characters there. */
const TOKEN = /[\p{L}\p{N}_]+/gu;

/** The 4-shingles of a text, counted; a text of fewer than 4 tokens is one shingle of all of them. */
export function shingles(text, n = 4) {
  const tokens = (text ?? "").match(TOKEN) ?? [];
  const counts = new Map();
  const last = Math.max(1, tokens.length - n + 1);
  for (let i = 0; i < last; i++) {
    const shingle = tokens.slice(i, i + n).join(" ");
    if (shingle === "") continue;
    counts.set(shingle, (counts.get(shingle) ?? 0) + 1);
  }
  return { counts, tokens };
}

/** tp, fp, fn of one page, divided by their sum (as upstream does; it does not change P or R). */
export function pageScores(truth, prediction) {
  const t = shingles(truth).counts;
  const p = shingles(prediction).counts;
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const key of new Set([...t.keys(), ...p.keys()])) {
    const a = t.get(key) ?? 0;
    const b = p.get(key) ?? 0;
    tp += Math.min(a, b);
    fp += Math.max(0, b - a);
    fn += Math.max(0, a - b);
  }
  const sum = tp + fp + fn;
  return sum > 0 ? { tp: tp / sum, fp: fp / sum, fn: fn / sum } : { tp: 0, fp: 0, fn: 0 };
}

/**
 * Precision, recall and F1 over a set: precision is the mean of per-page precisions over pages
 * with tp+fp > 0, recall the mean of per-page recalls over pages with tp+fn > 0 (a page with
 * fp = fn = 0 scores 1 for both); accuracy is the share of pages whose token lists are equal.
 */
export function evaluate(pairs) {
  const precisions = [];
  const recalls = [];
  let exact = 0;
  for (const [truth, prediction] of pairs) {
    const { tp, fp, fn } = pageScores(truth, prediction);
    if (fp === 0 && fn === 0) {
      precisions.push(1);
      recalls.push(1);
    } else {
      if (tp + fp > 0) precisions.push(tp / (tp + fp));
      if (tp + fn > 0) recalls.push(tp / (tp + fn));
    }
    const a = shingles(truth).tokens;
    const b = shingles(prediction).tokens;
    if (a.length === b.length && a.every((token, i) => token === b[i])) exact++;
  }
  const mean = (values) => (values.length === 0 ? 0 : values.reduce((s, v) => s + v, 0) / values.length);
  const precision = mean(precisions);
  const recall = mean(recalls);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { f1, precision, recall, accuracy: exact / pairs.length };
}
