import {
  isCountryCode,
  type Organization,
  type PartialDate,
  type PersonWithPosts,
  type Place,
  type Quote,
} from "@communique/core";
import type { JointStatement } from "@communique/joint-statement";
import { dateIn } from "../dates.js";
import type { CityHit, CountryHit, PlaceHit } from "../entities/countries.js";
import type { DatelineHit } from "../entities/dateline.js";
import type { OrganizationHit } from "../entities/organizations.js";
import type { PersonHit } from "../entities/people.js";
import { slug } from "../ids.js";
import { HEADS } from "../lexicon/en/posts.js";
import {
  FIRST_PERSON_PLURAL_VERBS,
  JOINT_VOICE_SUBJECTS,
  JOINT_VOICE_VERBS,
} from "../lexicon/en/statement-kinds.js";
import { knownOrganization } from "../lexicon/organizations.js";
import { merged } from "../objects.js";
import type { QuoteHit } from "../quotes.js";
import { covering, firstDefined } from "../text/lookup.js";
import { escapeRegExp } from "../text/pattern.js";
import { sentenceAround, sentencesOf } from "../text/sentences.js";
import { type Segment, within } from "../text/span.js";
import type { Token } from "../text/tokens.js";
import { type ExtractWarning, warning } from "../warnings.js";
import { buildStatement, type StatementParts } from "./build.js";
import { reportedDocuments } from "./documents.js";
import { provisionsOf } from "./found-provisions.js";
import { findIssuers, type PartyRef } from "./issuers.js";
import type { KindHit } from "./kinds.js";
import { mainMeeting, placeIn } from "./main-meeting.js";
import { findMeeting } from "./meeting.js";
import { findRoles } from "./participants.js";
import { findParties } from "./parties.js";
import { findRelated } from "./related.js";

/** Everything the article pass found, for the statements it reports. */
export interface ArticleFindings {
  source: string;
  /** The date the page itself gives above the story (`September 11, 2023`, `NEWS | June 6, 2023`). */
  pageDate?: Segment | undefined;
  /** The publication day given with the text (`YYYY-MM-DD`), if one was. */
  publishedDay?: string | undefined;
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
  place: (hit: PlaceHit, withMentions: boolean) => Place;
  forum: (hit: OrganizationHit) => Organization;
}

