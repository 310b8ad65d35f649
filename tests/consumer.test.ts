import { execFileSync } from "node:child_process";
import { cpSync, mkdirSync, readdirSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { scratch } from "./support/cli.js";
import { ROOT } from "./support/models.js";

const PACKAGES = [
  "@communique/core",
  "@communique/news-article",
  "@communique/joint-statement",
  "@communique/extract",
];
const npm = process.platform === "win32" ? "npm.cmd" : "npm";

describe("the packed packages, installed into a project outside the workspace", () => {
  const work = scratch("consumer");
  const project = path.join(work.dir, "consumer");
  const tarballs = path.join(work.dir, "tarballs");

  beforeAll(() => {
    mkdirSync(tarballs, { recursive: true });
    execFileSync(
      npm,
      ["pack", "--silent", "--pack-destination", tarballs, ...PACKAGES.flatMap((name) => ["-w", name])],
      {
        cwd: ROOT,
        stdio: "pipe",
      },
    );
    cpSync(path.join(ROOT, "examples/consumer"), project, { recursive: true });
    const files = readdirSync(tarballs).map((file) => path.join(tarballs, file));
    execFileSync(
      npm,
      ["install", "--no-audit", "--no-fund", "--prefer-offline", "--no-package-lock", ...files],
      {
        cwd: project,
        stdio: "pipe",
      },
    );
  }, 240_000);

  it("packs each package with what it needs, and nothing of its tests", () => {
    const names = readdirSync(tarballs).sort();
    expect(names).toEqual([
      "communique-core-0.1.0.tgz",
      "communique-extract-0.1.0.tgz",
      "communique-joint-statement-0.1.0.tgz",
      "communique-news-article-0.1.0.tgz",
    ]);
    const listing = execFileSync("tar", [
      "-tzf",
      path.join(tarballs, "communique-news-article-0.1.0.tgz"),
    ]).toString();
    expect(listing).toContain("package/schema/news-article.schema.json");
    expect(listing).toContain("package/dist/generated/validator.js");
    expect(listing).toContain("package/dist/index.d.ts");
    expect(listing).not.toMatch(/test\/|fixtures/);
  });

  it("validates the seed, rejects a broken article with issues, throws from assert, and exports the schema", () => {
    const output = execFileSync(
      process.execPath,
      [
        "index.mjs",
        path.join(ROOT, "examples/seed/news-article.json"),
        path.join(ROOT, "examples/seed/joint-statement.json"),
      ],
      { cwd: project },
    ).toString();
    expect(output.trim().split("\n")).toEqual([
      "article: valid",
      "headline: South Korea, US Agree to Regularly Deploy Strategic Military Assets to Korean Peninsula",
      "statement: valid, 2 parties",
      "issue: /headlin additionalProperties",
      "issue: /headline type",
      "assert: threw ValidationError",
      "schema: https://communique.dev/schemas/news-article/v1.json",
    ]);
  });

  it("extracts the seed text with @communique/extract installed from its tarball", () => {
    const output = execFileSync(
      process.execPath,
      ["extract.mjs", path.join(ROOT, "examples/seed/article.txt")],
      {
        cwd: project,
      },
    ).toString();
    expect(output.trim().split("\n")).toEqual([
      "people: Lim Sung-nam, Yoo Jeh-seung, Thomas Countryman, David Shear",
      "statements: urn:communique:joint-statement:edscg-1",
      "meeting: 2016-12-20",
      "article: valid",
      "statement: valid",
      "warnings: 0",
    ]);
  });

  it("type-checks a TypeScript file that uses the published types", () => {
    const tsc = path.join(ROOT, "node_modules/typescript/bin/tsc");
    expect(() =>
      execFileSync(process.execPath, [tsc, "-p", "tsconfig.json"], { cwd: project, stdio: "pipe" }),
    ).not.toThrow();
  });
});
