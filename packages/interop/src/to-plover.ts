import { getCountry, type Organization, type PartialDate } from "@communique/core";
import type { JointStatement, Party, PloverEvent, Provision, Recipient } from "@communique/joint-statement";
import {
  ACTION_TO_PLOVER,
  auxiliaryMode,
  PLOVER_CONTEXTS,
  PLOVER_MODES,
  QUAD_CODES,
  type QuadCode,
} from "./plover-table.js";
import { TOOL } from "./tool.js";
import type { ConversionOptions, ConversionWarning } from "./warnings.js";

/** An actor or recipient of a PLOVER event record. */
export interface PloverEntity {
  /** ISO 3166-1 alpha-3 for a country; IGO, UNO, EUR, NGO or MNC for an international body. */
  code: string;
  /** The sector, e.g. `GOV`: a statement's parties speak as governments. */
  sector?: string;
  /** The entity as the source names it. */
  entity_text?: string;
  /** The entity's Wikidata id, when known. */
  identifier_id?: string;
}

/** A PLOVER event record: one provision of a joint statement. Field names follow the codebook. */
export interface PloverRecord {
  /** `<statement id>#<provision id>`. */
  id: string;
  /** The meeting's (or, failing that, the issue) date, `YYYY-MM-DD`, when the source fixes it. */
  date?: string;
  /** The time, `hh:mm:ss`, when the date is a date-time. */
  time?: string;
  /** The meeting's last day, for a meeting of several days. */
  enddate?: string;
  /** The parties that act. */
  actor: PloverEntity[];
  /** Who the action is for or against. */
  recipient?: PloverEntity[];
  /** The event type. */
  event: PloverEvent[];
  /** The event's mode and the auxiliary mode (`future`, `hypothetical`, `negation`). */
  mode?: string[];
  /** The contexts. */
  context?: string[];
  /** The quad category of the event. */
  quad_code: QuadCode;
  /** The provision's words. */
  event_text: string;
  /** Where `event_text` stands in the source text (character offsets). */
  text_info?: { start: number; end: number };
  /** Where the meeting took place. */
  event_loc?: { placename: string; country_code?: string };
  /** The statement's id, which links the records of one statement. */
  link: string;
  /** Where the record comes from. */
  cite_info: { citation: string; title?: string; language?: string; codebook: string };
  /** The program that coded the record. */
  coder: string;
  /** How the record was coded: from the provision's own PLOVER coding, or from its action class. */
  comment: string;
}

/** Codes of international bodies, by name or acronym. */
const BODY_CODES: readonly [RegExp, string][] = [
  [/^(united nations|un)\b/i, "UNO"],
  [/^(european union|eu)$/i, "EUR"],
];

/**
 * Converts a JointStatement into PLOVER event records, one per provision that PLOVER can code: the
 * provision's own `plover` coding when it has one, otherwise the `ACTION_TO_PLOVER` table. A
 * provision PLOVER has no category for (`note`, `other` without a coding) gives no record, and a
 * warning; so does a record without a resolved date, which PLOVER requires.
 */
export function toPlover(statement: JointStatement, options: ConversionOptions = {}): PloverRecord[] {
  const warn = options.onWarning ?? (() => undefined);
  const parties = new Map(statement.parties.map((party) => [party.id, party]));
  const when = dated(statement.meeting?.date) ?? dated(statement.issued?.date);
  const end = dated(statement.meeting?.endDate);
  const place = statement.meeting?.place ?? statement.issued?.place;
  const placeCountry = place?.country === undefined ? undefined : getCountry(place.country)?.alpha3;
  const records: PloverRecord[] = [];
  (statement.provisions ?? []).forEach((provision, i) => {
    const path = `/provisions/${i}`;
    const coding = codingOf(provision, path, warn);
    if (coding === undefined) {
      warn({
        path,
        code: "not-carried",
        message: `provision "${provision.id}" (${provision.action}) has no PLOVER event type: ${ACTION_TO_PLOVER[provision.action].basis}; no record`,
      });
      return;
    }
    const recipients = (provision.recipients ?? []).flatMap((recipient, j) => {
      const entity = recipientEntity(recipient, parties);
      if (entity === undefined)
        warn({
          path: `${path}/recipients/${j}`,
          code: "not-carried",
          message: "a recipient without a party or country code has no PLOVER code; left out",
        });
      return entity === undefined ? [] : [entity];
    });
    const record: PloverRecord = {
      id: `${statement.id}#${provision.id}`,
      ...(when === undefined
        ? {}
        : { date: when.date, ...(when.time === undefined ? {} : { time: when.time }) }),
      ...(end === undefined ? {} : { enddate: end.date }),
      actor: provision.actors.flatMap((id) => {
        const party = parties.get(id);
        return party === undefined ? [] : [partyEntity(party)];
      }),
      ...(recipients.length === 0 ? {} : { recipient: recipients }),
      event: [coding.event],
      ...(coding.mode.length === 0 ? {} : { mode: coding.mode }),
      ...(coding.context.length === 0 ? {} : { context: coding.context }),
      quad_code: QUAD_CODES[coding.event],
      event_text: provision.text,
      ...(provision.span === undefined
        ? {}
        : { text_info: { start: provision.span.start, end: provision.span.end } }),
      ...(place === undefined
        ? {}
        : {
            event_loc: {
              placename: place.name,
              ...(placeCountry === undefined ? {} : { country_code: placeCountry }),
            },
          }),
      link: statement.id,
      cite_info: {
        citation: statement.id,
        ...(statement.title === undefined ? {} : { title: statement.title }),
        ...(statement.language === undefined ? {} : { language: statement.language }),
        codebook: "PLOVER 2.0 (draft)",
      },
      coder: TOOL,
      comment: coding.comment,
    };
    if (record.date === undefined)
      warn({
        path,
        code: "not-carried",
        message: `record "${record.id}" has no date: the statement fixes neither the meeting's nor the issue date`,
      });
    records.push(record);
  });
  return records;
}

