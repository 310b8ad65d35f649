/** A JSON Schema as plain data. */
type Schema = Record<string, unknown>;

/** What a reference page is made from. */
export interface ReferenceDocsOptions {
  /** The model's schema, as generated. */
  schema: Schema;
  /** Where the schema file is, for the page's header, e.g. `packages/news-article/schema/news-article.schema.json`. */
  schemaFile: string;
  /** A valid instance to draw examples from, e.g. the seed; optional. */
  example?: unknown;
  /** Where the example is, for the page's text. */
  exampleFile?: string;
  /** The command that regenerates the page. */
  command: string;
}

/**
 * A Markdown reference page for a schema: the root type and every definition, each field with its
 * JSON type, whether it is required, its constraints and its description (which names the
 * equivalents in the anchor standards), and an example drawn from a real instance. Pure: the same
 * schema and example always give the same page.
 */
export function referenceDocs(options: ReferenceDocsOptions): string {
  const { schema } = options;
  const definitions = (schema.definitions ?? {}) as Record<string, Schema>;
  const title = String(schema.title ?? "Schema");
  const examples =
    options.example === undefined ? new Map<string, unknown>() : collectExamples(schema, options.example);
  const lines = [
    `<!-- Generated from ${options.schemaFile} by \`${options.command}\`; do not edit by hand. -->`,
    "",
    `# ${title}`,
    "",
    `Schema \`${String(schema.$id)}\` (JSON Schema draft-07).${options.exampleFile === undefined ? "" : ` Examples are drawn from \`${options.exampleFile}\`.`}`,
    "",
    "## Types",
    "",
    [title, ...Object.keys(definitions)].map((name) => `[${name}](#${anchor(name)})`).join(" · "),
    "",
    ...typeSection(title, schema, examples.get(title)),
    ...Object.entries(definitions).flatMap(([name, definition]) =>
      typeSection(name, definition, examples.get(name)),
    ),
  ];
  return `${lines
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trimEnd()}\n`;
}

function typeSection(name: string, schema: Schema, example: unknown): string[] {
  const lines = [`## ${name}`, "", paragraph(schema.description), ""];
  const properties = schema.properties as Record<string, Schema> | undefined;
  if (properties !== undefined) {
    const required = new Set((schema.required as string[] | undefined) ?? []);
    lines.push(
      `Object${schema.additionalProperties === false ? ", closed: no other properties are allowed" : ""}.`,
      "",
      "| field | type | required | constraints | description |",
      "|---|---|---|---|---|",
      ...Object.entries(properties).map(
        ([field, property]) =>
          `| \`${field}\` | ${typeOf(property)} | ${required.has(field) ? "yes" : "no"} | ${constraints(property)} | ${cell(property.description)} |`,
      ),
      "",
    );
  } else {
    lines.push(`${typeOf(schema)}${constraints(schema) === "" ? "" : `; ${constraints(schema)}`}.`, "");
  }
  if (example !== undefined) {
    const shown = exampleJson(example);
    const cut = shown !== JSON.stringify(example, null, 2);
    lines.push(
      cut
        ? "Example, shortened (`…` marks what was cut; the whole value, in the example file, validates):"
        : "Example:",
      "",
      "```json",
      shown,
      "```",
      "",
    );
  }
  return lines;
}

function typeOf(schema: Schema): string {
  if (typeof schema.$ref === "string") {
    const name = schema.$ref.replace("#/definitions/", "");
    return `[${name}](#${anchor(name)})`;
  }
  if (Object.hasOwn(schema, "const")) return `\`${JSON.stringify(schema.const)}\``;
  if (Array.isArray(schema.enum))
    return schema.enum.map((value) => `\`${JSON.stringify(value)}\``).join(" \\| ");
  if (Array.isArray(schema.anyOf)) return (schema.anyOf as Schema[]).map(typeOf).join(" or ");
  if (schema.type === "array") return `array of ${typeOf((schema.items ?? {}) as Schema)}`;
  if (
    schema.type === "object" &&
    schema.additionalProperties !== undefined &&
    schema.properties === undefined
  )
    return "object (any keys)";
  return Array.isArray(schema.type) ? schema.type.join(" or ") : String(schema.type ?? "any");
}

