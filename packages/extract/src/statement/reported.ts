import type { Organization, PartialDate, PersonWithPosts, Place, Quote } from "@communique/core";
import type { JointStatement } from "@communique/joint-statement";
import type { CityHit, CountryHit } from "../entities/countries.js";
import type { DatelineHit } from "../entities/dateline.js";
import type { OrganizationHit } from "../entities/organizations.js";
import type { PersonHit } from "../entities/people.js";
import { slug } from "../ids.js";
import type { QuoteHit } from "../quotes.js";
import { covering, lastIndexStartingBy } from "../text/lookup.js";
import { sentences } from "../text/sentences.js";
import { lastIndexWithin, overlaps, type Segment, segment, trimmed } from "../text/span.js";
import type { Token } from "../text/tokens.js";
import { type ExtractWarning, warning } from "../warnings.js";
import { buildStatement } from "./build.js";
import type { KindHit } from "./kinds.js";
import { findMeeting } from "./meeting.js";
import { findRoles } from "./participants.js";
import { findParties } from "./parties.js";
import {
  actionOf,
  actionVerbs,
  actorsAndRecipients,
  contentStems,
  modalityOf,
  type ProvisionHit,
  predicateStems,
} from "./provisions.js";
import { findRelated } from "./related.js";

/** Everything the article pass found, for the statements it reports. */
export interface ArticleFindings {
  source: string;
  articleId: string;
  sha256: string;
  provenance: JointStatement["provenance"];
  story: readonly Segment[];
  body: readonly Segment[];
  headline: Segment;
  tokens: readonly Token[];
  countries: readonly CountryHit[];
  cities: readonly CityHit[];
  peopleHits: readonly PersonHit[];
  people: readonly PersonWithPosts[];
  organizationHits: readonly OrganizationHit[];
  quoteHits: readonly QuoteHit[];
  kinds: readonly KindHit[];
  dateline: DatelineHit | undefined;
  date: (written: Segment) => PartialDate;
  place: (hit: CityHit, withMentions: boolean) => Place;
  forum: (hit: OrganizationHit) => Organization;
}

/**
 * The joint statements the article reports: one when it names a joint statement, communiqué,
 * declaration or press release, or quotes one; with the parties, meeting, participants, provisions
 * (each quotation from it, with the sentences that report it in other words) and related meetings.
 */
export function reportedStatements(found: ArticleFindings): {
  statements: JointStatement[];
  quoteStatement: Map<QuoteHit, number>;
  warnings: ExtractWarning[];
} {
  const { source } = found;
  const warnings: ExtractWarning[] = [];
  const quoteStatement = new Map<QuoteHit, number>();
  const kinds = found.kinds;
  const statementQuotes = found.quoteHits.filter((hit) => hit.speaker.kind === "statement");
  if (kinds.length === 0 && statementQuotes.length === 0) return { statements: [], quoteStatement, warnings };

  const forums = found.organizationHits.filter(
    (hit) => hit.kind === "forum" || hit.kind === "intergovernmental",
  );
  const meeting = findMeeting(source, found.story, forums, found.cities);
  const meetingSentence =
    meeting === undefined ? undefined : sentenceAround(source, found.body, meeting.name.start);
  // The sentences that say who met, held talks, or issued the statement.
  const eventSentences = [
    ...(meetingSentence === undefined ? [] : [meetingSentence]),
    ...kinds.map((kind) => sentenceAround(source, found.body, kind.start)),
    ...found.body.flatMap((paragraph) =>
      sentencesOf(source, paragraph).filter((sentence) =>
        /\b(?:met|held talks|talks between|co-chaired|chaired|signed|hosted|attended)\b/.test(sentence.text),
      ),
    ),
  ].filter((sentence): sentence is Segment => sentence !== undefined);
  const roles = findRoles(source, found.peopleHits, found.countries);
  const sides = roles.flatMap((role) => (role.country === undefined ? [] : [role.country]));
  const events = [...eventSentences].sort((a, b) => a.start - b.start);
  const present = found.peopleHits
    .filter((person) => person.mentions.some((mention) => covering(events, mention.start) !== undefined))
    .flatMap((person) => person.posts.flatMap((post) => (post.country === undefined ? [] : [post.country])));
  const parties = findParties(source, found.countries, found.peopleHits, sides, present);
  if (parties.length < 2) {
    warnings.push(
      warning(
        "statement-without-parties",
        "the text reports a joint statement, but fewer than two parties to it could be told; it is left out",
        kinds[0] ?? statementQuotes[0]?.text,
      ),
    );
    return { statements: [], quoteStatement, warnings };
  }
  const related = findRelated(source, found.body, found.cities);
  const provisions = provisionsOf(
    found,
    statementQuotes,
    parties,
    related.map((hit) => sentenceAround(source, found.body, hit.description.start)),
  );
  for (const hit of statementQuotes) quoteStatement.set(hit, 0);

  const id =
    meeting?.forum !== undefined && meeting.ordinal !== undefined
      ? `urn:communique:joint-statement:${slug(meeting.forum.acronym ?? meeting.forum.name)}-${meeting.ordinal.value}`
      : `urn:communique:joint-statement:${found.sha256.slice(0, 16)}-1`;
  const quotations: Quote[] = statementQuotes.map((hit) => ({
    text: hit.text.text,
    span: { start: hit.text.start, end: hit.text.end },
    attribution: {
      kind: "statement",
      ref: id,
      ...(hit.cue === undefined
        ? {}
        : { cue: { text: hit.cue.text, span: { start: hit.cue.start, end: hit.cue.end } } }),
    },
  }));
  const statement = buildStatement({
    id,
    kinds,
    parties,
    countries: found.countries,
    people: found.people,
    peopleHits: found.peopleHits,
    roles,
    meeting,
    eventSentences,
    related,
    provisions,
    quotations,
    articleId: found.articleId,
    provenance: found.provenance,
    place: found.place,
    date: found.date,
    forum: found.forum,
  });
  return { statements: [statement], quoteStatement, warnings };
}

