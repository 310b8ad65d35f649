export {
  type ExtractOptions,
  type ExtractResult,
  extract,
  FURNITURE_KEY,
  NothingToExtractError,
} from "./extract.js";
export type { ExtractWarning } from "./warnings.js";