// A signature: a name on a line of its own, its post on the next (`Hon Jane Roe` / `Minister of …`),
// with no sentence's full stop and no label's colon (`Editor: …`).
const SIGNATURE = /^[^\n:]{3,80}\n[^\n:]{3,120}$/;
// A sentence's end: a word of three lower-case letters or more and a stop (not `Mr.` or `Hon.`).
const SENTENCE_END = /\p{Ll}{3}[.!?]["'”’)]*(?:\s|$)/u;

/**
 * The signatures at the foot of a statement's text: short paragraphs in its last third, a name on
 * its first line and the post on the next, and no sentence. Those who signed took part.
 */
function signatures(body: readonly Segment[], people: readonly PersonHit[]): Segment[] {
  const found: Segment[] = [];
  const last = body[body.length - 1];
  if (last === undefined) return found;
  const from = (body[0] as Segment).start + ((last.end - (body[0] as Segment).start) * 2) / 3;
  for (const paragraph of body) {
    if (paragraph.end < from || paragraph.text.length > 200) continue;
    if (!SIGNATURE.test(paragraph.text) || SENTENCE_END.test(paragraph.text)) continue;
    const lineEnd = paragraph.start + paragraph.text.indexOf("\n");
    // The second line is the post: it holds a post's head word (`Minister of …`).
    const post = paragraph.text.slice(lineEnd - paragraph.start + 1);
    if (!post.split(/[^\p{L}-]+/u).some((word) => HEADS.has(word))) continue;
    const named = people.some((person) =>
      person.mentions.some((mention) => mention.start >= paragraph.start && mention.end <= lineEnd),
    );
    if (named) found.push(paragraph);
  }
  return found;
}

// Words that say who met, held talks or issued the statement.
const EVENT =
  /\b(?:met|meet|meets|held|holds?|convened?|gathered|talks (?:between|with)|co-chaired|chaired|signed|hosted|hosts?|co-hosted|attended|led|participat\w*|t(?:ook|aking|akes?) part|(?:was|were) (?:also )?present|present (?:at the|were)|(?:was|were) also at the|together with|welcomed|(?:agreed|pledged) (?:to|on)|visit(?:ed|ing|s)?|official visit|met with|said in (?:the|their|a|its) (?:joint )?(?:statement|declaration|communiqu[eé]))\b/;

// Words that put a meeting ahead (`is scheduled to meet`, `will visit`): a sentence that says who
// will meet tells of another event.
const AHEAD =
  /\b(?:will|shall|(?:scheduled|due|expected|set|planning|plans?|going)[ \t]+to)[ \t]+(?:\w+[ \t]+)?$/;

const EVENTS = new RegExp(EVENT.source, "g");

/**
 * Whether a sentence says who met, held talks or issued the statement: one of its event words not
 * put ahead (`X, who will visit Lima next month, attended the talks`).
 */
function tellsOfTheEvent(sentence: Segment): boolean {
  EVENTS.lastIndex = 0;
  for (let event = EVENTS.exec(sentence.text); event !== null; event = EVENTS.exec(sentence.text))
    if (!AHEAD.test(sentence.text.slice(Math.max(0, event.index - 30), event.index))) return true;
  return false;
}

/**
 * The joint statements the article reports: one for each joint statement, communiqué, declaration
 * or press release it names (or one for the quotations from a statement it does not name); with the parties, meeting, participants, provisions
 * (each quotation from it, with the sentences that report it in other words) and related meetings.
 */
export function reportedStatements(found: ArticleFindings): {
  statements: JointStatement[];
  /** What each statement was built from, in the same order: to name its participants again. */
  parts: StatementParts[];
  /** The id of the statement each quotation is from. */
  quoteStatement: Map<QuoteHit, string>;
  warnings: ExtractWarning[];
} {
  const { source } = found;
  const warnings: ExtractWarning[] = [];
  const quoteStatement = new Map<QuoteHit, string>();
  const kinds = found.kinds;
  const fromStatements = found.quoteHits.filter((hit) => hit.speaker.kind === "statement");
  // Quoted from a statement the text does not call joint: not a joint one when the text tells that one
  // gave it (`the military said in a statement`), as it does not for `the two sides said in a statement`.
  const statementQuotes = kinds.length === 0 && saidByOne(source, fromStatements) ? [] : fromStatements;
  const itself = kinds.length === 0 && statementQuotes.length === 0 && speaksAsParties(found);
  if (kinds.length === 0 && statementQuotes.length === 0 && !itself)
    return { statements: [], parts: [], quoteStatement, warnings };

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
      isEarlier: (written) => isEarlier(found.date(written), storyDay(found)),
      dateline: found.dateline?.text,
    });
  const meetingSentence =
    meeting === undefined ? undefined : sentenceAround(source, found.body, meeting.name.start);
  // The sentences that say who met, held talks, or issued the statement.
  const eventSentences = [
    ...(meetingSentence === undefined ? [] : [meetingSentence]),
    ...kinds.map((kind) => sentenceAround(source, found.body, kind.start)),
    ...found.body.flatMap((paragraph) => sentencesOf(source, paragraph).filter(tellsOfTheEvent)),
    ...signatures(found.body, found.peopleHits),
  ].filter((sentence): sentence is Segment => sentence !== undefined);
  const roles = findRoles(source, found.peopleHits, found.countries);
  const sides = roles.flatMap((role) => (role.country === undefined ? [] : [role.country]));
  const events = [...eventSentences].sort((a, b) => a.start - b.start);
  const present = found.peopleHits
    .filter((person) => person.mentions.some((mention) => covering(events, mention.start) !== undefined))
    .flatMap((person) =>
      person.posts.flatMap((post) =>
        post.country === undefined || !isCountryCode(post.country) ? [] : [post.country],
      ),
    );
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
    issuers.weight >= 4 ||
    (issuers.weight >= 3 && !countedAll) ||
    (counted.length < 2 && issuers.parties.length > 0)
      ? issuers.parties
      : counted.map((code) => ({ kind: "country", code }));
  const partyCodes = parties.flatMap((party) => (party.kind === "country" ? [party.code] : []));
  // A body whose leaders' or ministers' statements are its own, alone: it is the one party (the
  // ASEAN foreign ministers' joint communiqué, `the Harbour Declaration` of an APEC summit).
  if (parties.length < 2) {
    const body = speakingBody(parties, meeting?.forum);
    if (body !== undefined) parties.splice(0, parties.length, { kind: "organization", organization: body });
  }
  if (parties.length === 0 || (parties.length === 1 && parties[0]?.kind !== "organization")) {
    warnings.push(
      warning(
        "statement-without-parties",
        "the text reports a joint statement, but not two parties to it, nor one body that speaks for its members; it is left out",
        kinds[0] ?? statementQuotes[0]?.text,
      ),
    );
    return { statements: [], parts: [], quoteStatement, warnings };
  }
  const related = findRelated(source, found.body, found.cities);
  const relatedSentences = related.map((hit) => sentenceAround(source, found.body, hit.description.start));
  const documents = itself ? [{ kinds: [], quotes: [] }] : reportedDocuments(source, kinds, statementQuotes);
  const base =
    meeting?.forum !== undefined && meeting.ordinal !== undefined
      ? `urn:communique:joint-statement:${slug(meeting.forum.acronym ?? meeting.forum.name)}-${meeting.ordinal.value}`
      : `urn:communique:joint-statement:${found.sha256.slice(0, 16)}`;
  const ids = new Set<string>();
  const parts: StatementParts[] = [];
  const statements = documents.map((document, index) => {
    const first = document.kinds[0];
    let id =
      documents.length > 1
        ? `${base}-${slug(first?.title ?? first?.kind ?? String(index + 1))}`
        : meeting?.forum !== undefined && meeting.ordinal !== undefined
          ? base
          : `${base}-1`;
    // Two documents of one kind the text counts but does not tell apart: numbered.
    if (ids.has(id)) id = `${id}-${index + 1}`;
    ids.add(id);
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
    const statementParts: StatementParts = {
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
    };
    parts.push(statementParts);
    return withFallbackTimeAndPlace(buildStatement(statementParts), found, kindSentences);
  });
  return { statements, parts, quoteStatement, warnings };
}

