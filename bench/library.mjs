// Per-document throughput of the library's validateNewsArticle against ajv compiling the same
// schema at run time, @cfworker/json-schema and @hyperjump/json-schema, on the seed article (valid)
// and on a copy with one misspelt property (invalid).
import { readFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { Validator } from "@cfworker/json-schema";
import { validateNewsArticle } from "@communique/news-article";
import { validate as hyperjumpValidate, registerSchema } from "@hyperjump/json-schema/draft-07";
import { Ajv } from "ajv";
import formats from "ajv-formats";
import { fmt, ROOT, table } from "./measure.mjs";

function opsPerSecond(check, document, budgetMs = 1500) {
  for (let i = 0; i < 2_000; i++) check(document);
  let n = 0;
  const start = performance.now();
  while (performance.now() - start < budgetMs) {
    for (let i = 0; i < 500; i++) check(document);
    n += 500;
  }
  return (n / (performance.now() - start)) * 1000;
}

export async function benchLibrary() {
  const schema = JSON.parse(
    readFileSync(path.join(ROOT, "packages/news-article/schema/news-article.schema.json"), "utf8"),
  );
  const valid = JSON.parse(readFileSync(path.join(ROOT, "examples/seed/news-article.json"), "utf8"));
  const invalid = { ...valid, headlin: valid.headline };

  const compileStart = performance.now();
  const ajv = new Ajv({ allErrors: true });
  formats.default(ajv);
  const ajvValidate = ajv.compile(schema);
  const ajvCompileMs = performance.now() - compileStart;
  const cfworker = new Validator(schema, "7", false);
  registerSchema(schema);
  const hyperjump = await hyperjumpValidate(schema.$id);

  const candidates = {
    "communique validateNewsArticle (precompiled + model rules)": (d) => validateNewsArticle(d).ok,
    "ajv, compiled at run time (allErrors)": (d) => ajvValidate(d),
    "@cfworker/json-schema": (d) => cfworker.validate(d).valid,
    "@hyperjump/json-schema": (d) => hyperjump(d).valid,
  };
  for (const [name, check] of Object.entries(candidates)) {
    if (check(valid) !== true || check(invalid) !== false) throw new Error(`${name} disagrees on the seed`);
  }
  const rows = [];
  const ours = {};
  for (const [name, check] of Object.entries(candidates)) {
    const v = opsPerSecond(check, valid);
    const i = opsPerSecond(check, invalid);
    ours[name] ??= { v, i };
    rows.push([name, fmt(v), fmt(i)]);
  }
  const [base] = Object.values(ours);
  for (const row of rows) {
    const { v, i } = ours[row[0]];
    row.push(`${fmt(base.v / v, 2)}x`, `${fmt(base.i / i, 2)}x`);
  }
  console.log("\n## Library, one document at a time (seed article)\n");
  table([
    ["validator", "valid docs/s", "invalid docs/s", "ours faster (valid)", "ours faster (invalid)"],
    ...rows,
  ]);
  console.log(
    `\najv compiles the schema in ${fmt(ajvCompileMs)} ms at run time; communique's validator is compiled at build time.`,
  );
  return {
    ratios: Object.fromEntries(Object.entries(ours).map(([name, { v }]) => [name, base.v / v])),
    ajvCompileMs,
  };
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href)
  await benchLibrary();
