import { readFile } from "node:fs/promises";
import {
  type Change,
  describeChange,
  diffSchemas,
  isPolicy,
  POLICIES,
  type Policy,
  violations,
} from "@communique/compat";
import { parseCommandArgs } from "./args.js";
import { againstRef } from "./compat-against.js";
import { ExitCode, UsageError } from "./errors.js";
import { decodeUtf8 } from "./source/decode.js";
import { parseJsonDocument } from "./source/json.js";
import { COMMANDS } from "./usage.js";

const FORMATS = ["pretty", "json", "github"] as const;
type Format = (typeof FORMATS)[number];

/**
 * `communique compat`: classifies the changes between two schemas and checks them against a
 * policy, or checks every model package against a git ref and the pending changesets.
 */
export async function compatCommand(args: readonly string[]): Promise<number> {
  const { values, positionals } = parseOptions(args);
  const format = (values.format ?? "pretty") as Format;
  if (!FORMATS.includes(format))
    throw new UsageError(`unknown format "${format}"; use ${FORMATS.join(", ")}`);
  // Policy names are matched without regard to case: "backward" is BACKWARD.
  const policy = values.policy?.toUpperCase();
  if (policy !== undefined && !isPolicy(policy))
    throw new UsageError(`unknown policy "${values.policy}"; use ${POLICIES.join(", ")}`);
  try {
    if (values.against !== undefined || values["against-latest-release"] === true) {
      if (positionals.length > 0)
        throw new UsageError("--against compares the repository's schemas; give no files");
      // --policy, when given, applies to every package instead of the one each declares.
      return await againstRef(values.against, format, policy);
    }
    if (positionals.length !== 2)
      throw new UsageError("compat needs OLD.json NEW.json, or --against <git-ref>");
    // One after the other: when both fail, the error is always the first file's.
    const before = await readSchema(positionals[0] as string);
    const after = await readSchema(positionals[1] as string);
    return printFiles(
      diffSchemas(before, after),
      policy ?? "BACKWARD",
      positionals as [string, string],
      format,
    );
  } catch (error) {
    if (error instanceof SchemaFileError || isReleaseGuardError(error)) {
      console.error(`communique compat: ${error.message}`);
      return ExitCode.error;
    }
    throw error;
  }
}

class SchemaFileError extends Error {}

// The release guard's errors (a git command that failed, a changeset that cannot be read) are the
// user's to fix; they are matched by name so that the guard is loaded only when it runs.
function isReleaseGuardError(error: unknown): error is Error {
  return (
    error instanceof Error &&
    (error.name === "GitError" || error.name === "ChangesetError" || error.name === "ManifestError")
  );
}

async function readSchema(file: string): Promise<unknown> {
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch {
    throw new SchemaFileError(`${file}: cannot be read`);
  }
  try {
    return parseJsonDocument(decodeUtf8(bytes, file), file).value;
  } catch (error) {
    throw new SchemaFileError(error instanceof Error ? error.message : String(error));
  }
}

function printFiles(
  changes: Change[],
  policy: Policy,
  [before, after]: [string, string],
  format: Format,
): number {
  const failing = new Set(violations(changes, policy));
  const holds = failing.size === 0;
  if (format === "json") {
    console.log(
      JSON.stringify(
        { before, after, policy, holds, changes: changes.map((c) => ({ ...c, violates: failing.has(c) })) },
        null,
        2,
      ),
    );
  } else if (format === "github") {
    for (const change of failing)
      console.log(
        `::error file=${after},title=${policy} ${change.rule}::${describeChange(change)} (${change.direction})`,
      );
    console.log(`::notice title=communique compat::${summary(changes.length, failing.size, policy)}`);
  } else {
    console.log(
      `${holds ? "✓" : "✗"} ${before} → ${after}: ${summary(changes.length, failing.size, policy)}`,
    );
    for (const change of changes)
      console.log(`  ${failing.has(change) ? "✗" : "·"} ${describeChange(change)} [${change.direction}]`);
  }
  return holds ? ExitCode.valid : ExitCode.invalid;
}

function summary(changes: number, failing: number, policy: Policy): string {
  return `${changes} change${changes === 1 ? "" : "s"}, ${failing} breaking ${policy}`;
}

function parseOptions(args: readonly string[]) {
  return parseCommandArgs(args, COMMANDS.compat.options);
}
