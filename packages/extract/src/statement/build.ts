import type {
  CountryMention,
  Mention,
  Organization,
  PartialDate,
  Person,
  PersonWithPosts,
  Place,
  Post,
  Quote,
} from "@communique/core";
import type {
  JointStatement,
  Participant,
  Party,
  Provision,
  RelatedEvent,
} from "@communique/joint-statement";
import type { CityHit, CountryHit, PlaceHit } from "../entities/countries.js";
import type { OrganizationHit } from "../entities/organizations.js";
import type { PersonHit } from "../entities/people.js";
import { countryInfo } from "../lexicon/gazetteer.js";
import { knownOrganization } from "../lexicon/organizations.js";
import { merged } from "../objects.js";
import { covering } from "../text/lookup.js";
import { mentionOf, type Segment, spanOf } from "../text/span.js";
import { issuedOf } from "./issued.js";
import type { PartyRef } from "./issuers.js";
import type { KindHit } from "./kinds.js";
import type { MeetingHit } from "./meeting.js";
import type { RoleHit } from "./participants.js";
import type { ProvisionHit } from "./provisions.js";
import type { RelatedHit } from "./related.js";

/** What the article-level pass hands to the statement builder. */
export interface StatementParts {
  source: string;
  cities: readonly CityHit[];
  id: string;
  kinds: readonly KindHit[];
  parties: readonly PartyRef[];
  countries: readonly CountryHit[];
  people: readonly PersonWithPosts[];
  peopleHits: readonly PersonHit[];
  roles: readonly RoleHit[];
  meeting: MeetingHit | undefined;
  /** The sentences that say who met, held talks or issued the statement. */
  eventSentences: readonly Segment[];
  related: readonly RelatedHit[];
  provisions: readonly ProvisionHit[];
  quotations: readonly Quote[];
  articleId: string;
  provenance: JointStatement["provenance"];
  place: (hit: PlaceHit, withMentions: boolean) => Place;
  date: (written: Segment) => PartialDate;
  forum: (hit: OrganizationHit) => Organization;
}

