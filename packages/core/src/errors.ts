import { formatIssues } from "./format.js";
import type { ValidationIssue } from "./validation.js";

/** Thrown by `assert…` functions when a document does not validate; carries the issues as data. */
export class ValidationError extends Error {
  override readonly name = "ValidationError";
  /** The model the document was checked against, e.g. `NewsArticle`. */
  readonly model: string;
  /** Every issue found. */
  readonly issues: readonly ValidationIssue[];

  constructor(model: string, issues: readonly ValidationIssue[]) {
    super(`Invalid ${model}:\n${formatIssues(issues)}`);
    this.model = model;
    this.issues = issues;
  }
}
