import {
  type ConceptRef,
  type CountryRef,
  getCountry,
  type Identifier,
  type Organization,
  type PersonWithPosts,
  type Place,
} from "@communique/core";
import type { Subject } from "@communique/news-article";
import { countryOfUri, identifierOfUri, isAbsoluteUri, isLocalId, qcodeOfUri } from "./identifiers.js";
import type { ImportContext } from "./import-context.js";
import type { NinjsConcept, NinjsEntity, NinjsItem, NinjsSubject } from "./ninjs-types.js";
import { AUTHOR_REL, REPORTS_REL } from "./to-ninjs.js";

const QCODE = /^[a-zA-Z][a-zA-Z0-9-]*:[^\s:]+$/;
/** Entity relationships that mean what the model's people, organizations and places lists mean. */
const MENTION_RELS = new Set([undefined, "about", "mentions"]);

/** A concept with an absolute URI as a ConceptRef; its `literal` becomes the qcode when it is one. */
function conceptRef(concept: NinjsConcept): ConceptRef | undefined {
  if (concept.uri === undefined || !isAbsoluteUri(concept.uri)) return undefined;
  const qcode =
    concept.literal !== undefined && QCODE.test(concept.literal) ? concept.literal : qcodeOfUri(concept.uri);
  return {
    uri: concept.uri,
    ...(qcode === undefined ? {} : { qcode }),
    ...(concept.name === undefined ? {} : { name: concept.name }),
  };
}

/**
 * Subjects by URI, code or name, with their relationship, creator, relevance and confidence; a
 * `literal` shaped `scheme:code` is the qcode, any other the provider's code. An entry with none
 * of URI, code and name is kept.
 */
export function importSubjects(subjects: readonly NinjsSubject[], context: ImportContext): Subject[] {
  const refs: Subject[] = [];
  subjects.forEach((subject, i) => {
    const uri = subject.uri !== undefined && isAbsoluteUri(subject.uri) ? subject.uri : undefined;
    const literal = subject.literal;
    const qcode =
      literal !== undefined && QCODE.test(literal)
        ? literal
        : uri === undefined
          ? undefined
          : qcodeOfUri(uri);
    const code = literal !== undefined && !QCODE.test(literal) ? literal : undefined;
    const ref: Subject = {};
    if (uri !== undefined) ref.uri = uri;
    if (qcode !== undefined) ref.qcode = qcode;
    if (code !== undefined) ref.code = code;
    if (subject.name !== undefined) ref.name = subject.name;
    if (subject.rel !== undefined && subject.rel !== "about") ref.rel = subject.rel;
    if (subject.creator !== undefined) ref.creator = subject.creator;
    if (subject.relevance !== undefined) ref.relevance = subject.relevance;
    if (subject.confidence !== undefined) ref.confidence = subject.confidence;
    const lost = subject.uri !== undefined && uri === undefined;
    if (
      (ref.uri === undefined &&
        ref.code === undefined &&
        ref.qcode === undefined &&
        ref.name === undefined) ||
      lost
    ) {
      context.keepEntry("subjects", i, subject, "a subject the model cannot identify (no URI, code or name)");
      return;
    }
    refs.push(ref);
  });
  return refs;
}

/** The first genre with a URI; the model holds one genre, so the rest are kept. */
export function importGenre(genres: readonly NinjsConcept[], context: ImportContext): ConceptRef | undefined {
  let genre: ConceptRef | undefined;
  genres.forEach((entry, i) => {
    const ref = genre === undefined ? conceptRef(entry) : undefined;
    if (ref !== undefined) genre = ref;
    else
      context.keepEntry(
        "genres",
        i,
        entry,
        genre === undefined ? "a genre without a URI" : "the model holds one genre",
      );
  });
  return genre;
}

/** What the model keeps of a ninjs person, organisation or place. */
interface NamedThing {
  id?: string;
  name: string;
  identifiers?: Identifier[];
}

/**
 * Name, local id (from `literal`) and identifier (from `uri`) of each entry of an entity list, in
 * order; `undefined` for an entry without a name, which is kept instead.
 */
