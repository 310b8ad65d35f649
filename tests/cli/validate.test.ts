import { execFileSync } from "node:child_process";
import { createWriteStream, symlinkSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { stringify } from "yaml";
import { communique, hasStackTrace, lineOf, scratch } from "../support/cli.js";
import { inProcess } from "../support/in-process.js";
import { ROOT, readJson } from "../support/models.js";

const seedArticle = readJson<Record<string, unknown>>(path.join(ROOT, "examples/seed/news-article.json"));
const seedStatement = readJson<Record<string, unknown>>(
  path.join(ROOT, "examples/seed/joint-statement.json"),
);
const files = scratch("validate");

describe("communique validate: verdicts and exit codes", () => {
  // Spawned: the exit code as a shell sees it. The other cases run in this process (see inProcess).
  it("finds both seed documents valid and exits 0", async () => {
    const run = await communique([
      "validate",
      "examples/seed/news-article.json",
      "examples/seed/joint-statement.json",
    ]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("✓ examples/seed/news-article.json: valid NewsArticle");
    expect(run.stdout).toContain("✓ examples/seed/joint-statement.json: valid JointStatement");
    expect(run.stdout.trim().split("\n").at(-1)).toBe("2 documents in 2 inputs: 2 valid, 0 invalid");
  });

  it("finds the seed documents valid as YAML too", async () => {
    const article = files.file("seed/article.yaml", stringify(seedArticle));
    const statement = files.file("seed/statement.yml", stringify(seedStatement));
    const run = await inProcess(["validate", article, statement]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`✓ ${article}: valid NewsArticle`);
    expect(run.stdout).toContain(`✓ ${statement}: valid JointStatement`);
  });

  it("names file:LINE:COL of an offending property and exits 1", async () => {
    const text = JSON.stringify({ ...seedArticle, headlin: "typo" }, null, 2);
    const file = files.file("typo.json", text);
    const run = await inProcess(["validate", file]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(`✗ ${file}: invalid NewsArticle (1 issue)`);
    expect(run.stdout).toContain(
      `${file}:${lineOf(text, '"headlin"')}:3  /headlin  unknown property "headlin"; did you mean "headline"? [additionalProperties]`,
    );
  });

  it("places a YAML issue on the node's line", async () => {
    const text = stringify({ ...seedStatement, kind: "joint-memo" });
    const file = files.file("kind.yaml", text);
    const run = await inProcess(["validate", file]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(
      `${file}:${lineOf(text, "kind: joint-memo")}:1  /kind  must be one of "chairs-statement", "communique"`,
    );
  });

  it("checks every document of a multi-document YAML file, each at its own line", async () => {
    const text = `${stringify(seedArticle)}---\n${stringify({ ...seedArticle, language: 7 })}`;
    const file = files.file("two.yaml", text);
    const run = await inProcess(["validate", file]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(`${file}: 2 documents (NewsArticle), 1 valid, 1 invalid`);
    expect(run.stdout).toContain(`${file}:${lineOf(text, "language: 7")}:1  /language`);
  });

  it("reports the line of the one bad document in an NDJSON file and checks the rest", async () => {
    const good = JSON.stringify(seedArticle);
    const lines = [good, good, JSON.stringify({ ...seedArticle, id: "not a uri" }), good, "", good];
    const file = files.file("batch.ndjson", `${lines.join("\n")}\n`);
    const run = await inProcess(["validate", file]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(`${file}: 5 documents (NewsArticle), 4 valid, 1 invalid`);
    expect(run.stdout).toMatch(new RegExp(`${escapeRegExp(file)}:3:\\d+  /id  must match the pattern`));
  });

  it("reports a malformed NDJSON line as an input error at that line and exits 2", async () => {
    const good = JSON.stringify(seedStatement);
    const file = files.file("broken.jsonl", `${good}\n{"type": "JointStatement",\n${good}\n`);
    const run = await inProcess(["validate", file]);
    expect(run.code).toBe(2);
    expect(run.stdout).toContain(`${file}: 2 documents (JointStatement), all valid`);
    expect(run.stdout).toContain(`✗ ${file}:2:27: malformed JSON: unexpected end of input`);
  });

  it("names the line and column of malformed JSON and exits 2 without a stack trace", async () => {
    const file = files.file("broken.json", '{\n  "type": "NewsArticle",\n  "id": oops\n}');
    const run = await inProcess(["validate", file]);
    expect(run.code).toBe(2);
    expect(run.stdout).toContain(`✗ ${file}:3:9: malformed JSON: unexpected character 'o'\n`);
    expect(hasStackTrace(run.stdout + run.stderr)).toBe(false);
  });

  it("names the line of malformed YAML and exits 2", async () => {
    const file = files.file("broken.yaml", 'type: NewsArticle\nheadline: "unclosed\nid: x\n');
    const run = await inProcess(["validate", file]);
    expect(run.code).toBe(2);
    expect(run.stdout).toMatch(
      new RegExp(`✗ ${escapeRegExp(file)}:4:1: malformed YAML: Missing closing "quote`),
    );
  });

  it("reports a YAML file without a document, and an empty document among others, as input errors", async () => {
    const comments = files.file("comments.yaml", "# nothing but a comment\n");
    const mixed = files.file("mixed.yaml", `${stringify(seedArticle)}---\n`);
    const run = await inProcess(["validate", comments, mixed]);
    expect(run.code).toBe(2);
    expect(run.stdout).toContain(`✗ ${comments}:1:1: no YAML document in the file`);
    expect(run.stdout).toMatch(new RegExp(`✗ ${escapeRegExp(mixed)}:\\d+:1: empty YAML document`));
    expect(run.stdout).toContain("1 document in 2 inputs: 1 valid, 0 invalid, 2 input errors");
  });

  it("places an issue on the last of repeated keys, the value JSON.parse keeps", async () => {
    const text = '{\n  "type": "NewsArticle",\n  "language": "en",\n  "language": "??"\n}';
    const file = files.file("repeated.json", text);
    const run = await inProcess(["validate", file]);
    expect(run.stdout).toContain(`${file}:4:3  /language  must match the pattern`);
  });

  it("reads a file name that is a pipe to its end, past the buffer small files are read into", async () => {
    const fifo = path.join(scratch("fifo").dir, "piped.json");
    execFileSync("mkfifo", [fifo]);
    const running = communique(["validate", fifo]);
    createWriteStream(fifo).end(`${JSON.stringify(seedArticle, null, 2)}${" ".repeat(100_000)}`);
    const run = await running;
    expect(run.stdout).toContain(`✓ ${fifo}: valid NewsArticle`);
    expect(run.code).toBe(0);
  });

  it("walks a directory recursively, in sorted order, skipping other files", async () => {
    const dir = scratch("tree");
    dir.file("b/statement.json", JSON.stringify(seedStatement));
    dir.file("a/article.yaml", stringify(seedArticle));
    dir.file("a/notes.txt", "not data");
    dir.file("c/many.ndjson", `${JSON.stringify(seedArticle)}\n${JSON.stringify(seedStatement)}\n`);
    // A file between two folders: it comes after the first folder's files, before the second's.
    dir.file("b.json", JSON.stringify(seedArticle));
    const listed = (stdout: string) =>
      stdout
        .split("\n")
        .filter((line) => line.startsWith("✓"))
        .map((line) => line.slice(2, line.indexOf(":")));
    const expected = ["a/article.yaml", "b/statement.json", "b.json", "c/many.ndjson"].map((f) =>
      path.join(dir.dir, f),
    );
    const run = await inProcess(["validate", dir.dir]);
    expect(run.code).toBe(0);
    expect(listed(run.stdout)).toEqual(expected);
    // A file the walk finds and an argument names again is checked once.
    const twice = await inProcess(["validate", `${dir.dir}/`, `${dir.dir}/./b.json`]);
    expect(listed(twice.stdout)).toEqual(expected);
  });

  it("takes the same files from a folder and from a pattern over it: no hidden name, no node_modules", async () => {
    const tree = scratch("same-files");
    for (const file of ["a.json", "sub/b.json", ".hidden.json", ".git/c.json", "node_modules/pkg/d.json"])
      tree.file(path.join("data", file), JSON.stringify(seedArticle));
    const checked = (stdout: string) =>
      stdout
        .split("\n")
        .filter((line) => line.startsWith("✓"))
        .map((line) => line.slice(2, line.indexOf(":")));
    const byFolder = await inProcess(["validate", "data"], { cwd: tree.dir });
    const byPattern = await inProcess(["validate", "data/**/*.json"], { cwd: tree.dir });
    expect(checked(byFolder.stdout)).toEqual(["data/a.json", "data/sub/b.json"]);
    expect(checked(byPattern.stdout)).toEqual(["data/a.json", "data/sub/b.json"]);
    // Named, they are taken.
    const named = await inProcess(["validate", "data/.hidden.json", "data/node_modules/**/*.json"], {
      cwd: tree.dir,
    });
    expect(checked(named.stdout)).toEqual(["data/.hidden.json", "data/node_modules/pkg/d.json"]);
  });

  it("expands a glob, and exits 2 on a glob that matches nothing", async () => {
    const run = await inProcess(["validate", "examples/seed/*.json"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("2 documents in 2 inputs");
    const none = await inProcess(["validate", "examples/seed/*.nothing"]);
    expect(none.code).toBe(2);
    expect(none.stdout).toContain("✗ examples/seed/*.nothing: the pattern matches no file");
  });

  it("reads standard input with -", async () => {
    const run = await inProcess(["validate", "-"], { stdin: JSON.stringify(seedStatement) });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("✓ -: valid JointStatement");
    const ndjson = await inProcess(["validate", "--input-format", "ndjson", "-"], {
      stdin: `${JSON.stringify(seedArticle)}\n${JSON.stringify({ type: "NewsArticle" })}\n`,
    });
    expect(ndjson.code).toBe(1);
    expect(ndjson.stdout).toContain("-:2:1  /  missing required property");
  });

  it("validates against a model named by --schema, and against a schema file", async () => {
    const forced = await inProcess([
      "validate",
      "--schema",
      "joint-statement",
      "examples/seed/news-article.json",
    ]);
    expect(forced.code).toBe(1);
    expect(forced.stdout).toContain("invalid JointStatement");
    const schemaFile = "packages/news-article/schema/news-article.schema.json";
    const byFile = await inProcess(["validate", "--schema", schemaFile, "examples/seed/news-article.json"]);
    expect(byFile.code).toBe(0);
    expect(byFile.stdout).toContain(`valid ${schemaFile}`);
  });

  it("lists only failing inputs with --quiet", async () => {
    const bad = files.file("quiet-bad.json", JSON.stringify({ ...seedArticle, headline: "" }));
    const run = await inProcess(["validate", "-q", "examples/seed/news-article.json", bad]);
    expect(run.code).toBe(1);
    expect(run.stdout).not.toContain("examples/seed/news-article.json");
    expect(run.stdout).toContain(`✗ ${bad}`);
  });

  it("gives the same verdicts on worker threads as on one thread", async () => {
    const many = scratch("many");
    for (let i = 0; i < 200; i++) {
      const document = i % 50 === 7 ? { ...seedArticle, language: "??" } : seedArticle;
      many.file(`${String(i).padStart(3, "0")}.json`, JSON.stringify(document));
    }
    const parallel = await inProcess(["validate", "-f", "json", "--jobs", "2", many.dir]);
    const serial = await inProcess(["validate", "-f", "json", "--jobs", "1", many.dir]);
    expect(parallel.code).toBe(1);
    expect(JSON.parse(parallel.stdout)).toEqual(JSON.parse(serial.stdout));
    expect(JSON.parse(parallel.stdout).summary).toEqual({
      inputs: 200,
      documents: 200,
      valid: 196,
      invalid: 4,
      problems: 0,
    });
  });
  it("splits a large NDJSON file across worker threads with the same verdicts, in file order", async () => {
    const good = JSON.stringify(seedArticle);
    const lines: string[] = [];
    while (lines.length * good.length < 10 * 1024 * 1024) lines.push(good);
    lines[100] = JSON.stringify({ ...seedArticle, language: "??" });
    lines[600] = '{"type": "NewsArticle"';
    lines[700] = JSON.stringify({ ...seedArticle, headline: "" });
    const file = files.file("large.ndjson", `${lines.join("\n")}\n`);
    const parallel = await inProcess(["validate", "-f", "json", "--jobs", "2", file]);
    const serial = await inProcess(["validate", "-f", "json", "--jobs", "1", file]);
    expect(parallel.code).toBe(2);
    expect(JSON.parse(parallel.stdout)).toEqual(JSON.parse(serial.stdout));
    const [input] = JSON.parse(parallel.stdout).inputs;
    expect(input.failures.map((failure: { line: number }) => failure.line)).toEqual([101, 701]);
    expect(input.problems).toEqual([expect.objectContaining({ code: "malformed", line: 601 })]);
    expect(input.valid.NewsArticle).toBe(lines.length - 3);
  });
});

describe("communique validate: usage and input errors exit 2 without a stack trace", () => {
  const empty = files.file("empty.json", "");
  const untyped = files.file("untyped.json", '{"headline": "x"}');
  const loop = path.join(files.dir, "loop.json");
  symlinkSync("loop.json", loop);
  const schemas: Record<string, string> = {
    BROKEN_SCHEMA: files.file("broken.schema.json", '{"type": "object",}'),
    NULL_SCHEMA: files.file("null.schema.json", "null"),
  };
  it.each([
    ["a missing file", ["validate", "no/such/file.json"], /no\/such\/file\.json: no such file/],
    ["an empty file", ["validate", empty], /empty\.json:1:1: empty file, expected JSON/],
    [
      "a document that does not say what it is",
      ["validate", untyped],
      /untyped\.json:1:1: the document does not say what it is/,
    ],
    ["a symbolic link loop", ["validate", loop], /loop\.json: symbolic link loop/],
    ["a directory with no data", ["validate", path.join(ROOT, "packages/core/src")], /holds no \.json/],
    ["an unknown schema", ["validate", "--schema", "tweet", "x.json"], /unknown schema "tweet"/],
    [
      "an unreadable schema file",
      ["validate", "--schema", "no/such.schema.json", "x.json"],
      /cannot read the schema file/,
    ],
    [
      "a malformed schema file",
      ["validate", "--schema", "BROKEN_SCHEMA", "x.json"],
      /broken\.schema\.json:1:19: malformed JSON/,
    ],
    [
      "a schema file that is no object",
      ["validate", "--schema", "NULL_SCHEMA", "x.json"],
      /does not hold a JSON Schema object/,
    ],
    ["standard input named twice", ["validate", "-", "-"], /standard input \(-\) can be read only once/],
    ["an unknown format", ["validate", "--format", "xml", "x.json"], /unknown format "xml"/],
    ["an unknown option", ["validate", "--frobnicate", "x.json"], /Unknown option '--frobnicate'/],
    ["a bad --jobs", ["validate", "--jobs", "0", "x.json"], /--jobs needs a positive whole number/],
    ["no inputs", ["validate"], /at least one file/],
    ["no command", [], /no command given/],
    ["an unknown command", ["transmogrify"], /unknown command "transmogrify"/],
  ])("%s", async (_case, args, message) => {
    const run = await inProcess(args.map((arg) => schemas[arg] ?? arg));
    expect(run.code).toBe(2);
    expect(run.stdout + run.stderr).toMatch(message);
    expect(hasStackTrace(run.stdout + run.stderr)).toBe(false);
  });

  // Worker threads start at once for a folder; the usage error must still end the process.
  it("ends the process on a usage error found after worker threads started", async () => {
    const run = await communique(["validate", "examples/seed", "-", "-"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/standard input \(-\) can be read only once/);
    expect(hasStackTrace(run.stdout + run.stderr)).toBe(false);
  });

  it("prints its help and version", async () => {
    expect((await inProcess(["--help"])).stdout).toContain("Usage: communique <command>");
    const version = readJson<{ version: string }>(path.join(ROOT, "packages/cli/package.json")).version;
    expect((await inProcess(["--version"])).stdout.trim()).toBe(version);
  });
});

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
