import { isCountryCode } from "@communique/core";
import type { CountryHit } from "../entities/countries.js";
import type { PersonHit } from "../entities/people.js";

const COORDINATION = /^(?:,\s*|\s+and\s+|,\s+and\s+|\s*[-–]\s*|\s+&\s+)(?:the\s+)?$/;
const AGENT_VERB =
  /^[\s,]*(?:(?:also|jointly|both|on\s+\w+day)\s+)?(?:said|say|says|agree|agreed|agrees|signed|sign|issued|pledged|reaffirmed|vowed|announced|adopted|committed|condemned|urged|called|welcomed|expressed|decided|launched|held|hold|met|meet|discussed|Agree|Sign|Vow|Pledge|Reaffirm|Meet|Hold)\b/;

/**
 * The countries that issue the statement: those named together as the ones who speak, agree or sign
 * (`Seoul and Washington said`, `South Korea, US Agree`, `Japan, South Korea and the United States
 * said`), those whose officials lead or represent a side, and those whose officials the meeting's
 * sentence names. Two at least, or none.
 */
export function findParties(
  source: string,
  countries: readonly CountryHit[],
  people: readonly PersonHit[],
  sides: readonly string[],
  present: readonly string[],
): string[] {
  const score = new Map<string, number>();
  const bump = (code: string, by: number) => score.set(code, (score.get(code) ?? 0) + by);
  for (let index = 0; index < countries.length; index++) {
    const run = [countries[index] as CountryHit];
    while (
      index + 1 < countries.length &&
      COORDINATION.test(
        source.slice((run[run.length - 1] as CountryHit).end, (countries[index + 1] as CountryHit).start),
      )
    ) {
      run.push(countries[index + 1] as CountryHit);
      index++;
    }
    // Most names stand alone: no run, and no set of codes to build for one.
    if (run.length < 2) continue;
    const codes = new Set(run.map((hit) => hit.code));
    if (codes.size < 2) continue;
    const after = source.slice(
      (run[run.length - 1] as CountryHit).end,
      (run[run.length - 1] as CountryHit).end + 40,
    );
    const runStart = (run[0] as CountryHit).start;
    const before = source.slice(Math.max(0, runStart - 30), runStart);
    const acting =
      AGENT_VERB.test(after) ||
      /\b(?:between|leaders of|ministers of|officials from|delegations from|of)\s+(?:the\s+)?$/.test(before);
    for (const code of codes) bump(code, acting ? 2 : 1);
  }
  for (const code of sides) bump(code, 2);
  for (const code of present) bump(code, 1);
  // A union's post (`EU`) makes no country a party; the union is found among the organizations.
  for (const person of people)
    for (const post of person.posts)
      if (post.country !== undefined && isCountryCode(post.country)) bump(post.country, 1);
  const firstMention = (code: string) =>
    countries.find((hit) => hit.code === code)?.start ?? Number.MAX_SAFE_INTEGER;
  const parties = [...score].filter(([, value]) => value >= 2).map(([code]) => code);
  return parties.length >= 2 ? parties.sort((a, b) => firstMention(a) - firstMention(b)) : [];
}
