import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { communique, hasStackTrace, scratch } from "../support/cli.js";
import { inProcess } from "../support/in-process.js";
import { compileNinjs, ninjsErrors, ninjsReference } from "../support/ninjs.js";
import { sharedFile } from "../support/shared.js";

const ARTICLE = "examples/seed/news-article.json";
const STATEMENT = "examples/seed/joint-statement.json";
const files = scratch("convert");
const example = sharedFile("reference/ninjs/examples_3.x/005_complex_text_article.json");
const picture = sharedFile("reference/ninjs/examples_3.x/ap_image.json");

describe("communique convert", () => {
  it.skipIf(ninjsReference.missing)(
    "--to ninjs prints a ninjs 3.1 item with the headline, body and the four officials",
    async () => {
      const run = await inProcess(["convert", ARTICLE, "--to", "ninjs"]);
      expect(run.code).toBe(0);
      const item = JSON.parse(run.stdout);
      expect(ninjsErrors(compileNinjs(), item)).toEqual([]);
      expect(item.headlines[0].value).toMatch(/^South Korea, US Agree/);
      expect(item.bodies[0].value).toContain("Extended Deterrence Strategy and Consultation Group");
      expect(item.people.map((person: { name: string }) => person.name)).toEqual(
        expect.arrayContaining(["Lim Sung-nam", "Yoo Jeh-seung", "Thomas Countryman", "David Shear"]),
      );
      expect(run.stderr).toMatch(/news-article\.json:\d+:\d+: warning: Lim Sung-nam's posts are not carried/);
    },
  );

  it("--to schema.org --statement prints JSON-LD based on the statement; -q silences warnings", async () => {
    const run = await inProcess(["convert", ARTICLE, "--to", "schema.org", "--statement", STATEMENT, "-q"]);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe("");
    const jsonLd = JSON.parse(run.stdout);
    expect(jsonLd).toMatchObject({ "@context": "https://schema.org", "@type": "NewsArticle" });
    expect(jsonLd.isBasedOn[0]).toMatchObject({
      "@id": "urn:communique:joint-statement:edscg-1",
      genre: "joint statement",
    });
  });

  it("--to plover reads a JointStatement, also from standard input, and writes to --out", async () => {
    const out = `${files.dir}/plover.json`;
    const run = await inProcess(["convert", "-", "--to", "plover", "--out", out], {
      stdin: readFileSync(STATEMENT),
    });
    expect(run.code).toBe(0);
    expect(run.stdout).toBe("");
    const records = JSON.parse(readFileSync(out, "utf8"));
    expect(records.map((record: { event: string[] }) => record.event)).toEqual([["AGREE"], ["AGREE"]]);
    expect(run.stderr).toContain("no PLOVER event type");
  });

  it.skipIf(example.missing)(
    "--from ninjs prints a NewsArticle, and --to schema.org goes on from there",
    async () => {
      const article = await inProcess(["convert", example.file, "--from", "ninjs"]);
      expect(article.code).toBe(0);
      expect(JSON.parse(article.stdout)).toMatchObject({
        type: "NewsArticle",
        headline: "Captain of wrecked cruise ship on trial in Italy",
      });
      expect(JSON.parse(article.stdout)).toMatchObject({
        profile: "text-only",
        rights: { copyrightNotice: expect.stringContaining("2013") },
      });
      expect(article.stderr).not.toContain("has no field in the model");
      const jsonLd = await inProcess(["convert", example.file, "--from", "ninjs", "--to", "schema.org"]);
      expect(JSON.parse(jsonLd.stdout)).toMatchObject({
        "@type": "NewsArticle",
        dateline: "Grossetto, Italy",
      });
    },
  );

  it("exits 1 with each issue at its file:line:col when the document fails its model, printing nothing on stdout", async () => {
    const file = files.file("invalid.json", '{\n  "type": "NewsArticle",\n  "id": "not a uri"\n}\n');
    // Spawned: the exit code and the empty output as a shell sees them; the other cases run in this process.
    const run = await communique(["convert", file, "--to", "ninjs"]);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe("");
    expect(run.stderr).toContain(`${file}:3:3: /id: must match the pattern`);
    expect(run.stderr).toContain('missing required property "headline"');
    expect(hasStackTrace(run.stderr)).toBe(false);
  });

  it("prints control characters from the document as escapes on standard error", async () => {
    const file = files.file("forged.json", JSON.stringify({ type: "NewsArticle", "\u001b[2K\rfine": 1 }));
    const run = await inProcess(["convert", file, "--to", "ninjs"]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('unknown property "\\u001b[2K\\rfine"');
    expect(run.stderr).not.toContain("\u001b");
    expect(run.stderr).not.toContain("\r");
  });

  it.each([
    [
      "a missing file",
      ["convert", "no/such.json", "--to", "ninjs"],
      /^communique convert: no\/such\.json: no such file\n$/,
    ],
    ["truncated JSON", ["convert", "TRUNCATED", "--to", "ninjs"], /truncated\.json:2:\d+: malformed JSON/],
    [
      "a JointStatement for --to ninjs",
      ["convert", STATEMENT, "--to", "ninjs"],
      /joint-statement\.json:1:1: a JointStatement; --to ninjs converts a NewsArticle/,
    ],
    [
      "a NewsArticle for --to plover",
      ["convert", ARTICLE, "--to", "plover"],
      /a NewsArticle; --to plover converts a JointStatement/,
    ],
    [
      "a document of no model",
      ["convert", "UNTYPED", "--to", "ninjs"],
      /not a NewsArticle or JointStatement.*use --from ninjs/,
    ],
  ])("exits 2 with one line for %s, printing nothing on stdout", async (_what, args, message) => {
    const truncated = files.file("truncated.json", '{"type": "NewsArticle",\n  "id": ');
    const untyped = files.file("untyped.json", '{"uri": "urn:x:1"}');
    const run = await inProcess(
      args.map((arg) => (arg === "TRUNCATED" ? truncated : arg === "UNTYPED" ? untyped : arg)),
    );
    expect(run.code).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toMatch(message);
    expect(run.stderr.trim().split("\n")).toHaveLength(1);
    expect(hasStackTrace(run.stderr)).toBe(false);
  });

  it.skipIf(picture.missing)("exits 2 for a ninjs picture item, naming the file and place", async () => {
    const run = await inProcess(["convert", picture.file, "--from", "ninjs"]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toMatch(/ap_image\.json:3:5: not a ninjs text item: a "picture" item/);
  });

  it("exits 1 for a ninjs item with the wrong shape, at its place", async () => {
    const file = files.file("bad-ninjs.json", '{\n  "uri": "urn:x:1",\n  "headlines": "Hello"\n}\n');
    const run = await inProcess(["convert", file, "--from", "ninjs"]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`${file}:3:3: not a valid ninjs item: expected an array`);
  });

  it.each([
    [["convert", ARTICLE], /convert needs --to/],
    [["convert", ARTICLE, "--to", "rdf"], /unknown --to "rdf"/],
    [["convert", ARTICLE, "--to", "ninjs", "--from", "nitf"], /unknown --from "nitf"/],
    [["convert", "--to", "ninjs"], /convert needs one file/],
    [["convert", ARTICLE, "--from", "ninjs", "--to", "plover"], /--to plover converts a JointStatement/],
    [
      ["convert", ARTICLE, "--to", "ninjs", "--statement", STATEMENT],
      /--statement adds the reported statements to --to schema.org only/,
    ],
  ])("%j is a usage error (exit 2)", async (args, message) => {
    const run = await inProcess(args);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(message);
    expect(run.stdout).toBe("");
  });
});
