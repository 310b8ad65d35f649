// When and where a statement was issued, in the forms real copy writes them (issue: extract that holds
// on real text), each in our own words: days relative to the publication date, a weekday with its
// date, days of the month alone, days in figures, and the fallbacks when the text gives none.
import { describe, expect, it } from "vitest";
import { fullDatesIn, isoDay, partialDate, yearFromText } from "../src/dates.js";
import { extract } from "../src/index.js";

const read = (text: string, published = "2024-03-14") =>
  partialDate({ text, start: 0, end: text.length }, new Date(`${published}T00:00:00Z`));

describe("isoDay", () => {
  it("writes a UTC day with its month and day padded, and leaves other years to toISOString", () => {
    expect(isoDay(new Date(Date.UTC(2024, 0, 5, 23, 59)))).toBe("2024-01-05");
    expect(isoDay(new Date(Date.UTC(2016, 11, 21)))).toBe("2016-12-21");
    const early = new Date(Date.UTC(2000, 1, 3));
    early.setUTCFullYear(812);
    expect(isoDay(early)).toBe("0812-02-03");
  });
});

describe("dates as copy writes them", () => {
  it.each([
    ["today", "2024-03-14", "day"],
    ["yesterday", "2024-03-13", "day"],
    ["last week", "2024-03", "month"],
    ["Friday 15th March", "2024-03-15", "day"],
    ["Monday, March 4", "2024-03-04", "day"],
    ["the 12th (local time)", "2024-03-12", "day"],
    ["the 20th", "2024-02-20", "day"],
    ["the 9th of March", "2024-03-09", "day"],
    ["15/02", "2024-02-15", "day"],
    ["02/15/2024", "2024-02-15", "day"],
    ["13/03", "2024-03-13", "day"],
  ])("%s", (text, value, precision) => {
    expect(read(text)).toMatchObject({ value, precision });
  });

  it("reads an ambiguous day in figures the way that puts it nearer the publication date", () => {
    expect(read("03/04", "2024-04-05").value).toBe("2024-04-03");
    expect(read("03/04", "2024-03-05").value).toBe("2024-03-04");
    expect(read("03/04", "2024-03-05").value).not.toBe("2024-04-03");
  });
});

describe("the statement's date", () => {
  it("a relative day followed by its calendar date is that date", () => {
    const { statements } = extract(
      "Norway and Iceland to sign fisheries accord\n\nThe prime ministers of Norway and Iceland will sign a joint statement on fisheries when they meet in Reykjavik later today [Friday 15th March].",
      { published: "2024-03-14" },
    );
    expect(statements[0]?.meeting?.date?.value ?? statements[0]?.issued?.date?.value).toBe("2024-03-15");
  });

  it("`today` in the sentence that says the parties met", () => {
    const { statements } = extract(
      "Norway and Iceland agree on quotas\n\nThe prime ministers of Norway and Iceland met today in Reykjavik for the Nordic Fisheries Summit and issued a joint statement on quotas.",
      { published: "2024-03-14" },
    );
    expect(statements[0]?.meeting?.date?.value).toBe("2024-03-14");
  });

  it("a statement said to be made last week is dated to that week's month", () => {
    const { statements } = extract(
      "Ministers speak to the press\n\nLast week Norway and Iceland issued a joint statement condemning the attack on the ferry.",
      { published: "2024-03-05" },
    );
    expect(statements[0]?.issued?.date).toMatchObject({ value: "2024-02", precision: "month" });
  });

  it("the first day of a span is not the statement's day: the date printed under the title is", () => {
    const { statements } = extract(
      "Norway-Iceland Joint Statement on Fisheries (talks held March 11-13, 2024)\n\nMarch 12, 2024\n\nThe prime ministers of Norway and Iceland agreed to deepen their cooperation on fisheries.",
    );
    expect(statements[0]?.issued?.date?.value).toBe("2024-03-12");
  });

  it("a statement a release says was released is issued on the release's date, its meeting on its own", () => {
    const { statements } = extract(
      "Joint Statement on the Norway-Iceland Fisheries Dialogue\n\nMEDIA NOTE\nMarch 12, 2024\n\nThe text of the following joint statement was released by the Governments of Norway and Iceland.\n\nThe ministers of Norway and Iceland convened the Norway-Iceland Fisheries Dialogue in Oslo on March 11, 2024.",
    );
    expect(statements[0]?.issued?.date?.value).toBe("2024-03-12");
    expect(statements[0]?.meeting?.date?.value).toBe("2024-03-11");
  });

  it("with no date in its words, a statement is dated the day it was published", () => {
    const { statements } = extract(
      "Norway and Iceland condemn attack\n\nNorway and Iceland issued a joint statement condemning the attack on the ferry.",
      { published: "2024-03-14" },
    );
    expect(statements[0]?.issued?.date).toEqual({ value: "2024-03-14", precision: "day" });
  });
});

