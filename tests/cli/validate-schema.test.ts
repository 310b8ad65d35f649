import path from "node:path";
import { describe, expect, it } from "vitest";
import { communique, hasStackTrace, scratch } from "../support/cli.js";
import { inProcess } from "../support/in-process.js";

// `communique validate --schema FILE`: a user's own schemas, in any draft, over several files.
// The cases run in this process; one spawn shows what a CI job sees of a broken schema.

const files = scratch("schema-file");
const json = (value: unknown) => JSON.stringify(value, null, 2);
const data = {
  object: files.file("data/object.json", json({ a: 1 })),
  person: files.file("data/person.json", json({ name: "Ada", address: { street: "Main St" } })),
  tuple: files.file("data/tuple.json", json([1, "two"])),
  email: files.file("data/email.json", json("not an address")),
  small: files.file("data/small.json", json({ a: 0 })),
};

describe("validate --schema FILE: boolean schemas", () => {
  it.each([
    ["true accepts anything", "true", 0],
    ["false refuses anything", "false", 1],
    ["false as a subschema refuses the property", json({ properties: { a: false } }), 1],
    ["true as a subschema accepts the property", json({ properties: { a: true } }), 0],
  ])("%s", async (_case, schema, code) => {
    const file = files.file(`boolean-${code}-${schema.length}.json`, schema);
    const run = await inProcess(["validate", "--schema", file, data.object]);
    expect(run.code).toBe(code);
    expect(run.stderr).toBe("");
  });
});

