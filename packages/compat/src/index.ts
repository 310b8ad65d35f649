export { describeChange } from "./describe.js";
export { diffSchemas, overallDirection } from "./diff.js";
export {
  type Bump,
  bumpCovers,
  bumpFor,
  isPolicy,
  isTransitive,
  largestBump,
  POLICIES,
  type Policy,
  violations,
} from "./policy.js";
export { type Change, type Direction, RULES, type RuleName } from "./rules.js";