describe("a day written without its year, in a text with no publication date", () => {
  const text = "The talks opened on March 12, 2024 in Oslo; an earlier round was held on July 1, 2019.";
  const full = fullDatesIn(text);
  const read = (written: string) =>
    yearFromText(full, partialDate({ text: written, start: 0, end: written.length }, undefined)).value;

  it("takes the year the text gives the same day in full", () => {
    expect(full).toEqual(["2024-03-12", "2019-07-01"]);
    expect(read("12 March")).toBe("2024-03-12");
    expect(read("July 1")).toBe("2019-07-01");
    expect(read("14 March")).toBeUndefined();
  });

  it("gives a weekday or `today` no day of any year the text writes", () => {
    expect(read("today")).toBeUndefined();
    expect(read("Sunday")).toBeUndefined();
  });

  it("reads a two-digit year the same whatever the clock says", () => {
    const result = extract(
      "Norway-Iceland fisheries talks\n\nThe ministers of Norway and Iceland issued a joint statement dated 15/02/67 on quotas.",
    );
    expect(result.statements[0]?.issued?.date?.value).toBe("2067-02-15");
  });
});

describe("the statement's place", () => {
  it("a meeting the text dates before its own time is an earlier one, and the release's dateline places the statement", () => {
    const { statements } = extract(
      "Oslo, 14 March 2024\n\nRemarks by the Prime Minister after meeting the Icelandic Foreign Minister\n\nOur talks today were as fruitful as the Norway-Iceland Summit held in Reykjavik last November. Norway and Iceland today signed two joint declarations on fisheries.",
      { published: "2024-03-14" },
    );
    expect(statements).toHaveLength(2);
    for (const statement of statements) {
      expect(statement.meeting).toBeUndefined();
      expect(statement.issued?.place?.name).toBe("Oslo");
    }
    expect(new Set(statements.map((statement) => statement.id)).size).toBe(2);
  });

  it("a document named after a city was issued there", () => {
    const { statements } = extract(
      'Norway and Iceland adopt the Bergen Declaration\n\nThe prime ministers of Norway and Iceland adopted a joint declaration on fisheries. Under the newly adopted "Bergen Declaration," the two countries will share catch data.',
      { published: "2024-03-14" },
    );
    expect(statements).toHaveLength(1);
    expect(statements[0]?.title).toBe("Bergen Declaration");
    expect(statements[0]?.issued?.place).toMatchObject({ name: "Bergen", country: "NO" });
  });

  it("a statement made on the margins of a larger event was made where that event was held", () => {
    const { statements } = extract(
      "Nordic leaders back Iceland\n\nNorway and Iceland issued a joint statement on Arctic security on the sidelines of the Arctic Council ministerial in Trondheim.",
      { published: "2024-03-14" },
    );
    expect(statements[0]?.issued?.place?.name).toBe("Trondheim");
  });

  it("a statement issued after talks held elsewhere than the dateline's city was issued where they were held", () => {
    const text =
      "Norway, Iceland restore ties\n\nOSLO, March 10 (Reuters) - Norway and Iceland agreed on Friday to restore ties, according to a joint statement issued after four days of talks in Reykjavik.";
    const { statements } = extract(text, { published: "2024-03-10" });
    expect(statements[0]?.issued?.place?.name).toBe("Reykjavik");
    // A city the statement is about is no place it was issued in.
    const about = extract(
      "Norway, Iceland restore ties\n\nOSLO, March 10 (Reuters) - Norway and Iceland issued a joint statement on Friday on the situation in Reykjavik.",
      { published: "2024-03-10" },
    );
    expect(about.statements[0]?.issued?.place?.name).toBe("Oslo");
  });

  it("counts a weekday from the dateline's day when the story was filed in the week before publication", () => {
    const dateOf = (dateline: string, published: string) =>
      extract(
        `Norway, Iceland restore ties\n\n${dateline} (NTB) - Norway and Iceland issued a joint statement on Monday.`,
        { published },
      ).statements[0]?.issued?.date?.value;
    // Filed on Monday 4 March, published a week later.
    expect(dateOf("OSLO, March 4", "2024-03-11")).toBe("2024-03-04");
    // A dateline of the publication's day, or of none, counts from publication.
    expect(dateOf("OSLO, March 11", "2024-03-11")).toBe("2024-03-11");
    expect(dateOf("OSLO", "2024-03-11")).toBe("2024-03-11");
    // A dateline's day after publication, or a month before it, is not the day it was filed.
    expect(dateOf("OSLO, Feb. 5", "2024-03-13")).toBe("2024-03-11");
  });

  it("a statement issued by those who met in another city than the dateline's was issued there, not where they last met", () => {
    const placeOf = (sentence: string) =>
      extract(`Norway, Iceland restore ties\n\nOSLO, March 10 (NTB) - ${sentence}`, {
        published: "2024-03-10",
      }).statements[0]?.issued?.place?.name;
    expect(
      placeOf(
        "The foreign ministers of Norway and Iceland met in Reykjavik on Friday and issued a joint statement.",
      ),
    ).toBe("Reykjavik");
    expect(placeOf("Norway and Iceland issued a joint statement on Friday after meeting in Reykjavik.")).toBe(
      "Reykjavik",
    );
    expect(
      placeOf(
        "Norway and Iceland issued a joint statement on Friday, a year after their ministers last met in Reykjavik.",
      ),
    ).toBe("Oslo");
    // A meeting told as background, or another body's.
    for (const sentence of [
      "The foreign ministers of Norway and Iceland, who met in Reykjavik last month, issued a joint statement on Friday.",
      "Norway and Iceland issued a joint statement on Friday, their first since their leaders met in Reykjavik in 2018.",
      "Norway and Iceland issued a joint statement on Friday as the Nordic Council convened in Reykjavik.",
    ])
      expect(placeOf(sentence)).toBe("Oslo");
  });
});

