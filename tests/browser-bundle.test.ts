import { readFileSync } from "node:fs";
import path from "node:path";
import vm from "node:vm";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";
import { describe, expect, it } from "vitest";
import { ROOT } from "./support/models.js";

// What a web app's bundler does with our packages: resolve them for the browser (where no Node
// built-in exists), then run the result as a plain script, outside Node's module system, with
// only the globals a browser has. A package that reaches for node:module or node:crypto fails
// the first step; one that needs require, process or Buffer at run time fails the second.
async function bundle(contents: string, format: "esm" | "iife"): Promise<Uint8Array> {
  const result = await build({
    stdin: { contents, resolveDir: path.join(ROOT, "tests"), loader: "js" },
    bundle: true,
    platform: "browser",
    format,
    globalName: "bundled",
    minify: true,
    write: false,
    logLevel: "silent",
  });
  return (result.outputFiles[0] as { contents: Uint8Array }).contents;
}

function runInBrowserLikeContext(code: Uint8Array): Record<string, (...args: unknown[]) => unknown> {
  // Web APIs a browser has (and Node has too), but nothing of Node's own: no require, process, Buffer.
  const context = vm.createContext({ TextEncoder, TextDecoder, URL, URLSearchParams, atob, btoa, console });
  vm.runInContext(`${new TextDecoder().decode(code)};globalThis.bundled = bundled;`, context);
  return context.bundled as Record<string, (...args: unknown[]) => unknown>;
}

const seed = (name: string) => JSON.parse(readFileSync(path.join(ROOT, "examples/seed", name), "utf8"));
const article = seed("news-article.json");
const statement = seed("joint-statement.json");
const text = readFileSync(path.join(ROOT, "examples/seed/article.txt"), "utf8");

describe("the packages, bundled for a browser", () => {
  it.each(["core", "news-article", "joint-statement", "extract", "interop"])(
    "@communique/%s bundles with no Node built-in and loads outside Node",
    async (name) => {
      const exports = runInBrowserLikeContext(await bundle(`export * from "@communique/${name}";`, "iife"));
      expect(Object.keys(exports).length).toBeGreaterThan(0);
    },
  );

  it("validates, extracts and converts inside the bundle as in Node", async () => {
    const code = await bundle(
      [
        'export { validateNewsArticle } from "@communique/news-article";',
        'export { validateJointStatement } from "@communique/joint-statement";',
        'export { extract } from "@communique/extract";',
        'export { toNinjs } from "@communique/interop";',
        'export { getCountry } from "@communique/core";',
      ].join("\n"),
      "iife",
    );
    const api = runInBrowserLikeContext(code);
    expect(api.validateNewsArticle?.(article)).toMatchObject({ ok: true });
    expect(api.validateJointStatement?.(statement)).toMatchObject({ ok: true });
    expect(api.validateNewsArticle?.({ ...article, headline: 7 })).toMatchObject({ ok: false });
    expect(api.getCountry?.("KOR")).toMatchObject({ alpha2: "KR", name: "South Korea" });
    const extracted = api.extract?.(text, { published: "2016-12-21", source: "article.txt" }) as {
      article: { provenance: { sha256: string } };
    };
    // The same SHA-256 as Node's: the browser build hashes the text itself.
    expect(extracted.article.provenance.sha256).toBe(article.provenance.sha256);
    expect(api.validateNewsArticle?.(extracted.article)).toMatchObject({ ok: true });
    expect(api.toNinjs?.(article)).toMatchObject({ type: "text", uri: article.id });
  });

  it("keeps validateNewsArticle alone within the size its README records", async () => {
    const code = await bundle('export { validateNewsArticle } from "@communique/news-article";', "esm");
    const readme = readFileSync(path.join(ROOT, "packages/news-article/README.md"), "utf8");
    const recorded = /minified:\s+([\d.]+) KB,\s+([\d.]+) KB\s+gzipped/.exec(readme);
    expect(recorded, "the README records the size").not.toBeNull();
    const [minified, gzipped] = [Number(recorded?.[1]), Number(recorded?.[2])];
    const kb = (bytes: number) => Math.round(bytes / 100) / 10;
    // Within 5% of the figure recorded: a change that makes it grow (or shrink) says so in the README.
    expect(kb(code.length)).toBeGreaterThan(minified * 0.95);
    expect(kb(code.length)).toBeLessThan(minified * 1.05);
    expect(kb(gzipSync(code).length)).toBeLessThan(gzipped * 1.05);
  });
});
