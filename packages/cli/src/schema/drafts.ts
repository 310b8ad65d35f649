import { subschemas } from "./walk.js";

/** The JSON Schema drafts `validate --schema` and `check-schema` understand. */
export const DRAFTS = ["draft-04", "draft-06", "draft-07", "2019-09", "2020-12"] as const;
export type Draft = (typeof DRAFTS)[number];

/** The draft a schema without `$schema` is read as, unless `--spec` says otherwise (as ajv-cli). */
export const DEFAULT_DRAFT: Draft = "draft-07";

/** Each draft's meta-schema URI as ajv registers it. */
export const META_SCHEMA: Record<Draft, string> = {
  "draft-04": "http://json-schema.org/draft-04/schema",
  "draft-06": "http://json-schema.org/draft-06/schema",
  "draft-07": "http://json-schema.org/draft-07/schema",
  "2019-09": "https://json-schema.org/draft/2019-09/schema",
  "2020-12": "https://json-schema.org/draft/2020-12/schema",
};

/** The spellings `--spec` takes for each draft: ours, and those of ajv-cli and the suite's folders. */
const SPEC_NAMES: Record<string, Draft> = {
  "draft-04": "draft-04",
  draft4: "draft-04",
  "draft-06": "draft-06",
  draft6: "draft-06",
  "draft-07": "draft-07",
  draft7: "draft-07",
  "2019-09": "2019-09",
  draft2019: "2019-09",
  "draft2019-09": "2019-09",
  "2020-12": "2020-12",
  draft2020: "2020-12",
  "draft2020-12": "2020-12",
};

/** Reads `--spec`; `undefined` for a name it does not know. */
export function draftFromSpec(name: string): Draft | undefined {
  return SPEC_NAMES[name.toLowerCase()];
}

/**
 * The draft a `$schema` value names, in any of its spellings (http or https, with or without the
 * empty fragment); `undefined` when it names none of them.
 */
export function draftFromUri(uri: string): Draft | undefined {
  const match = /^https?:\/\/json-schema\.org\/(draft-0[467]|draft\/2019-09|draft\/2020-12)\/schema#?$/.exec(
    uri.trim(),
  );
  if (match === null) return undefined;
  return (match[1] as string).replace("draft/", "") as Draft;
}

/** Words that name the supported drafts, for messages. */
export function supportedDrafts(): string {
  return DRAFTS.join(", ");
}

/**
 * Keywords a draft added, by the first draft that has them. A schema that says no `$schema` and
 * uses them is probably written for that later draft.
 */
const ADDED_IN: readonly [Draft, readonly string[]][] = [
  ["draft-06", ["const", "contains", "propertyNames", "examples", "$id"]],
  [
    "draft-07",
    ["if", "then", "else", "contentMediaType", "contentEncoding", "readOnly", "writeOnly", "$comment"],
  ],
  [
    "2019-09",
    [
      "$defs",
      "$anchor",
      "$recursiveRef",
      "$recursiveAnchor",
      "$vocabulary",
      "dependentRequired",
      "dependentSchemas",
      "unevaluatedProperties",
      "unevaluatedItems",
      "minContains",
      "maxContains",
    ],
  ],
  ["2020-12", ["prefixItems", "$dynamicRef", "$dynamicAnchor"]],
];

/**
 * The keywords of drafts later than `draft` that a schema uses where a subschema is expected
 * (a property merely named `prefixItems` is not one), each with the draft that added it.
 */
export function laterKeywords(schema: unknown, draft: Draft): { keyword: string; draft: Draft }[] {
  const later = ADDED_IN.filter(([added]) => DRAFTS.indexOf(added) > DRAFTS.indexOf(draft));
  const found = new Map<string, Draft>();
  for (const { schema: node } of subschemas(schema)) {
    for (const [added, keywords] of later) {
      for (const keyword of keywords)
        if (Object.hasOwn(node, keyword) && !found.has(keyword)) found.set(keyword, added);
    }
  }
  return [...found].map(([keyword, added]) => ({ keyword, draft: added }));
}
