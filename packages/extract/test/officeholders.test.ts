// Leaders news writes bare, because its readers know whose they are: `President Lula`, a transcript's
// `PRIME MINISTER ALBANESE:`, `Secretary Antony J. Blinken`. The sentences are our own, about real
// officeholders, in meetings that never took place.
import { describe, expect, it } from "vitest";
import { nameKey } from "../src/entities/officeholders.js";
import { extract } from "../src/index.js";

const postsOf = (text: string, published?: string) =>
  Object.fromEntries(
    (extract(text, published === undefined ? {} : { published }).article.people ?? []).map((person) => [
      person.name,
      (person.posts ?? []).map((post) => post.country ?? null),
    ]),
  );

describe("a leader named by family name and title", () => {
  it("is the country's whose office of that kind they held in the article's year", () => {
    const text =
      "President Lula and Chancellor Scholz discussed trade in Brasilia on Monday, and Premier Li joined them by video.";
    expect(postsOf(text, "2023-05-02")).toEqual({ Lula: ["BR"], Scholz: ["DE"], Li: ["CN"] });
  });

  it("gets nothing while two crowns of the table share the name, and the one left after", () => {
    const text = "King Abdullah received the delegation in the capital on Sunday.";
    // Saudi Arabia's and Jordan's kings were both Abdullah until 2015.
    expect(postsOf(text, "2010-06-06")).toEqual({ Abdullah: [null] });
    expect(postsOf(text, "2020-06-07")).toEqual({ Abdullah: ["JO"] });
  });

  it("makes the leaders a statement's sentence names take part for their side", () => {
    const text =
      "Brazil and Germany sign climate pact\n\nBRASILIA — President Lula and Chancellor Scholz issued a joint statement on climate finance in Brasilia on Monday.";
    const [statement] = extract(text, { published: "2023-12-04" }).statements;
    expect(
      statement?.participants?.map((participant) => [participant.person.name, participant.onBehalfOf]),
    ).toEqual([
      ["Lula", "br"],
      ["Scholz", "de"],
    ]);
  });

  it("knows a full name romanized without its hyphen", () => {
    const text = "Minister of National Defense Jeong Kyeongdoo met the delegation.";
    expect(postsOf(text, "2019-12-04")).toEqual({ "Jeong Kyeongdoo": ["KR"] });
  });

  it("reads a transcript's label in capitals", () => {
    const text =
      "PRIME MINISTER ALBANESE: Thanks everyone for coming.\n\nJOURNALIST: Prime Minister, what was agreed?\n\nPRIME MINISTER ALBANESE: A good deal for both countries.";
    expect(postsOf(text, "2024-03-04")).toEqual({ ALBANESE: ["AU"] });
  });

  it("gets nothing in a year the holder did not hold the office, unless the post is a former one", () => {
    const text = "Prime Minister Abe met the delegation, and former Prime Minister Koizumi spoke later.";
    expect(postsOf(text, "2023-01-10")).toEqual({ Abe: [null], Koizumi: ["JP"] });
    expect(postsOf(text, "2015-01-10")).toEqual({ Abe: ["JP"], Koizumi: ["JP"] });
  });

  it("takes the year from the statement's or the dateline's date when the article's is not given", () => {
    // Abe was prime minister until 2020, Modi still is in 2023.
    const statement = (year: number) =>
      `TOKYO, March 3, ${year} — Prime Minister Abe and Prime Minister Modi issued a joint statement on Tuesday on maritime security.`;
    expect(postsOf(statement(2015))).toEqual({ Abe: ["JP"], Modi: ["IN"] });
    expect(postsOf(statement(2023))).toEqual({ Abe: [null], Modi: ["IN"] });
    const dateline =
      "Leaders meet\n\nTOKYO, March 3, 2023 — Prime Minister Abe and Prime Minister Modi met on Tuesday.";
    expect(postsOf(dateline)).toEqual({ Abe: [null], Modi: ["IN"] });
  });

  it("gets nothing with the title of an office the name's holder never held", () => {
    // Kishida was prime minister, never defence minister; `Trade Minister` names no office of the table.
    const text = "Defence Minister Kishida and Trade Minister Albanese opened the fair.";
    expect(postsOf(text, "2022-06-10")).toEqual({ Kishida: [null], Albanese: [null] });
  });

  it("gets nothing when holders of several countries fit", () => {
    // In 2005 Singapore's and South Korea's prime ministers were both named Lee.
    expect(postsOf("Prime Minister Lee opened the fair.", "2005-06-10")).toEqual({ Lee: [null] });
    expect(postsOf("Prime Minister Lee opened the fair.", "2022-06-10")).toEqual({ Lee: ["SG"] });
  });

  it("keeps the country the text writes", () => {
    expect(postsOf("Kenyan Foreign Minister Wong arrived in Nairobi.", "2023-01-10")).toEqual({
      Wong: ["KE"],
    });
  });
});

describe("a leader named in full", () => {
  it("is who they are whatever the post says, with initials and diacritics", () => {
    const text =
      "Senator Marise Payne, Secretary Antony J. Blinken and Trade Commissioner Maroš Šefčovič toured the port.";
    expect(postsOf(text, "2012-01-10")).toEqual({
      "Marise Payne": ["AU"],
      "Antony J. Blinken": ["US"],
      "Maroš Šefčovič": ["EU"],
    });
  });

  it("is the officeholder, for a name others bear too, only with the office's title in its years", () => {
    expect(postsOf("Prime Minister John Key met the growers.", "2012-01-10")).toEqual({ "John Key": ["NZ"] });
    expect(postsOf("The spokesman, John Key, met the growers.", "2012-01-10")).toEqual({
      "John Key": [null],
    });
    // A name many bear where family names are few (`Wang Yi`): the title must fit.
    expect(postsOf("The spokesman, Wang Yi, met the growers.", "2020-01-10")).toEqual({ "Wang Yi": [null] });
    expect(postsOf("Foreign Minister Wang Yi met the growers.", "2020-01-10")).toEqual({ "Wang Yi": ["CN"] });
  });
});

describe("a name's words as matched", () => {
  it.each([
    ["Maroš Šefčovič", ["maros", "sefcovic"]],
    ["Binali Yıldırım", ["binali", "yildirim"]],
    ["Radosław Sikorski", ["radoslaw", "sikorski"]],
    ["Joseph R. Biden Jr.", ["joseph", "r", "biden"]],
    ["Fiamē Naomi Mataʻafa", ["fiame", "naomi", "mata", "afa"]],
  ])("%s", (name, words) => {
    expect(nameKey(name)).toEqual(words);
  });
});
