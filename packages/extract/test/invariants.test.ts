import { readFileSync } from "node:fs";
import { validateJointStatement } from "@communique/joint-statement";
import { validateNewsArticle } from "@communique/news-article";
import { describe, expect, it } from "vitest";
import { extract, NothingToExtractError } from "../src/index.js";
import { articles, spannedValues, uncovered } from "./support.js";

const SEED = readFileSync(new URL("../../../examples/seed/article.txt", import.meta.url), "utf8");
const TEXTS = [SEED, ...articles().map((item) => item.text)];

/** A small seeded generator, so that every run fuzzes the same inputs and a failure can be replayed. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PIECES = [
  "“",
  "”",
  '"',
  "(",
  ")",
  " -- ",
  ", ",
  ". ",
  "\n",
  "\n\n",
  "Minister ",
  "Korea",
  "ROK",
  "U.S.",
  " said ",
  "joint statement",
  "Tuesday",
  "(EDSCG)",
  "inaugural meeting of the ",
  "\u00a0",
  "’s",
  "é",
  "😀",
  "\ud800",
  "\t",
  "\r\n",
  "SEOUL, Dec 21 (Yonhap) -- ",
  "Source: ",
  "(ends)",
  "Photo : x",
];

function randomText(next: () => number): string {
  const length = Math.floor(next() * 120);
  let text = "";
  for (let i = 0; i < length; i++) {
    const pick = next();
    if (pick < 0.5) text += PIECES[Math.floor(next() * PIECES.length)];
    else if (pick < 0.8) text += String.fromCharCode(32 + Math.floor(next() * 95));
    else text += String.fromCharCode(Math.floor(next() * 0x3000));
  }
  return text;
}

function mutated(text: string, next: () => number): string {
  const at = Math.floor(next() * text.length);
  const other = Math.floor(next() * text.length);
  const [from, to] = at < other ? [at, other] : [other, at];
  const lines = text.split("\n");
  switch (Math.floor(next() * 8)) {
    case 0:
      return text.slice(0, from) + text.slice(to);
    case 1:
      return text.slice(0, at);
    case 2:
      return text.slice(0, at) + randomText(next) + text.slice(at);
    case 3:
      return lines.sort(() => next() - 0.5).join("\n");
    case 4:
      return text.toUpperCase();
    case 5:
      return text.replace(/\n+/g, " ");
    case 6:
      return text.replace(/[”"]/g, "").replace(/\n/g, "\r\n");
    default:
      return text.slice(from, to).repeat(3);
  }
}

function expectInvariants(text: string): void {
  if (text.trim().length === 0) {
    expect(() => extract(text)).toThrow(NothingToExtractError);
    return;
  }
  const result = extract(text, { published: "2016-12-21" });
  // Valid by construction, not by the output check's fallback: that check must not have fired.
  const fallbacks = result.warnings.filter(
    (warning) => warning.code === "article-reduced" || warning.code === "statement-invalid",
  );
  expect(fallbacks, JSON.stringify(text.slice(0, 400))).toEqual([]);
  const article = validateNewsArticle(result.article);
  expect(article.ok ? [] : article.issues, JSON.stringify(text.slice(0, 400))).toEqual([]);
  for (const statement of result.statements) {
    const checked = validateJointStatement(statement);
    expect(checked.ok ? [] : checked.issues).toEqual([]);
  }
  for (const { path, value, span } of spannedValues(result))
    expect({ path, value: text.slice(span.start, span.end) }).toEqual({ path, value });
  expect(uncovered(text, result), `characters dropped from ${JSON.stringify(text.slice(0, 400))}`).toEqual(
    [],
  );
}

// Five thousand sentences, each naming different people: `Aon Don`, `Bon Gon`, …
function many(sentence: (first: string, second: string) => string): string {
  const word = (n: number) => {
    let letters = "";
    for (let rest = n; letters === "" || rest > 0; rest = Math.floor(rest / 26))
      letters += String.fromCharCode(97 + (rest % 26));
    return `${(letters[0] as string).toUpperCase()}${letters.slice(1)}on`;
  };
  return Array.from({ length: 5000 }, (_, n) => sentence(word(n), word(n * 7 + 3))).join(" ");
}

describe("invariants on fuzzed input", () => {
  it("random text: valid output, exact spans, nothing dropped, no throw", () => {
    const next = random(20161221);
    for (let run = 0; run < 400; run++) expectInvariants(randomText(next));
  });

  it("mutated articles: the same", () => {
    const next = random(7);
    for (let run = 0; run < 400; run++) {
      const text = TEXTS[run % TEXTS.length] as string;
      expectInvariants(mutated(mutated(text, next), next));
    }
  });

  it.each([
    ["a long line of capitalized words before a bracket", `${"Extended Deterrence ".repeat(20_000)}(EDSCG)`],
    ["many unclosed quotation marks", "“".repeat(50_000)],
    ["a hundred thousand short lines", "Seoul said.\n".repeat(100_000)],
    ["one 2 MB line of words", "the allies said in their joint statement ".repeat(50_000)],
    ["names and posts without end", "Vice Foreign Minister Lim Sung-nam and ".repeat(20_000)],
    ["only punctuation", ".,;:!?()“”\"'".repeat(10_000)],
    ["five thousand different officials", many((a, b) => `Foreign Minister ${a} ${b} said.`)],
    ["five thousand different organizations", many((a, b) => `the ${a} ${b} Council (${a[0]}${b[0]}C) met.`)],
    [
      "five thousand delegations",
      `${many((a, b) => `Minister ${a} ${b} headed the US side and Japan being represented by Minister ${b} ${a}.`)} joint statement`,
    ],
    ["five thousand quoted officials", many((a, b) => `Minister ${a} ${b} said: “Yes.” ${b} said.`)],
  ])("hostile input: %s", (_, text) => {
    expectInvariants(text);
  });

  it("throws only for text with nothing in it, and says so", () => {
    for (const blank of ["", " ", "\n\n\t", "\u00a0"])
      expect(() => extract(blank)).toThrow(NothingToExtractError);
    expect(() => extract("x")).not.toThrow();
  });

  it("garbage gives a minimal valid article with a warning", () => {
    const result = extract("%%%% ####");
    expect(result.article.headline).toBe("%%%% ####");
    expect(result.article.body.paragraphs).toEqual([{ text: "%%%% ####", span: { start: 0, end: 9 } }]);
    expect(result.statements).toEqual([]);
    expect(result.warnings.map((warning) => warning.code)).toEqual(["no-headline"]);
  });
});
