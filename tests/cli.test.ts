import { execFile } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { ROOT, readJson } from "./support/models.js";

const BIN = path.join(ROOT, "packages/cli/bin/communique.js");
const run = promisify(execFile);

/** Runs the built CLI as a user would, from the repository root. */
async function communique(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [BIN, ...args], { cwd: ROOT });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failure = error as { code: number; stdout: string; stderr: string };
    return { code: failure.code, stdout: failure.stdout, stderr: failure.stderr };
  }
}

const scratch = mkdtempSync(path.join(tmpdir(), "communique-cli-"));
function scratchFile(name: string, content: string): string {
  const file = path.join(scratch, name);
  writeFileSync(file, content);
  return file;
}

describe("communique validate", () => {
  it("finds both seed documents valid and exits 0", async () => {
    const result = await communique(
      "validate",
      "examples/seed/news-article.json",
      "examples/seed/joint-statement.json",
    );
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("✓ examples/seed/news-article.json: valid NewsArticle");
    expect(result.stdout).toContain("✓ examples/seed/joint-statement.json: valid JointStatement");
    expect(result.stdout).toContain("2 documents: 2 valid, 0 invalid");
  });

  it("reports each issue of an invalid document with its path and exits 1", async () => {
    const fixture = readJson<{ document: unknown }>(
      path.join(ROOT, "packages/news-article/test/fixtures/invalid/unknown-property.json"),
    );
    const file = scratchFile("typo.json", JSON.stringify(fixture.document));
    const result = await communique("validate", file);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(`✗ ${file}: invalid NewsArticle (1 issue)`);
    expect(result.stdout).toContain(
      '/headlin: unknown property "headlin"; did you mean "headline"? (additionalProperties)',
    );
  });

  it("names the line and column of malformed JSON and exits 2 without a stack trace", async () => {
    const file = scratchFile("broken.json", '{\n  "type": "NewsArticle",\n  "id": oops\n}');
    const result = await communique("validate", file);
    expect(result.code).toBe(2);
    expect(result.stdout).toContain(`${file}:3:9: malformed JSON`);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it.each([
    ["a missing file", ["validate", "no/such/file.json"], /no\/such\/file\.json: no such file/],
    ["an empty file", ["validate", "EMPTY"], /empty file/],
    ["a document that does not say what it is", ["validate", "UNTYPED"], /does not say what it is/],
    [
      "an unknown schema",
      ["validate", "--schema", "tweet", "examples/seed/news-article.json"],
      /unknown schema "tweet"/,
    ],
    [
      "an unknown option",
      ["validate", "--frobnicate", "examples/seed/news-article.json"],
      /Unknown option '--frobnicate'/,
    ],
    ["no files", ["validate"], /at least one file/],
    ["an unknown command", ["transmogrify"], /unknown command "transmogrify"/],
  ])("exits 2 on %s", async (_case, args, message) => {
    const files: Record<string, string> = {
      EMPTY: scratchFile("empty.json", ""),
      UNTYPED: scratchFile("untyped.json", '{"headline": "x"}'),
    };
    const result = await communique(...args.map((arg) => files[arg] ?? arg));
    expect(result.code).toBe(2);
    expect(result.stdout + result.stderr).toMatch(message);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it("validates against the schema named by --schema", async () => {
    const result = await communique(
      "validate",
      "--schema",
      "joint-statement",
      "examples/seed/news-article.json",
    );
    expect(result.code).toBe(1);
    expect(result.stdout).toContain("invalid JointStatement");
  });

  it("accepts a UTF-8 byte order mark", async () => {
    const seed = readJson(path.join(ROOT, "examples/seed/joint-statement.json"));
    const file = scratchFile("bom.json", `\uFEFF${JSON.stringify(seed)}`);
    expect((await communique("validate", file)).code).toBe(0);
  });
});
