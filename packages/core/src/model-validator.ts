import { escapePointer, issuesFromSchemaErrors, type SchemaErrorObject } from "./ajv-issues.js";
import { ValidationError } from "./errors.js";
import { MODEL_RULES, type ModelRule } from "./model-rules.js";
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
}

/**
 * Builds the validate / is / assert trio for a model: the precompiled schema validator first, then
 * the model rules that JSON Schema cannot state (assigned country codes, span order, date precision,
 * references between the document's parts).
 */
export function createModelValidator<T>(options: ModelValidatorOptions<T>): ModelValidator<T> {
  const { model, schemaValidator, documentRules } = options;
  const root = ruleTree(options.definitionPaths);

  function findIssues(data: unknown): ValidationIssue[] {
    if (!schemaValidator(data)) return issuesFromSchemaErrors(schemaValidator.errors ?? []);
    const issues: ValidationIssue[] = [];
    walk(root, data, [], issues);
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
  keys: Map<string, RuleNode>;
  /** The node for any array item or object member (`*` in a pattern). */
  any?: RuleNode;
}

function ruleTree(definitionPaths: Readonly<Record<string, readonly string[]>>): RuleNode {
  const root: RuleNode = { rules: [], keys: new Map() };
  for (const [definition, paths] of Object.entries(definitionPaths)) {
    const rule = MODEL_RULES[definition];
    if (rule === undefined) continue;
    for (const path of paths) {
      let node = root;
      for (const token of path.split("/").slice(1)) {
        if (token === "*") {
          node.any ??= { rules: [], keys: new Map() };
          node = node.any;
        } else {
          const key = token.replaceAll("~1", "/").replaceAll("~0", "~");
          let child = node.keys.get(key);
          if (child === undefined) {
            child = { rules: [], keys: new Map() };
            node.keys.set(key, child);
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
  for (const rule of node.rules) {
    const breach = rule(value);
    if (breach !== undefined) {
      const { below = "", ...issue } = breach;
      issues.push({ path: pointer(at) + below, ...issue });
    }
  }
  if (typeof value !== "object" || value === null) return;
  const { any } = node;
  if (any !== undefined) {
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) {
        at.push(i);
        walk(any, value[i], at, issues);
        at.pop();
      }
    } else {
      for (const key of Object.keys(value)) {
        at.push(key);
        walk(any, (value as Record<string, unknown>)[key], at, issues);
        at.pop();
      }
    }
  }
  for (const [key, child] of node.keys) {
    if (!Object.hasOwn(value, key)) continue;
    at.push(key);
    walk(child, (value as Record<string, unknown>)[key], at, issues);
    at.pop();
  }
}

function pointer(at: readonly (string | number)[]): string {
  return at.map((token) => `/${typeof token === "number" ? token : escapePointer(token)}`).join("");
}
