import { createModelValidator, type GeneratedValidator, type ValidationResult } from "@communique/core";
import {
  definitionPaths,
  schemaId,
  validate as schemaValidator,
  walkModelRules,
} from "./generated/validator.js";
import type { JointStatement } from "./joint-statement.js";
import { checkStatementReferences } from "./references.js";

/** The `$id` of the JointStatement schema, which an instance may give as its `$schema`. */
export const jointStatementSchemaId: string = schemaId;

const validator = createModelValidator<JointStatement>({
  model: "JointStatement",
  schemaValidator: schemaValidator as GeneratedValidator,
  definitionPaths,
  walkModelRules,
  documentRules: checkStatementReferences,
});

/** Validates `data` as a JointStatement: the schema, then the model rules. Returns a result; never throws for bad data. */
export function validateJointStatement(data: unknown): ValidationResult<JointStatement> {
  return validator.validate(data);
}

/** Whether `data` is a valid JointStatement; narrows its type. */
export function isJointStatement(data: unknown): data is JointStatement {
  return validator.is(data);
}

/**
 * Throws a `ValidationError` listing every issue unless `data` is a valid JointStatement. An assertion
 * function: once it returns, TypeScript knows `data` is a `JointStatement`, so no value is returned.
 */
export function assertJointStatement(data: unknown): asserts data is JointStatement {
  validator.assert(data);
}
