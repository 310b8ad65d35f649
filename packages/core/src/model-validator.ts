import {
  escapePointer,
  issuesFromSchemaErrors,
  type SchemaErrorObject,
  unescapePointer,
} from "./ajv-issues.js";
import { ValidationError } from "./errors.js";
import { MODEL_RULES, type ModelRule, type RuleBreach } from "./model-rules.js";
import type { ModelValidator, ValidationIssue } from "./validation.js";

/** A validator function as ajv's standalone code emits it. */
export interface GeneratedValidator {
  (data: unknown): boolean;
  errors?: SchemaErrorObject[] | null;
}

/** What a model package hands over to get its validator. */
export interface ModelValidatorOptions<T> {
  /** The model's name, e.g. `NewsArticle`, used in error messages. */
  model: string;
  /** The precompiled schema validator. */
  schemaValidator: GeneratedValidator;
  /**
   * Where the definitions that model rules apply to are used in the model, as JSON Pointers with
   * `*` for any array index or key, e.g. `{ CountryCode: ["/countries/*\/code"] }`. Generated with
   * the validator.
   */
  definitionPaths: Readonly<Record<string, readonly string[]>>;
  /**
   * Rules about the document as a whole, such as references between its parts; run on documents
   * that pass the schema.
   */
  documentRules?: (document: T) => ValidationIssue[];
  /**
   * The walk `@communique/schema-build` generates from the schema (`walkModelRules`): the same
   * places as `definitionPaths`, written out property by property, which runs faster than walking
   * `definitionPaths`. Without it, `definitionPaths` is walked.
   */
  walkModelRules?: GeneratedRuleWalk;
}

/** A walk that runs the model rules over a document, as `@communique/schema-build` generates it. */
export type GeneratedRuleWalk = (
  data: unknown,
  rules: Readonly<Record<string, ModelRule>>,
  issues: ValidationIssue[],
  toIssue: (breach: RuleBreach, path: string) => ValidationIssue,
) => void;

/**
 * Builds the validate / is / assert trio for a model: the precompiled schema validator first, then
 * the model rules that JSON Schema cannot state (assigned country codes, span order, date precision,
 * references between the document's parts).
 */
export function createModelValidator<T>(options: ModelValidatorOptions<T>): ModelValidator<T> {
  const { model, schemaValidator, documentRules, walkModelRules } = options;
  // A validator generated against other rules than these (a rule renamed or removed since) would
  // skip a check without a word: it fails when its package loads instead.
  const unknown = Object.keys(options.definitionPaths).filter(
    (definition) => !Object.hasOwn(MODEL_RULES, definition),
  );
  if (unknown.length > 0)
    throw new Error(
      `the generated validator of ${model} names model rules for ${unknown.join(", ")}, which @communique/core does not have: regenerate it (npm run generate)`,
    );
  const root = walkModelRules === undefined ? ruleTree(options.definitionPaths) : undefined;

  function findIssues(data: unknown): ValidationIssue[] {
    if (!schemaValidator(data)) return issuesFromSchemaErrors(schemaValidator.errors ?? []);
    const issues: ValidationIssue[] = [];
    if (root === undefined) walkModelRules?.(data, MODEL_RULES, issues, toIssue);
    else walk(root, data, [], issues);
    if (documentRules !== undefined) issues.push(...documentRules(data as T));
    return issues;
  }

  return {
    validate(data) {
      const issues = findIssues(data);
      return issues.length === 0 ? { ok: true, value: data as T } : { ok: false, issues };
    },
    is(data): data is T {
      return findIssues(data).length === 0;
    },
    assert(data) {
      const issues = findIssues(data);
      if (issues.length > 0) throw new ValidationError(model, issues);
      return data as T;
    },
  };
}

/**
 * The places model rules apply to, as a tree of pointer segments, so that one walk of a document
 * visits each checked value once and builds a path only for a value that breaks a rule.
 */
interface RuleNode {
  rules: ModelRule[];
  /** Children by object key, as an array: faster to scan than a Map for the few keys a node has. */
  keys: [string, RuleNode][];
  /** The node for any array item or object member (`*` in a pattern). */
  any?: RuleNode;
}

function ruleTree(definitionPaths: Readonly<Record<string, readonly string[]>>): RuleNode {
  const root: RuleNode = { rules: [], keys: [] };
  for (const [definition, paths] of Object.entries(definitionPaths)) {
    const rule = MODEL_RULES[definition];
    if (rule === undefined) continue;
    for (const path of paths) {
      let node = root;
      for (const token of path.split("/").slice(1)) {
        if (token === "*") {
          node.any ??= { rules: [], keys: [] };
          node = node.any;
        } else {
          const key = unescapePointer(token);
          let child = node.keys.find(([name]) => name === key)?.[1];
          if (child === undefined) {
            child = { rules: [], keys: [] };
            node.keys.push([key, child]);
          }
          node = child;
        }
      }
      node.rules.push(rule);
    }
  }
  return root;
}

function walk(node: RuleNode, value: unknown, at: (string | number)[], issues: ValidationIssue[]): void {
  for (let r = 0; r < node.rules.length; r++) {
    const breach = (node.rules[r] as ModelRule)(value);
    if (breach !== undefined) issues.push(toIssue(breach, pointer(at)));
  }
  if (typeof value !== "object" || value === null) return;
  const { any, keys } = node;
  if (any !== undefined) {
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) {
        at.push(i);
        walk(any, value[i], at, issues);
        at.pop();
      }
    } else {
      for (const key in value) {
        if (!Object.hasOwn(value, key)) continue;
        at.push(key);
        walk(any, (value as Record<string, unknown>)[key], at, issues);
        at.pop();
      }
    }
  }
  for (let k = 0; k < keys.length; k++) {
    const [key, child] = keys[k] as [string, RuleNode];
    const next = (value as Record<string, unknown>)[key];
    if (next === undefined || !Object.hasOwn(value, key)) continue;
    at.push(key);
    walk(child, next, at, issues);
    at.pop();
  }
}

/** The issue for a rule's breach of the value at `path`. */
function toIssue(breach: RuleBreach, path: string): ValidationIssue {
  const { below = "", ...issue } = breach;
  return { path: path + below, ...issue };
}

function pointer(at: readonly (string | number)[]): string {
  return at.map((token) => `/${typeof token === "number" ? token : escapePointer(token)}`).join("");
}
