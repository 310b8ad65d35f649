// Ordinary news sentences the real-text rules must not misread, each in our own words: figures that
// are not dates, an outlet's byline under a wire dateline, a side's officials beside others, talks at
// a named summit, a first that is no meeting's number, and a declaration only reaffirmed.
import { describe, expect, it } from "vitest";
import { partialDate } from "../src/dates.js";
import { extract } from "../src/index.js";

const run = (text: string, published = "2024-03-05") => extract(text, { published });
// The countries a story datelined in Oslo names, by code.
const countries = (sentence: string) =>
  (extract(`Talks\n\nOSLO — ${sentence}`).article.countries ?? []).map((country) => country.code);
const postsOf = (text: string, name: string) =>
  (run(text).article.people ?? []).find((person) => person.name === name)?.posts ?? [];

describe("figures that are not dates", () => {
  it.each([
    "Norway and Iceland issued a joint statement on ferry crews working in 24/7 shifts.",
    "Norway and Iceland issued a joint statement after a vote won by a 2/3 majority.",
  ])("%s", (text) => {
    expect(run(`Ferry statement\n\n${text}`).statements[0]?.issued?.date?.text).toBeUndefined();
  });

  it("reads a two-digit year as the latest such year up to the publication", () => {
    const read = (text: string) =>
      partialDate({ text, start: 0, end: text.length }, new Date("2024-03-05T00:00:00Z")).value;
    expect(read("15/02/98")).toBe("1998-02-15");
    expect(read("15/02/24")).toBe("2024-02-15");
  });
});

describe("credits", () => {
  it("an outlet in the byline is not the credit when the dateline names the wire agency", () => {
    const { article } = run(
      "Norway and Iceland agree on quotas\n\nBy Jane Roe, Fjord News\n\nOSLO (Reuters) - Norway and Iceland agreed on Tuesday to share catch data.",
    );
    expect(article.credit?.provider?.name).not.toBe("Fjord News");
  });
});

describe("a side's officials", () => {
  it("are not every official named after `officials were`", () => {
    const posts = postsOf(
      "Talks in Oslo\n\nNorwegian officials were pleased with Icelandic Foreign Minister Sara Jonsdottir during the talks in Oslo.",
      "Sara Jonsdottir",
    );
    expect(posts.map((post) => post.country)).toEqual(["IS"]);
  });

  it("end at what the listed people did", () => {
    const posts = postsOf(
      "Talks in Oslo\n\nThe Norwegian delegation including Trade Minister Kari Dahl met Secretary General Jens Olsen of the Nordic Council in Oslo.",
      "Jens Olsen",
    );
    expect(posts.map((post) => post.country)).not.toContain("NO");
  });
});

describe("meetings", () => {
  it("talks held at a named summit are at that summit", () => {
    const { statements } = run(
      "Nordic statement\n\nThe prime ministers of Norway and Iceland held talks at the Norway-Iceland Summit in Oslo on Monday and issued a joint statement.",
    );
    expect(statements[0]?.meeting?.name).toBe("Norway-Iceland Summit");
  });

  it("a first that is a person's is no meeting's number", () => {
    const { statements } = run(
      "Norway and Iceland issue joint statement\n\nNorway and Iceland issued a joint statement at the Norway-Iceland Summit in Oslo on Monday. It was the first time the Icelandic leader had travelled abroad since the election.",
    );
    expect(statements[0]?.meeting?.ordinal).toBeUndefined();
  });
});

describe("people", () => {
  it("a counterpart at the start of a sentence", () => {
    const names = (
      run(
        "Talks in Oslo\n\nForeign Minister Kari Dahl met reporters in Oslo. Her Icelandic counterpart Sara Jonsdottir said the talks went well.",
      ).article.people ?? []
    ).map((person) => person.name);
    expect(names).toContain("Sara Jonsdottir");
  });

  it("no country is a person", () => {
    const names = (
      run(
        "Talks in Oslo\n\nForeign Minister Kari Dahl met her counterparts, New Zealand and Iceland, in Oslo.",
      ).article.people ?? []
    ).map((person) => person.name);
    expect(names).not.toContain("New Zealand");
  });
});

describe("documents only referred to", () => {
  it("a declaration the ministers reaffirmed is an earlier one, not one they issued", () => {
    const { statements } = run(
      "Nordic ministers meet\n\nThe foreign ministers of Norway and Iceland met in Oslo on Monday and reaffirmed the Helsinki Declaration.",
    );
    expect(statements).toEqual([]);
  });
});

describe("words of an institution after a rank are no person", () => {
  it("does not read `General Assembly` as a general named Assembly", () => {
    const text =
      "The ministers met on the sidelines of the U.N. General Assembly, their first meeting since May.";
    expect(run(text).article.people ?? []).toEqual([]);
  });
});

describe("a country's name inside a sea's or a strait's", () => {
  it("is no naming of the country, in the singular or the plural", () => {
    expect(countries("Norway and Iceland spoke of the East and South China Seas.")).toEqual(["NO", "IS"]);
    expect(countries("Norway and Iceland spoke of the Taiwan Straits.")).toEqual(["NO", "IS"]);
    expect(countries("Norway and Iceland spoke of China.")).toEqual(["NO", "IS", "CN"]);
  });
});

describe("a capital one leaves for", () => {
  it("is a place, not its government", () => {
    expect(countries("Norway and Iceland met before she left for Tokyo.")).toEqual(["NO", "IS"]);
    expect(countries("Norway and Iceland met before she was bound for Lima.")).toEqual(["NO", "IS"]);
    expect(countries("Norway and Iceland met, and Tokyo welcomed it.")).toEqual(["NO", "IS", "JP"]);
  });
});
