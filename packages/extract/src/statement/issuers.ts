import type { CountryHit } from "../entities/countries.js";
import type { OrganizationHit } from "../entities/organizations.js";
import { knownOrganization } from "../lexicon/organizations.js";
import { type Segment, within } from "../text/span.js";

/** A party a statement may have: a country by its code, or an organization that speaks for itself. */
export type PartyRef =
  | { kind: "country"; code: string }
  | { kind: "organization"; organization: OrganizationHit };

/** A naming of a possible party in the text. */
interface ActorMention extends Segment {
  parties: PartyRef[];
}

// What may join the names of parties named together: `Japan, India`, `the EU and China`,
// `ROK–U.S.`, `Papua New Guinea - Australia`, `Korea, U.S., and Japan`, `Norway and the Government
// of Iceland`.
// `… and the United States, and the high representative of the European Union`: a union's office
// holder beside the states' ministers.
const JOINED =
  /^(?:\s*,\s*(?:and\s+)?|\s+and\s+|\s*[-–—]\s*|\s+&\s+)(?:the\s+)?(?:governments?\s+of\s+(?:the\s+)?|(?:high\s+representative|president|secretary[-\s]general|chair(?:man|person)?)\s+of\s+the\s+)?$/i;
// `on behalf of the foreign ministers of …`: the text says whom the statement speaks for.
const ON_BEHALF = /\bon\s+behalf\s+of\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,3}?(?:of\s+(?:the\s+)?)?$/iu;
// `the Australia–Japan–New Zealand Meeting`: a name joined to the next, one of the sides.
const COMPOUND_NEXT = /^\s?[-–—]\s?\p{Lu}/u;
// `… voice concern over Myanmar`, `… as Russia, China court the region`: a country a headline names
// as the subject matter or as others, not as one who speaks.
const NOT_SPEAKING_BEFORE =
  /\b(?:as|while|amid|despite|over|about|against|on|regarding|toward|towards)\s+(?:the\s+)?$/i;
const HYPHENED = /^\s*[-–—]\s*$/;
// A verb that makes the names before it the ones who speak or act, perhaps after an aside set off
// by commas (`Britain and France, whose leaders met in Paris, said`): one of the verbs after an
// adverb; a document's verb after its auxiliary and adverbs too (`have since issued`, `on Wednesday
// also issued`, not `had earlier agreed`); or those who act by their body or post before such a verb
// (`the Chinese and Russian foreign ministries issued`, not `… hosted the Ukrainian and Moldovan presidents`).
const ADVERB = String.raw`also|jointly|both|today|on\s+\w+day|\w+day`;
const AUXILIARY = `have|has|had|later|then|meanwhile|since|earlier|together|${ADVERB}`;
const DOCUMENT_VERB = `said|sign(?:ed|s)?|issue[sd]?|adopt(?:ed|s)?|release[sd]?`;
const ACTION_VERB = `${DOCUMENT_VERB}|say|says|agree[sd]?|pledge[sd]?|reaffirm(?:ed|s)?|vow(?:ed|s)?|announce[sd]?|commit(?:ted|s)?|condemn(?:ed|s)?|urge[sd]?|call(?:ed|s)?|welcome[sd]?|express(?:ed|es)?|decide[sd]?|launch(?:ed|es)?|held|hold|met|meet|discuss(?:ed|es)?|convene[sd]?|unveil(?:ed|s)?|renew(?:ed|s)?|confirm(?:ed|s)?|recommit(?:ted|s)?`;
const ISSUER_VERB = new RegExp(
  String.raw`^(?:\s*,[^,.;:"“”]{3,100},)?[\s,]*(?:(?:(?:${ADVERB})\s+)?(?:${ACTION_VERB}|leaders|ministers|foreign ministers|defen[cs]e ministers|governments)|(?:(?:${AUXILIARY})\s+){1,3}(?:${DOCUMENT_VERB})|(?:(?:foreign|defen[cs]e|prime|trade|finance|economy|energy|interior|home)\s+)?(?:ministries|ministers|presidents|premiers|delegations)\s+(?:(?:${AUXILIARY})\s+){0,2}(?:${ACTION_VERB}))\b`,
  "i",
);
const ISSUER_BEFORE =
  /\b(?:between|leaders of|ministers of|officials from|delegations from|governments of|government of|of)\s+(?:the\s+)?$/i;
