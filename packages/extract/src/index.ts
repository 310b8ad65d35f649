export {
  type ExtractOptions,
  type ExtractResult,
  extract,
  FURNITURE_KEY,
  MAX_STATEMENT_TEXT,
  NothingToExtractError,
} from "./extract.js";
export { checkPublished, PublishedDateError } from "./published.js";
export type { ExtractWarning } from "./warnings.js";
