import { execFileSync, spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { communique, scratch } from "./support/cli.js";
import { ROOT, readJson } from "./support/models.js";

const LANGUAGES = ["typescript", "python", "go", "java", "csharp", "rust", "kotlin", "swift"];
const MODELS = [
  { name: "news-article", id: "https://communique.dev/schemas/news-article/v1.json", module: "news_article" },
  {
    name: "joint-statement",
    id: "https://communique.dev/schemas/joint-statement/v1.json",
    module: "joint_statement",
  },
];
const out = scratch("codegen");

async function generate(lang: string, model: string): Promise<{ dir: string; files: string[] }> {
  const dir = path.join(out.dir, lang, model);
  const run = await communique(["codegen", "--lang", lang, "--schema", model, "--out", dir]);
  expect(run.code).toBe(0);
  return {
    dir,
    files: run.stdout
      .trim()
      .split("\n")
      .map((line) => line.replace(/^wrote /, "")),
  };
}

describe("communique codegen", () => {
  describe.each(LANGUAGES)("%s", (lang) => {
    it.each(MODELS)(
      "generates $name with readable names and a header naming the schema",
      async ({ name, id }) => {
        const { files } = await generate(lang, name);
        expect(files.length).toBeGreaterThan(0);
        for (const file of files) {
          const text = readFileSync(file, "utf8");
          expect(text.split("\n").slice(0, 2).join(" ")).toContain(id);
          expect(text).not.toMatch(/\b(Purple|Fluffy|Tentacled|Sticky|Indigo)\w*/);
        }
        const all = files.map((file) => readFileSync(file, "utf8")).join("\n");
        expect(all).toMatch(name === "news-article" ? /\bParagraph\b/ : /\bParticipant\b/);
        if (lang === "go") expect(all).toMatch(/^package (newsarticle|jointstatement)$/m);
      },
    );
  });

  it.each(MODELS)(
    "python: the generated $name classes load the seed and give it back unchanged",
    async ({ name, module }) => {
      const { dir } = await generate("python", name);
      const seed = path.join(ROOT, "examples/seed", `${name}.json`);
      const script = [
        "import json, sys",
        `sys.path.insert(0, ${JSON.stringify(dir)})`,
        `import ${module} as model`,
        `source = json.load(open(${JSON.stringify(seed)}))`,
        `value = model.${module}_from_dict(source)`,
        `print(json.dumps(model.${module}_to_dict(value) == source))`,
      ].join("\n");
      expect(execFileSync("python3", ["-c", script]).toString().trim()).toBe("true");
    },
  );

  it.each(MODELS)(
    "typescript: the generated $name module type-checks strictly and converts the seed",
    async ({ name }) => {
      const { dir, files } = await generate("typescript", name);
      const tsc = path.join(ROOT, "node_modules/typescript/bin/tsc");
      const build = path.join(dir, "build");
      execFileSync(
        process.execPath,
        [tsc, "--strict", "--target", "es2022", "--module", "nodenext", "--outDir", build, ...files],
        { stdio: "pipe" },
      );
      const type = name === "news-article" ? "NewsArticle" : "JointStatement";
      const seed = readJson(path.join(ROOT, "examples/seed", `${name}.json`));
      const script = `import { Convert } from ${JSON.stringify(path.join(build, `${name}.js`))};
const value = Convert.to${type}(${JSON.stringify(JSON.stringify(seed))});
console.log(value.id);`;
      const output = execFileSync(process.execPath, ["--input-type=module", "-e", script]).toString().trim();
      expect(output).toBe((seed as { id: string }).id);
    },
  );

  // Go comes from Debian's golang-go, which .ci/run installs; a developer machine without it skips
  // these with a message, and CI, where it must be, fails without it.
  const hasGo = spawnSync("go", ["version"]).status === 0;
  if (!hasGo && !process.env.CI)
    console.warn("skipping the Go build of generated code: no go on this machine (CI installs golang-go)");

  it.skipIf(!hasGo && !process.env.CI).each(MODELS)(
    "go: the generated $name package builds and decodes the seed",
    async ({ name }) => {
      const pkg = name.replace("-", "");
      const type = name === "news-article" ? "NewsArticle" : "JointStatement";
      const module = path.join(out.dir, "go-module", name);
      const { files } = await generate("go", name);
      mkdirSync(path.join(module, pkg), { recursive: true });
      for (const file of files) copyFileSync(file, path.join(module, pkg, path.basename(file)));
      writeFileSync(path.join(module, "go.mod"), "module seedcheck\n\ngo 1.19\n");
      writeFileSync(
        path.join(module, "main.go"),
        `package main

import (
\t"fmt"
\t"os"

\t"seedcheck/${pkg}"
)

func main() {
\tdata, err := os.ReadFile(os.Args[1])
\tif err != nil {
\t\tpanic(err)
\t}
\tvalue, err := ${pkg}.Unmarshal${type}(data)
\tif err != nil {
\t\tpanic(err)
\t}
\tfmt.Println(value.ID)
}
`,
      );
      const env = { ...process.env, GOFLAGS: "-mod=mod", GO111MODULE: "on" };
      execFileSync("go", ["build", "-o", "seedcheck", "."], { cwd: module, env, stdio: "pipe" });
      const seed = path.join(ROOT, "examples/seed", `${name}.json`);
      const output = execFileSync(path.join(module, "seedcheck"), [seed]).toString().trim();
      expect(output).toBe(readJson<{ id: string }>(seed).id);
    },
  );

  it.each([
    [["codegen", "--schema", "news-article"], /codegen needs --lang/],
    [["codegen", "--lang", "cobol", "--schema", "news-article"], /not "cobol"/],
    [["codegen", "--lang", "go"], /codegen needs --schema/],
    [["codegen", "--lang", "go", "--schema", "no/such.json"], /cannot read the schema no\/such\.json/],
  ])("exits 2 on %j", async (args, message) => {
    const run = await communique(args);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(message);
  });
});
