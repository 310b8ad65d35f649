import { styleText } from "node:util";
import { shorten } from "@communique/core";
import { countOf, type InputOutcome, type InputProblem, totals } from "../check/outcome.js";
import { terminalSafe } from "./terminal-safe.js";

type Style = (format: "green" | "red" | "yellow" | "dim" | "bold", text: string) => string;

/** Plain text, or ANSI colours when writing to a terminal that wants them. */
export function textStyle(colour: boolean): Style {
  // The decision is made by the caller (terminal, NO_COLOR); styleText must not second-guess it.
  return colour
    ? (format, text) => styleText(format, text, { validateStream: false })
    : (_format, text) => text;
}

/** The human report: a verdict per input, every issue at `file:line:col`, and a closing count. */
export function formatPretty(outcomes: readonly InputOutcome[], style: Style, quiet = false): string {
  const lines: string[] = [];
  const ok = style("green", "✓");
  const bad = style("red", "✗");
  for (const outcome of outcomes) {
    const valid = countOf(outcome.valid);
    const invalid = countOf(outcome.invalid);
    const failed = invalid > 0 || outcome.problems.length > 0;
    if (!failed && quiet) continue;
    // Everything from the data is printed through terminalSafe: names and messages can hold anything.
    const file = terminalSafe(outcome.file);
    if (valid + invalid === 1 && outcome.problems.length === 0) {
      const model = terminalSafe(Object.keys(invalid > 0 ? outcome.invalid : outcome.valid)[0] ?? "");
      const count = outcome.failures[0]?.issues.length ?? 0;
      lines.push(
        invalid > 0
          ? `${bad} ${file}: invalid ${model} (${plural(count, "issue")})`
          : `${ok} ${file}: valid ${model}`,
      );
    } else if (valid + invalid > 0) {
      const models = terminalSafe(Object.keys({ ...outcome.valid, ...outcome.invalid }).join(", "));
      const counts = invalid > 0 ? `${count(valid)} valid, ${count(invalid)} invalid` : `all valid`;
      lines.push(
        `${failed ? bad : ok} ${file}: ${plural(valid + invalid, "document")} (${models}), ${counts}`,
      );
    }
    for (const failure of outcome.failures) {
      for (const issue of failure.issues) {
        const place = `${terminalSafe(failure.file)}:${issue.line}:${issue.column}`;
        const where = terminalSafe(shorten(issue.path || "/", 200));
        lines.push(
          `  ${place}  ${style("bold", where)}  ${terminalSafe(issue.message)} ${style("dim", `[${terminalSafe(issue.code)}]`)}`,
        );
      }
    }
    if (outcome.omittedFailures > 0)
      lines.push(`  … and ${plural(outcome.omittedFailures, "more invalid document")} not shown`);
    for (const problem of outcome.problems) lines.push(`${bad} ${terminalSafe(formatProblem(problem))}`);
  }
  const total = totals(outcomes);
  const parts = [`${count(total.valid)} valid`, `${count(total.invalid)} invalid`];
  if (total.problems > 0) parts.push(style("yellow", plural(total.problems, "input error")));
  lines.push(
    `${plural(total.documents, "document")} in ${plural(total.inputs, "input")}: ${parts.join(", ")}`,
  );
  return lines.join("\n");
}

/** An input problem as `file:line:col: reason`. */
export function formatProblem(problem: InputProblem): string {
  const place = problem.line === undefined ? "" : `:${problem.line}:${problem.column ?? 1}`;
  return `${problem.file}${place}: ${problem.reason}`;
}

/** `12345` as `12,345`, without loading locale data at start-up. */
function count(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}

/** `1 document`, `2 documents`, with thousands separators. */
export function plural(n: number, noun: string): string {
  return `${count(n)} ${noun}${n === 1 ? "" : "s"}`;
}
