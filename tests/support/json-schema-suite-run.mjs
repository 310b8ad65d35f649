// Runs files of the official JSON-Schema-Test-Suite through `communique validate`, in one process:
// each group's schema is written to a file and its instances to an NDJSON file, one a line, and the
// command's own entry point (the `main` the `communique` binary calls) checks them with
// `--format json`. Prints one JSON line per group: the verdict for each test, in order.
//
// node json-schema-suite-run.mjs <draft> <assert|annotate> <remotes folder> <scratch folder> <suite file>...
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { main } from "communique";

const [draft, formats, remotes, scratch, ...suiteFiles] = process.argv.slice(2);
mkdirSync(scratch, { recursive: true });
const out = process.stdout.write.bind(process.stdout);

for (const suiteFile of suiteFiles) {
  const groups = JSON.parse(readFileSync(suiteFile, "utf8"));
  for (const [index, group] of groups.entries()) {
    const stem = path.join(scratch, `${path.basename(suiteFile, ".json")}-${index}`);
    writeFileSync(`${stem}.schema.json`, JSON.stringify(group.schema));
    writeFileSync(`${stem}.ndjson`, `${group.tests.map((test) => JSON.stringify(test.data)).join("\n")}\n`);
    const args = ["validate", "--schema", `${stem}.schema.json`, "--spec", draft, "--formats", formats];
    args.push("--ref", remotes, "--base-uri", "http://localhost:1234/", "--format", "json", "--jobs", "1");
    const { code, stdout, stderr } = await captured(() => main([...args, `${stem}.ndjson`]));
    const verdicts = group.tests.map(() => "valid");
    let error;
    try {
      const report = JSON.parse(stdout);
      error = report.error?.message;
      for (const input of report.inputs) {
        for (const failure of input.failures) verdicts[failure.line - 1] = "invalid";
        for (const problem of input.problems) verdicts[(problem.line ?? 1) - 1] = `error: ${problem.reason}`;
      }
    } catch {
      error = `no JSON report (exit ${code}): ${stderr.trim() || stdout.trim()}`;
    }
    const result = { file: suiteFile, group: group.description, code, tests: [] };
    group.tests.forEach((test, i) => {
      const verdict = error === undefined ? verdicts[i] : `error: ${error}`;
      result.tests.push({ description: test.description, expected: test.valid, verdict });
    });
    out(`${JSON.stringify(result)}\n`);
  }
}

/** Runs `run` with what it writes to standard output and standard error collected instead. */
async function captured(run) {
  const stdout = [];
  const stderr = [];
  const original = { out: process.stdout.write, err: process.stderr.write };
  const collect = (into) => (chunk, encoding, callback) => {
    into.push(String(chunk));
    const done = typeof encoding === "function" ? encoding : callback;
    if (done) done();
    return true;
  };
  process.stdout.write = collect(stdout);
  process.stderr.write = collect(stderr);
  try {
    const code = await run();
    return { code, stdout: stdout.join(""), stderr: stderr.join("") };
  } finally {
    process.stdout.write = original.out;
    process.stderr.write = original.err;
  }
}