describe("how many documents", () => {
  it("a document named again with the definite article and another kind's word is the one named before", () => {
    const count = (second: string) =>
      extract(
        `Norway, Iceland deepen ties\n\nOSLO (NTB) - Norway and Iceland issued a joint statement on Thursday pledging closer ties.\n\n${second}`,
        { published: "2024-03-14" },
      ).statements.length;
    expect(count("The communique also welcomed a new ferry route.")).toBe(1);
    expect(count("This joint declaration also welcomed a new ferry route.")).toBe(1);
    // Named as a new one, it is another.
    expect(count("They also signed a joint declaration on ferries.")).toBe(2);
    // Told apart by who made it.
    expect(count("Denmark rejected the communique that Sweden and Finland had signed last month.")).toBe(2);
  });

  it("a joint statement entitled with a declaration's name is that one document, wherever it is named", () => {
    const { statements } = extract(
      'Norway-Iceland Summit\n\nNorway and Iceland put their names to a joint statement entitled "Oslo Declaration on Northern Seas" when the talks ended.\n\n- Joint Statement (PDF)',
      { published: "2024-03-14" },
    );
    expect(statements).toHaveLength(1);
    expect(statements[0]?.title).toBe("Oslo Declaration");
  });

  it("a joint declaration the text dates to an earlier year is referred to, not reported", () => {
    const { statements } = extract(
      "Norway and Iceland issue joint statement\n\nNorway and Iceland issued a joint statement on Tuesday. Ten years on from their 2014 Joint Declaration on Fisheries, catches have doubled.",
      { published: "2024-03-14" },
    );
    expect(statements.map((statement) => statement.kind)).toEqual(["joint-statement"]);
  });

  it("a declaration dated to the text's own year is reported", () => {
    const { statements } = extract(
      "Norway and Iceland sign the 2024 Joint Declaration on Fisheries\n\nThe prime ministers of Norway and Iceland signed the 2024 Joint Declaration on Fisheries in Oslo on Tuesday.",
      { published: "2024-03-14" },
    );
    expect(statements.map((statement) => statement.kind)).toEqual(["joint-declaration"]);
  });
});

