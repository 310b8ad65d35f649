import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { validateNewsArticle } from "@communique/news-article";
import { describe, expect, it } from "vitest";
import { checkLanguage, extract, LanguageTagError } from "../src/index.js";
import { LANGUAGE_TAG } from "../src/language.js";

const require = createRequire(import.meta.url);
const TEXT = "Allies meet\n\nSEOUL, Dec 21 (Yonhap) -- South Korea and Japan agreed to talk.\n";

describe("the language of the text", () => {
  it("is checked as the schema states a language tag", () => {
    const schema = JSON.parse(readFileSync(require.resolve("@communique/news-article/schema.json"), "utf8"));
    expect(LANGUAGE_TAG.source).toBe(schema.definitions.LanguageTag.pattern);
  });

  it.each(["en", "en-US", "ko", "zh-Hant-TW"])("%s is taken, and the article validates", (language) => {
    expect(() => checkLanguage(language)).not.toThrow();
    const { article } = extract(TEXT, { language });
    expect(article.language).toBe(language);
    expect(validateNewsArticle(article).ok).toBe(true);
  });

  it.each([
    [
      "en_US",
      'language must be a BCP 47 language tag such as en or en-US, not "en_US"; did you mean "en-US"?',
    ],
    ["en_US.UTF-8", 'not "en_US.UTF-8"; did you mean "en-US"?'],
    ["english!", 'language must be a BCP 47 language tag such as en or en-US, not "english!"'],
    ["", 'not ""'],
  ])("%j is refused by extract with a clear error, before any work", (language, message) => {
    expect(() => extract(TEXT, { language })).toThrow(LanguageTagError);
    expect(() => extract(TEXT, { language })).toThrow(message);
    // Even for a text with nothing to extract: the option is wrong whatever the text.
    expect(() => extract(" ", { language })).toThrow(LanguageTagError);
  });
});
