import type { Organization, OrganizationKind } from "@communique/core";
import { slug, uniqueId } from "../ids.js";
import { lookUpCountry } from "../lexicon/gazetteer.js";
import { KNOWN_ORGANIZATIONS, kindFromName } from "../lexicon/organizations.js";
import { covering } from "../text/lookup.js";
import { indexWithin, mentionOf, type Segment, segment } from "../text/span.js";
import type { Token, TokenIndex } from "../text/tokens.js";

/** An organization found in the text, with every naming of it. */
export interface OrganizationHit {
  /** The organization's id in the article: its acronym's or name's slug, made unique. */
  id: string;
  name: string;
  acronym?: string;
  kind?: OrganizationKind;
  /** Where the name (and acronym) stand. */
  mentions: Segment[];
}

const CONNECTORS = new Set(["and", "of", "for", "the", "on", "in", "de", "du", "des", "la", "le", "to", "&"]);
const HEAD_NOUN_CUE =
  /(?:Council|Agency|Committee|Commission|Association|Federation|Institute|Authority|Board|Bureau|Organi[sz]ation|Union|Bank|Fund)(?![\p{L}])/u;
// A capitalized name ending in a word that heads organizations' names: `Norwegian Seafood Council`.
const HEADED_NAME =
  /(?:\p{Lu}[\p{L}'’-]*[ \t]+){1,5}(?:Council|Agency|Committee|Commission|Association|Federation|Institute|Authority|Board|Bureau|Organi[sz]ation|Union|Bank|Fund)(?![\p{L}])/gu;
const KNOWN = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${KNOWN_ORGANIZATIONS.flatMap((org) => [
    org.name,
    ...(org.acronym === undefined ? [] : [org.acronym]),
  ])
    .sort((a, b) => b.length - a.length)
    .join("|")})(?![\\p{L}\\p{N}])`,
  "gu",
);
const MINISTRY =
  /\b(?:(?:Ministry|Department) of (?:(?:[A-Z][\p{L}-]+|and|the|for)\s?)*[A-Z][\p{L}-]+|(?:Foreign|Defen[cs]e|Unification|Trade|Finance|Interior|Justice|Fisheries|State) (?:Ministry|Department)|White House|Blue House|Kremlin|Pentagon)\b/gu;

/**
 * Organizations named in the stretches given: a name with its short form in brackets (`Extended
 * Deterrence Strategy and Consultation Group (EDSCG)`, `…Dialogue(KIDD)`, `… Organisation (Nato)`),
 * ministries, the bodies every reader knows by acronym, and news agencies named by the caller.
 */
export function findOrganizations(
  source: string,
  ranges: readonly Segment[],
  agencies: readonly Segment[],
  tokens: readonly Token[],
  index: TokenIndex,
): OrganizationHit[] {
  // One organization however it is named: by its name or by its short form.
  const byName = new Map<string, OrganizationHit>();
  const byAcronym = new Map<string, OrganizationHit>();
  const add = (
    name: string,
    acronym: string | undefined,
    kind: OrganizationKind | undefined,
  ): OrganizationHit => {
    let hit = byName.get(name) ?? (acronym === undefined ? undefined : byAcronym.get(acronym));
    if (hit === undefined) {
      hit = {
        id: "",
        name,
        mentions: [],
        ...(acronym === undefined ? {} : { acronym }),
        ...(kind === undefined ? {} : { kind }),
      };
      byName.set(name, hit);
      if (acronym !== undefined) byAcronym.set(acronym, hit);
    } else {
      // Found again by a pattern that knows more (`European Union` as a name ending in `Union`, then
      // as a body known by `EU`): keep what the later finding adds.
      if (hit.acronym === undefined && acronym !== undefined && !byAcronym.has(acronym)) {
        hit.acronym = acronym;
        byAcronym.set(acronym, hit);
      }
      if (hit.kind === undefined && kind !== undefined) hit.kind = kind;
    }
    return hit;
  };
  for (const range of ranges) {
    const text = source.slice(range.start, range.end);
    for (let open = text.indexOf("("); open !== -1; open = text.indexOf("(", open + 1)) {
      const close = indexWithin(text, ")", open, open + 26);
      if (close === -1) continue;
      const short = text.slice(open + 1, close).trim();
      const run = capitalizedRunBefore(text, open);
      const name = run === undefined ? undefined : nameForShortForm(run, short);
      if (name === undefined) continue;
      // `Republic of Korea (ROK)`, `United States (U.S.)`: a country with its short form, not a body.
      if (lookUpCountry(name) !== undefined || lookUpCountry(short) !== undefined) continue;
      add(name, short, kindFromName(name) ?? KNOWN_ORGANIZATIONS.find((known) => known.name === name)?.kind);
    }
    if (/Ministry|Department|House|Kremlin|Pentagon/.test(text)) {
      MINISTRY.lastIndex = 0;
      for (let match = MINISTRY.exec(text); match !== null; match = MINISTRY.exec(text))
        add(match[0], undefined, kindFromName(match[0]));
    }
    if (HEAD_NOUN_CUE.test(text)) {
      HEADED_NAME.lastIndex = 0;
      for (let match = HEADED_NAME.exec(text); match !== null; match = HEADED_NAME.exec(text)) {
        const words = match[0].split(/\s+/);
        while (words.length > 0 && /^(?:The|A|An|In|On|At|By|For|From|With)$/.test(words[0] as string))
          words.shift();
        // `North Korea’s UN Security Council`: the country before a body's name is not part of it.
        const possessive = words.findIndex((word) => /['’]s$/.test(word));
        if (possessive !== -1) words.splice(0, possessive + 1);
        if (words.length >= 2) add(words.join(" "), undefined, kindFromName(words.join(" ")));
      }
    }
    KNOWN.lastIndex = 0;
    for (let match = KNOWN.exec(text); match !== null; match = KNOWN.exec(text)) {
      const known = KNOWN_ORGANIZATIONS.find((org) => org.name === match?.[0] || org.acronym === match?.[0]);
      if (known !== undefined) add(known.name, known.acronym, known.kind);
    }
  }
  for (const agency of agencies) add(agency.text, undefined, "news-agency");
  const hits = mergeLongerNames([...byName.values()]);
  for (const hit of hits) hit.mentions = mentionsOf(source, tokens, index, hit);
  const found = hits
    .filter((hit) => hit.mentions.length > 0)
    .sort((a, b) => (a.mentions[0]?.start ?? 0) - (b.mentions[0]?.start ?? 0));
  const taken = new Set<string>();
  for (const hit of found) hit.id = uniqueId(slug(hit.acronym ?? hit.name), taken);
  return found;
}

// `U.S.-Japan Security Consultative Committee (SCC)` is also read as `Japan Security Consultative
// Committee` and `Security Consultative Committee`: names that end with, or are the end of, a name
// given with a short form are that organization.
function mergeLongerNames(hits: OrganizationHit[]): OrganizationHit[] {
  const withAcronym = hits.filter((hit) => hit.acronym !== undefined && hit.kind !== "news-agency");
  return hits.filter((hit) => {
    if (hit.acronym !== undefined || hit.kind === "news-agency") return true;
    return !withAcronym.some(
      (other) =>
        other.name.split(" ").length >= 2 &&
        (endsWithWords(hit.name, other.name) || endsWithWords(other.name, hit.name)),
    );
  });
}

function endsWithWords(longer: string, shorter: string): boolean {
  return (
    longer === shorter ||
    (longer.endsWith(shorter) && /[\s-]$/.test(longer.slice(0, longer.length - shorter.length)))
  );
}

// A meeting (`Security Consultative Meeting`) or a treaty (`Treaty of Amity …`) is named like a body
// but is not one.
const EVENT_OR_DOCUMENT =
  /(?:^(?:Treaty|Agreement|Convention|Charter|Protocol|Declaration|Accord)\b)|\b(?:Meeting|Meetings|Summit|Consultations|Talks|Conference)$/;

/** Whether a name found like an organization's names a meeting or a document instead. */
export function isEventOrDocument(hit: OrganizationHit): boolean {
  return EVENT_OR_DOCUMENT.test(hit.name);
}

/** The model's organization, with an id for references. */
export function organizationOf(hit: OrganizationHit): Organization {
  return {
    id: hit.id,
    name: hit.name,
    ...(hit.acronym === undefined ? {} : { acronym: hit.acronym }),
    ...(hit.kind === undefined ? {} : { kind: hit.kind }),
    mentions: hit.mentions.map(mentionOf),
  };
}

// The capitalized words (and the small words between them) just before a bracket, with or without a space.
function capitalizedRunBefore(text: string, open: number): string | undefined {
  const before = text.slice(Math.max(0, open - 200), open).replace(/[ \t]$/, "");
  const words = before.split(/[ \t]+/);
  const run: string[] = [];
  for (let index = words.length - 1; index >= 0 && run.length < 16; index--) {
    const word = words[index] as string;
    if (/^\p{Lu}[\p{L}\p{N}'’&.-]*$/u.test(word)) run.unshift(word);
    else if (CONNECTORS.has(word) && run.length > 0) run.unshift(word);
    else break;
  }
  while (run.length > 0 && CONNECTORS.has(run[0] as string)) run.shift();
  return run.length === 0 ? undefined : run.join(" ");
}

// The words before the brackets that the short form abbreviates: capitals in order for an acronym
// (`EDSCG` from Extended Deterrence Strategy … Consultation Group), or a word-like short form.
function nameForShortForm(run: string, short: string): string | undefined {
  const words = run.split(/[ \t]+/);
  const acronym = /^[\p{Lu}\p{N}&-]{2,12}$/u.test(short);
  const wordLike = /^\p{Lu}\p{Ll}{2,}$/u.test(short);
  if (!acronym && !wordLike) return undefined;
  const letters = short.replace(/[^\p{L}\p{N}]/gu, "").toUpperCase();
  for (let from = 0; from < words.length; from++) {
    const candidate = words.slice(from);
    if (!/^\p{Lu}/u.test(candidate[0] as string) || /^(?:The|A|An|In|On|At)$/.test(candidate[0] as string))
      continue;
    if ((candidate[0] as string)[0]?.toUpperCase() !== letters[0]) continue;
    const initials = candidate
      .filter((word) => /^\p{Lu}/u.test(word))
      .map((word) => word[0])
      .join("");
    if (candidate.length >= 2 && isSubsequence(letters, initials + candidate.join("").toUpperCase()))
      return candidate.join(" ");
  }
  return undefined;
}

function isSubsequence(needle: string, haystack: string): boolean {
  let at = 0;
  for (const char of haystack) if (char === needle[at]) at++;
  return at === needle.length;
}

// Each name is found through the token index: where its first word stands, the text must go on
// with the rest of it, as a whole word.
function mentionsOf(
  source: string,
  tokens: readonly Token[],
  index: TokenIndex,
  hit: OrganizationHit,
): Segment[] {
  const find = (name: string, skip: readonly Segment[]) => {
    const found: Segment[] = [];
    const whole = /^[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/u.exec(name)?.[0];
    if (whole === undefined) return found;
    // A name that starts with names joined by hyphens (`Korea-Japan Fisheries Committee`) may stand
    // in the words as its first part.
    const part = /^[\p{L}\p{N}]+(?:['’.][\p{L}\p{N}]+)*/u.exec(name)?.[0] ?? whole;
    const starts = [...(index.get(whole) ?? []), ...(part === whole ? [] : (index.get(part) ?? []))];
    for (const at of starts) {
      const start = (tokens[at] as Token).start;
      if (
        source.startsWith(name, start) &&
        !/[\p{L}\p{N}]/u.test(source[start + name.length] ?? " ") &&
        covering(skip, start) === undefined
      )
        found.push(segment(source, start, start + name.length));
    }
    return found;
  };
  const names = find(hit.name, []);
  const acronyms = hit.acronym === undefined ? [] : find(hit.acronym, names);
  return [...names, ...acronyms].sort((a, b) => a.start - b.start);
}
