import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { ROOT } from "./support/models.js";
import { repositoryCopy } from "./support/repository-copy.js";

const manifest = (repo: string, dir: string) =>
  JSON.parse(readFileSync(path.join(repo, "packages", dir, "package.json"), "utf8")) as {
    version: string;
    dependencies?: Record<string, string>;
  };

describe("the release flow: changeset version on a copy of the repository", () => {
  const { copy, repo } = repositoryCopy("release");

  beforeAll(() => {
    copy.setUp();
    // Only the fixture changeset is pending: a minor change to core.
    for (const file of readdirSync(path.join(repo, ".changeset"))) {
      if (file.endsWith(".md") && file !== "README.md") rmSync(path.join(repo, ".changeset", file));
    }
    copy.file(
      ".changeset/fixture-core.md",
      '---\n"@communique/core": minor\n---\n\nCountries gain their alpha-3 codes in `getCountry`.\n',
    );
    execFileSync(process.execPath, [path.join(ROOT, "node_modules/@changesets/cli/bin.js"), "version"], {
      cwd: repo,
      stdio: "pipe",
    });
  }, 120_000);

  it("bumps the changed package and writes its CHANGELOG entry", () => {
    expect(manifest(repo, "core").version).toBe("0.2.0");
    const changelog = readFileSync(path.join(repo, "packages/core/CHANGELOG.md"), "utf8");
    expect(changelog).toContain("## 0.2.0");
    expect(changelog).toContain("Countries gain their alpha-3 codes in `getCountry`.");
  });

  it("moves the dependents' ranges to the new version and patches them, so that a release installs together", () => {
    for (const dir of ["news-article", "joint-statement", "compat", "cli"]) {
      const pkg = manifest(repo, dir);
      if (pkg.dependencies?.["@communique/core"] === undefined) continue;
      expect({ dir, range: pkg.dependencies["@communique/core"], version: pkg.version }).toEqual({
        dir,
        range: "^0.2.0",
        version: "0.1.1",
      });
    }
    expect(readFileSync(path.join(repo, "packages/news-article/CHANGELOG.md"), "utf8")).toContain(
      "@communique/core@0.2.0",
    );
  });

  it("consumes the changeset and leaves private packages alone", () => {
    expect(
      readdirSync(path.join(repo, ".changeset")).filter(
        (file) => file.endsWith(".md") && file !== "README.md",
      ),
    ).toEqual([]);
    expect(manifest(repo, "schema-build").version).toBe("0.1.0");
  });
});
