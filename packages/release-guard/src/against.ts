import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import {
  type Bump,
  bumpCovers,
  bumpFor,
  type Change,
  diffSchemas,
  isPolicy,
  isTransitive,
  largestBump,
  type Policy,
  violations,
} from "@communique/compat";
import { pendingBumps } from "./changesets.js";
import { fileAtRef, releaseTags } from "./git.js";

/** A model package whose schema is guarded. */
export interface ModelPackage {
  name: string;
  /** The schema file, relative to the repository root. */
  schemaFile: string;
  policy: Policy;
}

/** A change a policy or the changeset rule does not allow, and against which ref. */
export interface Violation {
  ref: string;
  change: Change;
}

/** What the guard found for one package. */
export interface PackageVerdict {
  package: ModelPackage;
  /** The refs compared with; more than one for a transitive policy. */
  refs: string[];
  /** Every change against the first ref. */
  changes: Change[];
  /** Changes the policy does not allow (none when a pending changeset makes the release major). */
  violations: Violation[];
  /**
   * Changes the policy does not allow, let through because a pending changeset releases the package
   * as a new major version: a breaking change made on purpose, which consumers see in the version.
   */
  breaking: Violation[];
  /** The bump the changes need, and the one the pending changesets give. */
  requiredBump: Bump;
  pendingBump: Bump;
  /** Changes that need a larger bump than the pending changesets give. */
  underBumped: Change[];
  /** Set when the schema did not exist at the ref: nothing to compare. */
  newSince?: string;
}

/** A package.json declares what the guard cannot follow, such as an unknown policy. */
export class ManifestError extends Error {
  override readonly name = "ManifestError";
}

/** How `checkAgainst` runs. */
export interface CheckOptions {
  /** The policy for every package, instead of the one each declares. */
  policy?: Policy;
}

/** The model packages of the repository: those that declare `communique.schema` in their package.json. */
export async function modelPackages(root: string): Promise<ModelPackage[]> {
  const found: ModelPackage[] = [];
  const dirs = await readdir(path.join(root, "packages"), { withFileTypes: true }).catch(() => []);
  for (const dir of dirs.filter((d) => d.isDirectory()).sort((a, b) => a.name.localeCompare(b.name))) {
    const manifestFile = path.join(root, "packages", dir.name, "package.json");
    const manifest = JSON.parse(await readFile(manifestFile, "utf8").catch(() => "{}")) as {
      name?: string;
      communique?: { schema?: { name?: string }; compatibility?: string };
    };
    const schemaName = manifest.communique?.schema?.name;
    if (manifest.name === undefined || schemaName === undefined) continue;
    // Policy names are matched without regard to case: "backward" is BACKWARD.
    const policy = (manifest.communique?.compatibility ?? "BACKWARD").toUpperCase();
    if (!isPolicy(policy))
      throw new ManifestError(
        `${manifestFile}: unknown compatibility policy "${manifest.communique?.compatibility}"`,
      );
    found.push({
      name: manifest.name,
      schemaFile: path.posix.join("packages", dir.name, "schema", `${schemaName}.schema.json`),
      policy,
    });
  }
  return found;
}

/**
 * Compares each model package's schema in the working tree with the one committed at `ref` (and,
 * for a transitive policy, at each of the package's release tags), applies the package's policy,
 * and checks that the pending changesets bump the package enough for what changed. A pending major
 * changeset lets changes the policy forbids through (as `breaking`): that is how a breaking change
 * is released on purpose.
 */
export async function checkAgainst(
  root: string,
  ref: string,
  options: CheckOptions = {},
): Promise<PackageVerdict[]> {
  const pending = await pendingBumps(root);
  const verdicts: PackageVerdict[] = [];
  for (const declared of await modelPackages(root)) {
    const pkg = options.policy === undefined ? declared : { ...declared, policy: options.policy };
    const current = JSON.parse(await readFile(path.join(root, pkg.schemaFile), "utf8")) as unknown;
    const refs = isTransitive(pkg.policy) ? unique([ref, ...(await releaseTags(root, pkg.name))]) : [ref];
    const verdict: PackageVerdict = {
      package: pkg,
      refs,
      changes: [],
      violations: [],
      breaking: [],
      requiredBump: "none",
      pendingBump: pending.get(pkg.name) ?? "none",
      underBumped: [],
    };
    for (const [i, against] of refs.entries()) {
      const text = await fileAtRef(root, against, pkg.schemaFile);
      if (text === undefined) {
        if (i === 0) verdict.newSince = against;
        continue;
      }
      const changes = diffSchemas(JSON.parse(text), current);
      if (i === 0) verdict.changes = changes;
      verdict.violations.push(...violations(changes, pkg.policy).map((change) => ({ ref: against, change })));
    }
    if (verdict.pendingBump === "major") {
      verdict.breaking = verdict.violations;
      verdict.violations = [];
    }
    verdict.requiredBump = largestBump(verdict.changes.map(bumpFor));
    verdict.underBumped = verdict.changes.filter(
      (change) => !bumpCovers(verdict.pendingBump, bumpFor(change)),
    );
    verdicts.push(verdict);
  }
  return verdicts;
}

/** Whether every package keeps its policy and is bumped enough. */
export function allHold(verdicts: readonly PackageVerdict[]): boolean {
  return verdicts.every((verdict) => verdict.violations.length === 0 && verdict.underBumped.length === 0);
}

function unique<T>(items: T[]): T[] {
  return [...new Set(items)];
}
