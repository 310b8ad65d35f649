// Builds the benchmark corpus in bench/.corpus (ignored by git): many small article files, one
// NDJSON file of articles, and a single small file. Documents are variations of the seed article
// and of our own fixture article, with 1 in 100 made invalid.
import { createWriteStream, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, "..");
export const CORPUS = path.join(here, ".corpus");

const templates = [
  JSON.parse(readFileSync(path.join(root, "examples/seed/news-article.json"), "utf8")),
  JSON.parse(
    readFileSync(path.join(root, "packages/news-article/test/fixtures/valid/harbour-accord.json"), "utf8"),
  ),
];

/** The i-th document of the corpus: valid except every 100th, which has a misspelt property. */
export function article(i) {
  const template = templates[i % templates.length];
  const document = { ...template, id: `urn:communique:bench:${i}`, headline: `${template.headline} (${i})` };
  if (i % 100 === 99) {
    document.headlin = document.headline;
  }
  return document;
}

/** Writes `count` article files into .corpus/files (once; reused when the count matches). */
export function buildFiles(count) {
  const dir = path.join(CORPUS, `files-${count}`);
  if (existsSync(path.join(dir, ".complete"))) return dir;
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (let i = 0; i < count; i++)
    writeFileSync(path.join(dir, `${String(i).padStart(6, "0")}.json`), JSON.stringify(article(i)));
  writeFileSync(path.join(dir, ".complete"), "");
  return dir;
}

/** Writes an NDJSON file of at least `megabytes` MB (once). */
export async function buildNdjson(megabytes) {
  const file = path.join(CORPUS, `articles-${megabytes}mb.ndjson`);
  if (existsSync(file)) return file;
  mkdirSync(CORPUS, { recursive: true });
  const partial = `${file}.partial`;
  const out = createWriteStream(partial);
  let written = 0;
  for (let i = 0; written < megabytes * 1e6; i++) {
    const line = `${JSON.stringify(article(i))}\n`;
    written += Buffer.byteLength(line);
    if (!out.write(line)) await new Promise((resolve) => out.once("drain", resolve));
  }
  await new Promise((resolve) => out.end(resolve));
  const { renameSync } = await import("node:fs");
  renameSync(partial, file);
  return file;
}

/** One small valid file. */
export function buildSmallFile() {
  mkdirSync(CORPUS, { recursive: true });
  const file = path.join(CORPUS, "small.json");
  writeFileSync(file, JSON.stringify(templates[1]));
  return file;
}