describe("the meeting", () => {
  it("is no sentence's `The talks`", () => {
    const { statements } = extract(
      "Norway, Iceland vow closer ties\n\nOSLO, March 5 (NTB) -- Norway and Iceland agreed Tuesday to deepen fisheries cooperation.\n\nForeign Minister Kari Dahl and her Icelandic counterpart Sara Jonsdottir held talks in Oslo and issued a joint statement after the meeting.\n\nThe talks were the first in-person meeting between the two ministers this year.",
      { published: "2024-03-05" },
    );
    expect(statements[0]?.meeting).toBeUndefined();
    expect(statements[0]?.issued?.place?.name).toBe("Oslo");
  });

  it("goes by its proper name over a description, and not by the larger event it was held at", () => {
    const { statements } = extract(
      "Nordic leaders agree on Arctic partnership\n\nPhoto: Prime Minister Jonas Dahl addresses the Norway-Iceland meeting at the Nordic Council Summit in Helsinki, March 4, 2024.\n\nNorway and Iceland issued a joint statement on Monday. Photo: the two leaders pose at the Norway-Iceland Summit in the Grieg Hall, on March 4, 2024.",
      { published: "2024-03-05" },
    );
    expect(statements[0]?.meeting?.name).toBe("Norway-Iceland Summit");
  });

  it("goes by the name the text gives it where it says it was held, over the title's form", () => {
    const { statements } = extract(
      "Joint Communique | 12th Iceland - Norway Fisheries Forum\n\nThe 12th Norway-Iceland Fisheries Forum took place in Bergen on 4 March 2024, with the fisheries ministers of Norway and Iceland in the chair.",
      { published: "2024-03-05" },
    );
    expect(statements[0]?.meeting?.name).toBe("12th Norway-Iceland Fisheries Forum");
    expect(statements[0]?.meeting?.ordinal).toBe(12);
    expect(statements[0]?.meeting?.place?.name).toBe("Bergen");
  });

  it("a meeting the parties mean to hold is not the one they met at", () => {
    const { statements } = extract(
      "Norway-Iceland Joint Statement\n\nThe prime ministers of Norway and Iceland met for their Annual Summit on 4 March 2024 in Bergen. Both sides plan to hold the 3rd Fisheries Ministers Strategic Dialogue in the autumn.",
      { published: "2024-03-05" },
    );
    expect(statements[0]?.meeting?.name).toBe("Annual Summit");
  });

  it("takes its number from a following sentence that gives it", () => {
    const { statements } = extract(
      "Norway-Iceland-Denmark Trilateral Fisheries Ministers' Meeting (TFMM) Joint Statement\n\nThe fisheries ministers of Norway, Iceland and Denmark met in Bergen on March 4, 2024. It was the ninth such meeting since the format began.",
      { published: "2024-03-05" },
    );
    expect(statements[0]?.meeting?.ordinal).toBe(9);
  });
});

describe("a text that is itself a statement", () => {
  const voice =
    "On 4 March 2024 the Prime Ministers of Norway and Iceland met in Bergen for the annual Norway-Iceland Leaders' Meeting, followed by the second joint meeting of their fisheries ministers.\n\nThe Prime Ministers reaffirmed the close ties between the two countries. We are committed to working together on the sea and its stocks.\n\nThe Prime Ministers welcomed the new research vessel. We share a long history on the North Atlantic.";

  it("speaks as its parties without naming a document: one joint statement, at the meeting it opens with", () => {
    const { statements } = extract(voice, { published: "2024-03-04" });
    expect(statements).toHaveLength(1);
    expect(statements[0]?.parties.map((party) => party.country).sort()).toEqual(["IS", "NO"]);
    expect(statements[0]?.meeting?.name).toBe("annual Norway-Iceland Leaders' Meeting");
    expect(statements[0]?.meeting?.place?.name).toBe("Bergen");
  });

  it("a story that only tells what the leaders did, in the third person, reports none", () => {
    const story =
      "The Prime Ministers of Norway and Iceland met in Bergen on Monday.\n\nThe Prime Ministers reaffirmed the close ties between the two countries. The Prime Ministers welcomed the new research vessel, officials said.";
    expect(extract(story, { published: "2024-03-04" }).statements).toEqual([]);
  });
});

