import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { type Change, diffSchemas, type Policy, violations } from "../src/index.js";

interface Fixture {
  description: string;
  before: unknown;
  after: unknown;
  changes: Pick<Change, "rule" | "path" | "direction">[];
  compatible: Record<"BACKWARD" | "FORWARD" | "FULL", boolean>;
}

const dir = path.join(path.dirname(fileURLToPath(import.meta.url)), "fixtures");
const fixtures = readdirSync(dir)
  .filter((file) => file.endsWith(".json"))
  .sort()
  .map(
    (file) =>
      [
        file.replace(/\.json$/, ""),
        JSON.parse(readFileSync(path.join(dir, file), "utf8")) as Fixture,
      ] as const,
  );

const byPath = (a: { path: string; rule: string }, b: { path: string; rule: string }) =>
  a.path.localeCompare(b.path) || a.rule.localeCompare(b.rule);

describe("diffSchemas on fixture pairs", () => {
  it("has at least 40 pairs", () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(40);
  });

  it.each(fixtures)("%s: finds exactly the expected changes", (_name, fixture) => {
    const found = diffSchemas(fixture.before, fixture.after).map(({ rule, path, direction }) => ({
      rule,
      path,
      direction,
    }));
    expect(found.sort(byPath)).toEqual([...fixture.changes].sort(byPath));
  });

  it.each(fixtures)("%s: gives the expected verdict under each policy", (_name, fixture) => {
    const changes = diffSchemas(fixture.before, fixture.after);
    const verdicts = Object.fromEntries(
      (["BACKWARD", "FORWARD", "FULL"] as Policy[]).map((policy) => [
        policy,
        violations(changes, policy).length === 0,
      ]),
    );
    expect(verdicts).toEqual(fixture.compatible);
  });

  it.each(fixtures)("%s: comparing a schema with itself finds nothing", (_name, fixture) => {
    expect(diffSchemas(fixture.after, structuredClone(fixture.after))).toEqual([]);
  });
});
