import { type InputOutcome, totals } from "../check/outcome.js";

/** The machine-readable report: totals, then each input with its failures and problems. */
export function formatJson(
  outcomes: readonly InputOutcome[],
  tool: { name: string; version: string },
): string {
  return JSON.stringify(
    {
      reportVersion: 1,
      tool,
      summary: totals(outcomes),
      inputs: outcomes.map((outcome) => ({
        file: outcome.file,
        valid: outcome.valid,
        invalid: outcome.invalid,
        failures: outcome.failures.map(({ line, model, issues }) => ({ line, model, issues })),
        omittedFailures: outcome.omittedFailures,
        problems: outcome.problems,
      })),
    },
    null,
    2,
  );
}

/**
 * The machine-readable report of a run that could not start (a usage error, a schema that cannot
 * be used): the same shape with no inputs, and the error.
 */
export function formatJsonError(
  error: Error & { file?: string; line?: number | undefined; column?: number | undefined; reason?: string },
  tool: { name: string; version: string },
): string {
  const place = error.file === undefined ? {} : { file: error.file, line: error.line, column: error.column };
  return JSON.stringify(
    {
      reportVersion: 1,
      tool,
      summary: totals([]),
      inputs: [],
      error: {
        code: error.name === "SchemaError" ? "schema" : "usage",
        message: error.reason ?? error.message,
        ...place,
      },
    },
    null,
    2,
  );
}