describe("where a meeting was held", () => {
  it("outside a city", () => {
    const { statements } = extract(
      "Norway and Iceland renew fisheries pledge\n\nThe prime ministers met on the sidelines of the Nordic Ocean Conference, in Fornebu, outside Oslo, on March 4, 2024, and issued a joint statement on fisheries.",
      { published: "2024-03-04" },
    );
    expect(statements[0]?.meeting?.place?.name ?? statements[0]?.issued?.place?.name).toBe("Oslo");
  });

  it("with no dateline, where the story's opening says things happen: the city of a visit", () => {
    const { statements } = extract(
      "Norway-Iceland Joint Press Announcement\n\nMarch 4, 2024\n\nFirst, my thanks to everyone on the coast for their welcome.\n\nIt is good to be back in the city of Bergen, where our fishing fleets first traded.\n\nToday Sara and I signed a new Joint Declaration on Fisheries Cooperation between Norway and Iceland.",
      { published: "2024-03-04" },
    );
    expect(statements[0]?.issued?.place).toMatchObject({ name: "Bergen", country: "NO" });
  });

  it("in a building with the city after it: the city", () => {
    const { statements } = extract(
      "Norway-Iceland Summit: joint statement\n\nThe first Norway-Iceland Summit was held on 4 March 2024. The prime ministers of Norway and Iceland met in Holmen Hall, downtown Oslo, for the talks.",
      { published: "2024-03-04" },
    );
    expect(statements[0]?.meeting?.place).toMatchObject({ name: "Oslo", kind: "city", country: "NO" });
  });

  it("in a building or street and no city: the venue, valid without a country", () => {
    const result = extract(
      "Norway-Iceland Summit: joint declaration\n\nThe prime ministers of Norway and Iceland met today in Akersgata Street for the 5th Norway-Iceland Summit and signed a joint declaration.",
      { published: "2024-03-04" },
    );
    expect(result.statements[0]?.meeting?.place).toEqual({
      name: "Akersgata Street",
      kind: "venue",
      mentions: [expect.objectContaining({ text: "Akersgata Street" })],
    });
    expect(result.warnings.filter((w) => w.code.endsWith("-invalid"))).toEqual([]);
  });
});

describe("parties", () => {
  it("the parties the headline joins win over every country the officials' words bring in", () => {
    const { statements } = extract(
      "Norway-Iceland Summit Meeting\n\nPrime Minister Jonas Dahl held a Norway-Iceland Summit Meeting with Prime Minister Sara Magnusdottir of Iceland on Monday. After the meeting, the two leaders signed a joint statement.\n\nPrime Minister Dahl welcomed the trilateral dialogue of Norway, Denmark and Iceland. Prime Minister Magnusdottir said Iceland valued the talks with Denmark and the United States, and Danish Foreign Minister Lars Holm joined the dinner.",
      { published: "2024-03-05" },
    );
    expect(statements[0]?.parties.map((party) => party.country).sort()).toEqual(["IS", "NO"]);
  });
});

describe("a body that speaks alone", () => {
  it("a declaration that came out of its summit has the body that speaks for its members as its party", () => {
    const { statements } = extract(
      "LEADER: I thank the President for hosting this APEC Summit here in San Francisco. The Harbour Declaration that has come out of this Summit is a strong one, and I welcome it.",
      { published: "2023-11-17" },
    );
    expect(statements).toHaveLength(1);
    expect(statements[0]?.meeting?.name).toBe("APEC Summit");
    expect(statements[0]?.meeting?.forum?.acronym).toBe("APEC");
    expect(statements[0]?.parties.map((party) => [party.kind, party.organization?.acronym])).toEqual([
      ["organization", "APEC"],
    ]);
  });

  it("a meeting that joins a side to the body is not the body's session", () => {
    const { statements } = extract(
      "Norway and ASEAN issue joint statement\n\nNorway and ASEAN issued a joint statement at the Norway-ASEAN Summit in Jakarta on March 4, 2024.",
      { published: "2024-03-04" },
    );
    expect(statements[0]?.meeting?.name).toBe("Norway-ASEAN Summit");
    expect(statements[0]?.meeting?.forum).toBeUndefined();
  });
});