/**
 * A statement whose own words give no date or place takes the page's: the dateline's date and place,
 * or the date printed above the story, as a release is dated by its issuer; failing those, the day
 * it was published, as news reports a statement of the day without saying so.
 */
function withFallbackTimeAndPlace(
  statement: JointStatement,
  found: ArticleFindings,
  kindSentences: readonly Segment[],
): JointStatement {
  const dated = statement.issued?.date !== undefined || statement.meeting?.date !== undefined;
  const placed = statement.issued?.place !== undefined || statement.meeting?.place !== undefined;
  const dateline = found.dateline;
  // `The text of the following joint statement was released by …` under a release's date: the
  // statement was issued that day, whenever its meeting was.
  const released =
    dated &&
    statement.issued?.date === undefined &&
    kindSentences.some(
      (sentence) =>
        RELEASED.test(sentence.text) && dateIn(found.source, sentence, dateline?.text) === undefined,
    );
  const date = dated
    ? released
      ? (dateline?.date ?? found.pageDate)
      : undefined
    : (firstDefined(kindSentences, (sentence) => dateIn(found.source, sentence, dateline?.text)) ??
      dateline?.date ??
      found.pageDate);
  const larger = placed
    ? undefined
    : (largerEventPlace(found, kindSentences) ?? talksPlace(found, kindSentences));
  const place = placed
    ? undefined
    : larger !== undefined
      ? found.place(larger, true)
      : dateline !== undefined && dateline.country !== undefined
        ? found.place(
            {
              start: dateline.place.start,
              end: dateline.place.end,
              text: dateline.placeName,
              code: dateline.country,
            },
            false,
          )
        : openingPlace(found);
  const published =
    dated || date !== undefined || found.publishedDay === undefined
      ? undefined
      : { value: found.publishedDay, precision: "day" as const };
  if (date === undefined && place === undefined && published === undefined) return statement;
  // Built by assignment (see objects.ts).
  const issued: NonNullable<JointStatement["issued"]> = merged(statement.issued ?? {}, {});
  if (date !== undefined) issued.date = found.date(date);
  if (published !== undefined) issued.date = published;
  if (place !== undefined) issued.place = place;
  const { provenance, reportedIn, ...rest } = statement;
  return merged(rest, reportedIn === undefined ? { issued, provenance } : { issued, reportedIn, provenance });
}

const RELEASED = /\b(?:was|were)\s+released\b/;

