import type { Organization, PartialDate, PersonWithPosts, Place, Quote } from "@communique/core";
import type { JointStatement } from "@communique/joint-statement";
import type { CityHit, CountryHit } from "../entities/countries.js";
import type { DatelineHit } from "../entities/dateline.js";
import type { OrganizationHit } from "../entities/organizations.js";
import type { PersonHit } from "../entities/people.js";
import { slug } from "../ids.js";
import { merged } from "../objects.js";
import type { QuoteHit } from "../quotes.js";
import { covering } from "../text/lookup.js";
import { sentenceAround, sentencesOf } from "../text/sentences.js";
import { type Segment, within } from "../text/span.js";
import type { Token } from "../text/tokens.js";
import { type ExtractWarning, warning } from "../warnings.js";
import { buildStatement } from "./build.js";
import { reportedDocuments } from "./documents.js";
import { provisionsOf } from "./found-provisions.js";
import { findIssuers, type PartyRef } from "./issuers.js";
import type { KindHit } from "./kinds.js";
import { mainMeeting } from "./main-meeting.js";
import { findMeeting } from "./meeting.js";
import { findRoles } from "./participants.js";
import { findParties } from "./parties.js";
import { findRelated } from "./related.js";

/** Everything the article pass found, for the statements it reports. */
export interface ArticleFindings {
  source: string;
  /** The date the page itself gives above the story (`September 11, 2023`, `NEWS | June 6, 2023`). */
  pageDate?: Segment | undefined;
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
 * The joint statements the article reports: one for each joint statement, communiqué, declaration
 * or press release it names (or one for the quotations from a statement it does not name); with the parties, meeting, participants, provisions
 * (each quotation from it, with the sentences that report it in other words) and related meetings.
 */
export function reportedStatements(found: ArticleFindings): {
  statements: JointStatement[];
  /** The id of the statement each quotation is from. */
  quoteStatement: Map<QuoteHit, string>;
  warnings: ExtractWarning[];
} {
  const { source } = found;
  const warnings: ExtractWarning[] = [];
  const quoteStatement = new Map<QuoteHit, string>();
  const kinds = found.kinds;
  const statementQuotes = found.quoteHits.filter((hit) => hit.speaker.kind === "statement");
  if (kinds.length === 0 && statementQuotes.length === 0) return { statements: [], quoteStatement, warnings };

  const forums = found.organizationHits.filter(
    (hit) => hit.kind === "forum" || hit.kind === "intergovernmental",
  );
  const kindSentences = kinds
    .map((kind) =>
      within(kind, found.headline) ? found.headline : sentenceAround(source, found.body, kind.start),
    )
    .filter((sentence): sentence is Segment => sentence !== undefined);
  const meeting =
    findMeeting(source, found.story, forums, found.cities) ??
    mainMeeting({
      source,
      headline: found.headline,
      body: found.body,
      forums: found.organizationHits.filter((hit) => hit.acronym !== undefined || forums.includes(hit)),
      cities: found.cities,
      statementSentences: kindSentences,
    });
  const meetingSentence =
    meeting === undefined ? undefined : sentenceAround(source, found.body, meeting.name.start);
  // The sentences that say who met, held talks, or issued the statement.
  const eventSentences = [
    ...(meetingSentence === undefined ? [] : [meetingSentence]),
    ...kinds.map((kind) => sentenceAround(source, found.body, kind.start)),
    ...found.body.flatMap((paragraph) =>
      sentencesOf(source, paragraph).filter((sentence) =>
        /\b(?:met|meet|meets|held|holds?|convened?|gathered|talks (?:between|with)|co-chaired|chaired|signed|hosted|hosts?|co-hosted|attended|led|participat\w*|together with|welcomed|visit(?:ed|ing|s)?|official visit|met with)\b/.test(
          sentence.text,
        ),
      ),
    ),
  ].filter((sentence): sentence is Segment => sentence !== undefined);
  const roles = findRoles(source, found.peopleHits, found.countries);
  const sides = roles.flatMap((role) => (role.country === undefined ? [] : [role.country]));
  const events = [...eventSentences].sort((a, b) => a.start - b.start);
  const present = found.peopleHits
    .filter((person) => person.mentions.some((mention) => covering(events, mention.start) !== undefined))
    .flatMap((person) => person.posts.flatMap((post) => (post.country === undefined ? [] : [post.country])));
  const statementSentences = kindSentences;
  const issuers = findIssuers(
    source,
    found.headline,
    [...statementSentences, ...(meetingSentence === undefined ? [] : [meetingSentence])],
    found.countries,
    found.organizationHits,
  );
  const counted = findParties(source, found.countries, found.peopleHits, sides, present);
  // The issuers the text names together, unless counting officials and sides finds all of them and
  // more (`Japan, Korea and the United States`, where `Korea` alone names no country).
  const named = issuers.parties.flatMap((party) => (party.kind === "country" ? [party.code] : ["org"]));
  const countedAll = named.every((code) => counted.includes(code)) && counted.length > named.length;
  const parties: PartyRef[] =
    (issuers.weight >= 3 && !countedAll) || (counted.length < 2 && issuers.parties.length > 0)
      ? issuers.parties
      : counted.map((code) => ({ kind: "country", code }));
  const partyCodes = parties.flatMap((party) => (party.kind === "country" ? [party.code] : []));
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
  const relatedSentences = related.map((hit) => sentenceAround(source, found.body, hit.description.start));
  const documents = reportedDocuments(kinds, statementQuotes);
  const base =
    meeting?.forum !== undefined && meeting.ordinal !== undefined
      ? `urn:communique:joint-statement:${slug(meeting.forum.acronym ?? meeting.forum.name)}-${meeting.ordinal.value}`
      : `urn:communique:joint-statement:${found.sha256.slice(0, 16)}`;
  const statements = documents.map((document, index) => {
    const first = document.kinds[0];
    const id =
      documents.length > 1
        ? `${base}-${slug(first?.title ?? first?.kind ?? String(index + 1))}`
        : meeting?.forum !== undefined && meeting.ordinal !== undefined
          ? base
          : `${base}-1`;
    for (const hit of document.quotes) quoteStatement.set(hit, id);
    // Sentences in the text's own words are the first document's provisions: they seldom say which.
    const provisions = provisionsOf(found, document.quotes, partyCodes, relatedSentences, index === 0);
    const quotations: Quote[] = document.quotes.map((hit) => ({
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
      source,
      cities: found.cities,
      id,
      kinds: document.kinds,
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
    return withFallbackTimeAndPlace(statement, found);
  });
  return { statements, quoteStatement, warnings };
}

/**
 * A statement whose own words give no date or place takes the page's: the dateline's date and place,
 * or the date printed above the story, as a release is dated by its issuer.
 */
function withFallbackTimeAndPlace(statement: JointStatement, found: ArticleFindings): JointStatement {
  const dated = statement.issued?.date !== undefined || statement.meeting?.date !== undefined;
  const placed = statement.issued?.place !== undefined || statement.meeting?.place !== undefined;
  const dateline = found.dateline;
  const date = dated ? undefined : (dateline?.date ?? found.pageDate);
  const place =
    placed || dateline === undefined || dateline.country === undefined
      ? undefined
      : found.place(
          {
            start: dateline.place.start,
            end: dateline.place.end,
            text: dateline.placeName,
            code: dateline.country,
          },
          false,
        );
  if (date === undefined && place === undefined) return statement;
  const issued: NonNullable<JointStatement["issued"]> = merged(statement.issued ?? {}, {});
  if (date !== undefined) issued.date = found.date(date);
  if (place !== undefined) issued.place = place;
  const { provenance, reportedIn, ...rest } = statement;
  return merged(rest, reportedIn === undefined ? { issued, provenance } : { issued, reportedIn, provenance });
}
