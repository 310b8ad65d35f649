// The practical limit for validating files: read, JSON.parse and run the precompiled validator,
// with no reporting. Usage: node bare-loop.mjs DIR [--threads N] [--schema-only]
// With --threads N the sorted file list is cut into N equal parts, one per thread (this one and
// N - 1 workers); --schema-only runs the generated schema validator alone, without the model rules
// `validateNewsArticle` adds (what ajv-cli checks).
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { isMainThread, parentPort, Worker, workerData } from "node:worker_threads";
import { validateNewsArticle } from "@communique/news-article";
// The generated schema validator is not part of the package's exports; the benchmark reads it in place.
import { validate as validateSchema } from "../packages/news-article/dist/generated/validator.js";

function countInvalid(dir, names, schemaOnly) {
  let invalid = 0;
  for (const name of names) {
    const document = JSON.parse(readFileSync(path.join(dir, name), "utf8"));
    const valid = schemaOnly ? validateSchema(document) : validateNewsArticle(document).ok;
    if (!valid) invalid += 1;
  }
  return invalid;
}

if (isMainThread) {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      threads: { type: "string", default: "1" },
      "schema-only": { type: "boolean", default: false },
    },
  });
  const [dir] = positionals;
  const threads = Number(values.threads);
  const schemaOnly = values["schema-only"];
  const names = readdirSync(dir)
    .filter((name) => name.endsWith(".json"))
    .sort();
  const size = Math.ceil(names.length / threads);
  const parts = Array.from({ length: threads }, (_, i) => names.slice(i * size, (i + 1) * size));
  const workers = parts.slice(1).map(
    (part) =>
      new Promise((resolve, reject) => {
        const worker = new Worker(new URL(import.meta.url), { workerData: { dir, names: part, schemaOnly } });
        worker.once("message", resolve);
        worker.once("error", reject);
      }),
  );
  let invalid = countInvalid(dir, parts[0], schemaOnly);
  for (const count of await Promise.all(workers)) invalid += count;
  process.exitCode = invalid > 0 ? 1 : 0;
} else {
  const { dir, names, schemaOnly } = workerData;
  parentPort.postMessage(countInvalid(dir, names, schemaOnly));
}
