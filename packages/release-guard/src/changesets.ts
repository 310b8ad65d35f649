import readChangesets from "@changesets/read";
import type { Bump } from "@communique/compat";

/** A pending changeset cannot be read. */
export class ChangesetError extends Error {
  override readonly name = "ChangesetError";
}

/** The largest bump the pending changesets in `.changeset/` ask for, by package name. */
export async function pendingBumps(root: string): Promise<Map<string, Bump>> {
  const order: Bump[] = ["none", "patch", "minor", "major"];
  let changesets: Awaited<ReturnType<typeof readChangesets>>;
  try {
    changesets = await readChangesets(root);
  } catch (error) {
    const first = (error instanceof Error ? error.message : String(error)).split("\n")[0];
    throw new ChangesetError(`a pending changeset in .changeset/ cannot be read: ${first}`);
  }
  const bumps = new Map<string, Bump>();
  for (const changeset of changesets) {
    for (const { name, type } of changeset.releases) {
      const bump = type as Bump;
      if (order.indexOf(bump) > order.indexOf(bumps.get(name) ?? "none")) bumps.set(name, bump);
    }
  }
  return bumps;
}
