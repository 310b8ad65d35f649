import { execFileSync } from "node:child_process";
import { cpSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import path from "node:path";
import { communique, scratch } from "./cli.js";
import { ROOT } from "./models.js";

/**
 * A copy of the repository as it is now (committed), with node_modules linked, in which a test can
 * edit the NewsArticle type, regenerate its schema, commit, tag and change policies.
 */
export function repositoryCopy(name: string) {
  const folder = scratch(name);
  const repo = path.join(folder.dir, "repo");
  const git = (...args: string[]) => execFileSync("git", args, { cwd: repo, stdio: "pipe" }).toString();
  const copy = {
    git,
    file: (relative: string, content: string) => folder.file(path.join("repo", relative), content),
    setUp() {
      execFileSync("git", ["clone", "--quiet", "--local", ROOT, repo]);
      // Uncommitted work in the repository under test is not in the clone: bring the tree as it is.
      for (const dir of ["packages", ".changeset"]) {
        cpSync(path.join(ROOT, dir), path.join(repo, dir), {
          recursive: true,
          filter: (source) => !source.includes("node_modules") && !source.includes(`${path.sep}dist`),
        });
      }
      copy.commit("tree under test");
      symlinkSync(path.join(ROOT, "node_modules"), path.join(repo, "node_modules"));
    },
    commit(message: string) {
      git("add", "-A");
      git(
        "-c",
        "user.name=test",
        "-c",
        "user.email=test@example.org",
        "commit",
        "--quiet",
        "--allow-empty",
        "-m",
        message,
      );
    },
    /** Rewrites the NewsArticle type and regenerates its schema, as a developer would. */
    editArticleType(edit: (source: string) => string) {
      const model = path.join(repo, "packages/news-article/src/news-article.ts");
      const source = readFileSync(model, "utf8");
      const edited = edit(source);
      if (edited === source) throw new Error("the edit changed nothing");
      writeFileSync(model, edited);
      execFileSync(process.execPath, [path.join(ROOT, "packages/schema-build/dist/cli.js"), "generate"], {
        cwd: path.join(repo, "packages/news-article"),
        stdio: "pipe",
      });
    },
    setPolicy(packageName: string, policy: string) {
      const manifestFile = path.join(
        repo,
        "packages",
        packageName.replace("@communique/", ""),
        "package.json",
      );
      const manifest = JSON.parse(readFileSync(manifestFile, "utf8"));
      manifest.communique.compatibility = policy;
      writeFileSync(manifestFile, JSON.stringify(manifest, null, 2));
    },
  };
  return { copy, repo, compat: (...args: string[]) => communique(["compat", ...args], { cwd: repo }) };
}
