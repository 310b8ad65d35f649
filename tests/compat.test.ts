import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { hasStackTrace, scratch } from "./support/cli.js";
import { inProcess } from "./support/in-process.js";
import { ROOT } from "./support/models.js";
import { repositoryCopy } from "./support/repository-copy.js";

const fixtureDir = path.join(ROOT, "packages/compat/test/fixtures");
/** A fixture by its name, without the number that orders the folder. */
const fixture = (name: string) => {
  const file = readdirSync(fixtureDir).find((f) => f.replace(/^\d+-/, "") === `${name}.json`);
  if (file === undefined) throw new Error(`no fixture ${name}`);
  return path.join(fixtureDir, file);
};
const files = scratch("compat");
/** Writes a fixture pair's before and after schemas as two files. */
function pair(name: string): [string, string] {
  const { before, after } = JSON.parse(readFileSync(fixture(name), "utf8"));
  return [
    files.file(`${name}-before.json`, JSON.stringify(before)),
    files.file(`${name}-after.json`, JSON.stringify(after)),
  ];
}

describe("communique compat OLD NEW", () => {
  it("fails BACKWARD when a property becomes required, naming the rule", async () => {
    const run = await inProcess(["compat", ...pair("required-added")]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('✗ REQUIRED_PROPERTY_ADDED at /required: "a" [narrow]');
  });

  it("fails BACKWARD when a string gets a maxLength", async () => {
    const run = await inProcess(["compat", ...pair("max-length-added")]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain("✗ MAX_LENGTH_ADDED at /properties/s/maxLength: 120 [narrow]");
  });

  it("passes BACKWARD when an optional property is added to a closed object, and fails FORWARD", async () => {
    const files = pair("optional-added-closed");
    expect((await inProcess(["compat", ...files])).code).toBe(0);
    const forward = await inProcess(["compat", "--policy", "FORWARD", ...files]);
    expect(forward.code).toBe(1);
    expect(forward.stdout).toContain("✗ PROPERTY_ADDED_TO_CLOSED_CONTENT_MODEL at /properties/b [widen]");
  });

  it("fails FORWARD when a required property is removed from a closed object (and BACKWARD)", async () => {
    const files = pair("required-removed-from-closed");
    const forward = await inProcess(["compat", "--policy", "FORWARD", ...files]);
    expect(forward.code).toBe(1);
    expect(forward.stdout).toContain('✗ REQUIRED_PROPERTY_REMOVED at /required: was "b" [widen]');
    expect((await inProcess(["compat", "--policy", "BACKWARD", ...files])).code).toBe(1);
  });

  it("lets an optional property go from a closed object under FORWARD only: it narrows", async () => {
    const files = pair("removed-from-closed");
    expect((await inProcess(["compat", "--policy", "forward", ...files])).code).toBe(0);
    const backward = await inProcess(["compat", "--policy", "BACKWARD", ...files]);
    expect(backward.code).toBe(1);
    expect(backward.stdout).toContain(
      "✗ PROPERTY_REMOVED_FROM_CLOSED_CONTENT_MODEL at /properties/b [narrow]",
    );
  });

  it("reports JSON with --format json", async () => {
    const run = await inProcess([
      "compat",
      "--format",
      "json",
      "--policy",
      "FULL",
      ...pair("enum-values-swapped"),
    ]);
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout);
    expect(report).toMatchObject({ policy: "FULL", holds: false });
    expect(report.changes.map((c: { rule: string; violates: boolean }) => [c.rule, c.violates])).toEqual([
      ["ENUM_VALUES_ADDED", true],
      ["ENUM_VALUES_REMOVED", true],
    ]);
  });

  it("annotates GitHub with --format github", async () => {
    const [before, after] = pair("type-changed");
    const run = await inProcess(["compat", "-f", "github", before, after]);
    expect(run.stdout).toContain(
      `::error file=${after},title=BACKWARD TYPE_CHANGED::TYPE_CHANGED at /properties/a/type: "string" → "number" (change)`,
    );
  });

  it.each([
    [["compat", "one.json"], /needs OLD\.json NEW\.json/],
    [["compat", "no/such.json", "no/such2.json"], /no\/such\.json: cannot be read/],
    [["compat", "--policy", "SIDEWAYS", "a.json", "b.json"], /unknown policy "SIDEWAYS"/],
    [["compat", "--against", "no-such-ref"], /unknown git ref "no-such-ref"/],
  ])("exits 2 on bad input: %j", async (args, message) => {
    const run = await inProcess(args);
    expect(run.code).toBe(2);
    expect(run.stdout + run.stderr).toMatch(message);
    expect(hasStackTrace(run.stdout + run.stderr)).toBe(false);
  });

  it("exits 2 on a malformed schema file, naming its place", async () => {
    const broken = files.file("broken.schema.json", '{"type": }');
    const run = await inProcess(["compat", broken, broken]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`${broken}:1:10: malformed JSON`);
  });
});

describe("communique compat --against", () => {
  it("passes on an unchanged tree", async () => {
    const run = await inProcess(["compat", "--against", "HEAD"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("✓ @communique/news-article (BACKWARD against HEAD): 0 changes");
  });

  describe("in a copy of the repository whose NewsArticle type gains a required property", () => {
    const { copy, compat } = repositoryCopy("compat-repo");

    beforeAll(() => {
      copy.setUp();
      copy.editArticleSchema((schema) => {
        schema.properties.wordCount = { description: "How many words the body has.", type: "number" };
        schema.required = [...schema.required, "wordCount"].sort();
      });
    }, 120_000);

    it("fails with the rule, the path, and the bump the change needs", async () => {
      const run = await compat("--against", "HEAD");
      expect(run.code).toBe(1);
      expect(run.stdout).toContain("✗ @communique/news-article (BACKWARD against HEAD)");
      expect(run.stdout).toContain(
        '✗ REQUIRED_PROPERTY_ADDED at /required: "wordCount" [narrow] breaks BACKWARD against HEAD',
      );
      expect(run.stdout).toContain("needs a major changeset for @communique/news-article; pending: minor");
      expect(run.stdout).toContain("✓ @communique/joint-statement (BACKWARD against HEAD): 0 changes");
    });

    it("says how to make the breaking change on purpose", async () => {
      const run = await compat("--against", "HEAD");
      expect(run.stdout).toContain(
        "To make this breaking change on purpose, release @communique/news-article as a new major version: add a major changeset for it",
      );
    });

    it("applies --policy (in any case) to every package instead of the declared one", async () => {
      const run = await compat("--against", "HEAD", "--policy", "forward", "--format", "json");
      const [statement, article] = JSON.parse(run.stdout).packages;
      expect([statement.package.policy, article.package.policy]).toEqual(["FORWARD", "FORWARD"]);
      // FORWARD allows the narrowing (a new required property) that BACKWARD forbids, and forbids
      // the widening (a new property in a closed object) that BACKWARD allows.
      const rules = (violations: { change: { rule: string } }[]) => violations.map((v) => v.change.rule);
      expect(rules(article.violations)).toEqual(["PROPERTY_ADDED_TO_CLOSED_CONTENT_MODEL"]);
      expect(run.code).toBe(1);
    });

    it("says there is nothing to compare in the format asked for when there is no release tag", async () => {
      const run = await compat("--against-latest-release", "--format", "json");
      expect(run.code).toBe(0);
      expect(JSON.parse(run.stdout)).toMatchObject({ against: null, holds: true, packages: [] });
    });

    it("passes with a major changeset: the breaking change is released on purpose, and said so", async () => {
      copy.file(
        ".changeset/word-count.md",
        '---\n"@communique/news-article": major\n---\n\nArticles carry a word count.\n',
      );
      const json = await compat("--against", "HEAD", "--format", "json");
      expect(json.code).toBe(0);
      const [, article] = JSON.parse(json.stdout).packages;
      expect(article.pendingBump).toBe("major");
      expect(article.underBumped).toEqual([]);
      expect(article.violations).toEqual([]);
      expect(article.breaking.map((v: { change: { rule: string } }) => v.change.rule)).toEqual([
        "REQUIRED_PROPERTY_ADDED",
      ]);
      const pretty = await compat("--against", "HEAD");
      expect(pretty.code).toBe(0);
      expect(pretty.stdout).toContain(
        '! REQUIRED_PROPERTY_ADDED at /required: "wordCount" [narrow] breaks BACKWARD against HEAD: released as a major version',
      );
    });

    it("reports an unreadable changeset as an input error", async () => {
      copy.file(".changeset/broken.md", "no front matter here\n");
      const run = await compat("--against", "HEAD");
      expect(run.code).toBe(2);
      expect(run.stderr).toContain("a pending changeset in .changeset/ cannot be read");
      expect(hasStackTrace(run.stdout + run.stderr)).toBe(false);
    });
  });
});

describe("communique compat --against with a transitive policy", () => {
  const { copy, compat } = repositoryCopy("compat-transitive");

  beforeAll(() => {
    copy.setUp();
    copy.git("tag", "@communique/news-article@0.1.0");
    // A release later, the byline goes: a narrowing change, committed.
    copy.editArticleSchema((schema) => {
      delete schema.properties.byline;
    });
    copy.commit("drop the byline");
  }, 120_000);

  it("reads a package's policy in any case, and names an unknown one as the user's error", async () => {
    copy.setPolicy("@communique/news-article", "backward_transitive");
    expect((await compat("--against", "HEAD")).code).toBe(1);
    copy.setPolicy("@communique/news-article", "SOMETIMES");
    const run = await compat("--against", "HEAD");
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('unknown compatibility policy "SOMETIMES"');
    copy.setPolicy("@communique/news-article", "BACKWARD");
  });

  it("counts one change as one", async () => {
    const run = await compat("--against", "HEAD~1");
    expect(run.stdout).toContain("✗ @communique/news-article (BACKWARD against HEAD~1): 1 change\n");
  });

  it("passes BACKWARD against HEAD, where nothing changed since", async () => {
    expect((await compat("--against", "HEAD")).code).toBe(0);
  });

  it("fails BACKWARD_TRANSITIVE against the earlier release tag", async () => {
    copy.setPolicy("@communique/news-article", "BACKWARD_TRANSITIVE");
    const run = await compat("--against", "HEAD");
    expect(run.code).toBe(1);
    expect(run.stdout).toContain("(BACKWARD_TRANSITIVE against HEAD, @communique/news-article@0.1.0)");
    expect(run.stdout).toContain(
      "✗ PROPERTY_REMOVED_FROM_CLOSED_CONTENT_MODEL at /properties/byline [narrow] breaks BACKWARD_TRANSITIVE against @communique/news-article@0.1.0",
    );
  });
});
