import path from "node:path";
import { pathToFileURL } from "node:url";
import { shorten } from "@communique/core";
import type { Log, ReportingDescriptor, Result } from "sarif";
import type { InputOutcome } from "../check/outcome.js";
import { ruleFor } from "./rules.js";

/**
 * SARIF 2.1.0, for code-scanning dashboards: one result per issue and per input problem, each at
 * a region (start line and column) of an artifact given relative to the working directory.
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
  for (const outcome of outcomes) {
    for (const failure of outcome.failures) {
      for (const issue of failure.issues) {
        const index = indexOf(issue.code, false);
        results.push({
          ruleId: rules[index]?.id as string,
          ruleIndex: index,
          level: "error",
          message: { text: `${failure.model} ${shorten(issue.path || "/", 200)}: ${issue.message}` },
          locations: [location(failure.file, issue.line, issue.column)],
          properties: { jsonPointer: issue.path, keyword: issue.code },
        });
      }
    }
    for (const problem of outcome.problems) {
      const index = indexOf(problem.code, true);
      results.push({
        ruleId: rules[index]?.id as string,
        ruleIndex: index,
        level: "error",
        message: { text: problem.reason },
        locations: [location(problem.file, problem.line ?? 1, problem.column ?? 1)],
      });
    }
  }
  const log: Log = {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: { driver: { name: tool.name, version: tool.version, rules } },
        originalUriBaseIds: { SRCROOT: { uri: `${pathToFileURL(process.cwd()).href}/` } },
        results,
      },
    ],
  };
  return JSON.stringify(log, null, 2);
}

function location(file: string, line: number, column: number) {
  const relative = path.isAbsolute(file) ? path.relative(process.cwd(), file) : file;
  return {
    physicalLocation: {
      artifactLocation: {
        uri: relative.split(path.sep).map(encodeURIComponent).join("/"),
        uriBaseId: "SRCROOT",
      },
      region: { startLine: line, startColumn: column },
    },
  };
}
