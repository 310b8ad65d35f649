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
  return [
    ...checkUniqueIds(statement.parties, "/parties"),
    ...checkUniqueIds(statement.provisions, "/provisions"),
    ...checkReferences(partyRefs, partyIds, "party"),
    ...quotationReferences(statement),
    ...partyAlpha3(statement),
    ...loneParty(statement),
  ];
}

// One party alone is a body speaking in its members' name; a country alone issues no joint statement.
function loneParty(statement: JointStatement): ValidationIssue[] {
  const [only, ...others] = statement.parties;
  if (only === undefined || others.length > 0 || only.kind === "organization") return [];
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
  const known = {
    person: new Set(
      (statement.participants ?? []).flatMap(({ person }) => (person.id === undefined ? [] : [person.id])),
    ),
    organization: new Set(
      [...statement.parties.map((party) => party.organization?.id), statement.meeting?.forum?.id].filter(
        (id) => id !== undefined,
      ),
    ),
    statement: new Set([
      statement.id,
      ...(statement.related ?? []).flatMap((related) => (related.ref === undefined ? [] : [related.ref])),
    ]),
  };
  const { refs, issues } = attributionRefs(statement.quotations, "/quotations");
  return [
    ...issues,
    ...checkReferences(refs.person, known.person, "participant"),
    ...checkReferences(refs.organization, known.organization, "organization"),
    ...checkReferences(refs.statement, known.statement, "statement (this one or a related one)"),
  ];
}

function partyAlpha3(statement: JointStatement): ValidationIssue[] {
  return statement.parties.flatMap((party, i) => {
    const expected = party.country === undefined ? undefined : getCountry(party.country)?.alpha3;
    if (party.alpha3 === undefined || expected === undefined || party.alpha3 === expected) return [];
    return [
      {
        path: `/parties/${i}/alpha3`,
        code: "country-code",
        message: `"${party.alpha3}" is not the alpha-3 code of ${party.country}, which is "${expected}"`,
        params: { alpha3: party.alpha3, expected },
      },
    ];
  });
}
