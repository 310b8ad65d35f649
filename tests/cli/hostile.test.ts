import { mkdirSync, symlinkSync } from "node:fs";
import path from "node:path";
import { checkInput, validatorFor } from "communique";
import { describe, expect, it } from "vitest";
import { communique, hasStackTrace, scratch } from "../support/cli.js";
import { inProcess } from "../support/in-process.js";
import { ROOT, readJson } from "../support/models.js";

const seed = readJson<Record<string, unknown>>(path.join(ROOT, "examples/seed/news-article.json"));
const files = scratch("hostile");
const DEEP = 100_000;

describe("hostile input gets a clear verdict or error, never a crash or a hang", () => {
  it("a UTF-8 byte order mark is accepted", async () => {
    const file = files.file("bom.json", `\uFEFF${JSON.stringify(seed)}`);
    const run = await inProcess(["validate", file]);
    expect(run.code).toBe(0);
  });

  it("invalid UTF-8 is an input error at the line and column of the bad byte", async () => {
    const file = files.file(
      "latin1.json",
      Buffer.concat([
        Buffer.from('{"type": "NewsArticle",\n"headline": "caf'),
        Buffer.from([0xe9]),
        Buffer.from('"}'),
      ]),
    );
    const run = await inProcess(["validate", file]);
    expect(run.code).toBe(2);
    expect(run.stdout).toContain(`${file}:2:17: invalid UTF-8: byte 0xe9`);
  });

  it("invalid UTF-8 on one NDJSON line names that line and checks the others", async () => {
    const good = Buffer.from(`${JSON.stringify(seed)}\n`);
    const file = files.file(
      "latin1.ndjson",
      Buffer.concat([good, Buffer.from('{"headline": "\xff"}\n', "latin1"), good]),
    );
    const run = await inProcess(["validate", file]);
    expect(run.code).toBe(2);
    expect(run.stdout).toContain(`${file}: 2 documents (NewsArticle), all valid`);
    expect(run.stdout).toContain(`${file}:2:15: invalid UTF-8: byte 0xff`);
  });

  const seedText = JSON.stringify(seed);
  it.each([
    [
      "UTF-16 with a byte order mark",
      "utf16le.json",
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(seedText, "utf16le")]),
      "1:1: UTF-16 (little-endian) text, not UTF-8: save the file as UTF-8",
    ],
    [
      "UTF-16 without one",
      "utf16be.json",
      Buffer.from(seedText, "utf16le").swap16(),
      "1:1: UTF-16 (big-endian) text, not UTF-8: save the file as UTF-8",
    ],
    [
      "YAML nested 800 deep",
      "deep.yaml",
      `type: NewsArticle\nx: ${"[".repeat(800)}${"]".repeat(800)}\n`,
      ": YAML nested too deeply to read",
    ],
    [
      "a stray character (the tokenizer's finding)",
      "stray.json",
      '{"type": "NewsArticle", "id": \u001b[2K}',
      "1:31: malformed JSON: unexpected character '\\u001b'",
    ],
    [
      "a control character in a string (JSON.parse's finding)",
      "bell.json",
      '{"type": "NewsArticle", "id": "a\u0007b"}',
      "1:33: malformed JSON: a control character in a string: write it as \\u0007",
    ],
  ])("%s: an input error that names the real cause, in one style", async (_case, name, content, message) => {
    const file = files.file(name, content);
    const run = await inProcess(["validate", file]);
    expect(run.code).toBe(2);
    const [first] = run.stdout.split("\n");
    expect(first?.startsWith(`✗ ${file}:`)).toBe(true);
    expect(first?.slice(-message.length)).toBe(message);
  });

  it(`JSON nested ${DEEP.toLocaleString()} levels deep gets a verdict`, async () => {
    const file = files.file("deep.json", `${"[".repeat(DEEP)}${"]".repeat(DEEP)}`);
    // Spawned: a stack overflow here would end the process, which only a process shows.
    const run = await communique(["validate", "--schema", "news-article", file]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(
      `${file}:1:1  /  must be object; an array of documents belongs in NDJSON, one document a line (.ndjson, or --input-format ndjson) [type]`,
    );
  });

  it("a deep value inside a document is located without overflowing the stack", async () => {
    const deep = `${"[".repeat(DEEP)}${"]".repeat(DEEP)}`;
    const text = `{"type": "NewsArticle", "extensions": {"x-deep": ${deep}}, "headlin": 1}`;
    const file = files.file("deep-inside.json", text);
    const run = await inProcess(["validate", file]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(
      `${file}:1:${text.indexOf('"headlin"') + 1}  /headlin  unknown property "headlin"`,
    );
    expect(hasStackTrace(run.stdout + run.stderr)).toBe(false);
  });

  it("malformed deep JSON is located too", async () => {
    const file = files.file("deep-broken.json", `{"a": ${"[".repeat(DEEP)}}`);
    const run = await inProcess(["validate", file]);
    expect(run.code).toBe(2);
    expect(run.stdout).toContain(`${file}:1:${DEEP + 7}: malformed JSON: expected a value, found '}'`);
  });

  it("__proto__ and constructor keys are reported as unknown and pollute nothing", async () => {
    const file = files.file(
      "proto.json",
      JSON.stringify({ ...seed }).replace(
        "{",
        '{"__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}},',
      ),
    );
    const run = await inProcess(["validate", file]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('/__proto__  unknown property "__proto__"');
    expect(run.stdout).toContain('/constructor  unknown property "constructor"');

    const yaml = files.file("proto.yaml", "type: NewsArticle\n__proto__:\n  polluted: true\n");
    const outcome = await checkInput(
      { file: yaml, path: yaml, kind: "yaml" },
      await validatorFor({ kind: "detect" }),
      10,
    );
    expect(outcome.failures[0]?.issues).toContainEqual(
      expect.objectContaining({ path: "/__proto__", line: 2 }),
    );
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("a YAML alias bomb is refused", async () => {
    const levels = ["a: &a [x, x, x, x, x, x, x, x, x, x]"];
    for (let i = 1; i < 9; i++)
      levels.push(
        `${"abcdefghij"[i]}: &${"abcdefghij"[i]} [${Array(10)
          .fill(`*${"abcdefghij"[i - 1]}`)
          .join(", ")}]`,
      );
    const file = files.file("bomb.yaml", `${levels.join("\n")}\n`);
    const run = await inProcess(["validate", file]);
    expect(run.code).toBe(2);
    expect(run.stdout).toContain("resource exhaustion");
  });

  it("a symbolic link loop inside a directory ends, and the files are still checked", async () => {
    const tree = scratch("loop");
    mkdirSync(path.join(tree.dir, "sub"));
    symlinkSync("..", path.join(tree.dir, "sub", "up"));
    tree.file("sub/article.json", JSON.stringify(seed));
    const run = await inProcess(["validate", tree.dir]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("1 document in 1 input: 1 valid, 0 invalid");
  });

  it("a very long line gets a correct verdict", async () => {
    const long = "x".repeat(20 * 1024 * 1024);
    const file = files.file(
      "long.ndjson",
      `${JSON.stringify({ ...seed, headline: long })}\n${JSON.stringify({ ...seed, extensions: { "x-blob": long } })}\n`,
    );
    const run = await inProcess(["validate", file]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("2 documents (NewsArticle), all valid");
  });

  it("a huge unknown property name is cut short in the report", async () => {
    const file = files.file("long-key.json", JSON.stringify({ ...seed, ["k".repeat(100_000)]: 1 }));
    const run = await inProcess(["validate", file]);
    expect(run.code).toBe(1);
    expect(run.stdout.length).toBeLessThan(2_000);
    expect(run.stdout).toContain('unknown property "kkkk');
  });

  it("an empty NDJSON file and a whitespace-only YAML file are input errors", async () => {
    const ndjson = files.file("empty.ndjson", "");
    const yaml = files.file("blank.yaml", "\n\n  \n");
    const run = await inProcess(["validate", ndjson, yaml]);
    expect(run.code).toBe(2);
    expect(run.stdout).toContain(`${ndjson}: empty file`);
    expect(run.stdout).toContain(`${yaml}:1:1: empty file, expected YAML`);
  });
});
