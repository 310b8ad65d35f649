import path from "node:path";
import { pathToFileURL } from "node:url";
import { shorten } from "@communique/core";
import type { ArtifactLocation, Log, Notification, ReportingDescriptor, Result } from "sarif";
import type { InputOutcome } from "../check/outcome.js";
import { ruleFor } from "./rules.js";

/**
 * SARIF 2.1.0, for code-scanning dashboards: one result per issue and per input problem, each at
 * a region (start line and column) of a file (see `artifactOf`); what stands in no file, a
 * notification of the run.
 */
export function formatSarif(
  outcomes: readonly InputOutcome[],
  tool: { name: string; version: string },
): string {
  const rules: ReportingDescriptor[] = [];
  const ruleIndex = new Map<string, number>();
  const indexOf = (code: string, input: boolean): number => {
    const rule = ruleFor(code, input);
    let index = ruleIndex.get(rule.id);
    if (index === undefined) {
      index = rules.length;
      ruleIndex.set(rule.id, index);
      rules.push({
        id: rule.id,
        name: rule.id.replace(/[/-](\w)/g, (_m, c: string) => c.toUpperCase()),
        shortDescription: { text: rule.description },
      });
    }
    return index;
  };
  const results: Result[] = [];
  // What no file of the repository holds (standard input, a pattern that matched nothing) cannot be
  // a result, which code scanning places in a file: it is told as a notification of the run.
  const notifications: Notification[] = [];
  const report = (
    code: string,
    input: boolean,
    file: string,
    text: string,
    line: number,
    column: number,
    properties?: Result["properties"],
  ) => {
    const index = indexOf(code, input);
    const rule = { id: rules[index]?.id as string, index };
    const artifactLocation = input && code === "no-match" ? undefined : artifactOf(file);
    if (artifactLocation === undefined) {
      notifications.push({
        level: "error",
        message: { text: `${file}:${line}:${column}: ${text}` },
        associatedRule: rule,
        ...(properties === undefined ? {} : { properties }),
      });
      return;
    }
    results.push({
      ruleId: rule.id,
      ruleIndex: index,
      level: "error",
      message: { text },
      locations: [
        { physicalLocation: { artifactLocation, region: { startLine: line, startColumn: column } } },
      ],
      ...(properties === undefined ? {} : { properties }),
    });
  };
  for (const outcome of outcomes) {
    for (const failure of outcome.failures) {
      for (const issue of failure.issues) {
        const text = `${failure.model} ${shorten(issue.path || "/", 200)}: ${issue.message}`;
        report(issue.code, false, failure.file, text, issue.line, issue.column, {
          jsonPointer: issue.path,
          keyword: issue.code,
        });
      }
    }
    for (const problem of outcome.problems)
      report(problem.code, true, problem.file, problem.reason, problem.line ?? 1, problem.column ?? 1);
  }
  const log: Log = {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: { driver: { name: tool.name, version: tool.version, rules } },
        // An input the tool could not read or check (malformed, unreadable, matching nothing) is a
        // run that did not complete; documents that fail their schema are results of one that did.
        invocations: [
          {
            executionSuccessful: outcomes.every((outcome) => outcome.problems.length === 0),
            toolExecutionNotifications: notifications,
          },
        ],
        originalUriBaseIds: { SRCROOT: { uri: `${pathToFileURL(process.cwd()).href}/` } },
        results,
      },
    ],
  };
  return JSON.stringify(log, null, 2);
}

/**
 * Where a file stands, as code scanning reads it: a path below the working folder (the repository's
 * root in CI) relative to SRCROOT; a file elsewhere as its absolute file: URI, with no base, since
 * a `../` path would name a file outside the repository as if it were in it; standard input nowhere.
 */
function artifactOf(file: string): ArtifactLocation | undefined {
  if (file === "-") return undefined;
  const absolute = path.resolve(file);
  const relative = path.relative(process.cwd(), absolute);
  if (relative === "" || relative.startsWith("..") || path.isAbsolute(relative))
    return { uri: pathToFileURL(absolute).href };
  return { uri: relative.split(path.sep).map(encodeURIComponent).join("/"), uriBaseId: "SRCROOT" };
}
