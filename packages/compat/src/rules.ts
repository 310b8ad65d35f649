/**
 * Which way a change moves the set of documents a schema accepts: `widen` (the new schema accepts
 * more), `narrow` (it accepts less), `change` (neither contains the other), or `annotation` (no
 * document's verdict changes: titles, descriptions, examples, comments, defaults).
 */
export type Direction = "widen" | "narrow" | "change" | "annotation";

/** The rules, by name, with the direction each stands for. Names follow schema-registry usage. */
export const RULES = {
  // Types
  TYPE_CHANGED: "change",
  TYPE_NARROWED: "narrow",
  TYPE_EXTENDED: "widen",
  SCHEMA_NARROWED_TO_NOTHING: "narrow",
  SCHEMA_EXTENDED_FROM_NOTHING: "widen",
  // Objects
  REQUIRED_PROPERTY_ADDED: "narrow",
  REQUIRED_PROPERTY_REMOVED: "widen",
  PROPERTY_ADDED_TO_CLOSED_CONTENT_MODEL: "widen",
  PROPERTY_REMOVED_FROM_CLOSED_CONTENT_MODEL: "narrow",
  PROPERTY_ADDED_TO_OPEN_CONTENT_MODEL: "narrow",
  PROPERTY_REMOVED_FROM_OPEN_CONTENT_MODEL: "widen",
  PROPERTY_ADDED_TO_PARTIALLY_OPEN_CONTENT_MODEL: "change",
  PROPERTY_REMOVED_FROM_PARTIALLY_OPEN_CONTENT_MODEL: "change",
  ADDITIONAL_PROPERTIES_NARROWED: "narrow",
  ADDITIONAL_PROPERTIES_EXTENDED: "widen",
  MAX_PROPERTIES_ADDED: "narrow",
  MAX_PROPERTIES_REMOVED: "widen",
  MAX_PROPERTIES_INCREASED: "widen",
  MAX_PROPERTIES_DECREASED: "narrow",
  MIN_PROPERTIES_ADDED: "narrow",
  MIN_PROPERTIES_REMOVED: "widen",
  MIN_PROPERTIES_INCREASED: "narrow",
  MIN_PROPERTIES_DECREASED: "widen",
  // Strings
  MAX_LENGTH_ADDED: "narrow",
  MAX_LENGTH_REMOVED: "widen",
  MAX_LENGTH_INCREASED: "widen",
  MAX_LENGTH_DECREASED: "narrow",
  MIN_LENGTH_ADDED: "narrow",
  MIN_LENGTH_REMOVED: "widen",
  MIN_LENGTH_INCREASED: "narrow",
  MIN_LENGTH_DECREASED: "widen",
  PATTERN_ADDED: "narrow",
  PATTERN_REMOVED: "widen",
  PATTERN_CHANGED: "change",
  FORMAT_ADDED: "narrow",
  FORMAT_REMOVED: "widen",
  FORMAT_CHANGED: "change",
  // Numbers
  MAXIMUM_ADDED: "narrow",
  MAXIMUM_REMOVED: "widen",
  MAXIMUM_INCREASED: "widen",
  MAXIMUM_DECREASED: "narrow",
  MINIMUM_ADDED: "narrow",
  MINIMUM_REMOVED: "widen",
  MINIMUM_INCREASED: "narrow",
  MINIMUM_DECREASED: "widen",
  EXCLUSIVE_MAXIMUM_ADDED: "narrow",
  EXCLUSIVE_MAXIMUM_REMOVED: "widen",
  EXCLUSIVE_MAXIMUM_INCREASED: "widen",
  EXCLUSIVE_MAXIMUM_DECREASED: "narrow",
  EXCLUSIVE_MINIMUM_ADDED: "narrow",
  EXCLUSIVE_MINIMUM_REMOVED: "widen",
  EXCLUSIVE_MINIMUM_INCREASED: "narrow",
  EXCLUSIVE_MINIMUM_DECREASED: "widen",
  MULTIPLE_OF_ADDED: "narrow",
  MULTIPLE_OF_REMOVED: "widen",
  MULTIPLE_OF_REDUCED: "widen",
  MULTIPLE_OF_EXPANDED: "narrow",
  MULTIPLE_OF_CHANGED: "change",
  // Arrays
  MAX_ITEMS_ADDED: "narrow",
  MAX_ITEMS_REMOVED: "widen",
  MAX_ITEMS_INCREASED: "widen",
  MAX_ITEMS_DECREASED: "narrow",
  MIN_ITEMS_ADDED: "narrow",
  MIN_ITEMS_REMOVED: "widen",
  MIN_ITEMS_INCREASED: "narrow",
  MIN_ITEMS_DECREASED: "widen",
  UNIQUE_ITEMS_ADDED: "narrow",
  UNIQUE_ITEMS_REMOVED: "widen",
  // Values
  ENUM_ADDED: "narrow",
  ENUM_REMOVED: "widen",
  ENUM_VALUES_ADDED: "widen",
  ENUM_VALUES_REMOVED: "narrow",
  CONST_ADDED: "narrow",
  CONST_REMOVED: "widen",
  CONST_CHANGED: "change",
  // Combinators
  ANY_OF_BRANCH_ADDED: "widen",
  ANY_OF_BRANCH_REMOVED: "narrow",
  ONE_OF_BRANCH_ADDED: "widen",
  ONE_OF_BRANCH_REMOVED: "narrow",
  ALL_OF_BRANCH_ADDED: "narrow",
  ALL_OF_BRANCH_REMOVED: "widen",
  // Keywords the checker does not reason about (not, if/then/else, contains, dependencies, …):
  // any difference in them is reported, never passed over.
  UNSUPPORTED_KEYWORD_CHANGED: "change",
  // The document and its annotations
  SCHEMA_ID_CHANGED: "change",
  DIALECT_CHANGED: "change",
  DEFAULT_ADDED: "annotation",
  DEFAULT_REMOVED: "annotation",
  DEFAULT_CHANGED: "annotation",
  TITLE_CHANGED: "annotation",
  DESCRIPTION_CHANGED: "annotation",
  EXAMPLES_CHANGED: "annotation",
  COMMENT_CHANGED: "annotation",
} as const satisfies Record<string, Direction>;

/** The name of a rule, e.g. `REQUIRED_PROPERTY_ADDED`. */
export type RuleName = keyof typeof RULES;

/** One difference between two schemas. */
export interface Change {
  /** The rule it falls under. */
  rule: RuleName;
  /**
   * Which way it moves the set of accepted documents: the rule's own direction, except for a
   * property added to or removed from a partially open content model, where it depends on how the
   * property's schema compares with the `additionalProperties` schema that applied before or after.
   */
  direction: Direction;
  /**
   * Where it happens, as a JSON Pointer through the new schema's structure with `$ref`s followed,
   * e.g. `/properties/body/properties/paragraphs/items/properties/text/maxLength`.
   */
  path: string;
  /** The value before, when there was one. */
  before?: unknown;
  /** The value after, when there is one. */
  after?: unknown;
}