function named(
  property: string,
  entries: readonly NinjsEntity[],
  context: ImportContext,
): (NamedThing | undefined)[] {
  const ids = new Set<string>();
  return entries.map((entry, i) => {
    const path = `/${property}/${i}`;
    const name = entry.name ?? entry.literal;
    if (name === undefined || name.trim() === "") {
      context.keepEntry(property, i, entry, "an entry without a name, which the model needs");
      return undefined;
    }
    const authorRel = entry.rel === AUTHOR_REL && property === "people";
    if (entry.rel !== undefined && !MENTION_RELS.has(entry.rel) && !authorRel)
      context.warn(
        `${path}/rel`,
        "not-carried",
        `rel "${entry.rel}" not carried: the model lists whom the article names`,
      );
    const thing: NamedThing = { name };
    if (entry.literal !== undefined && entry.literal !== name) {
      if (isLocalId(entry.literal) && !ids.has(entry.literal)) {
        thing.id = entry.literal;
        ids.add(entry.literal);
      } else
        context.warn(
          `${path}/literal`,
          "not-carried",
          `literal "${entry.literal}" not carried: not a local id the model can use`,
        );
    }
    if (entry.uri !== undefined && isAbsoluteUri(entry.uri)) thing.identifiers = [identifierOfUri(entry.uri)];
    const lost = (["contactInfo", "symbols", "geoJSON"] as const).filter(
      (field) => entry[field] !== undefined,
    );
    if (lost.length > 0)
      context.warn(
        path,
        "not-carried",
        `${name}: ${lost.join(", ")} not carried: the model has no field for them`,
      );
    return thing;
  });
}

/** People: those with `rel: "author"` are the byline's authors, the rest the people the article names. */
export function importPeople(
  entries: readonly NinjsEntity[],
  context: ImportContext,
): { people: PersonWithPosts[]; authors: PersonWithPosts[] } {
  const people: PersonWithPosts[] = [];
  const authors: PersonWithPosts[] = [];
  named("people", entries, context).forEach((thing, i) => {
    if (thing !== undefined) (entries[i]?.rel === AUTHOR_REL ? authors : people).push(thing);
  });
  return { people, authors };
}

/** Organisations, as Organizations. */
export function importOrganizations(entries: readonly NinjsEntity[], context: ImportContext): Organization[] {
  return named("organisations", entries, context).filter((thing) => thing !== undefined);
}

/** Places: an IPTC country URI (`http://cvx.iptc.org/iso3166-1a2/kr`) makes a country, anything else a place. */
export function importPlaces(
  entries: readonly NinjsEntity[],
  context: ImportContext,
): { places: Place[]; countries: CountryRef[] } {
  const places: Place[] = [];
  const countries: CountryRef[] = [];
  named("places", entries, context).forEach((thing, i) => {
    if (thing === undefined) return;
    const uri = entries[i]?.uri;
    const code = uri === undefined ? undefined : countryOfUri(uri);
    const record = code === undefined ? undefined : getCountry(code);
    if (record === undefined) places.push(thing);
    else if (countries.some((known) => known.code === record.alpha2))
      context.warn(
        `/places/${i}`,
        "not-carried",
        `${thing.name} names ${record.alpha2} again; the model lists each country once`,
      );
    else countries.push({ code: record.alpha2, alpha3: record.alpha3, name: thing.name });
  });
  return { places, countries };
}

/** The credit line's provider: the first infoSource whose role is `source` (or which has none). */
export function importCredit(
  item: NinjsItem,
  creditline: string | undefined,
  context: ImportContext,
): { text: string; provider: Organization } | undefined {
  let provider: Organization | undefined;
  (item.infoSources ?? []).forEach((source, i) => {
    const name = source.name ?? source.literal;
    const usable =
      provider === undefined && name !== undefined && (source.role === undefined || source.role === "source");
    if (!usable) {
      context.keepEntry("infoSources", i, source, "the model holds one provider, the credit line's");
      return;
    }
    provider = { name };
    if (source.literal !== undefined && isLocalId(source.literal)) provider.id = source.literal;
    if (source.uri !== undefined && isAbsoluteUri(source.uri))
      provider.identifiers = [identifierOfUri(source.uri)];
  });
  if (provider === undefined) return undefined;
  return { text: creditline ?? provider.name, provider };
}

/**
 * Associations that are statements the article reports (`rel: "reports"`), among those at
 * `indices`; the rest of those are kept.
 */
export function importReports(
  item: NinjsItem,
  indices: ReadonlySet<number>,
  context: ImportContext,
): string[] {
  const reports: string[] = [];
  (item.associations ?? []).forEach((association, i) => {
    if (!indices.has(i)) return;
    const { rel, uri, name, ...rest } = association as { rel?: string; uri?: string; name?: string };
    if (
      rel === REPORTS_REL &&
      uri !== undefined &&
      isAbsoluteUri(uri) &&
      Object.keys(rest).length === 0 &&
      name !== undefined
    )
      reports.push(uri);
    else
      context.keepEntry(
        "associations",
        i,
        association,
        "an associated news object, which the model does not hold",
      );
  });
  return reports;
}
