import { formatIssue } from "@communique/core";
import type { Verdict } from "./commands/validate.js";

/** The human report: a verdict line per document, its issues under it, and a closing count. */
export function formatPretty(verdicts: readonly Verdict[]): string {
  const lines: string[] = [];
  let valid = 0;
  let invalid = 0;
  let errors = 0;
  for (const verdict of verdicts) {
    if ("error" in verdict) {
      errors += 1;
      lines.push(`✗ ${verdict.error}`);
    } else if (verdict.issues.length === 0) {
      valid += 1;
      lines.push(`✓ ${verdict.file}: valid ${verdict.model}`);
    } else {
      invalid += 1;
      const count = verdict.issues.length === 1 ? "1 issue" : `${verdict.issues.length} issues`;
      lines.push(`✗ ${verdict.file}: invalid ${verdict.model} (${count})`);
      for (const issue of verdict.issues) lines.push(`    ${formatIssue(issue)}`);
    }
  }
  const total = verdicts.length === 1 ? "1 document" : `${verdicts.length} documents`;
  const parts = [`${valid} valid`, `${invalid} invalid`, ...(errors > 0 ? [`${errors} unreadable`] : [])];
  lines.push(`${total}: ${parts.join(", ")}`);
  return lines.join("\n");
}
