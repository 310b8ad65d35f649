export { type DecodedPage, decodePage } from "./decode.js";
export {
  type ExtractPageOptions,
  type ExtractPageResult,
  extractPage,
  MAX_PAGE_CHARACTERS,
  MAX_PAGE_DEPTH,
  PAGE_KEY,
  PageError,
  type PageErrorCode,
} from "./extract-page.js";
export { findJsonLdArticle, type JsonLdArticle, readJsonLdArticle } from "./json-ld.js";
export type { PageMetadata } from "./page-metadata.js";
