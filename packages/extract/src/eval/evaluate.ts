import { extract } from "../extract.js";
import type { Gold } from "./gold.js";
import {
  type Extraction,
  emptyTally,
  FIELDS,
  type FieldName,
  scoreText,
  type Tally,
  type TextScore,
} from "./score.js";

/** One text to score: its words and what a careful reader found in it. */
export interface EvalCase {
  text: string;
  gold: Gold;
}

/** A field's figure over the whole set. */
export interface FieldScore {
  field: FieldName;
  label: string;
  kind: "accuracy" | "f1";
  /** Accuracy, or F1 over all items pooled; undefined when nothing was scored. */
  score: number | undefined;
  precision?: number;
  recall?: number;
  tally: Tally;
}

/** Every field's figure, and each text's misses. */
export interface EvalReport {
  fields: FieldScore[];
  texts: TextScore[];
  /** Texts on which the extractor threw, with what it said. */
  failures: { id: string; message: string }[];
}

/** How to turn a text into an extraction; `extract` unless a caller measures another one. */
export type Extractor = (text: string, published: string | undefined) => Extraction;

const defaultExtractor: Extractor = (text, published) =>
  extract(text, published === undefined ? {} : { published });

/** Runs the extractor on every case and scores each field against the gold annotations. */
export function evaluate(cases: readonly EvalCase[], extractor: Extractor = defaultExtractor): EvalReport {
  const texts: TextScore[] = [];
  const failures: EvalReport["failures"] = [];
  for (const { text, gold } of cases) {
    let found: Extraction | undefined;
    try {
      found = extractor(text, gold.published ?? undefined);
    } catch (error) {
      failures.push({ id: gold.id, message: error instanceof Error ? error.message : String(error) });
    }
    texts.push(scoreText(gold, found));
  }
  return { fields: FIELDS.map((f) => fieldScore(f, texts)), texts, failures };
}

function fieldScore(spec: (typeof FIELDS)[number], texts: readonly TextScore[]): FieldScore {
  const tally = emptyTally();
  for (const text of texts) {
    const t = text.tallies[spec.field];
    tally.right += t.right;
    tally.total += t.total;
    tally.truePositives += t.truePositives;
    tally.falsePositives += t.falsePositives;
    tally.falseNegatives += t.falseNegatives;
  }
  const base = { field: spec.field, label: spec.label, kind: spec.kind, tally };
  if (spec.kind === "accuracy")
    return { ...base, score: tally.total === 0 ? undefined : tally.right / tally.total };
  const { truePositives: tp, falsePositives: fp, falseNegatives: fn } = tally;
  if (tp + fp + fn === 0) return { ...base, score: undefined };
  const precision = tp + fp === 0 ? 0 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 0 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { ...base, score: f1, precision, recall };
}

function percent(value: number | undefined): string {
  return value === undefined ? "–" : `${Math.round(value * 100)}%`;
}

/** A field's figure in words: `92% (36/39)`, or `F1 85% (P 88%, R 82%)`. */
export function describeScore(field: FieldScore): string {
  if (field.kind === "accuracy") return `${percent(field.score)} (${field.tally.right}/${field.tally.total})`;
  const { truePositives: tp, falsePositives: fp, falseNegatives: fn } = field.tally;
  return `F1 ${percent(field.score)} (P ${percent(field.precision)}, R ${percent(field.recall)}; ${tp} right, ${fp} extra, ${fn} missed)`;
}

/** The report as a plain table, one line per field; with `verbose`, each text's misses after it. */
export function formatEvalTable(report: EvalReport, verbose = false): string {
  const width = Math.max(...report.fields.map((f) => f.label.length));
  const lines = report.fields.map((f) => `${f.label.padEnd(width)}  ${describeScore(f)}`);
  for (const failure of report.failures) lines.push(`${failure.id}: extract failed: ${failure.message}`);
  if (verbose) {
    for (const text of report.texts) {
      if (text.misses.length === 0) continue;
      lines.push("", text.id);
      for (const miss of text.misses)
        lines.push(`  ${miss.field}: expected ${miss.expected}; found ${miss.found}`);
    }
  }
  return lines.join("\n");
}

/**
 * The report as the Markdown page `npm run eval` writes (packages/extract/EVAL.md): the command, one
 * table row per field with its counts, and the texts the extractor failed on.
 */
export function formatEvalMarkdown(report: EvalReport, command: string): string {
  const rows = report.fields.map((f) => {
    const t = f.tally;
    const counts =
      f.kind === "accuracy"
        ? `${t.right}/${t.total}`
        : `${t.truePositives} right, ${t.falsePositives} extra, ${t.falseNegatives} missed`;
    const detail = f.kind === "f1" ? ` (P ${percent(f.precision)}, R ${percent(f.recall)})` : "";
    return `| ${f.label} | ${f.kind === "f1" ? "F1 " : ""}${percent(f.score)}${detail} | ${counts} |`;
  });
  const failures = report.failures.map((f) => `- ${f.id}: ${f.message}`);
  return [
    "# Extraction scores",
    "",
    `Generated by \`${command}\`; do not edit by hand. Each field is scored as the package README says.`,
    `${report.texts.length} texts.`,
    "",
    "| field | score | counts |",
    "| --- | --- | --- |",
    ...rows,
    ...(failures.length > 0 ? ["", "Texts extract failed on:", ...failures] : []),
    "",
  ].join("\n");
}
