export {
  isLanguage,
  LANGUAGES,
  type Language,
  type LanguageTypesOptions,
  languageTypes,
} from "./language-types.js";
export { type ReferenceDocsOptions, referenceDocs } from "./reference-docs.js";
