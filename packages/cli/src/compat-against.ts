import { bumpFor, describeChange, type Policy } from "@communique/compat";
import type { PackageVerdict } from "@communique/release-guard";
import { ExitCode } from "./errors.js";
import { importOptional } from "./optional-package.js";

/** How `compat --against` prints: in words, as JSON, or as GitHub annotations. */
export type AgainstFormat = "pretty" | "json" | "github";

/**
 * `communique compat --against <ref>` (or the latest release tag): every model package of the
 * repository against the ref, under its policy (or `policy` for all), and the pending changesets.
 */
export async function againstRef(
  ref: string | undefined,
  format: AgainstFormat,
  policy: Policy | undefined,
): Promise<number> {
  const guard = await importOptional("@communique/release-guard", () => import("@communique/release-guard"));
  if (guard === undefined) return ExitCode.error;
  const { allHold, checkAgainst, latestReleaseTag, repositoryRoot } = guard;
  const root = await repositoryRoot(process.cwd());
  const against = ref ?? (await latestReleaseTag(root));
  if (against === undefined) {
    const reason = "no release tag yet, so nothing to compare against";
    if (format === "json")
      console.log(JSON.stringify({ against: null, holds: true, packages: [], reason }, null, 2));
    else if (format === "github") console.log(`::notice title=communique compat::${reason}`);
    else console.log(`communique compat: ${reason}`);
    return ExitCode.valid;
  }
  const verdicts = await checkAgainst(root, against, policy === undefined ? {} : { policy });
  const holds = allHold(verdicts);
  if (format === "json") console.log(JSON.stringify({ against, holds, packages: verdicts }, null, 2));
  else if (format === "github") printGithub(verdicts, holds);
  else printPretty(verdicts, against);
  return holds ? ExitCode.valid : ExitCode.invalid;
}

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? "" : "s"}`;

function printPretty(verdicts: readonly PackageVerdict[], against: string): void {
  for (const verdict of verdicts) {
    const { package: pkg } = verdict;
    const ok = verdict.violations.length === 0 && verdict.underBumped.length === 0;
    if (verdict.newSince !== undefined) {
      console.log(`✓ ${pkg.name}: ${pkg.schemaFile} is new since ${against}`);
      continue;
    }
    console.log(
      `${ok ? "✓" : "✗"} ${pkg.name} (${pkg.policy} against ${verdict.refs.join(", ")}): ${plural(verdict.changes.length, "change")}`,
    );
    for (const { ref, change } of verdict.violations)
      console.log(`  ✗ ${describeChange(change)} [${change.direction}] breaks ${pkg.policy} against ${ref}`);
    for (const { ref, change } of verdict.breaking)
      console.log(
        `  ! ${describeChange(change)} [${change.direction}] breaks ${pkg.policy} against ${ref}: released as a major version`,
      );
    for (const change of verdict.underBumped) {
      console.log(
        `  ✗ ${describeChange(change)} needs a ${bumpFor(change)} changeset for ${pkg.name}; pending: ${verdict.pendingBump}`,
      );
    }
    const reported = new Set(
      [...verdict.violations, ...verdict.breaking].map((v) => v.change).concat(verdict.underBumped),
    );
    for (const change of verdict.changes)
      if (!reported.has(change)) console.log(`  · ${describeChange(change)} [${change.direction}]`);
    if (verdict.violations.length > 0)
      console.log(
        `  To make this breaking change on purpose, release ${pkg.name} as a new major version: add a major changeset for it (npx changeset).`,
      );
  }
}

function printGithub(verdicts: readonly PackageVerdict[], holds: boolean): void {
  for (const verdict of verdicts) {
    const { package: pkg } = verdict;
    for (const { ref, change } of verdict.violations) {
      console.log(
        `::error file=${pkg.schemaFile},title=${pkg.policy} ${change.rule}::${describeChange(change)} breaks ${pkg.policy} against ${ref}; to make it on purpose, add a major changeset for ${pkg.name}`,
      );
    }
    for (const { ref, change } of verdict.breaking) {
      console.log(
        `::warning file=${pkg.schemaFile},title=${pkg.policy} ${change.rule}::${describeChange(change)} breaks ${pkg.policy} against ${ref}, released as a major version`,
      );
    }
    for (const change of verdict.underBumped) {
      console.log(
        `::error file=${pkg.schemaFile},title=changeset needed::${describeChange(change)} needs a ${bumpFor(change)} changeset for ${pkg.name}; pending: ${verdict.pendingBump}`,
      );
    }
  }
  console.log(
    `::notice title=communique compat::${plural(verdicts.length, "package")} checked, ${holds ? "all hold" : "some fail"}`,
  );
}
