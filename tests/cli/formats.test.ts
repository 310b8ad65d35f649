import { execFile } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { lineOf, scratch } from "../support/cli.js";
import { inProcess } from "../support/in-process.js";
import { ROOT, readJson } from "../support/models.js";

const seed = readJson<Record<string, unknown>>(path.join(ROOT, "examples/seed/news-article.json"));
const files = scratch("formats");
const badText = JSON.stringify({ ...seed, headlin: "typo", language: 42 }, null, 2);
const bad = files.file("bad.json", badText);
const broken = files.file("broken.json", '{"type": "NewsArticle",\n  "id": }');
const good = "examples/seed/joint-statement.json";
const args = (format: string) => ["validate", "--format", format, good, bad, broken];

describe("--format json", () => {
  it("is one machine-readable report with totals, issues at line and column, and input errors", async () => {
    const run = await inProcess(args("json"));
    expect(run.code).toBe(2);
    const report = JSON.parse(run.stdout);
    expect(report.summary).toEqual({ inputs: 3, documents: 2, valid: 1, invalid: 1, problems: 1 });
    const [first, second, third] = report.inputs;
    expect(first).toMatchObject({ file: good, valid: { JointStatement: 1 }, failures: [], problems: [] });
    expect(second.failures[0].issues).toContainEqual(
      expect.objectContaining({
        path: "/headlin",
        code: "additionalProperties",
        line: lineOf(badText, '"headlin"'),
        column: 3,
      }),
    );
    expect(second.failures[0].issues).toContainEqual(
      expect.objectContaining({ path: "/language", code: "type" }),
    );
    expect(third.problems).toEqual([
      {
        file: broken,
        code: "malformed",
        reason: expect.stringMatching(/^malformed JSON/),
        line: 2,
        column: 9,
      },
    ]);
  });
});

describe("--format github", () => {
  it("writes an annotation per issue at its line and column, and a summary", async () => {
    const summary = files.file("step-summary.md", "");
    const run = await inProcess(args("github"), { env: { GITHUB_STEP_SUMMARY: summary } });
    expect(run.code).toBe(2);
    const lines = run.stdout.trim().split("\n");
    const headlin = lineOf(badText, '"headlin"');
    expect(lines).toContain(
      `::error file=${bad},line=${headlin},col=3,title=NewsArticle additionalProperties::/headlin: unknown property "headlin"; did you mean "headline"?`,
    );
    expect(lines).toContainEqual(
      expect.stringMatching(
        new RegExp(
          `^::error file=${bad},line=\\d+,col=\\d+,title=NewsArticle type::/language: must be string$`,
        ),
      ),
    );
    expect(lines).toContainEqual(
      expect.stringMatching(
        /^::error file=.*broken\.json,line=2,col=9,title=input malformed::.*malformed JSON/,
      ),
    );
    expect(lines.at(-1)).toBe(
      "::notice title=communique validate::2 documents in 3 inputs: 1 valid, 1 invalid, 1 input error",
    );
    expect(readFileSync(summary, "utf8")).toContain("### communique validate: ❌ some documents failed");
  });

  it("escapes newlines and percent signs so one message stays one command", async () => {
    const odd = files.file("odd%\nname.json", JSON.stringify({ ...seed, "a,b:c": 1 }));
    const run = await inProcess(["validate", "-f", "github", odd]);
    const errors = run.stdout.split("\n").filter((line) => line.startsWith("::error"));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain("file=");
    expect(errors[0]).toContain("odd%25%0Aname.json");
    expect(errors[0]).toContain('unknown property "a,b:c"');
  });
});

