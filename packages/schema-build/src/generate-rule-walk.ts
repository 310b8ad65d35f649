import { MODEL_RULE_DEFINITIONS } from "@communique/core";
import { escapePointerToken, findDefinitionSteps, type UseStep } from "./definition-uses.js";
import type { JsonSchema } from "./generate-schema.js";

/** The places model rules apply to, as a tree: the rules at this value, and the values below. */
interface WalkNode {
  rules: string[];
  keys: Map<string, WalkNode>;
  items?: WalkNode;
  values?: WalkNode;
}

/**
 * Source of `walkModelRules(data, rules, issues, toIssue)`: one pass over a document that has
 * passed the schema, calling each model rule (`rules[definition]`) on every value of that
 * definition and pushing `toIssue(breach, path)` for each breach. The walk is written out for the
 * schema, property by property, so that every access is a plain property load the engine can
 * make fast, and a path is built only for a breach. It visits what `createModelValidator` visits
 * when it walks `definitionPaths`, in the same order: a value's rules, its items or members, then
 * its properties.
 */
export function generateRuleWalk(schema: JsonSchema): string {
  const root: WalkNode = { rules: [], keys: new Map() };
  const used: string[] = [];
  for (const definition of MODEL_RULE_DEFINITIONS) {
    const uses = findDefinitionSteps(schema, definition);
    if (uses.length > 0) used.push(definition);
    for (const steps of uses) nodeAt(root, steps).rules.push(definition);
  }
  const lines: string[] = [];
  let names = 0;
  const emit = (node: WalkNode, value: string, path: PathPart[], indent: string): void => {
    for (const rule of node.rules) {
      lines.push(
        `${indent}if ((breach = rule${used.indexOf(rule)}(${value})) !== undefined) issues.push(toIssue(breach, ${pathExpression(path)}));`,
      );
    }
    if (node.items !== undefined) {
      const index = `i${++names}`;
      const item = `v${names}`;
      lines.push(`${indent}if (Array.isArray(${value})) {`);
      lines.push(`${indent}  for (let ${index} = 0; ${index} < ${value}.length; ${index}++) {`);
      lines.push(`${indent}    const ${item} = ${value}[${index}];`);
      emit(node.items, item, [...path, { text: "/" }, { code: index }], `${indent}    `);
      lines.push(`${indent}  }`);
      lines.push(`${indent}}`);
    }
    if (node.values !== undefined) {
      const key = `k${++names}`;
      const member = `v${names}`;
      lines.push(
        `${indent}if (typeof ${value} === "object" && ${value} !== null && !Array.isArray(${value})) {`,
      );
      lines.push(`${indent}  for (const ${key} in ${value}) {`);
      lines.push(`${indent}    if (!Object.hasOwn(${value}, ${key})) continue;`);
      lines.push(`${indent}    const ${member} = ${value}[${key}];`);
      emit(node.values, member, [...path, { text: "/" }, { code: `escapeKey(${key})` }], `${indent}    `);
      lines.push(`${indent}  }`);
      lines.push(`${indent}}`);
    }
    if (node.keys.size > 0) {
      lines.push(`${indent}if (typeof ${value} === "object" && ${value} !== null) {`);
      for (const [key, child] of node.keys) {
        const name = `v${++names}`;
        const inherited =
          key in Object.prototype ? ` && Object.hasOwn(${value}, ${JSON.stringify(key)})` : "";
        lines.push(`${indent}  const ${name} = ${value}${propertyAccess(key)};`);
        lines.push(`${indent}  if (${name} !== undefined${inherited}) {`);
        emit(child, name, [...path, { text: `/${escapePointerToken(key)}` }], `${indent}    `);
        lines.push(`${indent}  }`);
      }
      lines.push(`${indent}}`);
    }
  };
  emit(root, "data", [], "  ");
  return [
    'const escapeKey = (key) => key.replace(/~/g, "~0").replace(/\\//g, "~1");',
    "/** Runs each model rule on every value of its definition; generated from the schema, see @communique/schema-build. */",
    "export function walkModelRules(data, rules, issues, toIssue) {",
    ...used.map((definition, i) => `  const rule${i} = rules${propertyAccess(definition)};`),
    "  let breach;",
    ...lines,
    "}",
  ].join("\n");
}

function nodeAt(root: WalkNode, steps: UseStep[]): WalkNode {
  let node = root;
  for (const step of steps) {
    if ("key" in step) {
      let child = node.keys.get(step.key);
      if (child === undefined) {
        child = { rules: [], keys: new Map() };
        node.keys.set(step.key, child);
      }
      node = child;
    } else if ("items" in step) {
      node.items ??= { rules: [], keys: new Map() };
      node = node.items;
    } else {
      node.values ??= { rules: [], keys: new Map() };
      node = node.values;
    }
  }
  return node;
}

/** `.key` where the key is an identifier, `["key"]` otherwise. */
function propertyAccess(key: string): string {
  return /^[A-Za-z_$][\w$]*$/.test(key) ? `.${key}` : `[${JSON.stringify(key)}]`;
}

/** A piece of a path: literal text, or an expression (an index, an escaped key). */
type PathPart = { text: string } | { code: string };

/** The path of a value as a string expression, literal pieces joined into one. */
function pathExpression(parts: readonly PathPart[]): string {
  const pieces: string[] = [];
  let text = "";
  for (const part of parts) {
    if ("text" in part) {
      text += part.text;
      continue;
    }
    if (text !== "") pieces.push(JSON.stringify(text));
    text = "";
    pieces.push(part.code);
  }
  if (text !== "" || pieces.length === 0) pieces.push(JSON.stringify(text));
  // A path that starts with an expression still has to be a string.
  if (!pieces[0]?.startsWith('"')) pieces.unshift('""');
  return pieces.join(" + ");
}
