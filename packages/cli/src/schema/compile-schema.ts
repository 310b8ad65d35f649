import { issuesFromSchemaErrors, type SchemaErrorObject, type ValidationResult } from "@communique/core";
import type { Ajv, ValidateFunction } from "ajv";
import { SchemaError } from "../errors.js";
import { createAjv, type FormatMode } from "./ajv.js";
import {
  DEFAULT_DRAFT,
  DRAFTS,
  type Draft,
  draftFromUri,
  laterKeywords,
  META_SCHEMA,
  supportedDrafts,
} from "./drafts.js";
import { SchemaLibrary, type SchemaSource } from "./library.js";
import { metaChecker, metaSchemaProblems } from "./meta-schema.js";
import { subschemas } from "./walk.js";

/** How a user's schema file is read: plain data, so that worker threads can compile it again. */
export interface SchemaFileOptions {
  path: string;
  /** Files and folders of schemas to preload (`--ref`). */
  refs?: readonly string[];
  /** The URI `--ref` folders stand for, for their files without `$id` (`--base-uri`). */
  baseUri?: string;
  /** The draft of a schema that names none (`--spec`). */
  spec?: Draft;
  formats?: FormatMode;
}

/** A compiled schema file, and what the user should hear about it. */
export interface CompiledSchema {
  draft: Draft;
  validate(data: unknown): ValidationResult<unknown>;
  warnings: string[];
}

/**
 * Reads a schema file and the files it refers to, picks the draft, checks each file against its
 * meta-schema and compiles it. Any fault of the schema is a `SchemaError` naming the file, and the
 * line and column when there is one.
 */
export function compileSchemaFile(options: SchemaFileOptions): CompiledSchema {
  const warnings: string[] = [];
  const library = new SchemaLibrary(options.refs, options.baseUri);
  const root = library.load(options.path);
  const draft = pickDraft(root, library, options.spec, warnings);
  const formatWarnings = new Set<string>();
  const ajv = createAjv(draft, options.formats ?? "assert", (message) => formatWarnings.add(message));
  addSource(ajv, library, root, draft, root.url, warnings);
  const validateFunction = compileWithReferences(ajv, library, root, draft, warnings);
  for (const message of formatWarnings) warnings.push(`${root.file}: ${message}`);
  const validate = (data: unknown): ValidationResult<unknown> => {
    let valid: boolean;
    try {
      valid = validateFunction(data) as boolean;
    } catch (error) {
      // A schema that applies itself to the same value over and over overflows the stack whatever
      // the document; only a deeply nested document is the document's fault.
      if (error instanceof RangeError && depthAtMost(data, 100)) throw endlessRecursion(root);
      throw error;
    }
    if (valid) return { ok: true, value: data };
    return {
      ok: false,
      issues: issuesFromSchemaErrors((validateFunction.errors ?? []) as SchemaErrorObject[]),
    };
  };
  // One value of each JSON type finds most schemas that recurse without end before any input is read.
  for (const probe of [null, true, 0, "", [], {}]) validate(probe);
  return { draft, validate, warnings };
}

/** The draft from `$schema`, else `--spec`, else the default, with a warning when the schema seems later. */
export function pickDraft(
  root: SchemaSource,
  library: SchemaLibrary,
  spec: Draft | undefined,
  warnings: string[],
): Draft {
  const declared = typeof root.value === "object" ? (root.value as { $schema?: unknown }).$schema : undefined;
  if (declared === undefined) {
    const draft = spec ?? DEFAULT_DRAFT;
    if (spec === undefined) {
      const later = laterKeywords(root.value, draft);
      if (later.length > 0) {
        const newest = DRAFTS[Math.max(...later.map((k) => DRAFTS.indexOf(k.draft)))] as Draft;
        warnings.push(
          `${root.file}: no "$schema", so it is read as ${draft}, but it uses ${later.map((k) => k.keyword).join(", ")} from later drafts; add "$schema" or pass --spec ${newest}`,
        );
      }
    }
    return draft;
  }
  const draft = draftOf(declared, library) ?? unknownDraft(root, declared);
  if (spec !== undefined && spec !== draft)
    warnings.push(
      `${root.file}: "$schema" says ${draft}; --spec ${spec} applies only to schemas without "$schema"`,
    );
  return draft;
}

/**
 * Adds one file's schema under `key`: its `$schema` spelled as ajv knows it, checked against the
 * meta-schema first so that a fault is reported at its place in the file.
 */
function addSource(
  ajv: Ajv,
  library: SchemaLibrary,
  source: SchemaSource,
  draft: Draft,
  key: string,
  warnings: string[],
): void {
  // A file reached under a second URI is the same schema: ajv knows it by the object.
  const known = prepared.get(ajv) ?? new Map<SchemaSource, unknown>();
  prepared.set(ajv, known);
  const added = known.get(source);
  if (added !== undefined) {
    ajv.addSchema(added as object, key, undefined, false);
    return;
  }
  let schema = source.value;
  if (typeof schema === "object" && schema !== null) {
    const declared = (schema as { $schema?: unknown }).$schema;
    if (declared !== undefined) {
      const own = draftOf(declared, library) ?? unknownDraft(source, declared);
      if (own !== draft)
        warnings.push(
          `${source.file}: a ${own} schema referred to from a ${draft} schema is checked by the rules of ${draft}`,
        );
      const meta = customMetaSchema(declared, library);
      if (meta === undefined) schema = { ...(schema as object), $schema: META_SCHEMA[draft] };
      else if (ajv.getSchema(meta.uri) === undefined)
        ajv.addMetaSchema({ ...(meta.source.value as object), $schema: META_SCHEMA[draft] }, meta.uri, false);
    }
    const custom = typeof declared === "string" && draftFromUri(declared) === undefined;
    const problems = custom
      ? metaSchemaProblems(ajv, schema)
      : metaSchemaProblems(metaChecker(draft), schema, draft);
    const [first] = problems;
    if (first !== undefined) {
      const more =
        problems.length > 1 ? ` (and ${problems.length - 1} more: see communique check-schema)` : "";
      throw new SchemaError(
        source.file,
        `invalid ${draft} schema: ${first.message}${more}`,
        first.position(source),
      );
    }
  }
  known.set(source, schema);
  ajv.addSchema(schema as object, key, undefined, false);
}

