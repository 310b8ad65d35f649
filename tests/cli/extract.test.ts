import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { communique, hasStackTrace, scratch } from "../support/cli.js";
import { inProcess } from "../support/in-process.js";
import { ROOT } from "../support/models.js";

const SEED = readFileSync(path.join(ROOT, "examples/seed/article.txt"), "utf8");
const files = scratch("extract");
const one = files.file(
  "wire/one.txt",
  "Allies meet\n\nSEOUL, Dec 21 (Yonhap) -- South Korea and Japan agreed on Tuesday to talk, they said in a joint statement.\n",
);
files.file("wire/two.txt", "Trade grows\n\nOSLO, April 2 (Nordic Wire) -- Exports rose.\n");
files.file("wire/deeper/three.text", SEED);
files.file("wire/notes.md", "not a text file the walk takes");
const empty = files.file("bad/empty.txt", " \n\n");
const binary = files.file("bad/binary.txt", Buffer.from("Headline\n\nSome\u0000text", "utf8"));
const badBytes = files.file(
  "bad/latin1.txt",
  Buffer.concat([Buffer.from("Headline\n\nCaf"), Buffer.from([0xe9]), Buffer.from(" talks.\n")]),
);
const huge = files.file("bad/huge.txt", Buffer.alloc(9 * 1024 * 1024, 0x61));
const mixed = scratch("extract-mixed");
mixed.file("a.txt", "Allies meet\n\nThe talks ended.\n");
mixed.file("b.txt", "");

function expectCleanFailure(
  run: { code: number | null; stdout: string; stderr: string },
  message: RegExp,
): void {
  expect(run.code).toBe(2);
  expect(run.stdout).toBe("");
  expect(run.stderr).toMatch(message);
  expect(hasStackTrace(run.stderr)).toBe(false);
}

describe("communique extract", () => {
  // Spawned: the exit code as a shell sees it; the other cases run in this process.
  it("one file: one JSON object with the article and its statements", async () => {
    const run = await communique(["extract", one]);
    expect(run.code).toBe(0);
    const output = JSON.parse(run.stdout);
    expect(Object.keys(output)).toEqual(["article", "statements"]);
    expect(output.article.provenance.source).toBe(one);
    expect(output.statements).toHaveLength(1);
    expect(output.statements[0].parties.map((party: { id: string }) => party.id)).toEqual(["kr", "jp"]);
  });

  it("a folder with --format ndjson: one object a line, text files only, in name order", async () => {
    const run = await inProcess(["extract", path.join(files.dir, "wire"), "--format", "ndjson"]);
    expect(run.code).toBe(0);
    const lines = run.stdout
      .trimEnd()
      .split("\n")
      .map((line) => JSON.parse(line));
    expect(lines.map((line) => path.relative(files.dir, line.article.provenance.source))).toEqual([
      path.join("wire", "deeper", "three.text"),
      path.join("wire", "one.txt"),
      path.join("wire", "two.txt"),
    ]);
    expect(lines.map((line) => line.statements.length)).toEqual([1, 1, 0]);
  });

  it("a glob pattern and standard input", async () => {
    const globbed = await inProcess(["extract", `${files.dir}/wire/*.txt`, "-f", "ndjson"]);
    expect(globbed.stdout.trimEnd().split("\n")).toHaveLength(2);
    const piped = await inProcess(["extract", "-", "--published", "2016-12-21"], { stdin: SEED });
    expect(piped.code).toBe(0);
    expect(JSON.parse(piped.stdout).statements[0].meeting.date.value).toBe("2016-12-20");
  });

  it("several inputs need --format ndjson", async () => {
    const run = await inProcess(["extract", path.join(files.dir, "wire")]);
    expectCleanFailure(run, /3 inputs: --format json writes one object; use --format ndjson/);
  });

  it("warnings go to standard error at file:line:col, the output stays whole", async () => {
    const headless = files.file(
      "headless.txt",
      "SEOUL, Dec 21 (Yonhap) -- South Korea and Japan agreed. More followed.\n\nDetails to follow.",
    );
    const run = await inProcess(["extract", headless]);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe(
      `${headless}:1:1: warning: no headline line: the first sentence stands in for it [no-headline]\n`,
    );
    expect(JSON.parse(run.stdout).article.headline).toBe(
      "SEOUL, Dec 21 (Yonhap) -- South Korea and Japan agreed.",
    );
    const quiet = await inProcess(["extract", headless, "--quiet"]);
    expect(quiet.stderr).toBe("");
  });

  it.each([
    [
      "an empty file",
      () => empty,
      /bad\/empty\.txt: nothing to extract: the text is empty or only white space/,
    ],
    ["a binary file", () => binary, /bad\/binary\.txt:3:5: a NUL character: this is a binary file, not text/],
    ["bytes that are not UTF-8", () => badBytes, /bad\/latin1\.txt:3:4: invalid UTF-8: byte 0xe9/],
    [
      "a file far larger than an article",
      () => huge,
      /bad\/huge\.txt: 9\.0 MB or more: larger than any article \(the limit is 8\.0 MB\)/,
    ],
    ["a file that is not there", () => path.join(files.dir, "nowhere.txt"), /nowhere\.txt: no such file/],
  ])(
    "%s: a message naming the file and the place, exit 2, nothing on standard output",
    async (_, file, message) => {
      expectCleanFailure(await inProcess(["extract", file()]), message);
    },
  );

  it("standard input far larger than an article is refused once it passes the limit", async () => {
    // Spawned: the process stops reading a pipe the writer has not finished.
    expectCleanFailure(
      await communique(["extract", "-"], { stdin: Buffer.alloc(9 * 1024 * 1024, 0x61) }),
      /^communique extract: -: 8\.\d MB or more: larger than any article \(the limit is 8\.0 MB\)$/m,
    );
  });

  it("in a batch, a bad file is reported and the others still come out; the exit code says not all did", async () => {
    const run = await inProcess(["extract", mixed.dir, "--format", "ndjson"]);
    expect(run.code).toBe(2);
    expect(run.stdout.trimEnd().split("\n")).toHaveLength(1);
    expect(run.stderr).toMatch(/b\.txt: nothing to extract/);
    expect(hasStackTrace(run.stderr)).toBe(false);
  });

  it.each([
    [
      ["extract", one, "--published", "21/12/2016"],
      /--published must be a date \(YYYY-MM-DD\) or a date-time with an offset/,
    ],
    [
      ["extract", one, "--published", "2016-02-30"],
      /published must be a date \(YYYY-MM-DD\) or a date-time with an offset, not "2016-02-30"/,
    ],
    [["extract", one, "--format", "xml"], /unknown format "xml"/],
    // The schema's tag, not a POSIX locale: the article would not validate.
    [
      ["extract", one, "-l", "en_US"],
      /--language must be a BCP 47 language tag such as en or en-US, not "en_US"; did you mean "en-US"\?/,
    ],
    [["extract", one, "--language", "english!"], /--language must be a BCP 47 language tag/],
    [["extract"], /extract needs a file/],
    [["extract", "-", "-"], /standard input \(-\) can be read only once/],
  ])("usage errors: %j", async (args, message) => {
    const run = await inProcess(args);
    expectCleanFailure(run, message);
  });

  it("a date-time with an offset for --published becomes the article's published", async () => {
    const run = await inProcess(["extract", one, "--published", "2016-12-21T09:30:00+09:00"]);
    expect(JSON.parse(run.stdout).article.published).toBe("2016-12-21T09:30:00+09:00");
  });
});
