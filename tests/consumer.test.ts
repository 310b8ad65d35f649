import { execFileSync, spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { scratch } from "./support/cli.js";
import { ROOT } from "./support/models.js";
import { sharedFile } from "./support/shared.js";

// Every public package, packed as `npm publish` would pack it and installed from the tarballs into
// a project outside the workspace, where nothing undeclared is hoisted within reach. First
// `communique` and the libraries alone (what `npx communique validate` in CI installs), then the
// two packages the CLI loads on demand.
const npm = process.platform === "win32" ? "npm.cmd" : "npm";
const ON_DEMAND = ["@communique/codegen", "@communique/release-guard"];
const PUBLIC = readdirSync(path.join(ROOT, "packages"))
  .map((dir) => JSON.parse(readFileSync(path.join(ROOT, "packages", dir, "package.json"), "utf8")))
  .filter((manifest: { private?: boolean }) => manifest.private !== true)
  .map((manifest: { name: string }) => manifest.name)
  .sort();
const tarballName = (name: string) => `${name.replace("@", "").replace("/", "-")}-0.1.0.tgz`;

describe("the packed packages, installed into a project outside the workspace", () => {
  const work = scratch("consumer");
  // examples/consumer beside examples/seed, as in a fresh copy of the repository.
  const project = path.join(work.dir, "examples/consumer");
  const tarballs = path.join(work.dir, "tarballs");
  const install = (names: string[]) =>
    execFileSync(
      npm,
      [
        "install",
        "--no-audit",
        "--no-fund",
        "--prefer-offline",
        "--no-package-lock",
        ...names.map((name) => path.join(tarballs, tarballName(name))),
      ],
      { cwd: project, stdio: "pipe" },
    );
  const run = (args: string[]) => {
    const bin = path.join(project, "node_modules/.bin/communique");
    const { status, stdout, stderr } = spawnSync(bin, args, { cwd: work.dir, encoding: "utf8" });
    return { code: status, stdout, stderr };
  };
  const installed = (name: string) => existsSync(path.join(project, "node_modules", name, "package.json"));

  beforeAll(() => {
    mkdirSync(tarballs, { recursive: true });
    execFileSync(
      npm,
      ["pack", "--silent", "--pack-destination", tarballs, ...PUBLIC.flatMap((name) => ["-w", name])],
      { cwd: ROOT, stdio: "pipe" },
    );
    cpSync(path.join(ROOT, "examples/consumer"), project, { recursive: true });
    cpSync(path.join(ROOT, "examples/seed"), path.join(work.dir, "examples/seed"), { recursive: true });
    install(PUBLIC.filter((name) => !ON_DEMAND.includes(name)));
  }, 240_000);

  it("packs every public package with what it needs, and nothing of its tests", () => {
    expect(PUBLIC).toHaveLength(9);
    expect(readdirSync(tarballs).sort()).toEqual(PUBLIC.map(tarballName).sort());
    const listing = execFileSync("tar", [
      "-tzf",
      path.join(tarballs, tarballName("@communique/news-article")),
    ])
      .toString()
      .split("\n");
    expect(listing).toContain("package/schema/news-article.schema.json");
    expect(listing).toContain("package/dist/generated/validator.js");
    expect(listing).toContain("package/dist/index.d.ts");
    expect(listing.join("\n")).not.toMatch(/test\/|fixtures|\.js\.map$/m);
  });

  it("installs communique without code generation or the release guard", () => {
    expect(installed("communique")).toBe(true);
    expect(installed("@communique/compat")).toBe(true);
    expect(installed("quicktype-core")).toBe(false);
    expect(installed("@communique/codegen")).toBe(false);
    expect(installed("@changesets/read")).toBe(false);
  });

  it("runs the installed communique: help, validate, extract, convert, compat", () => {
    const seed = (name: string) => path.join(work.dir, "examples/seed", name);
    expect(run(["--help"])).toMatchObject({ code: 0, stdout: expect.stringContaining("Usage: communique") });
    expect(run(["validate", seed("news-article.json"), seed("joint-statement.json")])).toMatchObject({
      code: 0,
      stdout: expect.stringContaining("valid NewsArticle"),
    });
    const extracted = run(["extract", seed("article.txt"), "--published", "2016-12-21", "--quiet"]);
    expect(extracted.code).toBe(0);
    expect(JSON.parse(extracted.stdout).statements[0].id).toBe("urn:communique:joint-statement:edscg-1");
    const ninjs = run(["convert", seed("news-article.json"), "--to", "ninjs", "--quiet"]);
    expect(ninjs.code).toBe(0);
    expect(JSON.parse(ninjs.stdout)).toMatchObject({ type: "text" });
    const schema = path.join(
      project,
      "node_modules/@communique/news-article/schema/news-article.schema.json",
    );
    const narrowed = JSON.parse(readFileSync(schema, "utf8"));
    narrowed.required = [...narrowed.required, "byline"];
    writeFileSync(path.join(work.dir, "narrowed.json"), JSON.stringify(narrowed));
    const compat = run(["compat", schema, path.join(work.dir, "narrowed.json")]);
    expect(compat.code).toBe(1);
    expect(compat.stdout).toContain("REQUIRED_PROPERTY_ADDED");
  });

  it("names the package to install for codegen and compat --against, then runs them once it is there", () => {
    const codegen = run(["codegen", "--lang", "python", "--schema", "news-article", "--out", "types"]);
    expect(codegen.code).toBe(2);
    expect(codegen.stderr).toContain("npm install --save-dev @communique/codegen");
    const against = run(["compat", "--against", "HEAD"]);
    expect(against.code).toBe(2);
    expect(against.stderr).toContain("npm install --save-dev @communique/release-guard");

    install(ON_DEMAND);
    expect(installed("quicktype-core")).toBe(true);
    const generated = run(["codegen", "--lang", "python", "--schema", "news-article", "--out", "types"]);
    expect(generated).toMatchObject({ code: 0, stdout: expect.stringContaining("news_article.py") });
    // The guard loads and runs: here it finds no git repository, a user's error (2), not a missing module.
    const guarded = run(["compat", "--against", "HEAD"]);
    expect(guarded.stderr).not.toContain("npm install");
    expect(guarded.stderr).toContain("git");
    expect(guarded.code).toBe(2);
  }, 120_000);

  const corpus = sharedFile("corpus/texts/001-us-japan-scc-notice-2011-state-gov.txt");
  it.skipIf(corpus.missing)("runs communique eval on a corpus", () => {
    const name = "001-us-japan-scc-notice-2011-state-gov";
    work.file(`corpus/texts/${name}.txt`, readFileSync(corpus.file));
    work.file(`corpus/gold/${name}.json`, readFileSync(path.resolve(corpus.file, `../../gold/${name}.json`)));
    const scored = run(["eval", path.join(work.dir, "corpus"), "--format", "json"]);
    expect(scored.code).toBe(0);
    expect(JSON.parse(scored.stdout).fields).toContainEqual(
      expect.objectContaining({ field: "headline", tally: expect.objectContaining({ total: 1 }) }),
    );
  });

  it("runs the example from a fresh copy: npm start and npm run extract need no argument", () => {
    const start = execFileSync(process.execPath, ["index.mjs"], { cwd: project }).toString();
    expect(start.trim().split("\n")).toEqual([
      "article: valid",
      "headline: South Korea, US Agree to Regularly Deploy Strategic Military Assets to Korean Peninsula",
      "statement: valid, 2 parties",
      "issue: /headlin additionalProperties",
      "issue: /headline type",
      "assert: threw ValidationError",
      "schema: https://communique.dev/schemas/news-article/v1.json",
    ]);
    const extracted = execFileSync(process.execPath, ["extract.mjs"], { cwd: project }).toString();
    expect(extracted.trim().split("\n")).toEqual([
      "people: Lim Sung-nam, Yoo Jeh-seung, Thomas Countryman, David Shear",
      "statements: urn:communique:joint-statement:edscg-1",
      "meeting: 2016-12-20",
      "article: valid",
      "statement: valid",
      "warnings: 0",
    ]);
  });

  it("loads with require() from CommonJS", () => {
    const output = execFileSync(process.execPath, ["require.cjs"], { cwd: project }).toString();
    expect(output.trim()).toBe("require: function, function, South Korea");
  });

  it("type-checks a TypeScript file that uses the published types", () => {
    const tsc = path.join(ROOT, "node_modules/typescript/bin/tsc");
    expect(() =>
      execFileSync(process.execPath, [tsc, "-p", "tsconfig.json"], { cwd: project, stdio: "pipe" }),
    ).not.toThrow();
  });
});