// Each paragraph is split once, however many passes ask for its sentences.
const SPLIT = new WeakMap<Segment, Segment[]>();
function sentencesOf(source: string, paragraph: Segment): Segment[] {
  let found = SPLIT.get(paragraph);
  if (found === undefined) {
    found = sentences(source, paragraph);
    SPLIT.set(paragraph, found);
  }
  return found;
}

function sentenceAround(source: string, body: readonly Segment[], at: number): Segment | undefined {
  const paragraph = body.find((part) => part.start <= at && at < part.end);
  return paragraph === undefined
    ? undefined
    : sentencesOf(source, paragraph).find((sentence) => sentence.start <= at && at < sentence.end);
}

function provisionsOf(
  found: ArticleFindings,
  quotes: readonly QuoteHit[],
  parties: readonly string[],
  excluded: readonly (Segment | undefined)[],
): ProvisionHit[] {
  const { source } = found;
  const reported: ProvisionHit[] = [];
  const provisions: ProvisionHit[] = quotes.map((hit) => {
    const { action, verbAt } = actionOf(hit.text.text, hit.lead.text);
    const { actors, recipients } = actorsAndRecipients(source, hit.text, verbAt, found.countries, parties);
    return {
      text: hit.text,
      action,
      modality: modalityOf(hit.text.text, hit.lead.text),
      actors,
      recipients,
      restatements: [],
      wording: "quoted" as const,
    };
  });
  // Sentences that report a quoted provision in other words: they share its verb and two more words.
  const candidates: Segment[] = [found.headline];
  for (const paragraph of found.body) {
    for (const sentence of sentencesOf(source, paragraph)) {
      if (
        quotes.some((hit) => overlaps(hit.text, sentence)) ||
        excluded.some((part) => part !== undefined && overlaps(part, sentence))
      )
        continue;
      if (found.quoteHits.some((hit) => overlaps(hit.text, sentence))) continue;
      candidates.push(reportClause(source, sentence, found.dateline));
    }
  }
  const keys = provisions.map((provision) => ({
    predicate: predicateStems(provision.text.text),
    content: contentStems(provision.text.text),
  }));
  const predicates = [...new Set(keys.flatMap((key) => [...key.predicate]))];
  for (const candidate of candidates) {
    if (candidate.start === found.headline.start && candidate !== found.headline) continue;
    const lower = candidate.text.toLowerCase();
    const stems = predicates.some((predicate) => lower.includes(predicate))
      ? contentStems(candidate.text)
      : undefined;
    let best = -1;
    let bestScore = 0;
    if (stems !== undefined)
      keys.forEach((key, index) => {
        let predicate = 0;
        for (const stem of key.predicate) if (stems.has(stem)) predicate++;
        if (predicate === 0) return;
        let content = 0;
        for (const stem of key.content) if (stems.has(stem)) content++;
        const score = content < 2 ? 0 : predicate * 3 + content;
        if (score > bestScore) {
          best = index;
          bestScore = score;
        }
      });
    if (best !== -1) (provisions[best] as ProvisionHit).restatements.push(candidate);
    else if (candidate !== found.headline && mayReport(candidate, found.countries, parties))
      reported.push(...reportedProvisions(source, candidate, found.countries, parties));
  }
  for (const provision of provisions) provision.restatements.sort((a, b) => a.start - b.start);
  return [...provisions, ...reported].sort((a, b) => a.text.start - b.text.start);
}

// Only a sentence that names the parties, or words for them, can report what they did.
const PARTY_WORDS =
  /\b(?:they|both|ministers|leaders|sides|allies|officials|governments|countries|nations|parties|delegations|presidents|partners|neighbou?rs|premiers|heads)\b/i;
