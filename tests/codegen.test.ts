import { execFileSync, spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { communique, scratch } from "./support/cli.js";
import { inProcess } from "./support/in-process.js";
import { ROOT, readJson } from "./support/models.js";

const LANGUAGES = ["typescript", "python", "go", "java", "csharp", "rust", "kotlin", "swift"];
const MODELS = [
  {
    name: "news-article",
    type: "NewsArticle",
    id: "https://communique.dev/schemas/news-article/v1.json",
    module: "news_article",
  },
  {
    name: "joint-statement",
    type: "JointStatement",
    id: "https://communique.dev/schemas/joint-statement/v1.json",
    module: "joint_statement",
  },
] as const;
const out = scratch("codegen");
const seedFile = (name: string) => path.join(ROOT, "examples/seed", `${name}.json`);

interface Generated {
  dir: string;
  files: string[];
}

const generated = new Map<string, Promise<Generated>>();

/**
 * `communique codegen` for a language and a model, run in this process and once: quicktype is
 * what takes the time, and the tests of a language's output share one generation.
 */
function generate(lang: string, model: string): Promise<Generated> {
  const key = `${lang}/${model}`;
  let files = generated.get(key);
  if (files === undefined) {
    files = generateNow(lang, model);
    generated.set(key, files);
  }
  return files;
}

async function generateNow(lang: string, model: string): Promise<Generated> {
  const dir = path.join(out.dir, lang, model);
  const run = await inProcess(["codegen", "--lang", lang, "--schema", model, "--out", dir]);
  expect(run.stderr).toBe("");
  expect(run.code).toBe(0);
  return { dir, files: run.stdout.trim().split("\n").map(wroteFile) };
}

function wroteFile(line: string): string {
  expect(line).toMatch(/^wrote /);
  return line.replace(/^wrote /, "");
}

describe("communique codegen", () => {
  // Spawned once: the command as a user runs it, files written where --out says, relative to the
  // working folder. The generations below run in this process.
  it("writes the files it names, and exits 0", async () => {
    const work = scratch("codegen-spawn");
    const run = await communique(
      ["codegen", "--lang", "python", "--schema", "joint-statement", "--out", "py"],
      {
        cwd: work.dir,
      },
    );
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(`wrote ${path.join("py", "joint_statement.py")}\n`);
    expect(readFileSync(path.join(work.dir, "py", "joint_statement.py"), "utf8")).toContain(
      "class JointStatement",
    );
  });

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

  it("python: the generated classes load each seed and give it back unchanged", async () => {
    const lines = ["import json, sys"];
    for (const { name, module } of MODELS) {
      const { dir } = await generate("python", name);
      lines.push(
        `sys.path.insert(0, ${JSON.stringify(dir)})`,
        `import ${module}`,
        `source = json.load(open(${JSON.stringify(seedFile(name))}))`,
        `print(json.dumps(${module}.${module}_to_dict(${module}.${module}_from_dict(source)) == source))`,
      );
    }
    const output = execFileSync("python3", ["-c", lines.join("\n")]).toString();
    expect(output.trim().split("\n")).toEqual(["true", "true"]);
  });

  it("typescript: the generated modules type-check strictly and convert each seed", async () => {
    const sources = (await Promise.all(MODELS.map(({ name }) => generate("typescript", name)))).flatMap(
      ({ files }) => files,
    );
    const rootDir = path.join(out.dir, "typescript");
    const outDir = path.join(out.dir, "typescript-build");
    // In this process, one program for both models: the compiler's start-up is most of the cost.
    const program = ts.createProgram(sources, {
      strict: true,
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.NodeNext,
      moduleResolution: ts.ModuleResolutionKind.NodeNext,
      rootDir,
      outDir,
      // The generated code needs no ambient types; the checks of the standard library's own files are not ours to run.
      types: [],
      skipLibCheck: true,
    });
    const emitted = program.emit();
    const diagnostics = [...ts.getPreEmitDiagnostics(program), ...emitted.diagnostics].map((diagnostic) =>
      ts.flattenDiagnosticMessageText(diagnostic.messageText, "\n"),
    );
    expect(diagnostics).toEqual([]);
    for (const { name, type } of MODELS) {
      // No package.json above says "module": the output is CommonJS, as a consumer's would be.
      const built = path.join(outDir, name, `${name}.js`);
      const { Convert } = await import(pathToFileURL(built).href);
      const seed = readFileSync(seedFile(name), "utf8");
      expect(Convert[`to${type}`](seed).id).toBe(readJson<{ id: string }>(seedFile(name)).id);
    }
  });

  // Go comes from Debian's golang-go, which .ci/run installs; a developer machine without it skips
  // this with a message, and CI, where it must be, fails without it.
  const hasGo = spawnSync("go", ["version"]).status === 0;
  if (!hasGo && !process.env.CI)
    console.warn("skipping the Go build of generated code: no go on this machine (CI installs golang-go)");

  it.skipIf(!hasGo && !process.env.CI)("go: the generated packages build and decode each seed", async () => {
    // One module holding both packages: one build.
    const module = path.join(out.dir, "go-module");
    const imports: string[] = [];
    const decodes: string[] = [];
    for (const [i, { name, type }] of MODELS.entries()) {
      const pkg = name.replace("-", "");
      const { files } = await generate("go", name);
      mkdirSync(path.join(module, pkg), { recursive: true });
      for (const file of files) copyFileSync(file, path.join(module, pkg, path.basename(file)));
      imports.push(`\t"seedcheck/${pkg}"`);
      decodes.push(`\t{
\t\tdata, err := os.ReadFile(os.Args[${i + 1}])
\t\tif err != nil {
\t\t\tpanic(err)
\t\t}
\t\tvalue, err := ${pkg}.Unmarshal${type}(data)
\t\tif err != nil {
\t\t\tpanic(err)
\t\t}
\t\tfmt.Println(value.ID)
\t}`);
    }
    writeFileSync(path.join(module, "go.mod"), "module seedcheck\n\ngo 1.19\n");
    writeFileSync(
      path.join(module, "main.go"),
      `package main

import (
\t"fmt"
\t"os"

${imports.join("\n")}
)

func main() {
${decodes.join("\n")}
}
`,
    );
    const env = { ...process.env, GOFLAGS: "-mod=mod", GO111MODULE: "on" };
    execFileSync("go", ["build", "-o", "seedcheck", "."], { cwd: module, env, stdio: "pipe" });
    const seeds = MODELS.map(({ name }) => seedFile(name));
    const output = execFileSync(path.join(module, "seedcheck"), seeds).toString();
    expect(output.trim().split("\n")).toEqual(seeds.map((seed) => readJson<{ id: string }>(seed).id));
  });

  it.each([
    [["codegen", "--schema", "news-article"], /codegen needs --lang/],
    [["codegen", "--lang", "cobol", "--schema", "news-article"], /not "cobol"/],
    [["codegen", "--lang", "go"], /codegen needs --schema/],
    [["codegen", "--lang", "go", "--schema", "no/such.json"], /cannot read the schema no\/such\.json/],
  ])("exits 2 on %j", async (args, message) => {
    const run = await inProcess(args);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(message);
  });
});
