import { checkReferences, type ValidationIssue } from "@communique/core";
import type { JointStatement } from "./joint-statement.js";

/** Every reference between the statement's parts names something the statement holds. */
export function checkStatementReferences(statement: JointStatement): ValidationIssue[] {
  const partyIds = new Set(statement.parties.map((party) => party.id));
  const partyRefs: [string, string][] = [];
  statement.participants?.forEach((participant, i) => {
    partyRefs.push([`/participants/${i}/onBehalfOf`, participant.onBehalfOf]);
  });
  statement.provisions?.forEach((provision, i) => {
    provision.actors.forEach((actor, j) => {
      partyRefs.push([`/provisions/${i}/actors/${j}`, actor]);
    });
    provision.recipients?.forEach((recipient, j) => {
      if (recipient.party !== undefined)
        partyRefs.push([`/provisions/${i}/recipients/${j}/party`, recipient.party]);
    });
  });
  return [...duplicateIds(statement), ...checkReferences(partyRefs, partyIds, "party")];
}

function duplicateIds(statement: JointStatement): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const lists = { parties: statement.parties, provisions: statement.provisions ?? [] };
  for (const [list, items] of Object.entries(lists)) {
    const seen = new Set<string>();
    items.forEach((item, i) => {
      if (seen.has(item.id)) {
        issues.push({
          path: `/${list}/${i}/id`,
          code: "duplicate-id",
          message: `id "${item.id}" is used twice in ${list}`,
          params: { id: item.id },
        });
      }
      seen.add(item.id);
    });
  }
  return issues;
}
