import { shorten } from "@communique/core";
import { countOf, type InputOutcome, totals } from "../check/outcome.js";
import { formatProblem, plural } from "./pretty.js";
import { terminalSafe } from "./terminal-safe.js";

// GitHub's workflow commands: data escapes %, CR and LF; property values also : and ,. Other
// control characters from the data (an escape sequence the log would colour or move by) are shown
// as their escapes first.
const escapeData = (text: string) =>
  text.replaceAll("%", "%25").replaceAll("\r", "%0D").replaceAll("\n", "%0A");
const escapeProperty = (text: string) => escapeData(text).replaceAll(":", "%3A").replaceAll(",", "%2C");

function command(
  kind: "error" | "notice",
  properties: Record<string, string | number | undefined>,
  message: string,
) {
  const props = Object.entries(properties)
    .filter(([, value]) => value !== undefined)
    // A file's name stays as it is (%0A and all), so that the annotation lands on that file.
    .map(
      ([key, value]) =>
        `${key}=${escapeProperty(key === "file" ? String(value) : terminalSafe(String(value)))}`,
    )
    .join(",");
  return `::${kind}${props === "" ? "" : ` ${props}`}::${escapeData(terminalSafe(message))}`;
}

/** GitHub Actions annotations: an `::error` per issue and per input problem, at its line, then a notice with the totals. */
export function formatGithub(outcomes: readonly InputOutcome[]): string {
  const lines: string[] = [];
  for (const outcome of outcomes) {
    for (const failure of outcome.failures) {
      for (const issue of failure.issues) {
        lines.push(
          command(
            "error",
            {
              file: failure.file,
              line: issue.line,
              col: issue.column,
              title: `${failure.model} ${issue.code}`,
            },
            `${shorten(issue.path || "/", 200)}: ${issue.message}`,
          ),
        );
      }
    }
    for (const problem of outcome.problems) {
      lines.push(
        command(
          "error",
          { file: problem.file, line: problem.line, col: problem.column, title: `input ${problem.code}` },
          formatProblem(problem),
        ),
      );
    }
  }
  lines.push(command("notice", { title: "communique validate" }, summaryLine(outcomes)));
  return lines.join("\n");
}

/** The totals in one sentence. */
function summaryLine(outcomes: readonly InputOutcome[]): string {
  const t = totals(outcomes);
  return `${plural(t.documents, "document")} in ${plural(t.inputs, "input")}: ${t.valid} valid, ${t.invalid} invalid, ${plural(t.problems, "input error")}`;
}

/** A Markdown summary for `$GITHUB_STEP_SUMMARY`. */
export function githubStepSummary(outcomes: readonly InputOutcome[]): string {
  const t = totals(outcomes);
  const rows = outcomes
    .filter((o) => Object.keys(o.invalid).length > 0 || o.problems.length > 0)
    .map((o) => `| \`${o.file}\` | ${countOf(o.invalid)} | ${o.problems.length} |`);
  const verdict = t.invalid + t.problems === 0 ? "✅ all documents valid" : "❌ some documents failed";
  return [
    `### communique validate: ${verdict}`,
    "",
    `${summaryLine(outcomes)}.`,
    ...(rows.length > 0
      ? ["", "| input | invalid documents | input errors |", "|---|---|---|", ...rows]
      : []),
    "",
  ].join("\n");
}
