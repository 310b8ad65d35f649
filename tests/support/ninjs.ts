import { readdirSync } from "node:fs";
import path from "node:path";
import { Ajv2020, type ErrorObject, type ValidateFunction } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { readJson } from "./models.js";
import { sharedFile } from "./shared.js";

/** IPTC's ninjs reference folder, read in place from ../shared/reference/ninjs. */
export const ninjsReference = sharedFile("reference/ninjs/ninjs-schema_3.1.json");
const folder = path.dirname(ninjsReference.file);

/**
 * IPTC's ninjs 3.1 schema compiled as its SOURCE.md says: Ajv2020 with strict mode off (the schema
 * does not compile under strictRequired), formats on, and the GeoJSON schema that `places[].geoJSON`
 * references registered from the local copy under the URI the reference names.
 */
export function compileNinjs(): ValidateFunction {
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats.default(ajv);
  ajv.addSchema(
    readJson(path.join(folder, "GeoJSON-schema.json")) as object,
    "https://geojson.org/schema/GeoJSON.json",
  );
  return ajv.compile(readJson(path.join(folder, "ninjs-schema_3.1.json")) as object);
}

/** The errors of a validation, as `pointer keyword message` lines (empty when valid). */
export function ninjsErrors(validate: ValidateFunction, item: unknown): string[] {
  return validate(item)
    ? []
    : (validate.errors ?? []).map((e: ErrorObject) => `${e.instancePath} ${e.keyword} ${e.message}`);
}

/** IPTC's 3.x example items, as `[name, path]` pairs; empty when the reference is missing. */
export function ninjsExamples(): [string, string][] {
  if (ninjsReference.missing) return [];
  const dir = path.join(folder, "examples_3.x");
  return readdirSync(dir)
    .filter((file) => file.endsWith(".json"))
    .sort()
    .map((file) => [file, path.join(dir, file)]);
}
