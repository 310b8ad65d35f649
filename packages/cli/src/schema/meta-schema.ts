import type { Ajv, ErrorObject } from "ajv";
import type { Position } from "../source/position.js";
import { createAjv } from "./ajv.js";
import { type Draft, META_SCHEMA } from "./drafts.js";
import type { SchemaSource } from "./library.js";

/** A fault against the meta-schema: what is wrong, and where. */
export interface MetaSchemaProblem {
  pointer: string;
  message: string;
  position(source: SchemaSource): Position;
}

/**
 * An ajv instance per draft that only checks schemas against the draft's meta-schema, kept for the
 * life of the process: compiling a meta-schema costs more than compiling most schemas.
 */
export function metaChecker(draft: Draft): Ajv {
  let checker = metaCheckers.get(draft);
  if (checker === undefined) {
    checker = createAjv(draft, "annotate", () => {});
    metaCheckers.set(draft, checker);
  }
  return checker;
}

const metaCheckers = new Map<Draft, Ajv>();

/**
 * What a meta-schema finds wrong with a schema: the one its `$schema` names, else `draft`'s.
 */
export function metaSchemaProblems(ajv: Ajv, schema: unknown, draft?: Draft): MetaSchemaProblem[] {
  if (typeof schema === "boolean") return [];
  const checked = draft === undefined ? schema : { ...(schema as object), $schema: META_SCHEMA[draft] };
  ajv.validateSchema(checked as object);
  const errors = (ajv.errors ?? []) as ErrorObject[];
  // One problem a place: the branches of an anyOf in the meta-schema each say the same value is wrong.
  const seen = new Set<string>();
  return errors
    .filter((error) => error.keyword !== "anyOf" && error.keyword !== "oneOf")
    .filter((error) => !seen.has(error.instancePath) && seen.add(error.instancePath) !== undefined)
    .map((error) => {
      const pointer = error.instancePath;
      const where = pointer === "" ? "the schema" : pointer;
      return {
        pointer,
        message: `${where} ${error.message ?? "is invalid"}${describeParams(error)}`,
        position: (source: SchemaSource) => source.locate(pointer),
      };
    });
}

function describeParams(error: ErrorObject): string {
  const { params } = error as { params: Record<string, unknown> };
  if (Array.isArray(params.allowedValues))
    return `: ${params.allowedValues.map((v) => JSON.stringify(v)).join(", ")}`;
  return "";
}
