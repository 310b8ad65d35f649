// The provisions a text reports: each quotation from the statement, with the sentences that report
// it in other words, and what the parties are reported doing in the text's own words.
import type { CountryHit } from "../entities/countries.js";
import type { DatelineHit } from "../entities/dateline.js";
import type { QuoteHit } from "../quotes.js";
import { lastIndexStartingBy } from "../text/lookup.js";
import { sentencesOf } from "../text/sentences.js";
import { lastIndexWithin, overlaps, type Segment, trimmed } from "../text/span.js";
import {
  actionOf,
  actionVerbs,
  actorsAndRecipients,
  contentStems,
  modalityOf,
  type ProvisionHit,
  predicateStems,
} from "./provisions.js";
import type { ArticleFindings } from "./reported.js";

export function provisionsOf(
  found: ArticleFindings,
  quotes: readonly QuoteHit[],
  parties: readonly string[],
  excluded: readonly (Segment | undefined)[],
  withReported: boolean,
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
  const predicates = new Set<string>();
  for (const key of keys) for (const predicate of key.predicate) predicates.add(predicate);
  for (const candidate of candidates) {
    if (candidate.start === found.headline.start && candidate !== found.headline) continue;
    const stems = readsAPredicate(candidate.text, predicates) ? contentStems(candidate.text) : undefined;
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
    else if (withReported && candidate !== found.headline && mayReport(candidate, found.countries, parties))
      reported.push(...reportedProvisions(source, candidate, found.countries, parties));
  }
  for (const provision of provisions) provision.restatements.sort((a, b) => a.start - b.start);
  return [...provisions, ...reported].sort((a, b) => a.text.start - b.text.start);
}

// Whether a sentence has one of the quoted provisions' predicate stems in it. Without a quotation
// there are none, and the sentence is not lower-cased at all.
function readsAPredicate(text: string, predicates: ReadonlySet<string>): boolean {
  if (predicates.size === 0) return false;
  const lower = text.toLowerCase();
  for (const predicate of predicates) if (lower.includes(predicate)) return true;
  return false;
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
  const clause = trimmed(source, start, end);
  return clause.text.endsWith(".") ? trimmed(source, start, clause.end - 1) : clause;
}
