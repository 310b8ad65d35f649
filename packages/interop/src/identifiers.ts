import type { Identifier } from "@communique/core";

/**
 * IPTC NewsCodes schemes by the alias their qcodes use, e.g. `medtop:11000000` is
 * `http://cv.iptc.org/newscodes/mediatopic/11000000`.
 */
const NEWSCODES: Readonly<Record<string, string>> = {
  medtop: "mediatopic",
  genre: "genre",
  subj: "subjectcode",
  ninat: "ninature",
};

const NEWSCODES_URI = /^https?:\/\/cv\.iptc\.org\/newscodes\/([a-z0-9-]+)\/([^\s/]+)\/?$/i;

/** The qcode of an IPTC NewsCodes URI (`…/mediatopic/11000000` → `medtop:11000000`), if it is one. */
export function qcodeOfUri(uri: string): string | undefined {
  const match = NEWSCODES_URI.exec(uri);
  if (match === null) return undefined;
  const [, scheme, code] = match as unknown as [string, string, string];
  const alias = Object.entries(NEWSCODES).find(([, name]) => name === scheme.toLowerCase())?.[0];
  return alias === undefined ? undefined : `${alias}:${code}`;
}

/** The URI of an IPTC NewsCodes qcode (`medtop:11000000` → `http://cv.iptc.org/newscodes/mediatopic/11000000`). */
export function uriOfQcode(qcode: string): string | undefined {
  const [alias, code] = qcode.split(":");
  const scheme = alias === undefined ? undefined : NEWSCODES[alias];
  return scheme === undefined || code === undefined || code === ""
    ? undefined
    : `http://cv.iptc.org/newscodes/${scheme}/${code}`;
}

/** The base of IPTC's URIs for ISO 3166-1 alpha-2 countries, as ninjs examples use them. */
const COUNTRY_BASE = "http://cvx.iptc.org/iso3166-1a2/";
const COUNTRY_URI = /^https?:\/\/cvx\.iptc\.org\/iso3166-1a2\/([a-z]{2})\/?$/i;

/** The IPTC URI of a country: `KR` → `http://cvx.iptc.org/iso3166-1a2/kr`. */
export function countryUri(alpha2: string): string {
  return `${COUNTRY_BASE}${alpha2.toLowerCase()}`;
}

/** The alpha-2 code an IPTC country URI names, upper-case, if it is one. */
export function countryOfUri(uri: string): string | undefined {
  return COUNTRY_URI.exec(uri)?.[1]?.toUpperCase();
}

/** How an identifier scheme's values become URIs, and back. */
const SCHEMES: readonly { scheme: string; toUri(value: string): string; pattern: RegExp }[] = [
  {
    scheme: "wikidata",
    toUri: (value) => `http://www.wikidata.org/entity/${value}`,
    pattern: /^https?:\/\/(?:www\.)?wikidata\.org\/(?:entity|wiki)\/(Q[0-9]+)$/,
  },
  {
    scheme: "geonames",
    toUri: (value) => `https://sws.geonames.org/${value}/`,
    pattern: /^https?:\/\/(?:sws\.|www\.)?geonames\.org\/([0-9]+)\/?/,
  },
];

/** The first identifier that has a URI form (Wikidata, GeoNames), as that URI. */
export function identifierUri(identifiers: readonly Identifier[] | undefined): string | undefined {
  for (const { scheme, value } of identifiers ?? []) {
    const known = SCHEMES.find((entry) => entry.scheme === scheme.toLowerCase());
    if (known !== undefined) return known.toUri(value);
    if (scheme.toLowerCase() === "uri" && isAbsoluteUri(value)) return value;
  }
  return undefined;
}

/** Every identifier's URI form, for `sameAs`. */
export function identifierUris(identifiers: readonly Identifier[] | undefined): string[] {
  return (identifiers ?? []).flatMap((identifier) => identifierUri([identifier]) ?? []);
}

/** An identifier read back from a URI: Wikidata and GeoNames by scheme, anything else as `uri`. */
export function identifierOfUri(uri: string): Identifier {
  for (const { scheme, pattern } of SCHEMES) {
    const value = pattern.exec(uri)?.[1];
    if (value !== undefined) return { scheme, value };
  }
  return { scheme: "uri", value: uri };
}

/** Whether `value` is an absolute URI (a scheme, a colon, no spaces), as the models' ids are. */
export function isAbsoluteUri(value: string): boolean {
  return /^[a-zA-Z][a-zA-Z0-9+.-]*:[^\s]+$/.test(value);
}

/** Whether `value` can be a local id in the models: lowercase words joined by hyphens. */
export function isLocalId(value: string): boolean {
  return /^[a-z0-9]+(-[a-z0-9]+)*$/.test(value);
}
