export { type Artifacts, findDrift, generateArtifacts, writeArtifacts } from "./artifacts.js";
export { artifactPaths, readSchemaConfig, type SchemaConfig } from "./config.js";
export { GENERATE_COMMAND, generateSchema, type JsonSchema } from "./generate-schema.js";
export { createAjv, findDefinitionUses, generateValidatorSource } from "./generate-validator.js";
