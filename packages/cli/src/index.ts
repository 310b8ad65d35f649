export { type ValidateOptions, type Verdict, validateFiles } from "./commands/validate.js";
export { ExitCode, InputError, UsageError } from "./errors.js";
export { main } from "./main.js";
export { detectModel, type KnownModel, MODELS } from "./models.js";
export { formatPretty } from "./report-pretty.js";
