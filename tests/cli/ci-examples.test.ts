import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { inProcess } from "../support/in-process.js";
import { ROOT } from "../support/models.js";

const dir = path.join(ROOT, "examples/ci");

/** Every `npx communique …` command line in a CI example, with its arguments split as a shell would. */
function commands(file: string): string[][] {
  const found: string[][] = [];
  const visit = (node: unknown): void => {
    if (typeof node === "string") {
      const match = /npx communique ([^>|]+)/.exec(node);
      if (match?.[1] !== undefined) found.push(shellWords(match[1].trim()));
    } else if (Array.isArray(node)) node.forEach(visit);
    else if (typeof node === "object" && node !== null) Object.values(node).forEach(visit);
  };
  visit(parse(readFileSync(path.join(dir, file), "utf8")));
  return found;
}

function shellWords(line: string): string[] {
  return [...line.matchAll(/"([^"]*)"|(\S+)/g)].map((m) => m[1] ?? m[2] ?? "");
}

describe("the CI examples", () => {
  const files = readdirSync(dir).filter((file) => file.endsWith(".yml") || file.endsWith(".yaml"));
  const runs = files.flatMap((file) => commands(file).map((args) => [file, args] as const));

  it("hold a communique command in every example", () => {
    expect(new Set(runs.map(([file]) => file))).toEqual(new Set(files));
  });

  it.each(runs)("%s: `communique %s` runs and passes on the seed", async (_file, args) => {
    const hookFiles = args.includes("--quiet")
      ? ["examples/seed/news-article.json", "examples/seed/joint-statement.json"]
      : [];
    const run = await inProcess([...args, ...hookFiles]);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
  });
});
