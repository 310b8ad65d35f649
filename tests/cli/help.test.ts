import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { COMMANDS } from "../../packages/cli/src/usage.js";
import { communique } from "../support/cli.js";
import { inProcess } from "../support/in-process.js";
import { ROOT } from "../support/models.js";

// Help comes from the table each command parses its options with (packages/cli/src/usage.ts).

const names = Object.keys(COMMANDS) as (keyof typeof COMMANDS)[];

describe("communique <command> --help", () => {
  it.each(names)(
    "%s --help prints the command's usage, every option of its table, and exits 0",
    async (name) => {
      const run = await inProcess([name, "--help"]);
      expect(run.code).toBe(0);
      expect(run.stderr).toBe("");
      expect(run.stdout).toMatch(new RegExp(`^Usage: communique ${name} `));
      for (const [option, usage] of Object.entries(COMMANDS[name].options)) {
        const short = "short" in usage ? `-${usage.short}, ` : "";
        expect(run.stdout).toContain(`${short}--${option}`);
      }
      expect((await inProcess([name, "-h"])).stdout).toBe(run.stdout);
      expect((await inProcess(["help", name])).stdout).toBe(run.stdout);
    },
  );

  it("lists every command in the overview", async () => {
    const run = await inProcess(["--help"]);
    expect(run.code).toBe(0);
    for (const name of names) expect(run.stdout).toContain(`\n  ${name} `);
  });

  it("parses every command's options from the table, never from a table of its own", () => {
    const folder = path.join(ROOT, "packages/cli/src");
    const calls = readdirSync(folder)
      .filter((file) => file.endsWith("-command.ts"))
      .flatMap((file) => [
        ...readFileSync(path.join(folder, file), "utf8").matchAll(/parseCommandArgs\(args, ([^)]*)\)/g),
      ])
      .map((match) => match[1]);
    expect(calls.length).toBeGreaterThanOrEqual(names.length);
    for (const call of calls) expect(call).toMatch(/^COMMANDS(\.[a-z]+|\["[a-z-]+"\])\.options$/);
  });
});

describe("a usage error is one line and where to read more", () => {
  it.each([
    [
      ["validate", "--frobnicate", "x.json"],
      /^communique: Unknown option '--frobnicate'.*\nsee 'communique validate --help'\n$/,
    ],
    [
      ["check-schema"],
      /^communique: check-schema needs at least one schema file\nsee 'communique check-schema --help'\n$/,
    ],
    [
      ["extract", "--format", "xml", "x.txt"],
      /^communique: unknown format "xml".*\nsee 'communique extract --help'\n$/,
    ],
    [["convert", "x.json"], /^communique: convert needs --to .*\nsee 'communique convert --help'\n$/],
    [["transmogrify"], /^communique: unknown command "transmogrify"\nsee 'communique --help'\n$/],
    [[], /^communique: no command given\nsee 'communique --help'\n$/],
  ])("%j", async (args, message) => {
    const run = await inProcess(args);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toMatch(message);
  });

  it("as a process: exit 2, two lines on standard error", async () => {
    const run = await communique(["validate", "--jobs", "0", "x.json"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      "communique: --jobs needs a positive whole number, not \"0\"\nsee 'communique validate --help'\n",
    );
  });
});
