import { shorten } from "@communique/core";
import type { InputOutcome } from "../check/outcome.js";
import { countOf } from "../check/outcome.js";
import { formatProblem } from "./pretty.js";

/**
 * Escapes text for XML; a character XML 1.0 cannot hold at all (a control character, a lone
 * surrogate) is shown as its escape (`\u001b`), so nothing of the data is lost.
 */
function xml(text: string): string {
  return text
    .replace(
      /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu,
      (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, "0")}`,
    )
    .replaceAll("&", "&amp;")
    .replaceAll("<", "&lt;")
    .replaceAll(">", "&gt;")
    .replaceAll('"', "&quot;");
}

/**
 * JUnit XML, the report CI servers show as tests: a suite per input, a failing case per invalid
 * document (its issues in the body), an erroring case per input problem, and one passing case for
 * an input's valid documents.
 */
export function formatJunit(outcomes: readonly InputOutcome[]): string {
  const suites: string[] = [];
  const sum = { tests: 0, failures: 0, errors: 0 };
  for (const outcome of outcomes) {
    const cases: string[] = [];
    const valid = countOf(outcome.valid);
    if (valid > 0) {
      const models = Object.keys(outcome.valid).join(", ");
      cases.push(
        `    <testcase classname="${xml(models)}" name="${xml(`${outcome.file}: ${valid} valid`)}"/>`,
      );
    }
    for (const failure of outcome.failures) {
      const body = failure.issues
        .map(
          (i) =>
            `${failure.file}:${i.line}:${i.column} ${shorten(i.path || "/", 200)} ${i.message} [${i.code}]`,
        )
        .join("\n");
      const first = failure.issues[0];
      cases.push(
        `    <testcase classname="${xml(failure.model)}" name="${xml(`${failure.file}:${failure.line}`)}">`,
        `      <failure type="${xml(first?.code ?? "invalid")}" message="${xml(`${failure.issues.length} issue(s): ${first?.message ?? ""}`)}">${xml(body)}</failure>`,
        "    </testcase>",
      );
    }
    if (outcome.omittedFailures > 0) {
      cases.push(
        `    <testcase classname="communique" name="${xml(`${outcome.file}: ${outcome.omittedFailures} more invalid`)}">`,
        `      <failure type="omitted" message="${outcome.omittedFailures} more invalid documents not listed"/>`,
        "    </testcase>",
      );
    }
    for (const problem of outcome.problems) {
      cases.push(
        `    <testcase classname="input" name="${xml(`${problem.file}${problem.line === undefined ? "" : `:${problem.line}`}`)}">`,
        `      <error type="${xml(problem.code)}" message="${xml(formatProblem(problem))}"/>`,
        "    </testcase>",
      );
    }
    const failures = outcome.failures.length + (outcome.omittedFailures > 0 ? 1 : 0);
    const tests = (valid > 0 ? 1 : 0) + failures + outcome.problems.length;
    sum.tests += tests;
    sum.failures += failures;
    sum.errors += outcome.problems.length;
    suites.push(
      `  <testsuite name="${xml(outcome.file)}" tests="${tests}" failures="${failures}" errors="${outcome.problems.length}">`,
      ...cases,
      "  </testsuite>",
    );
  }
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="communique validate" tests="${sum.tests}" failures="${sum.failures}" errors="${sum.errors}">`,
    ...suites,
    "</testsuites>",
  ].join("\n");
}
