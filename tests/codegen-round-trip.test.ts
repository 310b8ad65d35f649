import { execFileSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { languageTypes } from "@communique/codegen";
import ts from "typescript";
import { beforeAll, describe, expect, it } from "vitest";
import { scratch } from "./support/cli.js";
import { ROOT, readJson } from "./support/models.js";

// A consumer of the generated types loads a document and writes it back; the JSON must come back
// as it went in. The seed's date-times are rewritten in the forms that a date type would change:
// `Z` (Python writes `+00:00`), fractions of a second (`.500` becomes `.500000` in Python; a
// JavaScript Date adds `.000` where there was none).
const schema = readJson<Record<string, unknown>>(
  path.join(ROOT, "packages/news-article/schema/news-article.schema.json"),
);
const article = {
  ...readJson<Record<string, unknown>>(path.join(ROOT, "examples/seed/news-article.json")),
  published: "2016-12-21T09:30:00.5Z",
  modified: "2016-12-21T10:00:00Z",
  created: "2016-12-20T23:59:59.500+09:00",
};
const out = scratch("codegen-round-trip");
const generated = new Map<string, Map<string, string>>();

async function generate(lang: "python" | "typescript"): Promise<string> {
  const files = await languageTypes({ schema, lang, command: "test" });
  generated.set(lang, files);
  const dir = path.join(out.dir, lang);
  mkdirSync(dir, { recursive: true });
  for (const [name, content] of files) writeFileSync(path.join(dir, name), content);
  return dir;
}

describe("generated types give a document back as it was loaded", () => {
  let pythonDir: string;
  let typescriptDir: string;
  beforeAll(async () => {
    [pythonDir, typescriptDir] = await Promise.all([generate("python"), generate("typescript")]);
  }, 120_000);

  it("python: from_dict then to_dict is the same JSON, date-times included", () => {
    const input = path.join(out.dir, "article.json");
    writeFileSync(input, JSON.stringify(article));
    const script = [
      "import json, sys",
      `sys.path.insert(0, ${JSON.stringify(pythonDir)})`,
      "import news_article",
      `source = json.load(open(${JSON.stringify(input)}))`,
      "print(json.dumps(news_article.news_article_to_dict(news_article.news_article_from_dict(source))))",
    ].join("\n");
    const output = JSON.parse(execFileSync("python3", ["-c", script]).toString());
    expect(output).toEqual(article);
  });

  it("python: needs nothing beyond the standard library", () => {
    const source = [...(generated.get("python")?.values() ?? [])].join("\n");
    const imports = source.match(/^(?:from|import) \S+/gm) ?? [];
    expect(imports.length).toBeGreaterThan(0);
    for (const line of imports)
      expect(line).toMatch(/^(?:from|import) (?:enum|typing|dataclasses|datetime)\b/);
  });

  it("typescript: Convert.toNewsArticle then newsArticleToJson is the same JSON", async () => {
    const [[name, source]] = [...(generated.get("typescript") ?? new Map<string, string>())];
    const { outputText } = ts.transpileModule(source as string, {
      compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
    });
    const built = path.join(typescriptDir, `${path.basename(name as string, ".ts")}.mjs`);
    writeFileSync(built, outputText);
    const { Convert } = await import(pathToFileURL(built).href);
    const value = Convert.toNewsArticle(JSON.stringify(article));
    expect(JSON.parse(Convert.newsArticleToJson(value))).toEqual(article);
    expect(typeof value.published).toBe("string");
  });
});
