import type { PartialDate } from "@communique/core";
import type { JointStatement, Party, StatementKind } from "@communique/joint-statement";
import type { CreativeWork, Event, Organization as SchemaOrganization } from "schema-dts";
import { countryNode, organizationNode, placeNode } from "./schema-org-nodes.js";

/** How each kind of statement is called, for `genre` and a name when the statement has no title. */
const KIND_NAMES: Readonly<Record<StatementKind, string>> = {
  "joint-statement": "joint statement",
  "joint-communique": "joint communiqué",
  "joint-press-release": "joint press release",
  "joint-declaration": "joint declaration",
  declaration: "declaration",
  communique: "communiqué",
  "chairs-statement": "chair's statement",
  other: "statement",
};

/** A date's normalized value, when the text fixes one. */
function dateValue(date: PartialDate | undefined): string | undefined {
  return date?.value;
}

/** A party as the author of a statement: a country's government, or the organization itself. */
function partyNode(party: Party, statementId: string): SchemaOrganization {
  if (party.kind === "organization" && party.organization !== undefined)
    return organizationNode(party.organization, statementId);
  return {
    "@type": "GovernmentOrganization",
    "@id": `${statementId}#party-${party.id}`,
    name: party.name,
    ...(party.country === undefined ? {} : { areaServed: countryNode(party.country, party.name) }),
  };
}

/** The meeting a statement came out of, as an `Event`. */
function meetingNode(statement: JointStatement): Event | undefined {
  const { meeting } = statement;
  if (meeting === undefined) return undefined;
  const name = meeting.name ?? meeting.forum?.name;
  const start = dateValue(meeting.date);
  const end = dateValue(meeting.endDate);
  return {
    "@type": "Event",
    ...(name === undefined ? {} : { name }),
    ...(start === undefined ? {} : { startDate: start }),
    ...(end === undefined ? {} : { endDate: end }),
    ...(meeting.place === undefined ? {} : { location: placeNode(meeting.place, statement.id) }),
    ...(meeting.forum === undefined ? {} : { organizer: organizationNode(meeting.forum, statement.id) }),
    ...(meeting.partOf === undefined ? {} : { superEvent: { "@type": "Event", name: meeting.partOf } }),
  };
}

/**
 * A joint statement as the `CreativeWork` an article is based on: its title (or its kind and
 * parties), the parties as its authors, when and where it was issued, and the meeting it was
 * recorded at.
 */
export function statementNode(statement: JointStatement): CreativeWork {
  const kind = KIND_NAMES[statement.kind];
  const issued = dateValue(statement.issued?.date);
  const meeting = meetingNode(statement);
  return {
    "@type": "CreativeWork",
    "@id": statement.id,
    name:
      statement.title ??
      `${kind[0]?.toUpperCase()}${kind.slice(1)} of ${statement.parties.map((party) => party.name).join(" and ")}`,
    genre: kind,
    ...(statement.language === undefined ? {} : { inLanguage: statement.language }),
    author: statement.parties.map((party) => partyNode(party, statement.id)),
    ...(issued === undefined ? {} : { datePublished: issued }),
    ...(statement.issued?.place === undefined
      ? {}
      : { locationCreated: placeNode(statement.issued.place, statement.id) }),
    ...(meeting === undefined ? {} : { recordedAt: meeting }),
  };
}
