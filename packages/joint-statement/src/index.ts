export type {
  ActionClass,
  EventRelation,
  Issuance,
  JointStatement,
  Meeting,
  Modality,
  Participant,
  ParticipantRole,
  Party,
  PloverCoding,
  PloverEvent,
  Provision,
  Recipient,
  RelatedEvent,
  StatementKind,
} from "./joint-statement.js";
export {
  assertJointStatement,
  isJointStatement,
  jointStatementSchemaId,
  validateJointStatement,
} from "./validate.js";
