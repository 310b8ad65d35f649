import { createModelValidator, type GeneratedValidator, type ValidationIssue } from "@communique/core";
import { describe, expect, it } from "vitest";
import * as jointStatement from "../packages/joint-statement/src/generated/validator.js";
import * as newsArticle from "../packages/news-article/src/generated/validator.js";
import { MODELS, readJson } from "./support/models.js";

const GENERATED = { "news-article": newsArticle, "joint-statement": jointStatement } as const;

/**
 * Breaks the model rules everywhere a document lets it, while keeping to the schema: every span
 * turned around, every alpha-2 code made unassigned (`ZZ`), every alpha-3 code made the wrong one.
 */
function breakRules(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(breakRules);
  if (typeof value !== "object" || value === null) return value;
  const copy: Record<string, unknown> = {};
  for (const [key, member] of Object.entries(value)) copy[key] = breakRules(member);
  if (typeof copy.start === "number" && typeof copy.end === "number" && copy.start < copy.end) {
    [copy.start, copy.end] = [copy.end, copy.start];
  }
  for (const key of ["country", "code"]) {
    if (typeof copy[key] === "string" && /^[A-Z]{2}$/.test(copy[key] as string)) copy[key] = "ZZ";
  }
  if (typeof copy.alpha3 === "string") copy.alpha3 = copy.alpha3 === "FRA" ? "DEU" : "FRA";
  return copy;
}

const byPath = (issues: readonly ValidationIssue[]) => issues.map((issue) => `${issue.path} ${issue.code}`);

describe.each(MODELS)("the generated model-rule walk of $name", (model) => {
  const generated = GENERATED[model.name];
  // The same schema check, with the rules walked from the definition paths instead.
  const fromPaths = createModelValidator({
    model: model.name,
    schemaValidator: generated.validate as GeneratedValidator,
    definitionPaths: generated.definitionPaths,
  });
  const walked = createModelValidator({
    model: model.name,
    schemaValidator: generated.validate as GeneratedValidator,
    definitionPaths: generated.definitionPaths,
    walkModelRules: generated.walkModelRules,
  });
  const broken = breakRules(readJson(model.seedFile));

  it("finds every breach the walk over the definition paths finds, at the same paths, in the same order", () => {
    const result = walked.validate(broken);
    const expected = fromPaths.validate(broken);
    expect(result.ok || expected.ok).toBe(false);
    if (result.ok || expected.ok) return;
    expect(result.issues.length).toBeGreaterThan(20);
    expect(byPath(result.issues)).toEqual(byPath(expected.issues));
    // The model's own validator walks the same way, and adds its document rules.
    const own = model.validate(broken);
    expect(own.ok ? [] : byPath(own.issues)).toEqual(expect.arrayContaining(byPath(result.issues)));
  });

  it("reaches spans inside arrays inside arrays", () => {
    const result = model.validate(broken);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.map((issue) => issue.path)).toContainEqual(
      expect.stringMatching(/^\/\w+\/\d+\/mentions\/\d+\/span$/),
    );
  });
});

// The European Union's `EU` (reserved for it in ISO 3166-1) is a post's country, and no other place's.
describe("the European Union's code", () => {
  const withCode = (document: unknown, post: string, country: string) => {
    const copy = structuredClone(document) as {
      people?: { posts?: { country?: string }[] }[];
      countries?: { code: string; alpha3?: string }[];
    };
    const first = copy.people?.find((person) => (person.posts ?? []).length > 0)?.posts?.[0];
    if (first === undefined || copy.countries?.[0] === undefined) throw new Error("the seed has no post");
    first.country = post;
    const { alpha3: _alpha3, ...named } = copy.countries[0];
    copy.countries[0] = { ...named, code: country };
    return copy;
  };
  const [articleModel] = MODELS;
  const seed = readJson((articleModel as (typeof MODELS)[number]).seedFile);
  const validate = (articleModel as (typeof MODELS)[number]).validate;
  const codes = (result: ReturnType<typeof validate>) =>
    result.ok ? [] : result.issues.map((issue) => `${issue.path.replace(/\d+/g, "N")} ${issue.code}`);

  it("is accepted as whose a post is", () => {
    expect(codes(validate(withCode(seed, "EU", "KR")))).toEqual([]);
  });

  it("is refused as a country the article names, and an unassigned code is refused in a post", () => {
    expect(codes(validate(withCode(seed, "EU", "EU")))).toEqual(["/countries/N/code country-code"]);
    expect(codes(validate(withCode(seed, "ZZ", "KR")))).toEqual(["/people/N/posts/N/country country-code"]);
  });
});