describe("validate --schema FILE: schemas in several files", () => {
  it("resolves a $ref relative to the referring file, into a YAML file, and reports the issue", async () => {
    files.file(
      "relative/person.schema.json",
      json({ type: "object", properties: { address: { $ref: "parts/address.schema.yaml" } } }),
    );
    files.file("relative/parts/address.schema.yaml", "type: object\nrequired: [city]\n");
    const run = await inProcess([
      "validate",
      "--schema",
      path.join(files.dir, "relative/person.schema.json"),
      data.person,
    ]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('/address  missing required property "city"');
  });

  it("resolves a $ref through the $id of the referring schema to the file beside it", async () => {
    files.file(
      "by-id/person.json",
      json({
        $schema: "https://json-schema.org/draft/2020-12/schema",
        $id: "https://example.com/schemas/person.json",
        properties: { address: { $ref: "address.json" } },
      }),
    );
    files.file(
      "by-id/address.json",
      json({ $id: "https://example.com/schemas/address.json", type: "object", required: ["city"] }),
    );
    const run = await inProcess([
      "validate",
      "--schema",
      path.join(files.dir, "by-id/person.json"),
      data.person,
    ]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('missing required property "city"');
  });

  it("names the reference, the file and the line of a $ref it cannot resolve, and resolves it with --ref", async () => {
    const schema = files.file(
      "remote/schema.json",
      json({ type: "object", properties: { address: { $ref: "https://example.org/shared/address.json" } } }),
    );
    const elsewhere = files.file(
      "elsewhere/address.json",
      json({ $id: "https://example.org/shared/address.json", required: ["city"] }),
    );
    const missing = await inProcess(["validate", "--schema", schema, data.person]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(
      /remote\/schema\.json:5:\d+: cannot resolve "\$ref": "https:\/\/example\.org\/shared\/address\.json"/,
    );
    expect(missing.stdout).toBe("");
    const byFile = await inProcess(["validate", "--schema", schema, "--ref", elsewhere, data.person]);
    expect(byFile.code).toBe(1);
    expect(byFile.stdout).toContain('missing required property "city"');
    const byFolder = await inProcess([
      "validate",
      "--schema",
      schema,
      "--ref",
      path.dirname(elsewhere),
      data.person,
    ]);
    expect(byFolder.code).toBe(1);
  });

  it("preloads files without $id under --base-uri plus their path in the --ref folder", async () => {
    const schema = files.file("base/schema.json", json({ $ref: "http://localhost:1234/nested/small.json" }));
    const folder = path.join(files.dir, "served");
    files.file("served/nested/small.json", json({ properties: { a: { minimum: 1 } } }));
    const run = await inProcess([
      "validate",
      "--schema",
      schema,
      "--ref",
      folder,
      "--base-uri",
      "http://localhost:1234/",
      data.small,
    ]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain("/a  must be >= 1");
  });
});

describe("validate --schema FILE: drafts", () => {
  it.each([
    [
      "draft-04 (boolean exclusiveMinimum)",
      {
        $schema: "http://json-schema.org/draft-04/schema#",
        properties: { a: { minimum: 1, exclusiveMinimum: true } },
      },
      data.object,
      1,
    ],
    [
      "draft-06",
      { $schema: "http://json-schema.org/draft-06/schema#", properties: { a: { const: 1 } } },
      data.object,
      0,
    ],
    [
      "draft-07 spelled https",
      { $schema: "https://json-schema.org/draft-07/schema#", properties: { a: { const: 2 } } },
      data.object,
      1,
    ],
    [
      "2019-09",
      { $schema: "https://json-schema.org/draft/2019-09/schema", dependentRequired: { a: ["b"] } },
      data.object,
      1,
    ],
    [
      "2020-12 spelled http",
      {
        $schema: "http://json-schema.org/draft/2020-12/schema",
        prefixItems: [{ type: "integer" }, { type: "string" }],
        items: false,
      },
      data.tuple,
      0,
    ],
  ])("%s", async (_case, schema, input, code) => {
    const file = files.file(`draft-${_case.replace(/\W+/g, "-")}.json`, json(schema));
    const run = await inProcess(["validate", "--schema", file, input]);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(code);
  });

  it("refuses an unknown $schema, naming the drafts it knows", async () => {
    const file = files.file(
      "unknown-draft.json",
      json({ $schema: "http://json-schema.org/draft-03/schema#" }),
    );
    const run = await inProcess(["validate", "--schema", file, data.object]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(
      /unknown-draft\.json:2:\d+: unknown "\$schema" .*draft-03.*draft-04, draft-06, draft-07, 2019-09, 2020-12/,
    );
  });

  it("warns when a schema without $schema uses later keywords, and reads it as --spec says", async () => {
    const file = files.file(
      "no-draft.json",
      json({ prefixItems: [{ type: "integer" }, { type: "string" }], items: false }),
    );
    const guessed = await inProcess(["validate", "--schema", file, data.tuple]);
    expect(guessed.stderr).toContain('no "$schema", so it is read as draft-07, but it uses prefixItems');
    expect(guessed.stderr).toContain("--spec 2020-12");
    expect(guessed.code).toBe(1);
    const told = await inProcess(["validate", "--schema", file, "--spec", "2020-12", data.tuple]);
    expect(told.stderr).toBe("");
    expect(told.code).toBe(0);
  });
});

describe("validate --schema FILE: formats", () => {
  const schema = files.file("email.json", json({ type: "string", format: "email" }));
  it.each([
    [[], 1],
    [["--formats", "assert"], 1],
    [["--formats", "annotate"], 0],
  ])("%j", async (options, code) => {
    const run = await inProcess(["validate", "--schema", schema, ...options, data.email]);
    expect(run.code).toBe(code);
  });

  it("warns of a format it cannot check", async () => {
    const file = files.file("idn.json", json({ type: "string", format: "idn-email" }));
    const run = await inProcess(["validate", "--schema", file, data.email]);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain('unknown format "idn-email"');
  });
});

describe("validate --schema FILE: errors blame the schema", () => {
  it.each([
    [
      "a schema that applies itself without end",
      json({ anyOf: [{ $ref: "#" }] }),
      /recursion\.json: checking a value against the schema recursed without end/,
    ],
    [
      "a schema its meta-schema refuses",
      json({ properties: { a: { type: "strnig" } } }),
      /meta\.json:4:\d+: invalid draft-07 schema: \/properties\/a\/type must be equal to one of the allowed values/,
    ],
  ])("%s", async (name, schema, message) => {
    const file = files.file(name.includes("meta") ? "meta.json" : "recursion.json", schema);
    const run = await inProcess(["validate", "--schema", file, data.object]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(message);
    expect(run.stdout + run.stderr).not.toContain("nested too deeply");
    expect(run.stderr.trim().split("\n")).toHaveLength(1);
  });

  it.each([["1"], ["2"]])(
    "blames the schema when it recurses only on some document (--jobs %s)",
    async (jobs) => {
      const schema = files.file(
        "loops-on.json",
        '{"if": {"const": "loop"}, "then": {"anyOf": [{"$ref": "#"}]}}',
      );
      const many = scratch("schema-loop");
      for (let i = 0; i < 140; i++)
        many.file(`${String(i).padStart(3, "0")}.json`, json(i === 70 ? "loop" : i));
      const run = await inProcess(["validate", "--schema", schema, "--jobs", jobs, many.dir]);
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(/loops-on\.json: checking a value against the schema recursed without end/);
      expect(run.stderr).not.toContain("internal error");
    },
  );

  it("writes a JSON report with the error under --format json, for a usage error too", async () => {
    const bad = await inProcess([
      "validate",
      "--schema",
      data.object,
      "--spec",
      "draft-99",
      "-f",
      "json",
      data.object,
    ]);
    expect(bad.code).toBe(2);
    expect(JSON.parse(bad.stdout).error).toEqual({
      code: "usage",
      message: expect.stringContaining('unknown --spec "draft-99"'),
    });
  });

  it("as a process: exit 2 and a JSON report naming the schema file and line", async () => {
    const file = files.file("ci.json", json({ $schema: "https://example.com/my-draft" }));
    const run = await communique(["validate", "--schema", file, "--format", "json", data.object]);
    expect(run.code).toBe(2);
    const report = JSON.parse(run.stdout);
    expect(report.error).toEqual({
      code: "schema",
      file,
      line: 2,
      column: expect.any(Number),
      message: expect.stringContaining('unknown "$schema"'),
    });
    expect(report.summary).toEqual({ inputs: 0, documents: 0, valid: 0, invalid: 0, problems: 0 });
    expect(hasStackTrace(run.stderr)).toBe(false);
  });
});
