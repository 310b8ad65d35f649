import { readFileSync } from "node:fs";
import path from "node:path";
import { extract } from "@communique/extract";
import type { JointStatement } from "@communique/joint-statement";
import type { NewsArticle } from "@communique/news-article";
import { describe, expect, it } from "vitest";
import { communique } from "../support/cli.js";
import { ROOT, readJson } from "../support/models.js";

const text = readFileSync(path.join(ROOT, "examples/seed/article.txt"), "utf8");
const handArticle = readJson<NewsArticle>(path.join(ROOT, "examples/seed/news-article.json"));
const handStatement = readJson<JointStatement>(path.join(ROOT, "examples/seed/joint-statement.json"));

/**
 * The hand-written instances as the extractor should give them: what only a person adds (the IPTC
 * genre, PLOVER codes) left out, the method `extracted`, and with a publication date the relative
 * dates resolved.
 */
function expected(published: boolean): { article: NewsArticle; statement: JointStatement } {
  const provenance = { ...handArticle.provenance, method: "extracted" as const, tool: "@communique/extract" };
  const { genre: _genre, ...article } = handArticle;
  const statement: JointStatement = {
    ...handStatement,
    provisions: handStatement.provisions?.map(({ plover: _plover, ...provision }) => provision),
    provenance,
  };
  if (published) {
    const meeting = statement.meeting;
    const related = statement.related?.[0];
    if (meeting?.date === undefined || related?.date === undefined) throw new Error("the seed's dates moved");
    statement.meeting = { ...meeting, date: { ...meeting.date, value: "2016-12-20" } };
    statement.related = [{ ...related, date: { ...related.date, value: "2016-10" } }];
  }
  return { article: { ...article, provenance }, statement };
}

describe("extracting the seed", () => {
  it("without a publication date gives the hand-written instances, dates kept as words", () => {
    const result = extract(text, { source: "examples/seed/article.txt" });
    expect(result.article).toEqual(expected(false).article);
    expect(result.statements).toEqual([expected(false).statement]);
    expect(result.warnings).toEqual([]);
  });

  it("with --published 2016-12-21, the meeting is on 2016-12-20 and the forum was launched in 2016-10", () => {
    const result = extract(text, { source: "examples/seed/article.txt", published: "2016-12-21" });
    expect(result.statements).toEqual([expected(true).statement]);
    expect(result.statements[0]?.meeting?.date).toEqual({
      text: "Tuesday (US time)",
      span: { start: 495, end: 512 },
      value: "2016-12-20",
      precision: "day",
    });
  });

  it("communique extract examples/seed/article.txt --published 2016-12-21 prints the same, as JSON", async () => {
    const run = await communique(["extract", "examples/seed/article.txt", "--published", "2016-12-21"]);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual({
      article: expected(true).article,
      statements: [expected(true).statement],
    });
  });

  it("npm start's command extracts the seed, validates, and shows what was found", async () => {
    const run = await communique([
      "extract",
      "examples/seed/article.txt",
      "--published",
      "2016-12-21",
      "--format",
      "summary",
    ]);
    expect(run.code).toBe(0);
    for (const line of [
      "headline       South Korea, US Agree to Regularly Deploy Strategic Military Assets to Korean Peninsula",
      "people         Lim Sung-nam, Vice Foreign Minister (KR); Yoo Jeh-seung, Deputy Minister for Defense Policy (KR); Thomas Countryman, Acting Under Secretary of State for Arms Control and International Security (US); David Shear",
      "parties        South Korea (KR), United States (US)",
      "Tuesday (US time) = 2016-12-20",
      "valid          yes: the article against https://communique.dev/schemas/news-article/v1.json, 1 statement(s) against https://communique.dev/schemas/joint-statement/v1.json",
    ])
      expect(run.stdout).toContain(line);
  });
});
