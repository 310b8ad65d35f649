import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { type EvalCase, evaluate, type FieldScore, readGold } from "@communique/extract";
import { describe, expect, it } from "vitest";
import { ROOT } from "../support/models.js";
import { sharedFile } from "../support/shared.js";

const corpus = sharedFile("corpus");
const heldout = path.join(ROOT, "packages/extract/heldout");

function readCorpus(folder: string): EvalCase[] {
  return readdirSync(path.join(folder, "texts"))
    .filter((file) => file.endsWith(".txt"))
    .sort()
    .map((file) => ({
      text: readFileSync(path.join(folder, "texts", file), "utf8"),
      gold: readGold(
        JSON.parse(readFileSync(path.join(folder, "gold", file.replace(/\.txt$/, ".json")), "utf8")),
      ),
    }));
}

/** The figure a committed table (EVAL.md, HELDOUT.md) gives a field: its counts, read back from its row. */
function committedScore(committed: string, label: string): { score: number; items: number } {
  const row = committed.split("\n").find((line) => line.startsWith(`| ${label} |`));
  if (row === undefined) throw new Error(`the committed table has no row for ${label}`);
  const counts = (row.split("|")[3] ?? "").trim();
  const accuracy = /^(\d+)\/(\d+)$/.exec(counts);
  if (accuracy !== null)
    return { score: Number(accuracy[1]) / Number(accuracy[2]), items: Number(accuracy[2]) };
  const f1 = /^(\d+) right, (\d+) extra, (\d+) missed$/.exec(counts);
  if (f1 === null) throw new Error(`the committed row for ${label} has no counts: ${row}`);
  const [tp, fp, fn] = [Number(f1[1]), Number(f1[2]), Number(f1[3])];
  return { score: (2 * tp) / (2 * tp + fp + fn), items: tp + fn };
}

function holdsTheCommittedFigures(folder: string, table: string, minimumTexts: number): void {
  const committed = readFileSync(path.join(ROOT, "packages/extract", table), "utf8");
  const report = evaluate(readCorpus(folder));

  it("scores every text without the extractor failing on one", () => {
    expect(report.failures).toEqual([]);
    expect(report.texts.length).toBeGreaterThanOrEqual(minimumTexts);
  });

  // One text's worth: a field may move by what one scored item (a text, a statement, a name) weighs
  // in it, and no more, before this fails; a gain is kept by running `npm run eval`.
  it.each(report.fields.map((field) => [field.label, field] as [string, FieldScore]))(
    "%s holds at least the committed figure, less one text's worth",
    (label, field) => {
      const { score, items } = committedScore(committed, label);
      const perText = items / report.texts.length;
      expect(field.score ?? 0).toBeGreaterThanOrEqual(score - Math.max(1, perText) / items - 1e-9);
    },
  );
}

describe.skipIf(corpus.missing)("extraction scored on the real-text corpus", () => {
  holdsTheCommittedFigures(corpus.file, "EVAL.md", 49);
});

describe("extraction scored on the held-out texts of our own writing", () => {
  holdsTheCommittedFigures(heldout, "HELDOUT.md", 24);
});
