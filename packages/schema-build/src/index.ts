export { type Artifacts, findDrift, generateArtifacts, writeArtifacts } from "./artifacts.js";
export { artifactPaths, readSchemaConfig, type SchemaConfig } from "./config.js";
export { findDefinitionSteps, findDefinitionUses, type UseStep } from "./definition-uses.js";
export { generateRuleWalk } from "./generate-rule-walk.js";
export { GENERATE_COMMAND, generateSchema, type JsonSchema } from "./generate-schema.js";
export { createAjv, generateValidatorSource, onlyNonEmptyLimits } from "./generate-validator.js";