// A meeting's head noun: `the U.S.-Japan Security Consultative Committee`, `the Japan-EU Summit`.
const MEETING_AFTER =
  /^\s*(?:[\p{L}\d+'’-]+\s+){0,6}?(?:summit|meeting|dialogue|talks|consultations?|committee|forum|conference|strategic dialogue|2\+2|two-plus-two)\b/iu;

/** Every naming of a country or of an organization that issues statements, in text order. */
function actorMentions(
  countries: readonly CountryHit[],
  organizations: readonly OrganizationHit[],
): ActorMention[] {
  const mentions: ActorMention[] = countries.map((hit) => ({
    start: hit.start,
    end: hit.end,
    text: hit.text,
    parties: [{ kind: "country", code: hit.code }],
  }));
  for (const organization of organizations) {
    if (organization.kind !== "intergovernmental" && organization.kind !== "forum") continue;
    const known = knownOrganization(organization);
    if (known === undefined) continue;
    const parties: PartyRef[] =
      known.members === undefined
        ? [{ kind: "organization", organization }]
        : known.members.map((code) => ({ kind: "country", code }));
    for (const mention of organization.mentions)
      mentions.push({ start: mention.start, end: mention.end, text: mention.text, parties });
  }
  return mentions.sort((a, b) => a.start - b.start || b.end - a.end);
}

/** A run of parties named together, and how strongly the text makes them the statement's issuers. */
interface Run {
  parties: PartyRef[];
  start: number;
  end: number;
  weight: number;
}

function keyOf(party: PartyRef): string {
  return party.kind === "country" ? party.code : `org:${party.organization.id}`;
}

/**
 * The statement's issuers, from the strongest evidence the text gives: parties named together in the
 * headline or the title of a statement (`Japan-India Joint Statement`, `U.S., South Korea Unveil …`), a
 * grouping whose statements are its members' (`G7 leaders agreed …`), the sides a meeting's name
 * joins (`the Japan-EU Summit`), or those named together as the ones who speak, meet or sign. Returns
 * the parties and how strong the evidence was (0 when there was none).
 */
export function findIssuers(
  source: string,
  headline: Segment | undefined,
  statementSentences: readonly Segment[],
  countries: readonly CountryHit[],
  organizations: readonly OrganizationHit[],
): { parties: PartyRef[]; weight: number } {
  const mentions = actorMentions(countries, organizations);
  const inside = (run: { start: number; end: number }, part: Segment | undefined) =>
    part !== undefined && within(run, part);
  const runs: Run[] = [];
  for (let index = 0; index < mentions.length; index++) {
    const members = [mentions[index] as ActorMention];
    let hyphened = false;
    while (index + 1 < mentions.length) {
      const last = members[members.length - 1] as ActorMention;
      const next = mentions[index + 1] as ActorMention;
      if (next.start < last.end) {
        index++;
        continue;
      }
      const between = source.slice(last.end, next.start);
      if (!JOINED.test(between) || /\n\s*\n/.test(between)) break;
      if (HYPHENED.test(between)) hyphened = true;
      members.push(next);
      index++;
    }
    // A name alone with one party (most names) makes no run, unless it is a body that speaks for its
    // members: let go before its parties are gathered.
    const alone = members.length === 1 ? (members[0] as ActorMention).parties : undefined;
    if (alone !== undefined && alone.length < 2 && !speaksForMembers(alone[0])) continue;
    const parties = unique(members.flatMap((member) => member.parties));
    const run = {
      start: (members[0] as ActorMention).start,
      end: (members[members.length - 1] as ActorMention).end,
    };
    const grouping = members.length === 1 && parties.length > 1;
    // A statement has two parties at least, or one body that speaks for its members (`Foreign
    // ministers of ASEAN adopted …`): one other name alone is no issuer.
    if (parties.length < 2 && !speaksForMembers(parties[0])) continue;
    const after = source.slice(run.end, run.end + 60);
    const before = source.slice(Math.max(0, run.start - 30), run.start);
    let weight = 1;
    if (ISSUER_VERB.test(after) || ISSUER_BEFORE.test(before)) weight = 2;
    if ((hyphened || grouping) && MEETING_AFTER.test(after)) weight = 3;
    if (statementSentences.some((sentence) => inside(run, sentence)) && (hyphened || grouping || weight >= 2))
      weight = Math.max(weight, 3);
    // Said outright, it outweighs a grouping the headline names (`G7 ministers condemn …`).
    if (ON_BEHALF.test(source.slice(Math.max(0, run.start - 60), run.start))) weight = Math.max(weight, 5);
    if (inside(run, headline) && !NOT_SPEAKING_BEFORE.test(before))
      weight = Math.max(weight, parties.length >= 2 ? 4 : 2);
    runs.push({ parties, ...run, weight });
  }
  // A statement's own title names its parties even when it does not join them: `Joint Statement
  // during the State Visit of … Saudi Arabia to India`.
  for (const sentence of statementSentences) {
    if (!inside(sentence, headline)) continue;
    const named = unique(
      mentions
        .filter(
          (m) =>
            inside(m, sentence) &&
            (COMPOUND_NEXT.test(source.slice(m.end, m.end + 3)) ||
              !NOT_SPEAKING_BEFORE.test(source.slice(Math.max(sentence.start, m.start - 30), m.start))),
        )
        .flatMap((m) => m.parties),
    );
    // One body that speaks in its own name may head its own title alone (`ASEAN FMs adopt joint
    // communique`): its members are then the parties.
    const only = named.length === 1 ? named[0] : undefined;
    const alone = only?.kind === "organization" && membershipKnown(only.organization);
    if (named.length >= 2 || alone)
      runs.push({ parties: named, start: sentence.start, end: sentence.end, weight: 4 });
  }
  let best: Run | undefined;
  for (const run of runs) if (best === undefined || run.weight > best.weight) best = run;
  if (best === undefined || best.weight < 2) return { parties: [], weight: 0 };
  return { parties: best.parties, weight: best.weight };
}

// Whether a party is a body that speaks in its own name for members the table knows.
function speaksForMembers(party: PartyRef | undefined): boolean {
  return party?.kind === "organization" && membershipKnown(party.organization);
}

// Whether the table knows the members of a body that speaks in its own name.
function membershipKnown(organization: OrganizationHit): boolean {
  return knownOrganization(organization)?.membership !== undefined;
}

function unique(parties: readonly PartyRef[]): PartyRef[] {
  const seen = new Map<string, PartyRef>();
  for (const party of parties) if (!seen.has(keyOf(party))) seen.set(keyOf(party), party);
  return [...seen.values()];
}