/** The day the story tells of: its publication, else its dateline's day. */
function storyDay(found: ArticleFindings): string | undefined {
  if (found.publishedDay !== undefined) return found.publishedDay;
  const dateline = found.dateline?.date;
  const value = dateline === undefined ? undefined : found.date(dateline).value;
  return value?.length === 10 ? value : undefined;
}

// A month before the story's, or a day more than a month before it.
function isEarlier(date: PartialDate, day: string | undefined): boolean {
  if (date.value === undefined || day === undefined) return false;
  if (date.precision === "month") return date.value < day.slice(0, 7);
  if (date.precision !== "day") return false;
  return Date.parse(day) - Date.parse(date.value) > 31 * 86_400_000;
}

const SIDELINES = /\b(?:sidelines|margins?)\s+of\b/i;

/**
 * `… on the sidelines of the Arctic Council ministerial in Trondheim`: a statement made beside a larger
 * event was made where that event was held, when the sentences that name the statement or open the
 * story say so.
 */
function largerEventPlace(found: ArticleFindings, kindSentences: readonly Segment[]): CityHit | undefined {
  const opening = found.body.slice(0, 2).flatMap((paragraph) => sentencesOf(found.source, paragraph));
  for (const sentence of [...kindSentences, ...opening]) {
    const at = SIDELINES.exec(sentence.text);
    if (at === null) continue;
    const rest = { start: sentence.start + at.index, end: sentence.end, text: sentence.text.slice(at.index) };
    const city = placeIn(found.source, rest, found.cities);
    if (city !== undefined) return city;
  }
  return undefined;
}

// `issued after four days of talks in Beijing`: where the meeting the statement came out of was held.
const TALKS_IN =
  /\b(?:talks|meeting|meetings|summit|consultations|dialogue|session|conference|retreat)\s+(?:in|at)\s+(?:the\s+)?$/i;
// `met in Washington on Wednesday and issued`: where those who issued it met, when nothing in the
// sentence names the talks' place. Not a meeting told as background (`who met in Brussels last month`,
// `whose leaders have met in Tokyo`, `as the Council convened in New York`, `since they met in …`).
const MET_IN = /\b(?:met|gathered|convened)\s+(?:in|at)\s+(?:the\s+)?$/i;
const BACKGROUND_BEFORE =
  /\b(?:who|whose|which|as|since|when|where|last|previously|first|once|have|has|had)\b[^,;]*$/i;
const BACKGROUND_AFTER =
  /^[^,.;]{0,30}?\b(?:last|ago|earlier|previously|twice|before|in\s+(?:\d{4}|January|February|March|April|May|June|July|August|September|October|November|December))\b/i;

/** The city the sentence naming the statement says its meeting was held in (`after talks in Beijing`, `met in Seoul`). */
function talksPlace(found: ArticleFindings, kindSentences: readonly Segment[]): CityHit | undefined {
  const source = found.source;
  const inSentences = (cue: (city: CityHit, sentence: Segment) => boolean) => {
    for (const sentence of kindSentences)
      for (const city of found.cities)
        if (city.start >= sentence.start && city.end <= sentence.end && cue(city, sentence)) return city;
    return undefined;
  };
  return (
    inSentences((city, sentence) =>
      TALKS_IN.test(source.slice(Math.max(sentence.start, city.start - 40), city.start)),
    ) ??
    inSentences((city, sentence) => {
      const before = source.slice(Math.max(sentence.start, city.start - 60), city.start);
      const verb = MET_IN.exec(before);
      return (
        verb !== null &&
        !BACKGROUND_BEFORE.test(before.slice(0, verb.index)) &&
        !BACKGROUND_AFTER.test(source.slice(city.end, sentence.end))
      );
    })
  );
}

const JOINT_VOICE = new RegExp(
  `(?:^|[.!?]["”’]?\\s+)(?:The|Both)\\s+(?:two\\s+)?(?:${JOINT_VOICE_SUBJECTS.map(escapeRegExp).join("|")})\\s+(?:also\\s+|further\\s+|jointly\\s+)?(?:${JOINT_VOICE_VERBS.map(escapeRegExp).join("|")})\\b`,
  "gi",
);
const FIRST_PERSON_PLURAL = new RegExp(
  `(?:^|[.!?]\\s+)We\\s+(?:also\\s+|will\\s+)?(?:${FIRST_PERSON_PLURAL_VERBS.map(escapeRegExp).join("|")})\\b`,
  "g",
);

