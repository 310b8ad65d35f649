import {
  type ConceptRef,
  type CountryRef,
  getCountry,
  type Organization,
  type OrganizationKind,
  type PersonWithPosts,
  type Place,
  type PlaceKind,
} from "@communique/core";
import type { Subject } from "@communique/news-article";
import type {
  DefinedTerm,
  Country as SchemaCountry,
  Organization as SchemaOrganization,
  Person as SchemaPerson,
  Place as SchemaPlace,
} from "schema-dts";
import { identifierUris } from "./identifiers.js";

/** The schema.org type of each kind of organization the model knows. */
const ORGANIZATION_TYPES: Readonly<Record<OrganizationKind, string>> = {
  government: "GovernmentOrganization",
  ministry: "GovernmentOrganization",
  military: "GovernmentOrganization",
  legislature: "GovernmentOrganization",
  intergovernmental: "Organization",
  forum: "Organization",
  "news-agency": "NewsMediaOrganization",
  company: "Corporation",
  "non-governmental": "NGO",
  "political-party": "PoliticalParty",
  other: "Organization",
};

/** The schema.org type of each kind of place the model knows. */
const PLACE_TYPES: Readonly<Record<PlaceKind, string>> = {
  city: "City",
  region: "AdministrativeArea",
  country: "Country",
  "geographic-feature": "Place",
  venue: "Place",
  other: "Place",
};

/** A node id inside the document `documentId`: `urn:…#person-lim-sung-nam`. */
export function nodeId(
  documentId: string,
  kind: string,
  localId: string | undefined,
): { "@id": string } | object {
  return localId === undefined ? {} : { "@id": `${documentId}#${kind}-${localId}` };
}

/** `sameAs` for identifiers that have a URI form (Wikidata, GeoNames), when there are any. */
function sameAs(identifiers: Parameters<typeof identifierUris>[0]): { sameAs?: string | string[] } {
  const uris = identifierUris(identifiers);
  if (uris.length === 0) return {};
  return { sameAs: uris.length === 1 ? (uris[0] as string) : uris };
}

/** A person, with the posts the text gives them as `jobTitle` and the post's body as `worksFor`. */
export function personNode(person: PersonWithPosts, documentId: string): SchemaPerson {
  const titles = (person.posts ?? []).map((post) => post.title);
  const employers = (person.posts ?? []).flatMap((post) =>
    post.organization === undefined ? [] : [post.organization],
  );
  return {
    "@type": "Person",
    ...nodeId(documentId, "person", person.id),
    name: person.name,
    ...(person.givenName === undefined ? {} : { givenName: person.givenName }),
    ...(person.familyName === undefined ? {} : { familyName: person.familyName }),
    ...(titles.length === 0 ? {} : { jobTitle: titles.length === 1 ? (titles[0] as string) : titles }),
    ...(employers.length === 0
      ? {}
      : { worksFor: employers.map((name) => ({ "@type": "Organization", name }) as const) }),
    ...sameAs(person.identifiers),
  } as SchemaPerson;
}

/** An organization, typed by its kind (a news agency is a `NewsMediaOrganization`), with its acronym. */
export function organizationNode(organization: Organization, documentId: string): SchemaOrganization {
  return {
    "@type": ORGANIZATION_TYPES[organization.kind ?? "other"],
    ...nodeId(documentId, "organization", organization.id),
    name: organization.name,
    ...(organization.acronym === undefined ? {} : { alternateName: organization.acronym }),
    ...(organization.country === undefined ? {} : { areaServed: countryNode(organization.country) }),
    ...sameAs(organization.identifiers),
  } as SchemaOrganization;
}

/** A country by its ISO 3166-1 alpha-2 code, named as the registry names it unless a name is given. */
export function countryNode(code: string, name?: string): SchemaCountry {
  return countryObject(code, name);
}

function countryObject(
  code: string,
  name?: string,
): { "@type": "Country"; name: string; identifier: string } {
  return { "@type": "Country", name: name ?? getCountry(code)?.name ?? code, identifier: code };
}

/** A country the article names. */
export function countryRefNode(ref: CountryRef, documentId: string): SchemaCountry {
  return { "@id": `${documentId}#country-${ref.code.toLowerCase()}`, ...countryObject(ref.code, ref.name) };
}

/** A place, typed by its kind, inside its country. */
export function placeNode(place: Place, documentId: string): SchemaPlace {
  return {
    "@type": PLACE_TYPES[place.kind ?? "other"],
    ...nodeId(documentId, "place", place.id),
    name: place.name,
    ...(place.country === undefined ? {} : { containedInPlace: countryNode(place.country) }),
    ...sameAs(place.identifiers),
  } as SchemaPlace;
}

/** A concept (an IPTC Media Topic, say) as a `DefinedTerm` in its vocabulary. */
export function conceptNode(concept: ConceptRef | Subject): DefinedTerm {
  const code = concept.qcode ?? ("code" in concept ? concept.code : undefined);
  if (concept.uri === undefined)
    return {
      "@type": "DefinedTerm",
      ...(concept.name === undefined ? {} : { name: concept.name }),
      ...(code === undefined ? {} : { termCode: code }),
    };
  const set = concept.uri.replace(/[^/]+\/?$/, "");
  return {
    "@type": "DefinedTerm",
    "@id": concept.uri,
    ...(concept.name === undefined ? {} : { name: concept.name }),
    ...(code === undefined ? {} : { termCode: code }),
    ...(set === "" || set === concept.uri ? {} : { inDefinedTermSet: set }),
  };
}
