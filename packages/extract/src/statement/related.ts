import type { EventRelation } from "@communique/joint-statement";
import { dateAt } from "../dates.js";
import type { CityHit } from "../entities/countries.js";
import { indexWithin, type Segment, segment } from "../text/span.js";
import { sentenceEndAfter } from "./meeting.js";

/** An earlier meeting the text relates to the statement's forum. */
export interface RelatedHit {
  relation: EventRelation;
  description: Segment;
  date?: Segment;
  place?: CityHit;
}

const LAUNCH =
  /\b(?:launched|established|created|set up|founded|agreed to (?:launch|establish|create|set up))\b[^.]*?\b(?:during|at)\s+(the\s+(?:\p{L}+\s+){0,3}(?:meeting|summit|talks|session|visit|conference)\b)/giu;
const FOLLOW_UP =
  /\b(?:follow(?:s|ing|ed)?[- ]up (?:on|to)|builds? on)\s+(the\s+(?:\p{L}+\s+){0,3}(?:meeting|summit|talks|session|statement|declaration)\b)/giu;

/** Meetings the text says the forum was launched at, or that this one follows up. */
export function findRelated(
  source: string,
  ranges: readonly Segment[],
  cities: readonly CityHit[],
): RelatedHit[] {
  const related: RelatedHit[] = [];
  for (const range of ranges) {
    const text = source.slice(range.start, range.end);
    for (const [pattern, cue, relation] of [
      [LAUNCH, /launched|established|created|set up|founded|agreed to/, "launched-at"],
      [FOLLOW_UP, /follow|builds? on/, "follow-up-to"],
    ] as const) {
      if (!cue.test(text)) continue;
      pattern.lastIndex = 0;
      for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
        const start = range.start + match.index + match[0].length - (match[1] as string).length;
        const end = clauseEnd(source, start, range.end);
        const description = segment(source, start, end);
        const hit: RelatedHit = { relation, description };
        const place = cities.find((city) => city.start >= start && city.end <= end);
        if (place !== undefined) hit.place = place;
        const date = lastDate(source, description);
        if (date !== undefined) hit.date = date;
        related.push(hit);
      }
    }
  }
  return related;
}

function clauseEnd(source: string, from: number, limit: number): number {
  const sentenceEnd = sentenceEndAfter(source, from, limit);
  const comma = indexWithin(source, ",", from, sentenceEnd);
  return comma !== -1 ? comma : sentenceEnd;
}

// The last date expression in the description (`… in Washington in October`, `… earlier in the year`).
function lastDate(source: string, description: Segment): Segment | undefined {
  let found: Segment | undefined;
  for (const word of description.text.matchAll(/(?<![\p{L}\p{N}])[\p{L}\p{N}]/gu)) {
    const at = description.start + (word.index as number);
    found = dateAt(source, at, description.end) ?? found;
  }
  return found;
}