/** A JointStatement from the parts found in the article. */
export function buildStatement(parts: StatementParts): JointStatement {
  const parties: Party[] = parts.parties.map((ref) => {
    if (ref.kind === "organization") {
      const organization = parts.forum(ref.organization);
      return {
        id: organization.id ?? ref.organization.id,
        kind: "organization",
        name: organization.name,
        organization,
      };
    }
    const code = ref.code;
    const info = countryInfo(code);
    const mentions: CountryMention[] = parts.countries
      .filter((hit) => hit.code === code)
      .map((hit) => ({ text: hit.text, span: spanOf(hit), form: hit.form }));
    // The optional parts assigned, not spread in: the same keys in the same order, without a copy
    // of a small object for each.
    const party: Party = { id: code.toLowerCase(), kind: "country", name: info?.name ?? code, country: code };
    if (info !== undefined) party.alpha3 = info.alpha3;
    if (mentions.length > 0) party.mentions = mentions;
    return party;
  });
  const partyOf = partyOfParts(parts);
  // The provenance goes last, after the report it is in: given to `merged` at the end.
  const statement = {
    $schema: "https://communique.dev/schemas/joint-statement/v1.json",
    type: "JointStatement",
    id: parts.id,
    kind: parts.kinds[0]?.kind ?? "joint-statement",
  } as Omit<JointStatement, "provenance">;
  if (parts.kinds.length > 0) statement.kindMentions = parts.kinds.map(mentionOf);
  const title = parts.kinds.find((kind) => kind.title !== undefined)?.title;
  if (title !== undefined) statement.title = title;
  statement.parties = parties;
  const issued = issuedOf(parts.source, parts.kinds, parts.cities);
  if (issued !== undefined) {
    const date = issued.date === undefined ? undefined : parts.date(issued.date);
    const place = issued.place === undefined ? undefined : parts.place(issued.place, true);
    // One literal for each form, not spreads: see objects.ts.
    statement.issued =
      date === undefined
        ? place === undefined
          ? {}
          : { place }
        : place === undefined
          ? { date }
          : { date, place };
  }
  if (parts.meeting !== undefined) {
    const meeting = parts.meeting;
    const written: NonNullable<JointStatement["meeting"]> = { name: meeting.name.text };
    if (meeting.forum !== undefined) written.forum = parts.forum(meeting.forum);
    if (meeting.ordinal !== undefined) {
      written.ordinal = meeting.ordinal.value;
      written.ordinalMention = mentionOf(meeting.ordinal.mention);
    }
    if (meeting.date !== undefined) written.date = parts.date(meeting.date);
    if (meeting.place !== undefined) written.place = parts.place(meeting.place, true);
    if (meeting.partOf !== undefined) written.partOf = meeting.partOf.text;
    statement.meeting = written;
  }
  const participants = participantsOf(parts, partyOf);
  if (participants.length > 0) statement.participants = participants;
  const provisions: Provision[] = parts.provisions.map((hit, index) => {
    const actors = hit.actors
      .map((code) => code.toLowerCase())
      .filter((id) => parties.some((party) => party.id === id));
    // Assigned in the order of the keys, the optional ones where they go.
    const provision = {
      id: `${hit.action}-${index + 1}`,
      action: hit.action,
      text: hit.text.text,
      span: spanOf(hit.text),
      wording: hit.wording,
    } as Provision;
    if (hit.restatements.length > 0) provision.restatements = hit.restatements.map(mentionOf);
    provision.actors = actors.length > 0 ? actors : parties.map((party) => party.id);
    if (hit.recipients.length > 0)
      provision.recipients = hit.recipients.map((recipient) => {
        const party = partyOf(recipient.code);
        return party === undefined
          ? { country: recipient.code, mention: mentionOf(recipient) }
          : { party, mention: mentionOf(recipient) };
      });
    provision.modality = hit.modality;
    return provision;
  });
  if (provisions.length > 0) statement.provisions = provisions;
  if (parts.quotations.length > 0) statement.quotations = [...parts.quotations];
  const related: RelatedEvent[] = parts.related.map((hit) => {
    const event: RelatedEvent = { relation: hit.relation, description: mentionOf(hit.description) };
    if (hit.date !== undefined) event.date = parts.date(hit.date);
    if (hit.place !== undefined) event.place = parts.place(hit.place, true);
    return event;
  });
  if (related.length > 0) statement.related = related;
  return merged(statement, { reportedIn: [parts.articleId], provenance: parts.provenance });
}

// The party id a country's code stands for, when the country is a party.
function partyOfParts(parts: StatementParts): (code: string | undefined) => string | undefined {
  const codes = parts.parties.flatMap((ref) => (ref.kind === "country" ? [ref.code] : []));
  return (code) => (code !== undefined && codes.includes(code) ? code.toLowerCase() : undefined);
}

/**
 * Names a statement's participants again, from what it was built from, once later passes have said
 * whose more of the officials are (an agency's own officials, visitors, one office a party).
 */
export function refreshParticipants(statement: JointStatement, parts: StatementParts): void {
  const known = statement.participants ?? [];
  const named = new Set(known.map((participant) => participant.person.name));
  // Those found now, but not a former official: what they once did is not what the text tells of.
  const added = participantsOf(parts, partyOfParts(parts)).filter(
    (participant) => !named.has(participant.person.name) && participant.post?.former !== true,
  );
  if (added.length > 0) statement.participants = [...known, ...added].sort(byFirstMention);
}

