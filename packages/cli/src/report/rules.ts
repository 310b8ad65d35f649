import { MODEL_RULE_REGISTRY } from "@communique/core";

/** A rule a report can cite: a stable id and what it checks. */
export interface Rule {
  id: string;
  description: string;
}

const SCHEMA_KEYWORDS: Record<string, string> = {
  required: "A required property is missing.",
  additionalProperties: "A property the schema does not define (objects are closed).",
  type: "A value has the wrong JSON type.",
  enum: "A value is not one of the allowed values.",
  const: "A value is not the one fixed value allowed.",
  pattern: "A string does not match the required pattern.",
  format: "A string is not in the required format (date-time, URI, …).",
  minLength: "A string is shorter than allowed.",
  maxLength: "A string is longer than allowed.",
  minimum: "A number is below the minimum.",
  maximum: "A number is above the maximum.",
  exclusiveMinimum: "A number is not above the exclusive minimum.",
  exclusiveMaximum: "A number is not below the exclusive maximum.",
  multipleOf: "A number is not a multiple of the required factor.",
  minItems: "An array has fewer items than allowed.",
  maxItems: "An array has more items than allowed.",
  uniqueItems: "An array repeats an item.",
  minProperties: "An object has fewer properties than allowed.",
  maxProperties: "An object has more properties than allowed.",
  propertyNames: "A property name is not allowed (extension keys must be namespaced).",
};

// The model rules' descriptions come from core's registry, where the rules themselves are.
const MODEL_RULES = new Map(MODEL_RULE_REGISTRY.map((rule) => [rule.code, rule.description]));

const INPUT_PROBLEMS: Record<string, string> = {
  unreadable: "The input cannot be read.",
  empty: "The input is empty.",
  encoding: "The input is not valid UTF-8.",
  malformed: "The input is not well-formed JSON or YAML.",
  "too-deep": "The input is nested too deeply to check.",
  undetected: "The document does not say which model it is.",
  "no-match": "An argument matches no input file.",
};

/** The rule behind an issue code or an input problem code, with a stable id such as `schema/required`. */
export function ruleFor(code: string, input = false): Rule {
  if (input)
    return { id: `input/${code}`, description: INPUT_PROBLEMS[code] ?? "The input cannot be checked." };
  const modelRule = MODEL_RULES.get(code);
  if (modelRule !== undefined) return { id: `model/${code}`, description: modelRule };
  return {
    id: `schema/${code}`,
    description: SCHEMA_KEYWORDS[code] ?? `The schema keyword "${code}" fails.`,
  };
}