/**
 * Whether the story is itself a joint statement that names no document (a statement stored without
 * its title): its parties speak as one subject (`The Prime Ministers reaffirmed …`) at least twice,
 * and in their first person plural (`We are committed …`) at least twice, outside quotation marks.
 */
function speaksAsParties(found: ArticleFindings): boolean {
  let joint = 0;
  let plural = 0;
  for (const paragraph of found.body) {
    if (found.quoteHits.some((hit) => hit.text.start < paragraph.end && hit.text.end > paragraph.start))
      continue;
    joint += paragraph.text.match(JOINT_VOICE)?.length ?? 0;
    plural += paragraph.text.match(FIRST_PERSON_PLURAL)?.length ?? 0;
    if (joint >= 2 && plural >= 2) return true;
  }
  return false;
}

// A statement the text says was given in someone's words: `X said in a statement`.
const SAID_IN_A_STATEMENT =
  /\b(?:said|says|announced|stated|added|declared)\s+in\s+(?:a|an|the|their|its|his|her)\s+(?:[\p{L}-]+\s+)?statement\b/gu;
// A statement issued, released or signed (`issued a statement`, `a statement released by both
// governments`): it may be anyone's, one's or several's.
const ISSUED_STATEMENT =
  /\b(?:issued|released|signed|adopted|published)\b[^.]{0,60}\bstatement\b|\bstatement\b[^.]{0,40}\b(?:issued|released|signed|adopted|published)\b/i;
// Words that make the one who speaks more than one: `the two sides`, `Japan and Korea`, `they`.
const MORE_THAN_ONE = new RegExp(
  `\\b(?:and|both|two|three|four|five|they|their|jointly|together|countries|nations|allies|governments|mediators|partners|members|states|powers|${JOINT_VOICE_SUBJECTS.join("|")})\\b`,
  "i",
);

/**
 * Whether a statement the text quotes without calling it joint is one speaker's, as far as the text
 * tells: every clause that says who gave a statement (`the military said in a statement`, `Berg said
 * in his opening statement`) names one, none of the quotations' sources names more than one, and no
 * statement is said to have been issued, released or signed.
 */
function saidByOne(source: string, quotes: readonly QuoteHit[]): boolean {
  if (ISSUED_STATEMENT.test(source)) return false;
  // The clause before the words that give the source: after the last comma or sentence's end.
  const speakerOf = (before: string) =>
    before.slice(
      Math.max(...[",", ".", ";", ":", "\n", "”", '"'].map((mark) => before.lastIndexOf(mark))) + 1,
    );
  for (const hit of quotes) {
    const cue = hit.cue?.text ?? "";
    const verb = /\b(?:said|says|stated|added|declared|reads?|according)\b/i.exec(cue);
    if (verb !== null && MORE_THAN_ONE.test(cue.slice(0, verb.index))) return false;
  }
  let one = false;
  SAID_IN_A_STATEMENT.lastIndex = 0;
  for (let said = SAID_IN_A_STATEMENT.exec(source); said !== null; said = SAID_IN_A_STATEMENT.exec(source)) {
    if (MORE_THAN_ONE.test(speakerOf(source.slice(Math.max(0, said.index - 160), said.index)))) return false;
    one = true;
  }
  return one;
}

/**
 * With no dateline, the city the story's opening says things happen in (`told reporters in Bergen`, `back
 * in the city of Bergen`): the first in its first three paragraphs.
 */
function openingPlace(found: ArticleFindings): Place | undefined {
  for (const paragraph of found.body.slice(0, 3)) {
    const city = placeIn(found.source, paragraph, found.cities);
    if (city !== undefined) return found.place(city, true);
  }
  return undefined;
}

// The body a lone organization party or the meeting's forum is, when the table says it speaks in
// its own name for its members.
function speakingBody(
  parties: readonly PartyRef[],
  forum: OrganizationHit | undefined,
): OrganizationHit | undefined {
  const body = parties.length === 1 && parties[0]?.kind === "organization" ? parties[0].organization : forum;
  if (body === undefined || parties.some((party) => party.kind === "country")) return undefined;
  return knownOrganization(body)?.membership === undefined ? undefined : body;
}
