import type { JointStatement, Party } from "@communique/joint-statement";
import type { NewsArticle } from "@communique/news-article";
import { containsEither, fold, namesMatch, pairOff } from "./fold.js";
import type { Gold, GoldStatement } from "./gold.js";

/** The fields scored, in the order they are reported. */
export const FIELDS = [
  { field: "headline", label: "headline", kind: "accuracy" },
  { field: "dateline", label: "dateline (place)", kind: "accuracy" },
  { field: "agency", label: "agency", kind: "accuracy" },
  { field: "people", label: "people", kind: "f1" },
  { field: "posts", label: "a person's post", kind: "accuracy" },
  { field: "personCountry", label: "a person's country", kind: "accuracy" },
  { field: "organizations", label: "organizations", kind: "f1" },
  { field: "countries", label: "countries", kind: "f1" },
  { field: "statementFound", label: "statement found (or none)", kind: "accuracy" },
  { field: "statements", label: "statements (count)", kind: "f1" },
  { field: "parties", label: "statement parties (exact set)", kind: "accuracy" },
  { field: "date", label: "statement date", kind: "accuracy" },
  { field: "place", label: "statement place", kind: "accuracy" },
  { field: "forum", label: "meeting forum", kind: "accuracy" },
  { field: "ordinal", label: "meeting ordinal", kind: "accuracy" },
  { field: "participants", label: "participants", kind: "f1" },
] as const;

export type FieldName = (typeof FIELDS)[number]["field"];

/** Right and total for an accuracy; true and false positives and negatives for an F1. */
export interface Tally {
  right: number;
  total: number;
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
}

/** Something the extractor got wrong in one text: what the gold says and what was found. */
export interface Miss {
  field: FieldName;
  expected: string;
  found: string;
}

/** How one text scored, field by field. */
export interface TextScore {
  id: string;
  tallies: Record<FieldName, Tally>;
  misses: Miss[];
}

/** What the extractor found in one text. */
export interface Extraction {
  article: NewsArticle;
  statements: JointStatement[];
}

export function emptyTally(): Tally {
  return { right: 0, total: 0, truePositives: 0, falsePositives: 0, falseNegatives: 0 };
}

/** Scores one extraction against its gold annotation, by the rules in the package README. */
export function scoreText(gold: Gold, found: Extraction | undefined): TextScore {
  const score = new Scorer(gold.id);
  const article = found?.article;
  const statements = found?.statements ?? [];

  if (gold.headline !== null) {
    const headline = article?.headline ?? "";
    score.check("headline", fold(headline) === fold(gold.headline), gold.headline, headline);
  }

  const dateline = article?.dateline;
  const datelineWords = dateline ? `${dateline.place?.name ?? ""} ${dateline.text}` : "";
  if (gold.dateline === null) {
    score.check("dateline", dateline === undefined, "(none)", datelineWords);
  } else {
    const placeFound = fold(datelineWords).includes(fold(gold.dateline.place));
    score.check(
      "dateline",
      dateline !== undefined && placeFound,
      gold.dateline.place,
      datelineWords || "(none)",
    );
  }

  if (gold.agency !== null) {
    const credits = agencyWords(article);
    const agency = fold(gold.agency);
    score.check(
      "agency",
      credits.some((words) => fold(words).includes(agency)),
      gold.agency,
      credits.join(" | "),
    );
  }

  scorePeople(score, gold, article);

  const organizations = (article?.organizations ?? []).filter((o) => o.kind !== "news-agency");
  score.pairs(
    "organizations",
    gold.organizations,
    organizations,
    (g, o) => organizationMatches(g, o.name, o.acronym),
    (g, o) => fold(g) === fold(o.name),
    (o) => (o.acronym ? `${o.name} (${o.acronym})` : o.name),
  );

  const codes = [...new Set((article?.countries ?? []).map((c) => c.code))];
  score.pairs(
    "countries",
    gold.countries,
    codes,
    (g, c) => g === c,
    (g, c) => g === c,
    (c) => c,
  );

  score.check(
    "statementFound",
    gold.statements.length > 0 === statements.length > 0,
    String(gold.statements.length),
    String(statements.length),
  );
  score.counts("statements", gold.statements.length, statements.length);
  for (const goldStatement of gold.statements) scoreStatement(score, goldStatement, statements);
  return score.result();
}