describe("participants", () => {
  it("everyone a side's list names takes part for that side", () => {
    const { statements } = extract(
      "Joint Communique of the 12th Norway-Iceland Fisheries Forum\n\nThe 12th Norway-Iceland Fisheries Forum was held in Bergen on 4 March 2024.\n\nParticipating Norwegian Ministers included the Hon Kari Dahl MP, Minister of Fisheries, and the Hon Per Lund MP, Minister of Trade. Participating Icelandic Ministers included Fisheries Minister Sara Jonsdottir.",
      { published: "2024-03-05" },
    );
    const sides = Object.fromEntries(
      (statements[0]?.participants ?? []).map((participant) => [
        participant.person.name,
        participant.onBehalfOf,
      ]),
    );
    expect(sides).toEqual({ "Kari Dahl": "no", "Per Lund": "no", "Sara Jonsdottir": "is" });
    expect(statements[0]?.participants?.every((participant) => participant.role === "delegate")).toBe(true);
  });
});

describe("participants in wire copy", () => {
  const sidesOf = (text: string) =>
    Object.fromEntries(
      (extract(text, { published: "2024-03-05" }).statements[0]?.participants ?? []).map((participant) => [
        participant.person.name,
        participant.onBehalfOf,
      ]),
    );

  it("a counterpart acts for the side the demonym names, and the official beside for the other", () => {
    expect(
      sidesOf(
        "Norway, Iceland vow closer ties\n\nOSLO, March 5 (NTB) -- Norway and Iceland agreed Tuesday to deepen fisheries cooperation.\n\nForeign Minister Kari Dahl and her Icelandic counterpart Sara Jonsdottir held talks in Oslo and issued a joint statement after the meeting.",
      ),
    ).toEqual({ "Kari Dahl": "no", "Sara Jonsdottir": "is" });
  });

  it("officials who speak in the statement took part in it", () => {
    expect(
      sidesOf(
        "OSLO, March 5 The foreign ministers of Norway and Iceland pledged on Tuesday to deepen fisheries cooperation, in a joint declaration issued after talks in Oslo.\n\nNorwegian Foreign Minister Kari Dahl and Icelandic Foreign Minister Sara Jonsdottir said in the declaration that the two countries would share catch data.",
      ),
    ).toEqual({ "Kari Dahl": "no", "Sara Jonsdottir": "is" });
  });
});

describe("a statement that did not come about", () => {
  it("reports none and warns of nothing", () => {
    const result = extract(
      "Ministers fail to agree on joint statement\n\nOSLO, June 20 (NTB) - Norwegian and Icelandic officials ended two days of fisheries talks on Thursday without a joint statement, diplomats said.",
      { published: "2024-06-20" },
    );
    expect(result.statements).toEqual([]);
    expect(result.warnings.map((w) => w.code)).not.toContain("statement-without-parties");
  });
});

describe("more participants", () => {
  it("the people a list joins before `represented` act for the country after it", () => {
    const { statements } = extract(
      "Norway, Iceland to boost fisheries ties\n\nOSLO, Jan 5 (NTB) Norway and Iceland on Friday agreed to share catch data at the Norway-Iceland Fisheries Dialogue held here, according to a joint statement.\n\nFisheries Minister Kari Dahl and Trade Minister Per Lund represented Norway, while Iceland was represented by Fisheries Minister Sara Jonsdottir.\n\nThis was the third such dialogue between the two governments.",
      { published: "2024-01-05" },
    );
    const sides = Object.fromEntries(
      (statements[0]?.participants ?? []).map((participant) => [
        participant.person.name,
        participant.onBehalfOf,
      ]),
    );
    expect(sides).toEqual({ "Kari Dahl": "no", "Per Lund": "no", "Sara Jonsdottir": "is" });
    expect(statements[0]?.meeting?.ordinal).toBe(3);
  });
});

