import type { ValidationIssue } from "./validation.js";

/** One issue as a line: `/body/paragraphs/3/text: must be string (type)`. */
export function formatIssue(issue: ValidationIssue): string {
  return `${issue.path === "" ? "(document)" : issue.path}: ${issue.message} (${issue.code})`;
}

/** Every issue, one a line, indented for use under a heading. */
export function formatIssues(issues: readonly ValidationIssue[], indent = "  "): string {
  return issues.map((issue) => indent + formatIssue(issue)).join("\n");
}
