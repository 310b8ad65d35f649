import type { Change, Direction } from "./rules.js";

/** The compatibility policies, as schema registries name them. */
export const POLICIES = [
  "BACKWARD",
  "FORWARD",
  "FULL",
  "NONE",
  "BACKWARD_TRANSITIVE",
  "FORWARD_TRANSITIVE",
  "FULL_TRANSITIVE",
] as const;

/** A compatibility policy. `_TRANSITIVE` forms hold against every earlier release, not only the last. */
export type Policy = (typeof POLICIES)[number];

const FAILS_ON: Record<string, readonly Direction[]> = {
  // New readers must read old data: nothing old may be rejected.
  BACKWARD: ["narrow", "change"],
  // Old readers must read new data: nothing new may be unknown to them.
  FORWARD: ["widen", "change"],
  FULL: ["narrow", "widen", "change"],
  NONE: [],
};

/** Whether a string names a policy. */
export function isPolicy(value: string): value is Policy {
  return (POLICIES as readonly string[]).includes(value);
}

/** Whether a policy is checked against every earlier release. */
export function isTransitive(policy: Policy): boolean {
  return policy.endsWith("_TRANSITIVE");
}

/** The changes a policy does not allow. */
export function violations(changes: readonly Change[], policy: Policy): Change[] {
  const failsOn = FAILS_ON[policy.replace(/_TRANSITIVE$/, "")] ?? [];
  return changes.filter((change) => failsOn.includes(change.direction));
}

/** A semver bump, from none to major. */
export type Bump = "none" | "patch" | "minor" | "major";

const BUMP_ORDER: readonly Bump[] = ["none", "patch", "minor", "major"];

/** The bump a change needs: narrowing or breaking a contract is major, widening it minor, annotations a patch. */
export function bumpFor(change: Change): Bump {
  return change.direction === "annotation" ? "patch" : change.direction === "widen" ? "minor" : "major";
}

/** The largest of several bumps. */
export function largestBump(bumps: Iterable<Bump>): Bump {
  let largest: Bump = "none";
  for (const bump of bumps) if (BUMP_ORDER.indexOf(bump) > BUMP_ORDER.indexOf(largest)) largest = bump;
  return largest;
}

/** Whether `pending` is at least `required`. */
export function bumpCovers(pending: Bump, required: Bump): boolean {
  return BUMP_ORDER.indexOf(pending) >= BUMP_ORDER.indexOf(required);
}
