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