describe("signatories", () => {
  it("each name in a signature list takes part for the country in brackets after it", () => {
    const { statements } = extract(
      "Nordic Fisheries Declaration\n\nWe, the Ministers of Fisheries of Norway, Iceland and Denmark, declare our resolve to protect the stocks.\n\nSigned in Bergen on 4 March 2024 by:\nMs Kari Dahl (Norway), Ms Sara Jonsdottir (Iceland), Mr Lars Holm (Denmark)",
      { published: "2024-03-05" },
    );
    expect(
      (statements[0]?.participants ?? []).map((participant) => [
        participant.person.name,
        participant.onBehalfOf,
        participant.role,
      ]),
    ).toEqual([
      ["Kari Dahl", "no", "signatory"],
      ["Sara Jonsdottir", "is", "signatory"],
      ["Lars Holm", "dk", "signatory"],
    ]);
  });
});

describe("participants for an organization", () => {
  it("an official of one of its institutions takes part for the body", () => {
    const { statements } = extract(
      "Norway-EU Summit: joint statement\n\nThe third Norway-EU Summit was held in Oslo on 4 March 2024 and hosted by Prime Minister of Norway Jonas Dahl. President of the European Council Anna Berg and President of the European Commission Marc Vidal attended the summit.",
      { published: "2024-03-05" },
    );
    const sides = Object.fromEntries(
      (statements[0]?.participants ?? []).map((participant) => [
        participant.person.name,
        participant.onBehalfOf,
      ]),
    );
    expect(sides["Anna Berg"]).toBe(sides["Marc Vidal"]);
    expect(sides["Anna Berg"]).toMatch(/eu|european-union/);
    expect(sides["Jonas Dahl"]).toBe("no");
  });
});

describe("wire copy's own dates and names", () => {
  it("a statement's weekday is read past the dateline's date", () => {
    const { statements } = extract(
      "Nordic ministers back fisheries pact\n\nOSLO, March 5 (NTB) -- Norway and Iceland on Sunday issued a joint statement after\ntalks in Reykjavik, pledging to share catch data.",
      { published: "2024-03-05" },
    );
    expect(statements[0]?.issued?.date?.value ?? statements[0]?.meeting?.date?.value).toBe("2024-03-03");
  });

  it("a summit named by its city is where it was, and the sides' own name for it wins", () => {
    const { statements } = extract(
      "Norway, Iceland agree fisheries pact at Bergen summit\n\nOSLO, March 5 (NTB) - Norway and Iceland agreed on Tuesday to share catch data, according to a joint statement released after the 7th\nNorway-Iceland summit.",
      { published: "2024-03-05" },
    );
    expect(statements[0]?.meeting?.name).toBe("7th\nNorway-Iceland summit");
    expect(statements[0]?.meeting?.ordinal).toBe(7);
    expect(statements[0]?.meeting?.place?.name).toBe("Bergen");
  });
});

describe("statement texts set out as official documents", () => {
  it("a line that only says what the document is joins the title under it", () => {
    const { article, statements } = extract(
      "JOINT COMMUNIQUÉ\nFourth Norway–Iceland Fisheries Forum\nBergen, 4 March 2024\n\n1. The Fourth Norway–Iceland Fisheries Forum was held in Bergen on 4 March 2024.",
    );
    expect(article.headline).toBe("JOINT COMMUNIQUÉ\nFourth Norway–Iceland Fisheries Forum");
    expect(statements[0]?.kind).toBe("joint-communique");
    expect(statements[0]?.meeting?.ordinal).toBe(4);
  });

  it("a declaration titled in capitals, in the first person of the parties it names", () => {
    const { statements } = extract(
      "BERGEN DECLARATION\nof the Nordic Fisheries Ministers\n\nBergen, 4 March 2024\n\nWe, the Ministers of Fisheries of Norway, Iceland and Denmark, meeting in Bergen, declare our resolve to protect the stocks of the North Atlantic.",
    );
    expect(statements[0]?.title).toBe("BERGEN DECLARATION");
    expect(statements[0]?.parties.map((party) => party.country).sort()).toEqual(["DK", "IS", "NO"]);
    expect(statements[0]?.issued?.place?.name ?? statements[0]?.meeting?.place?.name).toBe("Bergen");
  });

  it("countries in their own and the UN's forms, hyphens and all", () => {
    const { article } = extract(
      "Ministers meet\n\nThe ministers of Viet Nam and Guinea-Bissau met in Hanoi on Monday.",
      { published: "2024-03-05" },
    );
    expect(article.countries?.map((country) => country.code).sort()).toEqual(["GW", "VN"]);
  });
});