function agencyWords(article: NewsArticle | undefined): string[] {
  if (article === undefined) return [];
  const words: string[] = [];
  const credit = article.credit;
  if (credit) {
    words.push(credit.text);
    if (credit.provider) words.push(credit.provider.name, credit.provider.acronym ?? "");
  }
  if (article.dateline) words.push(article.dateline.text);
  for (const organization of article.organizations ?? []) {
    if (organization.kind === "news-agency") words.push(organization.name, organization.acronym ?? "");
  }
  return words.filter((w) => w.length > 0);
}

function scorePeople(score: Scorer, gold: Gold, article: NewsArticle | undefined): void {
  const people = article?.people ?? [];
  const partner = score.pairs(
    "people",
    gold.people,
    people,
    (g, p) => namesMatch(g.name, p.name),
    (g, p) => fold(g.name) === fold(p.name),
    (p) => p.name,
  );
  gold.people.forEach((person, g) => {
    const match = partner[g] === undefined || partner[g] === -1 ? undefined : people[partner[g]];
    if (match === undefined) return;
    const posts = match.posts ?? [];
    if (person.post !== null) {
      const titles = posts.map((p) => p.title);
      const right = titles.some((title) => containsEither(title, person.post ?? ""));
      score.check("posts", right, `${person.name}: ${person.post}`, titles.join(" | ") || "(no post)");
    }
    if (person.country !== null) {
      const countries = posts.flatMap((p) => (p.country ? [p.country] : []));
      score.check(
        "personCountry",
        countries.includes(person.country),
        `${person.name}: ${person.country}`,
        countries.join(" ") || "(no country)",
      );
    }
  });
}

/** A gold organization, written as a name, an acronym or `Name (ACR)`, against a found one. */
function organizationMatches(gold: string, name: string, acronym: string | undefined): boolean {
  const written = /^(.*?)\s*\(([^()]+)\)$/.exec(gold.trim());
  const forms = written ? [gold, written[1] ?? "", written[2] ?? ""] : [gold];
  return forms.some(
    (form) =>
      form.length > 0 && (namesMatch(form, name) || (acronym !== undefined && fold(form) === fold(acronym))),
  );
}

function partyMatches(gold: string, party: Party): boolean {
  if (party.kind === "country") return party.country === gold;
  const acronym = party.organization?.acronym;
  return (
    (acronym !== undefined && fold(acronym) === fold(gold)) || organizationMatches(gold, party.name, acronym)
  );
}

function partyWords(party: Party): string {
  return party.kind === "country"
    ? (party.country ?? party.name)
    : (party.organization?.acronym ?? party.name);
}

