// The official JSON-Schema-Test-Suite's required tests run through ajv alone, as a library user
// would call it (strict off, formats as annotations, the suite's remotes added by their URLs), for
// comparison with `communique validate` (tests/cli/json-schema-suite.test.ts). Prints per draft:
// tests passed, with and without the groups that need remote references.
//
// node bench/json-schema-suite.mjs [--failures]   (--failures: also list each failing test)
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import Ajv from "ajv";
import Ajv2019 from "ajv/dist/2019.js";
import Ajv2020 from "ajv/dist/2020.js";

const suite = path.resolve(
  fileURLToPath(import.meta.url),
  "../../../shared/reference/json-schema-test-suite",
);
const DRAFTS = { draft7: Ajv, "draft2019-09": Ajv2019, "draft2020-12": Ajv2020 };

function remotes(folder, prefix = "") {
  const found = [];
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const file = path.join(folder, entry.name);
    if (entry.isDirectory()) found.push(...remotes(file, `${prefix}${entry.name}/`));
    else if (entry.name.endsWith(".json"))
      found.push({
        url: `http://localhost:1234/${prefix}${entry.name}`,
        schema: JSON.parse(readFileSync(file, "utf8")),
      });
  }
  return found;
}

const usesRemote = (group) => JSON.stringify(group.schema).includes("localhost:1234");

const failures = [];
for (const [draft, AjvClass] of Object.entries(DRAFTS)) {
  const counts = { passed: 0, total: 0, localPassed: 0, localTotal: 0 };
  const folder = path.join(suite, "tests", draft);
  for (const name of readdirSync(folder).filter((file) => file.endsWith(".json"))) {
    for (const group of JSON.parse(readFileSync(path.join(folder, name), "utf8"))) {
      const ajv = new AjvClass({ strict: false, validateFormats: false, logger: false });
      for (const { url, schema } of remotes(path.join(suite, "remotes"))) {
        try {
          ajv.addSchema(schema, url);
        } catch {
          // A remote of another draft, or one already known by its $id.
        }
      }
      let validate;
      try {
        validate = ajv.compile(group.schema);
      } catch {
        validate = undefined;
      }
      for (const test of group.tests) {
        let passed = false;
        try {
          passed = validate !== undefined && validate(test.data) === test.valid;
        } catch {
          passed = false;
        }
        if (!passed) failures.push({ draft, file: name, group: group.description, test: test.description });
        counts.total += 1;
        counts.passed += passed ? 1 : 0;
        if (!usesRemote(group)) {
          counts.localTotal += 1;
          counts.localPassed += passed ? 1 : 0;
        }
      }
    }
  }
  console.log(
    `${draft}: ajv alone passes ${counts.passed}/${counts.total} required tests ` +
      `(${counts.localPassed}/${counts.localTotal} without the remote-ref groups)`,
  );
}
if (process.argv[2] === "--failures") console.log(JSON.stringify(failures, null, 1));
