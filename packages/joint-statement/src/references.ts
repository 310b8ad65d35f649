import {
  attributionRefs,
  checkReferences,
  checkUniqueIds,
  getCountry,
  type ValidationIssue,
} from "@communique/core";
import type { JointStatement } from "./joint-statement.js";

/**
 * References between the statement's parts name something it holds: participants and provision
 * actors and recipients name parties; quotations name a participant, a party's or the forum's
 * organization, or a statement (this one, or a related one). Ids are unique, a party's alpha-3
 * code is its country's, and a lone party is an organization.
 */
export function checkStatementReferences(statement: JointStatement): ValidationIssue[] {
  const partyIds = new Set<string>();
  for (const party of statement.parties) partyIds.add(party.id);
  // Only the references that name no party are written out with their paths: a document that
  // holds together (every one the extractor returns) builds no path at all.
  const unknownParties: [string, string][] = [];
  statement.participants?.forEach((participant, i) => {
    if (!partyIds.has(participant.onBehalfOf))
      unknownParties.push([`/participants/${i}/onBehalfOf`, participant.onBehalfOf]);
  });
  statement.provisions?.forEach((provision, i) => {
    provision.actors.forEach((actor, j) => {
      if (!partyIds.has(actor)) unknownParties.push([`/provisions/${i}/actors/${j}`, actor]);
    });
    provision.recipients?.forEach((recipient, j) => {
      if (recipient.party !== undefined && !partyIds.has(recipient.party))
        unknownParties.push([`/provisions/${i}/recipients/${j}/party`, recipient.party]);
    });
  });
  return [
    ...checkUniqueIds(statement.parties, "/parties"),
    ...checkUniqueIds(statement.provisions, "/provisions"),
    ...checkReferences(unknownParties, partyIds, "party"),
    ...quotationReferences(statement),
    ...partyAlpha3(statement),
    ...loneParty(statement),
  ];
}

// One party alone is a body speaking in its members' name; a country alone issues no joint statement.
function loneParty(statement: JointStatement): ValidationIssue[] {
  const only = statement.parties[0];
  if (only === undefined || statement.parties.length > 1 || only.kind === "organization") return [];
  return [
    {
      path: "/parties",
      code: "lone-party",
      message: `the statement's one party, ${only.name}, is not an organization: a joint statement has two parties or more, or one body that speaks for its members`,
      params: { party: only.id },
    },
  ];
}

function quotationReferences(statement: JointStatement): ValidationIssue[] {
  if (statement.quotations === undefined) return [];
  const person = new Set<string>();
  for (const { person: participant } of statement.participants ?? [])
    if (participant.id !== undefined) person.add(participant.id);
  const organization = new Set<string>();
  for (const party of statement.parties)
    if (party.organization?.id !== undefined) organization.add(party.organization.id);
  if (statement.meeting?.forum?.id !== undefined) organization.add(statement.meeting.forum.id);
  const statementIds = new Set<string>([statement.id]);
  for (const related of statement.related ?? []) if (related.ref !== undefined) statementIds.add(related.ref);
  const { refs, issues } = attributionRefs(statement.quotations, "/quotations");
  return [
    ...issues,
    ...checkReferences(refs.person, person, "participant"),
    ...checkReferences(refs.organization, organization, "organization"),
    ...checkReferences(refs.statement, statementIds, "statement (this one or a related one)"),
  ];
}

function partyAlpha3(statement: JointStatement): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  statement.parties.forEach((party, i) => {
    if (party.alpha3 === undefined || party.country === undefined) return;
    const expected = getCountry(party.country)?.alpha3;
    if (expected === undefined || party.alpha3 === expected) return;
    issues.push({
      path: `/parties/${i}/alpha3`,
      code: "country-code",
      message: `"${party.alpha3}" is not the alpha-3 code of ${party.country}, which is "${expected}"`,
      params: { alpha3: party.alpha3, expected },
    });
  });
  return issues;
}