function scoreStatement(score: Scorer, gold: GoldStatement, statements: readonly JointStatement[]): void {
  const shared = (s: JointStatement) =>
    gold.parties.filter((p) => s.parties.some((q) => partyMatches(p, q))).length;
  let best: JointStatement | undefined;
  for (const statement of statements)
    if (best === undefined || shared(statement) > shared(best)) best = statement;

  const parties = best?.parties ?? [];
  const exact =
    best !== undefined &&
    parties.length === gold.parties.length &&
    gold.parties.every((p) => parties.some((q) => partyMatches(p, q)));
  score.check(
    "parties",
    exact,
    gold.parties.join(" "),
    parties.map(partyWords).join(" ") || "(no statement)",
  );

  const meeting = best?.meeting;
  if (gold.date !== null) {
    const dates = [best?.issued?.date?.value, meeting?.date?.value].filter((d) => d !== undefined);
    const texts = [best?.issued?.date?.text, meeting?.date?.text].filter((d) => d !== undefined);
    score.check(
      "date",
      dates.includes(gold.date),
      gold.date,
      [...dates, ...texts.map((t) => `"${t}"`)].join(" ") || "(none)",
    );
  }
  if (gold.place !== null) {
    const places = [best?.issued?.place?.name, meeting?.place?.name].filter((p) => p !== undefined);
    score.check(
      "place",
      places.some((p) => containsEither(p, gold.place ?? "")),
      gold.place,
      places.join(" | ") || "(none)",
    );
  }
  if (gold.forum !== null) {
    const forum = gold.forum;
    const names = [meeting?.name, meeting?.forum?.name, meeting?.forum?.acronym].filter(
      (n) => n !== undefined,
    );
    const right = names.some((n) => fold(n).includes(fold(forum)) || namesMatch(n, forum));
    score.check("forum", right, forum, names.join(" | ") || "(none)");
  }
  if (gold.ordinal !== null) {
    const ordinal = meeting?.ordinal;
    score.check(
      "ordinal",
      ordinal === gold.ordinal,
      String(gold.ordinal),
      ordinal === undefined ? "(none)" : String(ordinal),
    );
  }
  const people = (best?.participants ?? []).map((p) => p.person.name);
  score.pairs(
    "participants",
    gold.participants,
    people,
    (g, p) => namesMatch(g, p),
    (g, p) => fold(g) === fold(p),
    (p) => p,
  );
}

/** Collects the tallies and misses of one text. */
class Scorer {
  private readonly tallies = Object.fromEntries(FIELDS.map(({ field }) => [field, emptyTally()])) as Record<
    FieldName,
    Tally
  >;
  private readonly misses: Miss[] = [];

  constructor(private readonly id: string) {}

  check(field: FieldName, right: boolean, expected: string, found: string): void {
    const tally = this.tallies[field];
    tally.total += 1;
    if (right) tally.right += 1;
    else this.misses.push({ field, expected, found });
  }

  counts(field: FieldName, gold: number, found: number): void {
    const tally = this.tallies[field];
    const paired = Math.min(gold, found);
    tally.truePositives += paired;
    tally.falsePositives += found - paired;
    tally.falseNegatives += gold - paired;
    tally.total += 1;
    if (gold === found) tally.right += 1;
    else this.misses.push({ field, expected: String(gold), found: String(found) });
  }

  /** One-to-one pairs of gold and found items; returns each gold item's partner index (or -1). */
  pairs<G, F>(
    field: FieldName,
    gold: readonly G[],
    found: readonly F[],
    matches: (g: G, f: F) => boolean,
    same: (g: G, f: F) => boolean,
    show: (f: F) => string,
  ): number[] {
    const partner = pairOff(gold, found, matches, same);
    const tally = this.tallies[field];
    const paired = partner.filter((p) => p !== -1).length;
    tally.truePositives += paired;
    tally.falseNegatives += gold.length - paired;
    tally.falsePositives += found.length - paired;
    tally.total += 1;
    if (paired === gold.length && paired === found.length) tally.right += 1;
    const used = new Set(partner);
    gold.forEach((item, g) => {
      if (partner[g] === -1) this.misses.push({ field, expected: describe(item), found: "(missed)" });
    });
    found.forEach((item, f) => {
      if (!used.has(f)) this.misses.push({ field, expected: "(not in gold)", found: show(item) });
    });
    return partner;
  }

  result(): TextScore {
    return { id: this.id, tallies: this.tallies, misses: this.misses };
  }
}

function describe(item: unknown): string {
  if (typeof item === "string") return item;
  if (typeof item === "object" && item !== null && "name" in item)
    return String((item as { name: unknown }).name);
  return JSON.stringify(item);
}
