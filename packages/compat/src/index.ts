export {
  allHold,
  checkAgainst,
  type ModelPackage,
  modelPackages,
  type PackageVerdict,
  type Violation,
} from "./against.js";
export { ChangesetError, pendingBumps } from "./changesets.js";
export { describeChange } from "./describe.js";
export { diffSchemas, overallDirection } from "./diff.js";
export { GitError, latestReleaseTag, repositoryRoot } from "./git.js";
export { type Bump, bumpFor, isPolicy, isTransitive, POLICIES, type Policy, violations } from "./policy.js";
export { type Change, type Direction, RULES, type RuleName } from "./rules.js";
