export { NINJS_EXTENSION_PREFIX, ninjsExtensionKey } from "./extensions.js";
export { type FromNinjsOptions, fromNinjs, type NinjsImport } from "./from-ninjs.js";
export {
  type FromSchemaOrgOptions,
  fromSchemaOrg,
  type SchemaOrgImport,
  SchemaOrgImportError,
} from "./from-schema-org.js";
export { NinjsImportError, type NinjsImportErrorCode } from "./ninjs-shape.js";
export {
  NINJS_PROPERTIES,
  NINJS_STANDARD,
  type NinjsAltId,
  type NinjsBody,
  type NinjsConcept,
  type NinjsEntity,
  type NinjsInfoSource,
  type NinjsItem,
  type NinjsSubject,
  type NinjsText,
  type NinjsType,
} from "./ninjs-types.js";
export {
  ACTION_TO_PLOVER,
  auxiliaryMode,
  PLOVER_CONTEXTS,
  PLOVER_MODES,
  type PloverMapping,
  QUAD_CODES,
  type QuadCode,
} from "./plover-table.js";
export {
  AUTHOR_REL,
  CREDITLINE_ROLE,
  MENTIONS_REL,
  REPORTS_REL,
  SHA256_ROLE,
  SOURCE_ROLE,
  toNinjs,
} from "./to-ninjs.js";
export { type PloverEntity, type PloverRecord, toPlover } from "./to-plover.js";
export { toSchemaOrg } from "./to-schema-org.js";
export type { ConversionOptions, ConversionWarning, WarningCode } from "./warnings.js";