// Officials with a part the text names (heading a side, representing one, chairing, signing), then
// those of a party's officials the meeting's sentences name: for the party their post or side names,
// the organization their post belongs to (`Chairperson of the African Union Commission`), or, when
// all the others are accounted for, the one party no one else acts for.
function participantsOf(
  parts: StatementParts,
  partyOf: (code: string | undefined) => string | undefined,
): Participant[] {
  const participants: Participant[] = [];
  const unplaced: { person: PersonWithPosts; post: Post | undefined; role: RoleHit | undefined }[] = [];
  const hits = new Map(parts.peopleHits.map((hit) => [hit.name, hit]));
  const roles = new Map<PersonHit, RoleHit>();
  for (const role of parts.roles)
    for (const person of role.people) if (!roles.has(person)) roles.set(person, role);
  const events = [...parts.eventSentences].sort((a, b) => a.start - b.start);
  const organizationParties = parts.parties.flatMap((ref) =>
    ref.kind === "organization" ? [ref.organization] : [],
  );
  const add = (
    person: PersonWithPosts,
    post: Post | undefined,
    role: RoleHit | undefined,
    onBehalfOf: string,
  ) => {
    const { posts: _posts, ...bare } = person;
    // The text makes them act for a country: the post they hold is that country's. The article's
    // person holds the same post object, so the article says so too.
    const party = parts.parties.find(
      (ref) => ref.kind === "country" && ref.code.toLowerCase() === onBehalfOf,
    );
    if (post !== undefined && post.country === undefined && party?.kind === "country")
      post.country = party.code;
    // Built by assignment: spreading the optional parts in would give each its own hidden class.
    const participant: Participant =
      post === undefined
        ? { person: bare as Person, onBehalfOf }
        : { person: bare as Person, post, onBehalfOf };
    if (role?.role !== undefined) {
      participant.role = role.role;
      participant.roleMention = mentionOf(role.mention) as Mention;
    }
    participants.push(participant);
  };
  for (const person of parts.people) {
    const hit = hits.get(person.name);
    const role = hit === undefined ? undefined : roles.get(hit);
    const post = person.posts?.[0];
    const inMeeting = (person.mentions ?? []).some(
      (mention) => covering(events, mention.span.start) !== undefined,
    );
    // A former official named in the same sentence acts for no one now, unless the text gives a part.
    if (role === undefined && (!inMeeting || post?.former === true)) continue;
    // An official of the body's institutions, of its union, or of one of its members when the body
    // speaks for them (a member state's minister at an ASEAN meeting).
    // When a body speaks alone for its members, every official at its meeting is one of theirs.
    const organization = organizationParties.find((org) => {
      const known = knownOrganization(org);
      if (known?.membership !== undefined && parts.parties.length === 1) return true;
      return (person.posts ?? []).some(
        (p) =>
          postOfBody(p.title, org) ||
          (p.country !== undefined &&
            (known?.code === p.country || known?.membership?.includes(p.country) === true)),
      );
    });
    // `Chile's Ana Ruiz`: the country the text names them by when no post says whose they are.
    const onBehalfOf =
      partyOf(post?.country) ?? partyOf(role?.country) ?? organization?.id ?? partyOf(hit?.country);
    if (onBehalfOf !== undefined) add(person, post, role, onBehalfOf);
    else if (post !== undefined && post.country === undefined) unplaced.push({ person, post, role });
  }
  const unrepresented = parts.parties
    .map((ref) => (ref.kind === "country" ? ref.code.toLowerCase() : ref.organization.id))
    .filter((id) => !participants.some((participant) => participant.onBehalfOf === id));
  // Only someone named in the same sentence as another party's official is that official's
  // counterpart: `Foreign Minister Kang … together with Foreign Minister Payne … of Australia`.
  const placed = [...participants];
  const sentenceOf = (person: Person | PersonWithPosts) =>
    (person.mentions ?? [])
      .map((mention) => covering(events, mention.span.start))
      .find((s) => s !== undefined);
  if (unrepresented.length === 1 && placed.length > 0)
    for (const { person, post, role } of unplaced) {
      const sentence = sentenceOf(person);
      const counterpart = placed.some(
        (other) =>
          other.onBehalfOf !== unrepresented[0] &&
          sentence !== undefined &&
          sentenceOf(other.person) === sentence,
      );
      if (counterpart) add(person, post, role, unrepresented[0] as string);
    }
  return participants.sort(byFirstMention);
}

// In the order the text names them.
function byFirstMention(a: Participant, b: Participant): number {
  return (a.person.mentions?.[0]?.span.start ?? 0) - (b.person.mentions?.[0]?.span.start ?? 0);
}

// A post in an organization: its name, acronym, or one of its institutions (`President of the
// European Commission` for the EU).
function postOfBody(title: string, org: { name: string; acronym?: string | undefined }): boolean {
  // The acronym as a word of the title (`EU Commissioner`), not inside one (`EUR`).
  if (
    title.includes(org.name) ||
    (org.acronym !== undefined && title.split(/[^\p{L}\p{N}]+/u).includes(org.acronym))
  )
    return true;
  return knownOrganization(org)?.institutions?.some((institution) => title.includes(institution)) ?? false;
}
