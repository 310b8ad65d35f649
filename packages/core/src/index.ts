export {
  escapePointer,
  issuesFromSchemaErrors,
  nearestName,
  type SchemaErrorObject,
  shorten,
  unescapePointer,
} from "./ajv-issues.js";
export type { ConceptRef } from "./concept.js";
export {
  type CountryRecord,
  countryCodes,
  EUROPEAN_UNION_CODE,
  getCountry,
  isCountryCode,
  isPostCountryCode,
} from "./countries.js";
export type {
  CountryCode,
  CountryCodeAlpha3,
  CountryMention,
  CountryNameForm,
  CountryRef,
  PostCountryCode,
} from "./country.js";
export { ValidationError } from "./errors.js";
export { formatIssue, formatIssues } from "./format.js";
export type { DocumentId, Extensions, Identifier, LanguageTag, LocalId } from "./identifiers.js";
export { findJsonLdArticle, type JsonLdNode, jsonLdList, jsonLdName, jsonLdText } from "./json-ld.js";
export {
  type AttributionRefs,
  attributionRefs,
  checkReferences,
  checkUniqueIds,
  MODEL_RULE_DEFINITIONS,
  MODEL_RULE_REGISTRY,
  type ModelRule,
  type ModelRuleEntry,
  type RuleBreach,
} from "./model-rules.js";
export {
  createModelValidator,
  type GeneratedRuleWalk,
  type GeneratedValidator,
  type ModelValidatorOptions,
} from "./model-validator.js";
export type { Organization, OrganizationKind } from "./organization.js";
export { checkAgainstOriginal } from "./original-text.js";
export type { DatePrecision, DateValue, PartialDate } from "./partial-date.js";
export type { Person, PersonWithPosts, Post } from "./person.js";
export type { Place, PlaceKind } from "./place.js";
export type { Provenance, SourceDocument } from "./provenance.js";
export type { Attribution, AttributionKind, Quote } from "./quote.js";
export { schemaFormats } from "./schema-formats.js";
export type { Mention, TextSpan } from "./text.js";
export { textSha256 } from "./text-sha256.js";
export type { ModelValidator, ValidationIssue, ValidationResult } from "./validation.js";
