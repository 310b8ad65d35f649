/** What a careful reader finds in one text: the answer `evaluate` scores the extractor against. */
export interface Gold {
  id: string;
  /** The date of publication, passed to `extract` as `published`; null when unknown. */
  published: string | null;
  headline: string | null;
  dateline: { text: string; place: string } | null;
  agency: string | null;
  authors: string[];
  people: GoldPerson[];
  organizations: string[];
  /** ISO 3166-1 alpha-2 codes of every country the text refers to. */
  countries: string[];
  statements: GoldStatement[];
}

export interface GoldPerson {
  name: string;
  post: string | null;
  country: string | null;
}

export interface GoldStatement {
  kind: string;
  /** Alpha-2 codes for states, an organization's usual short name for others. */
  parties: string[];
  date: string | null;
  place: string | null;
  forum: string | null;
  ordinal: number | null;
  participants: string[];
}

/** A gold file that does not hold what the format says, with the place it goes wrong. */
export class GoldFormatError extends Error {
  override name = "GoldFormatError";
  constructor(
    readonly pointer: string,
    message: string,
  ) {
    super(`${pointer || "/"}: ${message}`);
  }
}

type Json = unknown;

/** Reads a parsed gold file, checking every field the scorer uses. */
export function readGold(value: Json): Gold {
  const root = record(value, "");
  return {
    id: text(root.id, "/id"),
    published: nullable(root.published, "/published", text),
    headline: nullable(root.headline, "/headline", text),
    dateline: nullable(root.dateline, "/dateline", (v, at) => {
      const d = record(v, at);
      return { text: text(d.text, `${at}/text`), place: text(d.place, `${at}/place`) };
    }),
    agency: nullable(root.agency, "/agency", text),
    authors: list(root.authors ?? [], "/authors", text),
    people: list(root.people ?? [], "/people", (v, at) => {
      const p = record(v, at);
      return {
        name: text(p.name, `${at}/name`),
        post: nullable(p.post ?? null, `${at}/post`, text),
        country: nullable(p.country ?? null, `${at}/country`, text),
      };
    }),
    organizations: list(root.organizations ?? [], "/organizations", text),
    countries: list(root.countries ?? [], "/countries", text),
    statements: list(root.statements ?? [], "/statements", (v, at) => {
      const s = record(v, at);
      return {
        kind: text(s.kind, `${at}/kind`),
        parties: list(s.parties ?? [], `${at}/parties`, text),
        date: nullable(s.date ?? null, `${at}/date`, text),
        place: nullable(s.place ?? null, `${at}/place`, text),
        forum: nullable(s.forum ?? null, `${at}/forum`, text),
        ordinal: nullable(s.ordinal ?? null, `${at}/ordinal`, (o, where) => {
          if (typeof o !== "number" || !Number.isInteger(o))
            throw new GoldFormatError(where, "must be a whole number");
          return o;
        }),
        participants: list(s.participants ?? [], `${at}/participants`, text),
      };
    }),
  };
}

function record(value: Json, at: string): Record<string, Json> {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    throw new GoldFormatError(at, "must be an object");
  }
  return value as Record<string, Json>;
}

function text(value: Json, at: string): string {
  if (typeof value !== "string") throw new GoldFormatError(at, "must be a string");
  return value;
}

function nullable<T>(value: Json, at: string, read: (value: Json, at: string) => T): T | null {
  return value === null ? null : read(value, at);
}

function list<T>(value: Json, at: string, read: (value: Json, at: string) => T): T[] {
  if (!Array.isArray(value)) throw new GoldFormatError(at, "must be an array");
  return value.map((item, i) => read(item, `${at}/${i}`));
}