function mayReport(clause: Segment, countries: readonly CountryHit[], parties: readonly string[]): boolean {
  if (PARTY_WORDS.test(clause.text)) return true;
  for (let at = lastIndexStartingBy(countries, clause.start - 1) + 1; at < countries.length; at++) {
    const hit = countries[at] as CountryHit;
    if (hit.start >= clause.end) break;
    if (parties.includes(hit.code)) return true;
  }
  return false;
}

// The parties as a sentence's subject: `the two sides`, `the ministers`, `They`, `South Korea and Japan`.
const PARTIES_SUBJECT =
  /^(?:(?:the|both)\s+(?:\p{L}+\s+){0,2}(?:ministers|leaders|sides|allies|officials|governments|countries|nations|parties|delegations|presidents|partners|neighbou?rs|premiers|heads of state)|they)$/iu;
// Adverbs and auxiliaries between a subject and its verb: `the two sides also`, `they did not`.
const AUXILIARIES =
  /(?:\s+(?:also|jointly|further|again|did|do|does|will|would|could|can|shall|should|must|not|never))+$/i;
const FILLER =
  /\b(?:and|the|also|jointly|further|again|both|on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))\b|[,\s]/g;

/**
 * What a sentence reports the parties doing, in its own words: `the ministers condemned … and
 * called on …` gives a provision for each verb, each from its verb to the next one.
 */
function reportedProvisions(
  source: string,
  clause: Segment,
  countries: readonly CountryHit[],
  parties: readonly string[],
): ProvisionHit[] {
  // Reported speech is in the past tense: `launch` or `launches` there is a noun, `launched` a verb
  // (or follows an auxiliary: `did not agree`, `will support`).
  const verbs = actionVerbs(clause.text).filter(
    (verb) =>
      /ed$/i.test(clause.text.slice(verb.at, verb.end).split(/\s+/)[0] as string) ||
      /\b(?:did|do|does|will|would|could|can|shall|should|must)(?:\s+not|n['’]t)?(?:\s+(?:also|jointly|further))?\s+$/i.test(
        clause.text.slice(Math.max(0, verb.at - 30), verb.at),
      ),
  );
  const found: ProvisionHit[] = [];
  let subjectStart = -1;
  let actors: string[] = [];
  for (const [index, verb] of verbs.entries()) {
    const at = clause.start + verb.at;
    const previous = found[found.length - 1];
    const chained =
      previous !== undefined && /^(?:,\s*)?\s*and\s+$/.test(source.slice(previous.text.end, at));
    let start = at;
    if (!chained) {
      const clauseStart = Math.max(clause.start, lastIndexWithin(source, ",", clause.start, at) + 1);
      const subject = trimmed(source, clauseStart, at);
      const named = countries.filter(
        (hit) => hit.start >= subject.start && hit.end <= subject.end && parties.includes(hit.code),
      );
      let rest = subject.text;
      for (const hit of [...named].reverse())
        rest = rest.slice(0, hit.start - subject.start) + rest.slice(hit.end - subject.start);
      const isParties =
        PARTIES_SUBJECT.test(subject.text.replace(AUXILIARIES, "")) ||
        (named.length > 0 && rest.replace(FILLER, "").length === 0);
      if (!isParties) continue;
      subjectStart = subject.start;
      actors = [...new Set(named.map((hit) => hit.code))];
      start = subjectStart;
    }
    const nextVerb = verbs[index + 1];
    let end = clause.end;
    if (nextVerb !== undefined) {
      const between = source.slice(at, clause.start + nextVerb.at);
      const and = between.search(/(?:,\s*)?\s+and\s+$/);
      if (and !== -1) end = at + and;
    }
    const text = trimmed(source, start, end);
    const { recipients } = actorsAndRecipients(source, text, at - text.start, countries, parties);
    found.push({
      text,
      action: verb.action,
      modality: modalityOf(text.text, ""),
      actors,
      recipients,
      restatements: [],
      wording: "reported",
    });
  }
  return found;
}

// The sentence without its dateline, its closing full stop, and a trailing `, X said Wednesday …`.
function reportClause(source: string, sentence: Segment, dateline: DatelineHit | undefined): Segment {
  let start = sentence.start;
  if (dateline !== undefined && dateline.text.start === sentence.start) {
    start = dateline.text.end;
    while (start < sentence.end && /[\s,:—–-]/.test(source[start] as string)) start++;
  }
  let end = sentence.end;
  const attribution = /,\s+[^,“”"]{1,80}?\b(?:said|says|announced|stated|added|reported)\b[^,“”"]*$/.exec(
    source.slice(start, end),
  );
  if (attribution !== null) end = start + attribution.index;
  return trimmed(source, start, end).text.endsWith(".")
    ? trimmed(source, start, trimmed(source, start, end).end - 1)
    : trimmed(source, start, end);
}

void segment;
