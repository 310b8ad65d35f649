// The practical limit for validating files: read, JSON.parse and run the precompiled validator,
// on one core, with no reporting. Usage: node bare-loop.mjs DIR
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { validateNewsArticle } from "@communique/news-article";

const dir = process.argv[2];
let invalid = 0;
for (const name of readdirSync(dir).sort()) {
  if (!name.endsWith(".json")) continue;
  if (!validateNewsArticle(JSON.parse(readFileSync(path.join(dir, name), "utf8"))).ok) invalid += 1;
}
process.exitCode = invalid > 0 ? 1 : 0;