const CONSTRAINTS: [string, (value: unknown) => string][] = [
  ["format", (v) => `format \`${v}\``],
  ["pattern", (v) => `pattern \`${String(v).replaceAll("|", "\\|")}\``],
  ["minLength", (v) => `at least ${count(v, "character")}`],
  ["maxLength", (v) => `at most ${count(v, "character")}`],
  ["minimum", (v) => `≥ ${v}`],
  ["maximum", (v) => `≤ ${v}`],
  ["minItems", (v) => `at least ${count(v, "item")}`],
  ["maxItems", (v) => `at most ${count(v, "item")}`],
  ["propertyNames", (v) => `keys match \`${String((v as Schema).pattern ?? "").replaceAll("|", "\\|")}\``],
];

function count(n: unknown, noun: string): string {
  return `${n} ${noun}${n === 1 ? "" : "s"}`;
}

function constraints(schema: Schema): string {
  const found = CONSTRAINTS.filter(([keyword]) => schema[keyword] !== undefined).map(([keyword, say]) =>
    say(schema[keyword]),
  );
  if (schema.type === "integer") found.unshift("whole number");
  return found.join("; ");
}

/**
 * The first value in the instance for each type (the root under the schema's title), found by
 * walking schema and instance together: what each type's example on a reference page shows, uncut.
 */
export function collectExamples(root: Schema, instance: unknown): Map<string, unknown> {
  const definitions = (root.definitions ?? {}) as Record<string, Schema>;
  const found = new Map<string, unknown>([[String(root.title), instance]]);
  const visit = (schema: Schema | undefined, value: unknown): void => {
    if (schema === undefined || value === undefined) return;
    if (typeof schema.$ref === "string") {
      const name = schema.$ref.replace("#/definitions/", "");
      if (!found.has(name)) found.set(name, value);
      visit(definitions[name], value);
      return;
    }
    if (Array.isArray(value) && schema.items !== undefined)
      for (const item of value) visit(schema.items as Schema, item);
    if (
      typeof value === "object" &&
      value !== null &&
      !Array.isArray(value) &&
      schema.properties !== undefined
    ) {
      for (const [key, property] of Object.entries(schema.properties as Record<string, Schema>)) {
        visit(property, (value as Record<string, unknown>)[key]);
      }
    }
  };
  visit({ ...root, $ref: undefined }, instance);
  return found;
}

/**
 * An example as JSON, with long arrays and strings cut so that a page stays readable: a cut string
 * ends in `…`, a cut list ends in `"… N more"`, and an object deeper than three levels is `"{…}"`.
 */
function exampleJson(value: unknown): string {
  const trim = (v: unknown, depth: number): unknown => {
    if (typeof v === "string") return v.length > 120 ? `${v.slice(0, 117)}…` : v;
    if (Array.isArray(v))
      return v
        .slice(0, 2)
        .map((item) => trim(item, depth + 1))
        .concat(v.length > 2 ? [`… ${v.length - 2} more`] : []);
    if (typeof v === "object" && v !== null) {
      if (depth > 2) return "{…}";
      return Object.fromEntries(Object.entries(v).map(([k, item]) => [k, trim(item, depth + 1)]));
    }
    return v;
  };
  return JSON.stringify(trim(value, 0), null, 2);
}

function paragraph(text: unknown): string {
  return typeof text === "string" ? text : "";
}

function cell(text: unknown): string {
  return typeof text === "string" ? text.replace(/\s*\n\s*/g, " ").replaceAll("|", "\\|") : "";
}

function anchor(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9-]/g, "");
}
