export {
  allHold,
  type CheckOptions,
  checkAgainst,
  ManifestError,
  type ModelPackage,
  modelPackages,
  type PackageVerdict,
  type Violation,
} from "./against.js";
export { ChangesetError, pendingBumps } from "./changesets.js";
export { GitError, latestReleaseTag, repositoryRoot } from "./git.js";