describe("control characters from the data in the CI formats", () => {
  const hostile = files.file("hostile.json", JSON.stringify({ ...seed, "k\u001b[2Kx": 1 }));

  it("github shows them as escapes, and keeps one message one command", async () => {
    const run = await inProcess(["validate", "-f", "github", hostile]);
    expect(run.stdout).not.toContain("\u001b");
    const errors = run.stdout.split("\n").filter((line) => line.startsWith("::error"));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain("k\\u001b[2Kx");
  });

  it("junit shows them as escapes in well-formed XML, losing none of the name", async () => {
    const run = await inProcess(["validate", "-f", "junit", hostile]);
    expect(XMLValidator.validate(run.stdout)).toBe(true);
    expect(run.stdout).toContain("k\\u001b[2Kx");
  });
});

describe("--format junit", () => {
  it("is well-formed JUnit XML with a failure per invalid document and an error per input problem", async () => {
    const run = await inProcess(args("junit"));
    expect(run.code).toBe(2);
    expect(XMLValidator.validate(run.stdout)).toBe(true);
    const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "" }).parse(run.stdout);
    const suites = xml.testsuites;
    expect(suites).toMatchObject({ name: "communique validate", tests: "3", failures: "1", errors: "1" });
    const [valid, invalid, input] = suites.testsuite;
    expect(suites.testsuite.map((suite: { tests: string }) => suite.tests)).toEqual(["1", "1", "1"]);
    expect(valid).toMatchObject({ name: good, failures: "0", testcase: { name: `${good}: 1 valid` } });
    expect(invalid.testcase).toMatchObject({ classname: "NewsArticle", name: `${bad}:1` });
    expect(invalid.testcase.failure["#text"]).toContain(`${bad}:${lineOf(badText, '"headlin"')}:3 /headlin`);
    expect(input.testcase.error).toMatchObject({ type: "malformed" });
  });
});

describe("--format sarif", () => {
  it("is SARIF 2.1.0 with stable rule ids and a region for every result", async () => {
    const run = await inProcess(args("sarif"));
    expect(run.code).toBe(2);
    const log = JSON.parse(run.stdout);
    expect(log.version).toBe("2.1.0");
    expect(log.$schema).toBe("https://json.schemastore.org/sarif-2.1.0.json");
    const [sarifRun] = log.runs;
    expect(sarifRun.tool.driver.name).toBe("communique");
    const ruleIds = sarifRun.tool.driver.rules.map((rule: { id: string }) => rule.id);
    expect(ruleIds).toEqual(
      expect.arrayContaining(["schema/additionalProperties", "schema/type", "input/malformed"]),
    );
    expect(new Set(ruleIds).size).toBe(ruleIds.length);
    for (const result of sarifRun.results) {
      expect(ruleIds[result.ruleIndex]).toBe(result.ruleId);
      expect(result.level).toBe("error");
      const { artifactLocation, region } = result.locations[0].physicalLocation;
      // The scratch files are outside the working folder: absolute, with no base.
      expect(artifactLocation).toEqual({ uri: expect.stringMatching(/^file:\/\/\/.*(bad|broken)\.json$/) });
      expect(region.startLine).toBeGreaterThanOrEqual(1);
      expect(region.startColumn).toBeGreaterThanOrEqual(1);
    }
    const headlin = sarifRun.results.find(
      (r: { ruleId: string }) => r.ruleId === "schema/additionalProperties",
    );
    expect(headlin.locations[0].physicalLocation.region).toEqual({
      startLine: lineOf(badText, '"headlin"'),
      startColumn: 3,
    });
  });

  it("places results as code scanning reads them: in-tree files under SRCROOT, others by file: URI, what is in no file as a notification", async () => {
    const repo = scratch("sarif-repo");
    repo.file("data/bad.json", badText);
    const run = await inProcess(["validate", "-f", "sarif", "data/bad.json", bad, "-", "data/*.nothing"], {
      cwd: repo.dir,
      stdin: '{"type": "NewsArticle"}',
    });
    expect(run.code).toBe(2);
    const [sarifRun] = JSON.parse(run.stdout).runs;
    const places = new Set(
      sarifRun.results.map((result: { locations: { physicalLocation: { artifactLocation: object } }[] }) =>
        JSON.stringify(result.locations[0]?.physicalLocation.artifactLocation),
      ),
    );
    expect([...places].map((place) => JSON.parse(place as string))).toEqual([
      { uri: "data/bad.json", uriBaseId: "SRCROOT" },
      { uri: pathToFileURL(bad).href },
    ]);
    const notes = sarifRun.invocations[0].toolExecutionNotifications.map(
      (note: { message: { text: string }; associatedRule: { id: string } }) => [
        note.associatedRule.id,
        note.message.text,
      ],
    );
    expect(notes).toContainEqual(["input/no-match", "data/*.nothing:1:1: the pattern matches no file"]);
    expect(notes).toContainEqual([
      "schema/required",
      '-:1:1: NewsArticle /: missing required property "body"',
    ]);
  });

  it("says the run did not complete when an input could not be read, and did when documents only failed", async () => {
    const failedOnly = JSON.parse((await inProcess(["validate", "-f", "sarif", bad])).stdout);
    expect(failedOnly.runs[0].invocations[0].executionSuccessful).toBe(true);
    const unread = JSON.parse((await inProcess(["validate", "-f", "sarif", bad, broken])).stdout);
    expect(unread.runs[0].invocations[0].executionSuccessful).toBe(false);
  });

  it("gives a rule the same id in every run", async () => {
    const first = JSON.parse((await inProcess(["validate", "-f", "sarif", bad])).stdout);
    const second = JSON.parse((await inProcess(["validate", "-f", "sarif", broken, bad])).stdout);
    const ids = (log: { runs: { tool: { driver: { rules: { id: string }[] } } }[] }) =>
      log.runs[0]?.tool.driver.rules.map((rule) => rule.id).sort();
    expect(ids(second)).toEqual([...(ids(first) ?? []), "input/malformed"].sort());
  });
});

