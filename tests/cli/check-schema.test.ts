import path from "node:path";
import { describe, expect, it } from "vitest";
import { scratch } from "../support/cli.js";
import { inProcess } from "../support/in-process.js";

// `communique check-schema`: schemas against their draft's meta-schema, each problem at its place.

const files = scratch("check-schema");
const good = files.file(
  "good.schema.json",
  JSON.stringify({ $schema: "https://json-schema.org/draft/2020-12/schema", type: "object" }),
);
const bad = files.file(
  "bad.schema.json",
  `{
  "$schema": "http://json-schema.org/draft-07/schema#",
  "properties": {
    "a": { "type": "strnig" },
    "b": { "minimum": "one" }
  }
}
`,
);
const yaml = files.file("bad.schema.yaml", "type: object\nrequired: name\n");
const dangling = files.file("dangling.schema.json", JSON.stringify({ $ref: "other.json" }, null, 2));

describe("communique check-schema", () => {
  it("passes a valid schema and exits 0", async () => {
    const run = await inProcess(["check-schema", good]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`✓ ${good}: valid 2020-12 schema`);
  });

  it("reports each problem at file:line:col, in JSON and YAML, and exits 1", async () => {
    const run = await inProcess(["check-schema", bad, yaml, good]);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(
      new RegExp(
        `${escapeRegExp(bad)}:4:\\d+  /properties/a/type must be equal to one of the allowed values`,
      ),
    );
    expect(run.stdout).toMatch(
      new RegExp(`${escapeRegExp(bad)}:5:\\d+  /properties/b/minimum must be number`),
    );
    expect(run.stdout).toMatch(new RegExp(`${escapeRegExp(yaml)}:2:\\d+  /required must be array`));
    expect(run.stdout).toContain("3 schemas: 1 valid, 2 invalid");
  });

  it("compiles the schema: a reference that leads nowhere is a problem at its line", async () => {
    const run = await inProcess(["check-schema", "-f", "json", dangling]);
    expect(run.code).toBe(1);
    const [verdict] = JSON.parse(run.stdout).schemas;
    expect(verdict).toEqual({
      file: dangling,
      draft: "draft-07",
      readable: true,
      problems: [
        {
          file: dangling,
          line: 2,
          column: expect.any(Number),
          message: expect.stringContaining('cannot resolve "$ref": "other.json"'),
        },
      ],
    });
  });

  it("exits 2 for a file it cannot read", async () => {
    const run = await inProcess(["check-schema", path.join(files.dir, "missing.json")]);
    expect(run.code).toBe(2);
    expect(run.stdout).toContain("missing.json  cannot read the schema file");
  });
});

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
