export {
  describeScore,
  type EvalCase,
  type EvalReport,
  type Extractor,
  evaluate,
  type FieldScore,
  formatEvalMarkdown,
  formatEvalTable,
} from "./eval/evaluate.js";
export { containsEither, fold, namesMatch } from "./eval/fold.js";
export { type Gold, GoldFormatError, type GoldPerson, type GoldStatement, readGold } from "./eval/gold.js";
export {
  type Extraction,
  FIELDS,
  type FieldName,
  type Miss,
  scoreText,
  type Tally,
  type TextScore,
} from "./eval/score.js";
export {
  type ExtractOptions,
  type ExtractResult,
  extract,
  FURNITURE_KEY,
  MAX_STATEMENT_TEXT,
  NothingToExtractError,
} from "./extract.js";
export { checkLanguage, LanguageTagError } from "./language.js";
export { checkPublished, PublishedDateError } from "./published.js";
export type { ExtractWarning } from "./warnings.js";
