import { MODEL_RULE_REGISTRY } from "@communique/core";

/**
 * The section of a reference page on the model rules that apply to a schema: each rule of core's
 * registry whose definitions the schema has, and the rules over the whole document.
 */
export function modelRulesSection(schema: Record<string, unknown>): string {
  const defined = new Set(Object.keys((schema.definitions ?? {}) as Record<string, unknown>));
  const rows = MODEL_RULE_REGISTRY.flatMap((rule) => {
    const all = Object.keys(rule.checks);
    const used = all.filter((definition) => defined.has(definition));
    if (all.length > 0 && used.length === 0) return [];
    const where = used.length === 0 ? "the whole document" : used.map((name) => `\`${name}\``).join(", ");
    return [`| \`model/${rule.code}\` | ${where} | ${rule.description} |`];
  });
  return [
    "## Model rules",
    "",
    "What JSON Schema cannot state, checked in code once the schema passes; reports cite each rule",
    "by its id. From the registry of model rules in `@communique/core`.",
    "",
    "| rule | applies to | what breaks it |",
    "|---|---|---|",
    ...rows,
    "",
  ].join("\n");
}
