import { execFile } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { hasStackTrace, scratch } from "../support/cli.js";
import { inProcess } from "../support/in-process.js";
import { ROOT } from "../support/models.js";

const BIN = path.join(ROOT, "packages/cli/bin/communique.js");
const files = scratch("output");
const seed = path.join(ROOT, "examples/seed/news-article.json");
const statement = path.join(ROOT, "examples/seed/joint-statement.json");
// A folder of valid documents whose report is longer than a pipe holds (64 KiB): 400 lines of
// some 270 characters, for the folder's long name.
const many = scratch("output-many");
const folder = "f".repeat(200);
const document = readFileSync(statement);
for (let i = 0; i < 400; i++)
  many.file(path.join(folder, `statement-${String(i).padStart(4, "0")}.json`), document);
const aFile = files.file("a-file", "");

/** A command line run by bash, as a user types it; prints the CLI's exit code last. */
function shell(line: string): Promise<{ stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    execFile(
      "bash",
      ["-c", `${line}; echo "exit=\${PIPESTATUS[0]}"`],
      { cwd: ROOT },
      (error, stdout, stderr) => (error === null ? resolve({ stdout, stderr }) : reject(error)),
    );
  });
}
const cli = `${JSON.stringify(process.execPath)} ${JSON.stringify(BIN)}`;

describe("output that cannot be written", () => {
  it("the folder of valid documents is valid", async () => {
    // What the pipe cases below stand on: every document passes, so any exit but 0 is a lie.
    const run = await inProcess(["validate", "-q", many.dir]);
    expect(run.stdout).toBe("400 documents in 400 inputs: 400 valid, 0 invalid\n");
    expect(run.code).toBe(0);
  });

  it("validate … | head -1 ends quietly with the verdict, 0", async () => {
    const run = await shell(`${cli} validate ${JSON.stringify(many.dir)} | head -1`);
    expect(run.stdout).toMatch(/^✓ .*statement-0000\.json: valid JointStatement\nexit=0\n$/);
    expect(run.stderr).toBe("");
  });

  it("extract … | head -c 10 ends quietly, 0", async () => {
    // Eight copies of the seed: some 120 KiB of output, past what the pipe holds.
    const texts = scratch("output-texts");
    const seedText = readFileSync(path.join(ROOT, "examples/seed/article.txt"));
    for (let i = 0; i < 8; i++) texts.file(`story-${i}.txt`, seedText);
    const run = await shell(`${cli} extract ${JSON.stringify(texts.dir)} -f ndjson | head -c 10`);
    expect(run.stdout).toBe('{"article"exit=0\n');
    expect(run.stderr).toBe("");
  });

  it("extract … | head -c 10 after an input it could not read still fails, 2", async () => {
    const texts = scratch("output-texts-bad-first");
    const seedText = readFileSync(path.join(ROOT, "examples/seed/article.txt"));
    texts.file("a-empty.txt", "");
    for (let i = 0; i < 8; i++) texts.file(`story-${i}.txt`, seedText);
    const run = await shell(`${cli} extract ${JSON.stringify(texts.dir)} -f ndjson | head -c 10`);
    expect(run.stdout).toBe('{"article"exit=2\n');
    expect(run.stderr).toMatch(/a-empty\.txt: nothing to extract/);
  });

  it.each([
    ["validate", `validate ${JSON.stringify(statement)}`],
    ["extract", `extract ${JSON.stringify(path.join(ROOT, "examples/seed/article.txt"))}`],
    ["convert", `convert ${JSON.stringify(seed)} --to ninjs -q`],
  ])("%s > /dev/full: one line and exit 2", async (_command, args) => {
    const run = await shell(`${cli} ${args} > /dev/full`);
    expect(run.stdout).toBe("exit=2\n");
    expect(run.stderr).toBe("communique: cannot write standard output: no space left on the device\n");
  });
});

describe("an output path that cannot be written is the user's mistake: exit 2, one plain line", () => {
  it.each([
    [
      "codegen --out an existing file",
      ["codegen", "--lang", "go", "--schema", "news-article", "--out", aFile],
      `cannot write into ${aFile}: it is a file, not a folder`,
    ],
    [
      "codegen --out a path under a file",
      ["codegen", "--lang", "go", "--schema", "news-article", "--out", path.join(aFile, "go")],
      `cannot write into ${path.join(aFile, "go")}: a part of ${aFile} is a file, not a folder`,
    ],
    [
      "convert -o into a missing folder",
      ["convert", statement, "--to", "plover", "-q", "-o", path.join(files.dir, "missing", "out.json")],
      `cannot write ${path.join(files.dir, "missing", "out.json")}: its folder does not exist`,
    ],
    [
      "docs --out an existing file",
      ["docs", "--out", aFile],
      `cannot write into ${aFile}: it is a file, not a folder`,
    ],
  ])("%s", async (_case, args, message) => {
    const run = await inProcess(args);
    expect(run.stderr).toBe(`communique: ${message}\n`);
    expect(run.code).toBe(2);
    expect(hasStackTrace(run.stderr)).toBe(false);
    expect(existsSync(path.join(files.dir, "missing"))).toBe(false);
  });
});
