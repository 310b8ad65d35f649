import { readdirSync, readFileSync } from "node:fs";
import { builtinModules } from "node:module";
import path from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { ROOT } from "./support/models.js";

// What `npm install <package>` gives a user is what its package.json declares; the workspace hoists
// everything into one node_modules, so an import of something undeclared works here and fails
// there (ERR_MODULE_NOT_FOUND). Each published package's built files are read for the modules they
// import, and every one must be declared (or be Node's own, or the package itself).

interface Manifest {
  name: string;
  private?: boolean;
  dependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
}

const packagesDir = path.join(ROOT, "packages");
const published = readdirSync(packagesDir)
  .map((dir) => ({
    dir: path.join(packagesDir, dir),
    manifest: JSON.parse(readFileSync(path.join(packagesDir, dir, "package.json"), "utf8")) as Manifest,
  }))
  .filter(({ manifest }) => manifest.private !== true);

function builtFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.(c|m)?js$/.test(entry.name) && !entry.name.includes(".test."))
    .map((entry) => path.join(entry.parentPath, entry.name));
}

/** The package a specifier names: `@scope/name/sub` → `@scope/name`; relative and Node's own → undefined. */
function packageOf(specifier: string): string | undefined {
  if (specifier.startsWith(".") || specifier.startsWith("/") || specifier.startsWith("node:"))
    return undefined;
  const parts = specifier.split("/");
  const name = specifier.startsWith("@") ? parts.slice(0, 2).join("/") : (parts[0] as string);
  return builtinModules.includes(name) ? undefined : name;
}

function importedPackages(file: string): Set<string> {
  const source = readFileSync(file, "utf8");
  const { importedFiles } = ts.preProcessFile(source, true, true);
  const found = new Set<string>();
  for (const { fileName } of importedFiles) {
    const name = packageOf(fileName);
    if (name !== undefined) found.add(name);
  }
  return found;
}

describe("every module a published package imports is declared in its package.json", () => {
  it("finds the public packages", () => {
    expect(published.map(({ manifest }) => manifest.name).sort()).toEqual([
      "@communique/codegen",
      "@communique/compat",
      "@communique/core",
      "@communique/extract",
      "@communique/interop",
      "@communique/joint-statement",
      "@communique/news-article",
      "@communique/release-guard",
      "communique",
    ]);
  });

  it.each(published.map(({ dir, manifest }) => [manifest.name, dir, manifest] as const))(
    "%s",
    (name, dir, manifest) => {
      const declared = new Set([
        name,
        ...Object.keys(manifest.dependencies ?? {}),
        ...Object.keys(manifest.peerDependencies ?? {}),
        ...Object.keys(manifest.optionalDependencies ?? {}),
      ]);
      const files = builtFiles(path.join(dir, "dist"));
      expect(files.length, `${name} is built`).toBeGreaterThan(0);
      const undeclared = files.flatMap((file) =>
        [...importedPackages(file)]
          .filter((imported) => !declared.has(imported))
          .map((imported) => `${path.relative(dir, file)} imports ${imported}`),
      );
      expect(undeclared).toEqual([]);
    },
  );

  it("reads every kind of import a built file can hold", () => {
    const sample = [
      'import a from "@scope/pkg/sub.js";',
      'export { b } from "plain";',
      'const c = await import("dynamic");',
      'const d = require("required");',
      'import "node:fs"; import e from "path"; import f from "./local.js";',
    ].join("\n");
    const { importedFiles } = ts.preProcessFile(sample, true, true);
    expect(importedFiles.map(({ fileName }) => packageOf(fileName)).filter(Boolean)).toEqual([
      "@scope/pkg",
      "plain",
      "dynamic",
      "required",
    ]);
  });
});
