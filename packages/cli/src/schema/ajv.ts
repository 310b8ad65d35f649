import { createRequire } from "node:module";
import type { Ajv as AjvClass, Options } from "ajv";
import type { Draft } from "./drafts.js";

/** Whether `format` is checked (`assert`) or only carried as an annotation (`annotate`). */
export type FormatMode = "assert" | "annotate";
export const FORMAT_MODES: readonly FormatMode[] = ["assert", "annotate"];

const require = createRequire(import.meta.url);

/**
 * A fresh ajv instance for a draft: the 2019-09 and 2020-12 classes, ajv-draft-04's, or the
 * draft-07 class (with the draft-06 meta-schema for draft-06). ajv is loaded only here, when a
 * user's schema is compiled; the built-in models use precompiled validators.
 */
export function createAjv(draft: Draft, formats: FormatMode, warn: (message: string) => void): AjvClass {
  const options: Options = {
    allErrors: true,
    verbose: true,
    // Unknown keywords and formats are allowed by every draft; strict mode would refuse them.
    strict: false,
    validateFormats: formats === "assert",
    logger: { log() {}, warn: (...args: unknown[]) => warn(args.map(String).join(" ")), error() {} },
  };
  const Ajv = ajvClass(draft);
  const ajv = new Ajv(options);
  if (draft === "draft-06") ajv.addMetaSchema(require("ajv/dist/refs/json-schema-draft-06.json"));
  if (formats === "assert") (require("ajv-formats") as (ajv: AjvClass) => void)(ajv);
  return ajv;
}

function ajvClass(draft: Draft): typeof AjvClass {
  const module =
    draft === "2020-12"
      ? require("ajv/dist/2020.js")
      : draft === "2019-09"
        ? require("ajv/dist/2019.js")
        : draft === "draft-04"
          ? require("ajv-draft-04")
          : require("ajv");
  return (module.default ?? module) as typeof AjvClass;
}
