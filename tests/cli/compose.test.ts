import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { inProcess } from "../support/in-process.js";
import { ROOT } from "../support/models.js";

// What one command writes, the next reads as it is: extract's output goes to validate and to
// convert without being taken apart first.
const seedText = path.join(ROOT, "examples/seed/article.txt");

describe("extract's output, fed to validate and convert", () => {
  let ndjson: string;
  let json: string;
  beforeAll(async () => {
    const lines = await inProcess(["extract", seedText, "--format", "ndjson", "--quiet"]);
    const one = await inProcess(["extract", seedText, "--published", "2016-12-21", "--quiet"]);
    expect([lines.code, one.code]).toEqual([0, 0]);
    // Two texts' worth of lines, as a folder of wire copy gives.
    ndjson = lines.stdout + lines.stdout;
    json = one.stdout;
  });

  it("validates as NDJSON: every article and statement checked against its model", async () => {
    const run = await inProcess(["validate", "--input-format", "ndjson", "-"], { stdin: ndjson });
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("2 documents in 1 input: 2 valid, 0 invalid");
  });

  it("validates as one JSON document", async () => {
    const run = await inProcess(["validate", "-", "--format", "json"], { stdin: json });
    expect(run.code).toBe(0);
  });

  it("reports an issue in a statement at its place in the whole document", async () => {
    const broken = JSON.parse(json);
    broken.statements[0].kind = "treaty of everything";
    const run = await inProcess(["validate", "-"], { stdin: JSON.stringify(broken, null, 2) });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain("/statements/0/kind");
    expect(run.stdout).toContain("invalid NewsArticle and JointStatements");
  });

  it("converts to ninjs, schema.org and PLOVER from standard input", async () => {
    const ninjs = await inProcess(["convert", "-", "--to", "ninjs", "--quiet"], { stdin: json });
    expect(ninjs.code).toBe(0);
    expect(JSON.parse(ninjs.stdout)).toMatchObject({ type: "text", uri: JSON.parse(json).article.id });
    const schemaOrg = await inProcess(["convert", "-", "--to", "schema.org", "--quiet"], { stdin: json });
    expect(schemaOrg.code).toBe(0);
    expect(schemaOrg.stdout).toContain("urn:communique:joint-statement:edscg-1");
    const plover = await inProcess(["convert", "-", "--to", "plover", "--quiet"], { stdin: json });
    expect(plover.code).toBe(0);
    expect(JSON.parse(plover.stdout).length).toBeGreaterThan(0);
  });

  it("says to use --input-format ndjson when standard input holds one document a line", async () => {
    const run = await inProcess(["validate", "-"], { stdin: ndjson });
    expect(run.code).toBe(2);
    expect(run.stdout).toContain("-:2:1: malformed JSON");
    expect(run.stdout).toContain("it holds one JSON document a line: read it with --input-format ndjson");
  });
});
