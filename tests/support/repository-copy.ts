import { execFileSync } from "node:child_process";
import { cpSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import path from "node:path";
import { scratch } from "./cli.js";
import { inProcess } from "./in-process.js";
import { ROOT } from "./models.js";

/** The parts of a generated model schema the tests edit. */
export interface ArticleSchema {
  properties: Record<string, unknown>;
  required: string[];
}

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
    /**
     * Rewrites the NewsArticle schema as `npm run generate` would after an edit of its type. The
     * schema is written directly: compat reads only the schema, and the generator's run (about ten
     * seconds) is not what the tests that use this test.
     */
    editArticleSchema(edit: (schema: ArticleSchema) => void) {
      const file = path.join(repo, "packages/news-article/schema/news-article.schema.json");
      const schema = JSON.parse(readFileSync(file, "utf8")) as ArticleSchema;
      const before = JSON.stringify(schema);
      edit(schema);
      if (JSON.stringify(schema) === before) throw new Error("the edit changed nothing");
      writeFileSync(file, `${JSON.stringify(schema, null, 2)}\n`);
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
  return { copy, repo, compat: (...args: string[]) => inProcess(["compat", ...args], { cwd: repo }) };
}
