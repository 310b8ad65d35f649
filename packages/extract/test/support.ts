import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { ExtractResult } from "../src/index.js";

/** The folder of test articles: our own writing, each `.txt` beside its `.expected.json`. */
export const ARTICLES = path.join(path.dirname(fileURLToPath(import.meta.url)), "articles");

/** The test articles, by name. */
export function articles(): {
  name: string;
  text: string;
  expected: { published?: string; warnings: string[] } & Record<string, unknown>;
}[] {
  return readdirSync(ARTICLES)
    .filter((file) => file.endsWith(".txt"))
    .sort()
    .map((file) => ({
      name: file.replace(/\.txt$/, ""),
      text: readFileSync(path.join(ARTICLES, file), "utf8"),
      expected: JSON.parse(
        readFileSync(path.join(ARTICLES, file.replace(/\.txt$/, ".expected.json")), "utf8"),
      ),
    }));
}

/** Every place in the output where a value stands beside its span, with the path to it. */
export function spannedValues(
  result: ExtractResult,
): { path: string; value: string; span: { start: number; end: number } }[] {
  const found: { path: string; value: string; span: { start: number; end: number } }[] = [];
  const visit = (node: unknown, at: string) => {
    if (Array.isArray(node)) {
      for (const [index, item] of node.entries()) visit(item, `${at}/${index}`);
      return;
    }
    if (node === null || typeof node !== "object") return;
    const record = node as Record<string, unknown>;
    const span = record.span as { start: number; end: number } | undefined;
    if (span !== undefined && typeof record.text === "string")
      found.push({ path: at, value: record.text, span });
    if (span !== undefined && typeof record.title === "string")
      found.push({ path: at, value: record.title, span });
    if (typeof record.headline === "string" && record.headlineSpan !== undefined)
      found.push({
        path: `${at}/headline`,
        value: record.headline,
        span: record.headlineSpan as { start: number; end: number },
      });
    for (const [key, value] of Object.entries(record)) visit(value, `${at}/${key}`);
  };
  visit(result.article, "article");
  for (const [index, statement] of result.statements.entries()) visit(statement, `statements/${index}`);
  return found;
}

/** The characters of `text` that no headline, paragraph, credit or furniture span covers, other than white space. */
export function uncovered(text: string, result: ExtractResult): { at: number; char: string }[] {
  const covered = new Uint8Array(text.length);
  const cover = (span: { start: number; end: number } | undefined) => {
    if (span !== undefined) covered.fill(1, span.start, span.end);
  };
  const { article } = result;
  cover(article.headlineSpan);
  for (const paragraph of article.body.paragraphs) cover(paragraph.span);
  cover(article.credit?.span);
  cover(article.byline?.span);
  for (const line of (article.extensions?.["dev.communique:furniture"] ?? []) as {
    span: { start: number; end: number };
  }[])
    cover(line.span);
  const missing: { at: number; char: string }[] = [];
  for (let at = 0; at < text.length; at++)
    if (covered[at] === 0 && !/\s/.test(text[at] as string)) missing.push({ at, char: text[at] as string });
  return missing;
}
