import type { Mention, PersonWithPosts, TextSpan } from "@communique/core";
import { describe, expectTypeOf, it } from "vitest";
import { assertNewsArticle, isNewsArticle, type NewsArticle, validateNewsArticle } from "../src/index.js";

describe("NewsArticle types", () => {
  it("has a plain-string headline and a literal type discriminator", () => {
    expectTypeOf<NewsArticle["headline"]>().toEqualTypeOf<string>();
    expectTypeOf<NewsArticle["type"]>().toEqualTypeOf<"NewsArticle">();
  });

  it("keeps paragraphs with their spans", () => {
    expectTypeOf<NewsArticle["body"]["paragraphs"][number]>().toEqualTypeOf<{
      text: string;
      span: TextSpan;
    }>();
    expectTypeOf<NewsArticle["body"]["paragraphs"][number]>().toMatchTypeOf<Mention>();
  });

  it("holds people with their posts", () => {
    expectTypeOf<NonNullable<NewsArticle["people"]>[number]>().toEqualTypeOf<PersonWithPosts>();
  });

  it("narrows with the guard and types the validated value", () => {
    const data: unknown = {};
    if (isNewsArticle(data)) expectTypeOf(data).toEqualTypeOf<NewsArticle>();
    expectTypeOf(assertNewsArticle).asserts.toEqualTypeOf<NewsArticle>();
    const result = validateNewsArticle(data);
    if (result.ok) expectTypeOf(result.value).toEqualTypeOf<NewsArticle>();
  });
});
