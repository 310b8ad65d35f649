export { checkInput, type Input } from "./check/check-input.js";
export { checkInputs, type RunOptions } from "./check/check-inputs.js";
export type { DocumentFailure, InputOutcome, InputProblem, LocatedIssue } from "./check/outcome.js";
export { type SchemaChoice, schemaChoice, validatorFor } from "./check/schemas.js";
export { modelReferencePages } from "./docs-command.js";
export { ExitCode, InputError, UsageError } from "./errors.js";
export { main } from "./main.js";