describe("--format pretty", () => {
  it("shows control characters from the data as escapes, so that they cannot rewrite the report", async () => {
    // A key that, printed raw, would erase the error line and write a verdict of its own.
    const forged = "\u001b[2K\r✓ fake.json: valid";
    const file = files.file(
      "forged\u001b[8m.json",
      JSON.stringify({ ...seed, [forged]: 1, "two\nlines": 2 }),
    );
    const run = await inProcess(["validate", file]);
    expect(run.code).toBe(1);
    // biome-ignore lint/suspicious/noControlCharactersInRegex: no control character but the newlines may be left.
    expect(run.stdout).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f]/);
    expect(run.stdout).toContain('unknown property "\\u001b[2K\\r✓ fake.json: valid"');
    expect(run.stdout).toContain("/two\\nlines  unknown property");
    expect(run.stdout).toContain(`✗ ${files.dir}/forged\\u001b[8m.json: invalid NewsArticle (2 issues)`);
    // A line for the verdict, one for each issue, one for the count.
    expect(run.stdout.trimEnd().split("\n")).toHaveLength(4);
  });

  it("uses no colour when stdout is not a terminal", async () => {
    const run = await inProcess(["validate", bad], { env: { NO_COLOR: "", FORCE_COLOR: "1" } });
    expect(run.stdout).not.toContain("\u001b[");
  });
});

describe("--format pretty on a terminal", () => {
  // `script` (util-linux) runs the command on a pseudo-terminal, as a person at a shell would.
  const inTerminal = (env: string) =>
    new Promise<string>((resolve, reject) => {
      const command = `${env} ${JSON.stringify(process.execPath)} packages/cli/bin/communique.js validate ${JSON.stringify(bad)}`;
      execFile("script", ["-qec", command, "/dev/null"], { cwd: ROOT }, (error, stdout) => {
        if (error !== null && error.code !== 1) reject(error);
        else resolve(stdout);
      });
    });

  it("colours the verdicts", async () => {
    expect(await inTerminal("env -u NO_COLOR")).toContain("\u001b[31m✗");
  });

  it("uses no colour when NO_COLOR is set", async () => {
    const output = await inTerminal("env NO_COLOR=1");
    expect(output).toContain("✗");
    expect(output).not.toContain("\u001b[");
  });
});