/** The provision's PLOVER event, mode list and contexts: its own coding, else the table's. */
function codingOf(
  provision: Provision,
  path: string,
  warn: (warning: ConversionWarning) => void,
): { event: PloverEvent; mode: string[]; context: string[]; comment: string } | undefined {
  const own = provision.plover;
  const table = ACTION_TO_PLOVER[provision.action];
  const event = own?.event ?? table.event;
  if (event === undefined) return undefined;
  let mode = own === undefined ? table.mode : own.mode;
  if (mode !== undefined && !PLOVER_MODES[event].includes(mode)) {
    warn({
      path: `${path}/plover/mode`,
      code: "not-carried",
      message: `"${mode}" is not a mode of ${event} in the PLOVER codebook; left out`,
    });
    mode = undefined;
  }
  const context = (own === undefined ? (table.context ?? []) : (own.context ?? [])).filter((value, i) => {
    if (PLOVER_CONTEXTS.includes(value)) return true;
    warn({
      path: `${path}/plover/context/${i}`,
      code: "not-carried",
      message: `"${value}" is not a PLOVER context; left out`,
    });
    return false;
  });
  const auxiliary = auxiliaryMode(provision.modality, event);
  return {
    event,
    mode: [mode, auxiliary].filter((value): value is string => value !== undefined),
    context: [...context],
    comment:
      own === undefined
        ? `coded from action class "${provision.action}": ${table.basis}`
        : `coded by the provision's own PLOVER coding (action class "${provision.action}")`,
  };
}

/** A date's `YYYY-MM-DD` and time, when the value fixes the day. */
function dated(date: PartialDate | undefined): { date: string; time?: string } | undefined {
  const value = date?.value;
  if (value === undefined || value.length < 10) return undefined;
  const time = /T(\d{2}:\d{2}(:\d{2})?)/.exec(value)?.[1];
  return {
    date: value.slice(0, 10),
    ...(time === undefined ? {} : { time: time.length === 5 ? `${time}:00` : time }),
  };
}

function partyEntity(party: Party, text?: string): PloverEntity {
  if (party.kind === "organization" && party.organization !== undefined)
    return bodyEntity(party.organization, text);
  const code =
    party.alpha3 ?? (party.country === undefined ? undefined : getCountry(party.country)?.alpha3) ?? "IGO";
  return { code, sector: "GOV", entity_text: text ?? party.name };
}

function bodyEntity(organization: Organization, text?: string): PloverEntity {
  const names = [organization.name, organization.acronym ?? ""];
  const code =
    BODY_CODES.find(([pattern]) => names.some((name) => pattern.test(name)))?.[1] ??
    (organization.kind === "non-governmental" ? "NGO" : organization.kind === "company" ? "MNC" : "IGO");
  const wikidata = organization.identifiers?.find((identifier) => identifier.scheme === "wikidata")?.value;
  return {
    code,
    entity_text: text ?? organization.name,
    ...(wikidata === undefined ? {} : { identifier_id: wikidata }),
  };
}

function recipientEntity(
  recipient: Recipient,
  parties: ReadonlyMap<string, Party>,
): PloverEntity | undefined {
  const text = recipient.mention?.text;
  const party = recipient.party === undefined ? undefined : parties.get(recipient.party);
  if (party !== undefined) return partyEntity(party, text);
  const country = recipient.country === undefined ? undefined : getCountry(recipient.country);
  if (country === undefined) return undefined;
  return { code: country.alpha3, sector: "GOV", entity_text: text ?? country.name };
}