/** Each file's schema as given to each ajv instance. */
const prepared = new WeakMap<Ajv, Map<SchemaSource, unknown>>();

/**
 * The draft a `$schema` names: a draft's own meta-schema, or a custom meta-schema preloaded with
 * `--ref` that is itself written in a draft (as 2019-09 and 2020-12 vocabularies are).
 */
function draftOf(declared: unknown, library: SchemaLibrary): Draft | undefined {
  if (typeof declared !== "string") return undefined;
  const draft = draftFromUri(declared);
  if (draft !== undefined) return draft;
  const meta = customMetaSchema(declared, library);
  if (meta === undefined) return undefined;
  const { $schema } = meta.source.value as { $schema?: unknown };
  return typeof $schema === "string" ? draftFromUri($schema) : undefined;
}

function customMetaSchema(declared: unknown, library: SchemaLibrary) {
  if (typeof declared !== "string" || draftFromUri(declared) !== undefined) return undefined;
  const uri = declared.replace(/#$/, "");
  const source = library.find(uri);
  if (source === undefined || typeof source.value !== "object") return undefined;
  return { uri, source };
}

function unknownDraft(source: SchemaSource, declared: unknown): never {
  throw new SchemaError(
    source.file,
    `unknown "$schema" ${JSON.stringify(declared)}; communique knows the drafts ${supportedDrafts()} (a custom meta-schema must be given with --ref)`,
    source.locate("/$schema"),
  );
}

/**
 * Compiles the root schema, loading each file a `$ref` reaches (from `--ref`, beside the referring
 * file, or through an `$id`) as ajv asks for it.
 */
function compileWithReferences(
  ajv: Ajv,
  library: SchemaLibrary,
  root: SchemaSource,
  draft: Draft,
  warnings: string[],
): ValidateFunction {
  const tried = new Set<string>();
  for (;;) {
    try {
      return ajv.getSchema(root.url) as ValidateFunction;
    } catch (error) {
      const missing = missingReference(error);
      if (missing === undefined) throw compileFault(root, error);
      const source = tried.has(missing.schema) ? undefined : library.find(missing.schema);
      if (source === undefined) throw unresolved(library, missing);
      tried.add(missing.schema);
      addSource(ajv, library, source, draft, missing.schema, warnings);
    }
  }
}

interface MissingReference {
  /** The reference as written. */
  ref: string;
  /** The URI of the schema it needs, without fragment. */
  schema: string;
  /** The base URI it was resolved against. */
  base: string;
}

function missingReference(error: unknown): MissingReference | undefined {
  if (!(error instanceof Error) || !("missingSchema" in error)) return undefined;
  const match = /^can't resolve reference (.*) from id (.*)$/s.exec(error.message);
  return {
    ref: match?.[1] ?? String((error as { missingRef?: unknown }).missingRef),
    schema: String(error.missingSchema),
    base: match?.[2] ?? "",
  };
}

/** An unresolvable reference, placed at the `$ref` that holds it. */
function unresolved(library: SchemaLibrary, missing: MissingReference): SchemaError {
  const uri = missing.schema === "" || missing.ref.startsWith(missing.schema) ? "" : ` (${missing.schema})`;
  const reason = `cannot resolve "$ref": ${JSON.stringify(missing.ref)}${uri}: no schema file or --ref has that URI, and communique does not fetch schemas from the network; pass the file that holds it with --ref`;
  for (const source of library.sources()) {
    for (const { schema, pointer } of subschemas(source.value)) {
      for (const keyword of ["$ref", "$dynamicRef", "$recursiveRef"]) {
        if (schema[keyword] === missing.ref)
          return new SchemaError(source.file, reason, source.locate(`${pointer}/${keyword}`));
      }
    }
  }
  const [root] = library.sources();
  return new SchemaError(root?.file ?? "schema", reason);
}

function compileFault(root: SchemaSource, error: unknown): SchemaError {
  if (error instanceof RangeError)
    return new SchemaError(
      root.file,
      "cannot be compiled: ajv, the library that compiles it, recursed without end while resolving its references (an ajv limit with some nestings of relative $id and $ref)",
    );
  return new SchemaError(
    root.file,
    `does not compile: ${error instanceof Error ? error.message : String(error)}`,
  );
}

function endlessRecursion(root: SchemaSource): SchemaError {
  return new SchemaError(
    root.file,
    `checking a value against the schema recursed without end, whatever the document: a "$ref" cycle that never moves into the document (such as {"anyOf": [{"$ref": "#"}]}), or ajv's partial support of $dynamicRef`,
  );
}

/** Whether a value nests no deeper than `limit`, found without recursion. */
function depthAtMost(value: unknown, limit: number): boolean {
  let level: unknown[] = [value];
  for (let depth = 0; level.length > 0; depth++) {
    if (depth > limit) return false;
    const next: unknown[] = [];
    for (const item of level) {
      if (typeof item === "object" && item !== null) next.push(...Object.values(item));
    }
    level = next;
  }
  return true;
}
