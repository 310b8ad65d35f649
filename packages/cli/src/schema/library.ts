import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { InputError, SchemaError } from "../errors.js";
import { decodeUtf8 } from "../source/decode.js";
import type { SourceDocument } from "../source/document.js";
import { parseJsonDocument } from "../source/json.js";
import type { Position } from "../source/position.js";
import { parseYamlDocuments } from "../source/yaml.js";

/** A schema file, read and parsed. */
export interface SchemaSource {
  /** The path as the user gave it, or as found in a `--ref` folder; what messages name. */
  file: string;
  /** Its retrieval URI: a `file:` URL. */
  url: string;
  /** The parsed schema: an object or a boolean. */
  value: unknown;
  /** Its `$id` (`id` in draft-04) without the empty fragment, when it has one. */
  id: string | undefined;
  locate(pointer: string): Position;
}

const SCHEMA_FILE = /\.(json|ya?ml)$/i;

/**
 * The schema files a run may need: the schema named by `--schema`, the files `--ref` preloads
 * (known by their `$id`, or by `--base-uri` plus their path in a `--ref` folder), and the files a
 * `$ref` reaches on disk, relative to the referring file or through an `$id`. Nothing is fetched
 * from the network.
 */
export class SchemaLibrary {
  private readonly byUri = new Map<string, string>();
  private readonly read = new Map<string, SchemaSource>();

  constructor(refs: readonly string[] = [], baseUri?: string) {
    for (const ref of refs) this.preload(ref, baseUri);
  }

  /** Reads a schema file (once); a file that cannot be read or parsed is a `SchemaError`. */
  load(file: string): SchemaSource {
    const key = path.resolve(file);
    const known = this.read.get(key);
    if (known !== undefined) return known;
    const source = readSchemaSource(file);
    this.read.set(key, source);
    return source;
  }

  /** Every file read so far. */
  sources(): SchemaSource[] {
    return [...this.read.values()];
  }

  /**
   * The file that holds the schema at `uri` (no fragment): one preloaded under that URI, a
   * `file:` URL's own file, or a file beside one whose `$id` shares the URI's folder.
   */
  find(uri: string): SchemaSource | undefined {
    const preloaded = this.byUri.get(uri);
    if (preloaded !== undefined) return this.load(preloaded);
    if (uri.startsWith("file:")) {
      const file = fileURLToPath(uri);
      return isFile(file) ? this.load(path.relative(process.cwd(), file) || file) : undefined;
    }
    for (const source of this.sources()) {
      if (source.id === undefined) continue;
      const folder = source.id.slice(0, source.id.lastIndexOf("/") + 1);
      if (folder === "" || !uri.startsWith(folder)) continue;
      let relative: string;
      try {
        relative = decodeURIComponent(uri.slice(folder.length));
      } catch {
        continue;
      }
      const file = path.join(path.dirname(source.file), ...relative.split("/"));
      if (isFile(file)) return this.load(file);
    }
    return undefined;
  }

  private preload(ref: string, baseUri: string | undefined): void {
    const key = `${path.resolve(ref)}\0${baseUri ?? ""}`;
    let known = preloads.get(key);
    if (known === undefined) {
      known = indexRef(ref, baseUri, (file) => readSchemaSource(file).id);
      preloads.set(key, known);
    }
    for (const [uri, file] of known) this.byUri.set(uri, file);
  }
}

/**
 * The URIs a `--ref` file or folder provides, each with its file, worked out once per process:
 * the files do not change during a run, and a process that compiles many schemas (the test suite's
 * groups) would otherwise read the whole folder for each.
 */
const preloads = new Map<string, [string, string][]>();

function indexRef(
  ref: string,
  baseUri: string | undefined,
  idOf: (file: string) => string | undefined,
): [string, string][] {
  let stat: ReturnType<typeof statSync>;
  try {
    stat = statSync(ref);
  } catch {
    throw new SchemaError(ref, "--ref names no such file or folder");
  }
  const files = stat.isDirectory() ? schemaFilesIn(ref) : [ref];
  const base = baseUri === undefined ? undefined : baseUri.endsWith("/") ? baseUri : `${baseUri}/`;
  const index: [string, string][] = [];
  for (const file of files) {
    const id = idOf(file);
    if (id !== undefined) index.push([id, file]);
    if (base !== undefined) {
      const relative = stat.isDirectory() ? path.relative(ref, file) : path.basename(file);
      index.push([new URL(relative.split(path.sep).map(encodeURIComponent).join("/"), base).href, file]);
    }
  }
  return index;
}

/**
 * Files parsed by this process, by path, with the size and time they had: a `--ref` folder is read
 * once when a process compiles several schemas.
 */
const parsed = new Map<string, { stamp: string; source: SchemaSource }>();

/** Reads and parses one schema file, JSON or YAML (its first document). */
export function readSchemaSource(file: string): SchemaSource {
  let stamp: string;
  try {
    const { size, mtimeMs } = statSync(file);
    stamp = `${size}:${mtimeMs}`;
  } catch {
    throw new SchemaError(file, "cannot read the schema file");
  }
  const key = path.resolve(file);
  const known = parsed.get(key);
  if (known?.stamp === stamp && known.source.file === file) return known.source;
  const source = parseSchemaSource(file);
  parsed.set(key, { stamp, source });
  return source;
}

function parseSchemaSource(file: string): SchemaSource {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch {
    throw new SchemaError(file, "cannot read the schema file");
  }
  let document: SourceDocument;
  try {
    const text = decodeUtf8(bytes, file);
    const [first] = /\.ya?ml$/i.test(file) ? parseYamlDocuments(text, file) : [parseJsonDocument(text, file)];
    if (first instanceof InputError) throw first;
    if (first === undefined) throw new InputError(file, "empty", "no YAML document in the file");
    document = first;
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    const place = error.line === undefined ? undefined : { line: error.line, column: error.column ?? 1 };
    throw new SchemaError(file, error.reason, place);
  }
  const { value } = document;
  if (typeof value !== "boolean" && (typeof value !== "object" || value === null || Array.isArray(value))) {
    throw new SchemaError(file, "does not hold a JSON Schema object or boolean", { line: 1, column: 1 });
  }
  return {
    file,
    url: pathToFileURL(path.resolve(file)).href,
    value,
    id: schemaId(value),
    locate: (pointer) => document.locate(pointer),
  };
}

/** A schema's own `$id` (or draft-04 `id`), without the empty fragment. */
function schemaId(schema: unknown): string | undefined {
  if (typeof schema !== "object" || schema === null) return undefined;
  const { $id, id } = schema as { $id?: unknown; id?: unknown };
  const value = typeof $id === "string" ? $id : typeof id === "string" ? id : undefined;
  if (value === undefined || value.startsWith("#")) return undefined;
  return value.replace(/#$/, "");
}

function schemaFilesIn(folder: string): string[] {
  const files: string[] = [];
  for (const entry of readdirSync(folder, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || !SCHEMA_FILE.test(entry.name)) continue;
    files.push(path.join(entry.parentPath, entry.name));
  }
  return files.sort();
}

function isFile(file: string): boolean {
  return existsSync(file) && statSync(file).isFile();
}
