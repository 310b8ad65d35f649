// The forms real pages and statements take (issue: extract that holds on real text), each written
// here in our own words: page furniture around the headline, release datelines, parties named
// together, meetings by name and number, honorifics, offices, and documents only referred to.
import { describe, expect, it } from "vitest";
import { extract } from "../src/index.js";

const only = (text: string, published?: string) => {
  const result = extract(text, published === undefined ? {} : { published });
  return {
    article: result.article,
    statement: result.statements[0],
    statements: result.statements,
    warnings: result.warnings,
  };
};

describe("a government site's notices", () => {
  it("are furniture in any letter case, wherever they stand, and the headline is the title", () => {
    const text =
      "Ministers Agree on Fisheries Quotas\nA .GOV Website belongs to an official government organization.\nOfficial websites use https:// to connect.\n\nThe fisheries ministers of Norway and Iceland met in Oslo on Monday and agreed on new quotas for the coming season.\n\nTHIS WAS PUBLISHED UNDER THE PREVIOUS GOVERNMENT";
    const { article } = only(text);
    expect(article.headline).toBe("Ministers Agree on Fisheries Quotas");
    const furniture = article.extensions?.["dev.communique:furniture"] as { kind: string; text: string }[];
    expect(furniture.map((line) => line.text)).toEqual([
      "A .GOV Website belongs to an official government organization.",
      "Official websites use https:// to connect.",
      "THIS WAS PUBLISHED UNDER THE PREVIOUS GOVERNMENT",
    ]);
    expect(article.body.paragraphs).toHaveLength(1);
  });
});

describe("the headline among page furniture", () => {
  it.each([
    [
      "skip links, a breadcrumb and a section label above it",
      "Skip to main content\nHome > News > Press releases > Norway-Iceland Fisheries Talks Conclude\nFisheries\nNorway-Iceland Fisheries Talks Conclude\n\nThe two governments met in Oslo on Monday and agreed on new quotas for the coming season.",
      "Norway-Iceland Fisheries Talks Conclude",
    ],
    [
      "a title broken over two lines",
      "Official notices\n\nJoint Statement of the\nNorway-Iceland Fisheries Commission\n\nThe two governments met in Oslo on Monday and agreed on new quotas for the coming season.",
      "Joint Statement of the\nNorway-Iceland Fisheries Commission",
    ],
    [
      "a statement's title wrapped after a word that needs the next line's",
      "Joint Statement on the Norway–Iceland Trilateral Fisheries\nMinisters' Meeting\n\n1. We, the Fisheries Ministers of Norway and Iceland, met in Oslo on Monday and agreed on new quotas.",
      "Joint Statement on the Norway–Iceland Trilateral Fisheries\nMinisters' Meeting",
    ],
    [
      "a statement's whole title ending on a modifier's word, and the office that issued it",
      "Joint Statement on Energy Security\nOffice of the Prime Minister\n\nThe two governments met in Oslo on Monday and agreed on new quotas for the coming season.",
      "Joint Statement on Energy Security",
    ],
    [
      "a statement's whole title, and the body that issued it on the next line",
      "Statement on the Fisheries Talks\nMinistry of Fisheries\n\nThe two governments met in Oslo on Monday and agreed on new quotas for the coming season.",
      "Statement on the Fisheries Talks",
    ],
    [
      "the page title repeated as the article's",
      "Ministry of Fisheries\nNorway and Iceland agree on quotas\nPublished 3 March 2025\nNorway and Iceland agree on quotas\n\nThe two governments met in Oslo on Monday and agreed on new quotas for the coming season.",
      "Norway and Iceland agree on quotas",
    ],
    [
      "a date stamp run into the headline's line",
      "date 2025-03-03 Norway and Iceland agree on quotas\n\nThe two governments met in Oslo on Monday and agreed on new quotas for the coming season.",
      "Norway and Iceland agree on quotas",
    ],
  ])("%s", (_, text, headline) => {
    expect(only(text).article.headline).toBe(headline);
  });

  it("takes a short line in another script above an English story for a menu, and keeps a story in that script whole", () => {
    const english = only(
      "메뉴 바로가기\nNorway and Iceland agree on quotas\n\nThe two governments met in Oslo on Monday and agreed on new quotas.",
    );
    expect(english.article.headline).toBe("Norway and Iceland agree on quotas");
    expect(english.article.extensions?.["dev.communique:furniture"]).toEqual([
      expect.objectContaining({ kind: "navigation", text: "메뉴 바로가기" }),
    ]);
    const russian = extract(
      "Переговоры в Москве\n\nМинистры встретились в Москве в понедельник.\n\nОни подписали заявление.",
      {
        language: "ru",
      },
    ).article;
    expect(russian.headline).toBe("Переговоры в Москве");
    expect(russian.body.paragraphs).toHaveLength(2);
    expect(russian.extensions).toBeUndefined();
  });

  it.each([
    [
      "a masthead in capitals above a title in ordinary case",
      "MINISTRY OF FISHERIES AND COASTAL AFFAIRS NORWAY\nMenu  News  Contact\n\nNorway and Iceland agree new fisheries quotas for the season\n\nThe two governments met in Oslo on Monday and agreed on new quotas.",
      "Norway and Iceland agree new fisheries quotas for the season",
    ],
    [
      "a speaker's name with courtesy under a transcript's title",
      "TRANSCRIPT\n\nPress conference, Oslo\n\nSenator the Hon. Kari Dahl\nMinister for Fisheries\n\n4 March 2024\n\nMINISTER DAHL: Thanks for coming today to talk about the quotas we agreed.",
      "Press conference, Oslo",
    ],
    [
      "a site's name above a title its breadcrumb ends with",
      "Skip to main content\nNorwegian Directorate of Fisheries and Coastal Affairs\nHome > News > Joint Statement: Norway – Iceland Fisheries Dialogue\n\nJoint Statement: Norway – Iceland Fisheries Dialogue\n\n1. The first Norway – Iceland Fisheries Dialogue was held in Oslo on 4 March 2024.",
      "Joint Statement: Norway – Iceland Fisheries Dialogue",
    ],
    [
      "a title in title case that opens with `The`",
      "Menu\nThe Norway Iceland Fisheries Talks Open In Oslo\n\nThe two governments met in Oslo on Monday and agreed on new quotas.",
      "The Norway Iceland Fisheries Talks Open In Oslo",
    ],
  ])("%s", (_, text, headline) => {
    expect(only(text).article.headline).toBe(headline);
  });

  it("keeps the lines above the headline as furniture, not story", () => {
    const text =
      "Accessibility links\nBreaking News\nNorway and Iceland agree on quotas\n\nThe two governments met in Oslo on Monday and agreed on new quotas.";
    const found = only(text).article;
    expect(found.body.paragraphs.map((p) => p.text)).toEqual([
      "The two governments met in Oslo on Monday and agreed on new quotas.",
    ]);
    expect(found.extensions?.["dev.communique:furniture"]).toHaveLength(2);
  });
});

describe("links to other stories", () => {
  it("a related-news block and a section's link line are furniture, and their countries not the story's", () => {
    const text = [
      "Norway and Iceland agree on quotas",
      "",
      "The two governments met in Oslo on Monday and agreed on new quotas for the coming season.",
      "",
      "Related news",
      "- Norway and Chile conclude a trade review",
      "- Minister to travel to Japan and Peru",
      "",
      "MORE FROM GOVERNMENT - Sweden, Finland discuss grid links",
    ].join("\n");
    const { article } = only(text);
    expect(article.countries?.map((country) => country.code)).toEqual(["NO", "IS"]);
    expect(article.body?.paragraphs.map((paragraph) => paragraph.text)).toEqual([
      "The two governments met in Oslo on Monday and agreed on new quotas for the coming season.",
    ]);
  });
});

describe("release datelines and the page's date", () => {
  it("a place and date on a line of their own date the statement", () => {
    const text =
      "Joint Statement of Norway and Iceland\nReykjavik, 3 March 2025\n\nThe Foreign Minister of Norway and the Foreign Minister of Iceland reaffirmed their commitment to fisheries cooperation.";
    const { article, statement } = only(text, "2025-03-04");
    expect(article.dateline?.text).toBe("Reykjavik, 3 March 2025");
    expect(statement?.issued?.date?.value).toBe("2025-03-03");
    expect(statement?.issued?.place?.name).toBe("Reykjavik");
  });

  it("a speaker's label in a transcript is not a dateline", () => {
    const text =
      "Press conference\n\nPRIME MINISTER HOLT: Thank you all for coming today to hear about the talks.";
    expect(only(text).article.dateline).toBeUndefined();
  });
});

describe("parties named together", () => {
  it.each([
    [
      "a compound in the headline",
      "Norway-Iceland Joint Statement\n\nThe two sides reaffirmed their cooperation in Oslo.",
      ["IS", "NO"],
    ],
    [
      "a run with an organization",
      "Joint Statement of Norway, Iceland and the European Union\n\nThe three reaffirmed their cooperation.",
      ["EU", "IS", "NO"],
    ],
    [
      "a grouping whose statements are its members'",
      "G7 leaders agree on a joint declaration\n\nThe leaders met in Rome and adopted the text.",
      ["CA", "DE", "FR", "GB", "IT", "JP", "US"],
    ],
    [
      "issuers before their verb's auxiliary and adverbs",
      "Europeans press for ferry talks\n\nOSLO (NTB) - Norway and Iceland have since issued a joint statement on ferries.\n\nThe statement said both would fund the route.",
      ["IS", "NO"],
    ],
    [
      "two leaders at a grouping's summit, not the grouping",
      "Leaders meet on sidelines\n\nRIO DE JANEIRO (Reuters) - Chilean President Ana Ruiz and Peruvian President Ivo Lind issued a joint statement on the sidelines of the G20 summit in Rio de Janeiro on Monday.",
      ["CL", "PE"],
    ],
    [
      "not those a clause before tells of, when others issued it",
      "Ceasefire welcomed\n\nOSLO (NTB) - Chile and Peru had earlier agreed to a ceasefire, and on Thursday Norway and Iceland issued a joint statement welcoming it.",
      ["IS", "NO"],
    ],
    [
      "issuers before an aside set off by commas",
      "Europeans press for ferry talks\n\nOSLO (NTB) - Norway and Iceland, whose ministers spoke by phone, said in a joint statement that ferries must run.",
      ["IS", "NO"],
    ],
    [
      "issuers by their demonyms before their ministries or leaders",
      "Northern powers set out ferry plan\n\nOSLO (NTB) - The Norwegian and Icelandic foreign ministries issued a joint statement on ferries.\n\nThe statement said both would fund the route.",
      ["IS", "NO"],
    ],
    [
      "a statement two issuers released",
      "Notice\n\nThe following statement was released by the Government of Norway and the Government of Iceland.\n\nBoth reaffirm their cooperation.",
      ["IS", "NO"],
    ],
    [
      "those it was issued on behalf of, a union's office holder among them",
      "G7 ministers condemn launches\n\nForeign ministers of the G7 have condemned the launches. The joint statement was released on Monday. It was issued on behalf of the foreign ministers of Canada, France, Germany, Italy, Japan, the United Kingdom and the United States, and the high representative of the European Union.",
      ["CA", "DE", "EU", "FR", "GB", "IT", "JP", "US"],
    ],
    [
      "not the countries a headline names as others",
      "Ferry pledge in the north as Russia, China court the Arctic\n\nNorway and Iceland issued a joint statement on ferries in Oslo on Monday.",
      ["IS", "NO"],
    ],
    [
      "a body alone in the title, not the country it voices concern over",
      "ASEAN ministers adopt joint communique, voice concern over Myanmar\n\nForeign ministers of ASEAN adopted a joint communique in Manila on Wednesday.",
      ["ASEAN"],
    ],
    [
      "a format named by its members' count",
      "Ministers pledge minerals cooperation\n\nThe C5+1 foreign ministers met in New York and issued a joint statement on critical minerals.",
      ["KG", "KZ", "TJ", "TM", "US", "UZ"],
    ],
  ])("%s", (_, text, parties) => {
    const found = only(text).statement;
    expect(found?.parties.map((party) => party.country ?? party.organization?.acronym).sort()).toEqual(
      parties,
    );
  });

  it("a country the statement condemns is not a party", () => {
    const text =
      "Norway-Iceland Joint Statement\n\nNorway and Iceland condemned Russia's actions and reaffirmed their cooperation.";
    expect(only(text).statement?.parties.map((party) => party.country)).toEqual(["NO", "IS"]);
  });

  it("a document only referred to reports no statement", () => {
    const text =
      "Talks in Oslo\n\nThe ministers of Norway and Iceland said the plan would be a breach of the Joint Declaration.";
    expect(only(text).statements).toEqual([]);
  });
});

describe("one body that speaks for its members", () => {
  it("has the body as the one party, and its members' ministers act for it", () => {
    const text = [
      "Pacific ministers adopt joint communique on fisheries",
      "",
      "SUVA, Aug 8 (Reuters) - Foreign ministers of the Pacific Islands Forum (PIF) adopted a joint communique on Thursday at their annual meeting in Suva, calling for tighter controls on tuna catches.",
      "",
      "Fijian Foreign Minister Jone Tawake and Samoan Foreign Minister Lani Tuilagi attended the meeting.",
    ].join("\n");
    const { statement, statements } = only(text, "2025-08-08");
    expect(statements).toHaveLength(1);
    expect(statement?.parties.map((party) => [party.kind, party.organization?.acronym])).toEqual([
      ["organization", "PIF"],
    ]);
    expect(statement?.participants?.map((participant) => participant.onBehalfOf)).toEqual(["pif", "pif"]);
  });

  it.each([
    ["Gulf Cooperation Council", "GCC", "Omani Foreign Minister Ali Harthy"],
    ["Arab League", "LAS", "Jordanian Foreign Minister Omar Haddad"],
    ["Shanghai Cooperation Organisation", "SCO", "Kazakh Foreign Minister Arman Nurly"],
  ])("knows the members of the %s, whose communiqués are its own", (body, acronym, minister) => {
    const text = `Ministers back ceasefire plan\n\nRIYADH (AP) — Foreign ministers of the ${body} backed a ceasefire plan on Sunday in a joint communique after a meeting in Riyadh. ${minister} attended the meeting.`;
    const { statement, statements } = only(text, "2025-08-08");
    expect(statements).toHaveLength(1);
    expect(statement?.parties.map((party) => party.organization?.acronym)).toEqual([acronym]);
    expect(statement?.participants?.map((participant) => participant.onBehalfOf)).toEqual([
      acronym.toLowerCase(),
    ]);
  });

  it("knows Mercosur's States Parties: their presidents act for it", () => {
    const text = [
      "Mercosur leaders adopt joint communique",
      "",
      "ASUNCION, July 4 (Reuters) - Mercosur leaders adopted a joint communique on Friday at their summit in Asuncion, calling for lower tariffs.",
      "",
      "Paraguayan President Ana Rojas and Uruguayan President Ivo Lind attended the summit.",
    ].join("\n");
    const { statement } = only(text, "2025-07-04");
    expect(statement?.parties.map((party) => party.id)).toEqual(["mercosur"]);
    expect(statement?.participants?.map((participant) => participant.onBehalfOf)).toEqual([
      "mercosur",
      "mercosur",
    ]);
  });

  it("does not put an official whose post says no side down for one of two bodies", () => {
    const text = [
      "AU and EU issue joint communique",
      "",
      "ADDIS ABABA, May 3 (Reuters) - The African Union and the European Union issued a joint communique on Friday after a meeting in Addis Ababa attended by Minister Ana Ruiz.",
      "",
      "President of the European Commission Lea Marchetti also attended the meeting.",
    ].join("\n");
    const { statement } = only(text, "2025-05-03");
    expect(statement?.parties.map((party) => party.id)).toEqual(["au", "eu"]);
    expect(
      statement?.participants?.map((participant) => [participant.person.name, participant.onBehalfOf]),
    ).toEqual([["Lea Marchetti", "eu"]]);
  });

  it("leaves out a statement whose one party would be a country", () => {
    const text =
      "Norway issues statement on fisheries\n\nOSLO, Aug 8 (Reuters) - Norway issued a joint statement on Thursday on fisheries quotas.";
    expect(only(text, "2025-08-08").statements).toEqual([]);
  });
});

describe("documents the text does not report", () => {
  it.each([
    [
      "talks that ended without one, in a list",
      "Ferry talks end in Oslo\n\nTalks between Norway and Iceland on ferry routes ended on Monday without a deal or a joint statement.",
    ],
    [
      "one expected to be signed",
      "Norway and Iceland eye fisheries pact\n\nNorway and Iceland are expected to sign a joint declaration on fisheries when the Icelandic prime minister visits Oslo next month.",
    ],
    [
      "one expected, its verb after it",
      "Ferry talks next month\n\nOfficials in Norway and Iceland say a joint statement on ferry routes and port fees is expected when the two foreign ministers meet in Oslo next month.",
    ],
    [
      "one from an earlier year, the year after it",
      "Norway and Iceland talk ferries\n\nNorway and Iceland discussed ferries in Oslo on Monday. The last shared text was a joint statement on fisheries in 2019, which both have since ignored.",
    ],
    [
      "one from an earlier year, the sentence opening with it",
      "Norway and Iceland talk ferries\n\nNorway and Iceland discussed ferries in Oslo on Monday. After the last round in 2022, the two sides issued a joint communiqué.",
    ],
    [
      "an opinion piece weighing documents in general",
      "OPINION\n\nThe North needs more than summit photographs\n\nAfter every Norway-Iceland summit comes the joint statement, which few people read. A joint statement without a budget is only a wish.",
    ],
    [
      "a communiqué no one expected",
      'Norway and Iceland talk ferries\n\nNorway and Iceland discussed ferries in Oslo on Monday. "There was no expectation of a communiqué," an official said.',
    ],
    [
      "a communiqué one body issued, named after it",
      "Norway and Iceland talk ferries\n\nNorway and Iceland discussed ferries in Oslo on Monday, according to a communiqué issued by the Kremlin.",
    ],
    [
      "a communiqué one government said something in",
      "Norway and Iceland talk ferries\n\nNorway and Iceland discussed ferries in Oslo on Monday, the Icelandic government said in a communiqué.",
    ],
    [
      "a ministry’s communiqué, its possessive curly",
      "Norway and Iceland talk ferries\n\nNorway and Iceland discussed ferries in Oslo on Monday, the Norwegian foreign ministry’s communiqué said.",
    ],
    [
      "one the ministers did not issue",
      "Norway and Iceland talk ferries\n\nThe foreign ministers of Norway and Iceland agreed on Monday to resume ferry talks, Norway's foreign minister said after the meeting in Oslo. The ministers did not issue a joint statement.",
    ],
    [
      "one government's own communiqué",
      "Norway and Iceland talk ferries\n\nNorway and Iceland discussed ferries in Oslo on Monday, a Norwegian foreign ministry communiqué said.",
    ],
  ])("%s", (_, text) => {
    expect(only(text, "2024-03-05").statements).toEqual([]);
  });

  it("a meeting's communiqué, named bare and then again, is one joint communiqué", () => {
    const text =
      "Nordic leaders back ferry links in Bergen communiqué\n\nThe leaders of Norway, Iceland and Denmark agreed on new ferry links in a communiqué released at the close of their annual meeting in Bergen.\n\nThe communiqué of the 12th Nordic Ferry Summit, released late on Thursday, runs to nine pages.";
    const { statements } = only(text, "2024-03-08");
    expect(statements).toHaveLength(1);
    expect(statements[0]?.parties.map((party) => party.country)).toEqual(["NO", "IS", "DK"]);
    expect(statements[0]?.kind).toBe("joint-communique");
  });

  it.each([
    [
      "one body's statement, quoted",
      'US soldiers killed\n\nTwo United States soldiers were killed in a crash in Afghanistan, the US military said in a statement on Wednesday.\n\n"The cause is under investigation," the statement said. The Afghan government offered condolences.',
    ],
    [
      "one person's statement, quoted",
      'Ferry inquiry opens\n\nOla Berg told the inquiry about the ferry deal between Norway and Iceland. "I acted within the rules," Berg said in his opening statement.',
    ],
  ])(
    "a statement one issued, quoted, is no joint statement, and no warning says one was found: %s",
    (_, text) => {
      const { statements, warnings } = only(text, "2024-03-05");
      expect(statements).toEqual([]);
      expect(warnings.map((found) => found.code)).not.toContain("statement-without-parties");
    },
  );

  it.each([
    [
      "issued by three",
      'Iceland urged to talk\n\nNorway, Denmark and Finland issued a statement on Monday urging Iceland to return to talks.\n\n"Time is short," the statement said.',
      ["NO", "DK", "FI"],
    ],
    [
      "the allies said in a statement",
      'Allies warn Russia\n\nNorway, Denmark and Finland condemned the incursion. "This is a threat," the allies said in a statement.',
      ["NO", "DK", "FI"],
    ],
  ])("a statement quoted and not called joint, which several gave: %s", (_, text, parties) => {
    const { statements } = only(text, "2024-03-05");
    expect(statements.map((statement) => statement.parties.map((party) => party.country))).toEqual([parties]);
  });

  it.each([
    ["trilateral statement"],
    ["tripartite joint statement"],
    ["trilateral declaration"],
    ["joint outcome statement"],
    ["joint ministerial statement"],
  ])("a %s is a joint document", (kind) => {
    const text = `Norway, Iceland restore ties\n\nOSLO (Reuters) - Norway and Iceland agreed on Friday to restore ties, according to a ${kind} issued after talks in Oslo.`;
    expect(
      only(text, "2024-03-08").statements.map((statement) => statement.parties.map((party) => party.country)),
    ).toEqual([["NO", "IS"]]);
  });

  it("a statement quoted and not called joint is one when more than one issued it", () => {
    const text =
      'Norway and Iceland agree ferry routes\n\nNorway and Iceland agreed on Monday to open two ferry routes, the two governments said in a statement.\n\n"The routes will open in May," the statement said.';
    const { statements } = only(text, "2024-03-05");
    expect(statements.map((statement) => statement.parties.map((party) => party.country))).toEqual([
      ["NO", "IS"],
    ]);
  });

  it("an opinion piece still reports one with a verb of issuing", () => {
    const text =
      "OPINION\n\nThe North needs more than photographs\n\nLast week Norway and Iceland issued a joint statement on ferry routes in Oslo.";
    expect(only(text, "2024-03-05").statements).toHaveLength(1);
  });
});

describe("the meeting by its name and number", () => {
  it.each([
    ["the fifth round of their Ferry Dialogue", 5],
    ["the 12th session of the Ferry Dialogue", 12],
  ])("a named meeting's session number: %s", (words, ordinal) => {
    const text = `Norway, Iceland talk ferries\n\nOSLO (Reuters) - Norway and Iceland held ${words} in Oslo on Thursday and issued a joint statement on ferry routes.`;
    const { statement } = only(text, "2024-03-08");
    expect([statement?.meeting?.name, statement?.meeting?.ordinal]).toEqual(["Ferry Dialogue", ordinal]);
  });

  it("a meeting's name goes on past a quoted word", () => {
    const text =
      'Norway, Iceland talk ferries\n\nOSLO (Reuters) - Norway and Iceland held their first "2+2" meeting of foreign and defence ministers in Oslo on Thursday and adopted a joint statement.';
    const { statement } = only(text, "2024-03-08");
    expect([statement?.meeting?.name, statement?.meeting?.ordinal]).toEqual(['first "2+2" meeting', 1]);
  });

  it.each([
    ["after their fifth summit in Oslo", "fifth summit", 5],
    ['after their second "two-plus-two" security talks in Oslo', 'second "two-plus-two"', 2],
  ])("the parties' own meeting, counted, with no name: %s", (words, name, ordinal) => {
    const text = `Norway, Iceland talk ferries\n\nBERGEN (NTB) - Norway and Iceland issued a joint statement on Thursday ${words}.`;
    const { statement } = only(text, "2024-03-08");
    expect([statement?.meeting?.name, statement?.meeting?.ordinal]).toEqual([name, ordinal]);
  });

  it.each(["after their first summit in four years in Oslo", "a year after their first summit in Oslo"])(
    "no counted meeting of theirs told as time past or counted within a span: %s",
    (words) => {
      const text = `Norway, Iceland talk ferries\n\nBERGEN (NTB) - Norway and Iceland issued a joint statement on Thursday ${words}.`;
      expect(only(text, "2024-03-08").statement?.meeting?.ordinal).toBeUndefined();
    },
  );

  it("a grouping's meeting the text gives no name is named by the grouping", () => {
    const text =
      "Ocean pact\n\nOSLO — The Quad foreign ministers met in Oslo on Tuesday and issued a joint statement on ocean protection.";
    const found = only(text, "2025-03-04").statement;
    expect([found?.meeting?.name, found?.meeting?.forum?.acronym]).toEqual(["Quad", "Quad"]);
    expect(found?.meeting?.place?.name).toBe("Oslo");
    // A grouping named as a topic, or as a meeting before, gives no meeting.
    for (const other of [
      "Brazil, Argentina urge G20 action on debt\n\nBRASILIA — Brazil and Argentina issued a joint statement on Monday urging debt relief.",
      "Debt pact\n\nBRASILIA — Brazil and Argentina issued a joint statement on Monday. Their leaders last met in Johannesburg at a BRICS gathering in August.",
    ])
      expect(only(other, "2025-03-04").statement?.meeting).toBeUndefined();
    // Its members' last meeting is not this one.
    const before =
      "Ocean pact\n\nOSLO — Norway and Iceland issued a joint statement on ocean protection on Tuesday. The Quad leaders last met in Tokyo in May.";
    expect(only(before, "2025-03-04").statement?.meeting).toBeUndefined();
  });

  it.each([
    ["49 th", "Joint Communiqué of the 49 th\nNorway–Iceland Fisheries Consultative Meeting", 49],
    ["Seventh", "Joint statement - Seventh Norway-Iceland Fisheries Consultations", 7],
    ["26th, with dashes", "26th Norway - Iceland Ministerial Forum - Joint Communique", 26],
  ])("%s", (_, headline, ordinal) => {
    const text = `${headline}\n\nThe ministers of Norway and Iceland met in Oslo on 3 March 2025 and reaffirmed their cooperation.`;
    const found = only(text, "2025-03-04").statement;
    expect(found?.meeting?.ordinal).toBe(ordinal);
    expect(found?.meeting?.place?.name).toBe("Oslo");
    expect(found?.meeting?.date?.value).toBe("2025-03-03");
  });

  it.each([
    [
      "a leaders' retreat",
      "Norway and Iceland agree on ferries\n\nThe plans were set out in a joint statement issued after the 9th Norway-Iceland Leaders' Retreat, held in Oslo on Monday.",
      "9th Norway-Iceland Leaders' Retreat",
      9,
    ],
    [
      "consultations in lower case",
      "Norway and Iceland sign ferry declaration\n\nNorway and Iceland signed a joint declaration at the 17th Norwegian-Icelandic intergovernmental consultations in Oslo on Monday.",
      "17th Norwegian-Icelandic intergovernmental consultations",
      17,
    ],
    [
      "a grouping's numbered summit",
      "Mercosur leaders close summit\n\nThe presidents of Argentina, Brazil, Paraguay and Uruguay closed the bloc's 41st summit in Montevideo on Friday with a joint communique on fisheries.",
      "41st summit",
      41,
    ],
    [
      "whose meeting it is, in lower case after the meeting's word",
      "Three neighbours adopt a declaration\n\nNorway, Iceland and Denmark adopted a joint declaration at the 9th trilateral meeting of the foreign and fisheries ministers, held in Oslo on Monday.",
      "9th trilateral meeting of the foreign and fisheries ministers",
      9,
    ],
    [
      "the story's fuller name over the headline's short form",
      "Norway, Iceland vow to guard ferries at First Fisheries 2+2\n\nIn a joint statement issued after the inaugural Norway-Iceland Fisheries 2+2 in Oslo on Monday, the ministers said they would share data.",
      "inaugural Norway-Iceland Fisheries 2+2",
      1,
    ],
    [
      "the sides' name over the host city",
      "Norway and Iceland pledge ferry links at Bergen summit\n\nNorway and Iceland committed to new ferry links after the second annual Norway-Iceland summit in Bergen. In a joint statement issued on Friday, the two prime ministers set out a work programme.",
      "second annual Norway-Iceland summit",
      2,
    ],
  ])("%s", (_, text, name, ordinal) => {
    const found = only(text, "2025-03-08").statement;
    expect(found?.meeting?.name?.replace(/\s+/g, " ")).toBe(name);
    expect(found?.meeting?.ordinal).toBe(ordinal);
  });

  it("the city the meeting's name is followed by is where it was held", () => {
    const text =
      "Leaders call for ceasefire\n\nThe leaders of Egypt, Jordan and Iraq called for a ceasefire in Gaza, in a joint statement issued at the end of their fifth tripartite summit in Amman.";
    const found = only(text, "2025-03-08").statement;
    expect(found?.meeting?.place?.name).toBe("Amman");
    expect(found?.meeting?.ordinal).toBe(5);
  });

  it("leaves out the summit the meeting was on the sidelines of, and one to come", () => {
    const text =
      "Norway-Iceland Joint Statement\n\nOn the sidelines of the Nordic Summit, the ministers held the Norway-Iceland Fisheries Dialogue in Bergen. The next Norway-Iceland Fisheries Meeting will be held in 2026.";
    expect(only(text).statement?.meeting?.name).toBe("Norway-Iceland Fisheries Dialogue");
  });
});

describe("people, their posts and the country they act for", () => {
  it("a leader the table knows by post and name makes their country a party, the text naming no country of theirs", () => {
    const text =
      "Leaders hail alliance\n\nWASHINGTON (AP) — President Joe Biden and Japanese Prime Minister Fumio Kishida on Wednesday agreed to deepen defense ties, the leaders said in a joint statement after their talks.";
    const { statement } = only(text, "2024-04-10");
    expect(statement?.parties.map((party) => party.country).sort()).toEqual(["JP", "US"]);
    expect(statement?.participants?.map((one) => [one.person.name, one.onBehalfOf])).toEqual([
      ["Joe Biden", "us"],
      ["Fumio Kishida", "jp"],
    ]);
  });

  it("an agency's own official, told only after the statement is read, takes part for their side", () => {
    const { statement } = only(
      "France, Chile sign ocean pact\n\nPARIS, May 14 (AFP) - President Claire Dumas and Chilean President Ana Rojas issued a joint statement on ocean protection on Tuesday. French Foreign Minister Luc Roux also attended the talks.",
      "2024-05-14",
    );
    expect(statement?.participants?.map((p) => [p.person.name, p.onBehalfOf])).toEqual([
      ["Claire Dumas", "fr"],
      ["Ana Rojas", "cl"],
      ["Luc Roux", "fr"],
    ]);
  });

  it("one who will go elsewhere but attended the talks takes part", () => {
    const { statement } = only(
      "Norway, Chile sign ocean pact\n\nOSLO — Norwegian Foreign Minister Kari Dahl and Chilean Foreign Minister Ana Rojas issued a joint statement on Tuesday.\n\nChilean Trade Minister Ivo Lind, who will visit Lima next month, attended the talks.",
    );
    expect(statement?.participants?.map((p) => p.person.name)).toEqual([
      "Kari Dahl",
      "Ana Rojas",
      "Ivo Lind",
    ]);
  });

  it("one who only agrees with what was said does not take part", () => {
    const { statement } = only(
      "Norway, Chile sign ocean pact\n\nOSLO — Norwegian Foreign Minister Kari Dahl and Chilean Foreign Minister Ana Rojas issued a joint statement on Tuesday.\n\nNorwegian Finance Minister Ola Berg agreed, telling reporters that prices would fall.",
    );
    expect(statement?.participants?.map((p) => p.person.name)).toEqual(["Kari Dahl", "Ana Rojas"]);
  });

  it("one who is to meet them later does not take part", () => {
    const { statement } = only(
      "Norway, Chile sign ocean pact\n\nOSLO — Norwegian Foreign Minister Kari Dahl and Chilean Foreign Minister Ana Rojas issued a joint statement on Tuesday.\n\nRojas is scheduled to meet Norwegian Prime Minister Ola Berg on Wednesday before departing for Lima.",
    );
    expect(statement?.participants?.map((p) => p.person.name)).toEqual(["Kari Dahl", "Ana Rojas"]);
  });

  it.each([
    ["the Hon between post and name", "Prime Minister the Hon Anna Holt MP met them.", "Anna Holt"],
    ["H.E. after a comma", "The Prime Minister of Norway, H.E. Anna Holt met them.", "Anna Holt"],
  ])("%s", (_, sentence, name) => {
    const found = only(`Talks\n\n${sentence}`).article.people?.map((person) => person.name);
    expect(found).toEqual([name]);
  });

  it("a post written after the name names the country", () => {
    const found = only("Talks\n\nHe met Anna Holt, Prime Minister of Norway, in Oslo.").article.people?.[0];
    expect(found?.posts?.map((post) => [post.title, post.country])).toContainEqual([
      "Prime Minister of Norway",
      "NO",
    ]);
  });

  it("an office only one government has names its country", () => {
    const found = only("Talks\n\nSecretary of State Mark Ellis met them.").article.people?.[0];
    expect(found?.posts?.[0]?.country).toBe("US");
  });

  it("a title other governments use too names the table's country only in a text that names it", () => {
    const country = (text: string) => only(text).article.people?.[0]?.posts?.[0]?.country;
    expect(
      country("Talks\n\nForeign Secretary Mark Ellis met Indian officials in New Delhi."),
    ).toBeUndefined();
    expect(country("Talks\n\nForeign Secretary Mark Ellis said Britain and India agreed.")).toBe("GB");
  });

  it("a family name alone is the fuller name it ends", () => {
    const found = only(
      "Talks\n\nPrime Minister Holt spoke first. Later Prime Minister the Hon Anna Holt MP signed.",
    ).article;
    expect(found.people?.map((person) => person.name)).toEqual(["Anna Holt"]);
  });

  it("an official the others leave unaccounted for acts for the one party left", () => {
    const text =
      "Norway-Iceland Joint Statement\n\nForeign Minister Anna Holt and Icelandic Foreign Minister Jon Berg held talks in Oslo.";
    const found = only(text).statement?.participants?.map((p) => [p.person.name, p.onBehalfOf]);
    expect(found).toEqual([
      ["Anna Holt", "no"],
      ["Jon Berg", "is"],
    ]);
  });

  it("those who sign at the foot of the statement's text take part for their side", () => {
    const text = [
      "Joint Statement of the Foreign Ministers of Norway and Iceland",
      "",
      "1. We, the Foreign Ministers of Norway and Iceland, met in Oslo on 3 March 2025 and agreed to share fisheries data.",
      "",
      "2. We agreed to meet again next year in Reykjavik.",
      "",
      "H.E. Ms. Anna Holt",
      "Minister of Foreign Affairs of Norway",
      "",
      "Hon. Jon Berg",
      "Minister for Foreign Affairs of Iceland",
    ].join("\n");
    const found = only(text).statement?.participants?.map((p) => [p.person.name, p.onBehalfOf]);
    expect(found).toEqual([
      ["Anna Holt", "no"],
      ["Jon Berg", "is"],
    ]);
  });

  it("a quotation wrapped over two lines at a story's end is no signature", () => {
    const text = [
      "Norway and Iceland agree on ferries",
      "",
      "OSLO — Norwegian Foreign Minister Anna Holt and Icelandic Foreign Minister Jon Berg held talks in Oslo on Monday and issued a joint statement on ferry routes.",
      "",
      "Both said the routes would open next year.",
      "",
      'Norwegian Prime Minister Kari Dahl called the deal "a good',
      'start".',
    ].join("\n");
    const found = only(text).statement?.participants?.map((p) => p.person.name);
    expect(found).toEqual(["Anna Holt", "Jon Berg"]);
  });

  it.each([
    [
      "took part in the talks",
      "Norwegian Trade Minister Ola Dahl and Icelandic Fisheries Minister Sara Lind also took part in the talks.",
    ],
    [
      "present at the talks",
      "Also present at the talks were Norwegian Trade Minister Ola Dahl and Icelandic Fisheries Minister Sara Lind.",
    ],
    [
      "were also at the ceremony",
      "Norwegian Trade Minister Ola Dahl and Icelandic Fisheries Minister Sara Lind were also at the ceremony.",
    ],
    [
      "agreed to what the statement says",
      "Norwegian Trade Minister Ola Dahl and Icelandic Fisheries Minister Sara Lind also agreed to set up a joint secretariat.",
    ],
    [
      "were present, named after the verb",
      "Also present were Norwegian Trade Minister Ola Dahl and Icelandic Fisheries Minister Sara Lind.",
    ],
    [
      "attended, with a courtesy's stop at a line's end in hand-wrapped copy",
      "The talks were also attended by Norway's Trade Minister, Mr.\nOla Dahl, and Iceland's Fisheries Minister, Ms.\nSara Lind.",
    ],
  ])("officials who %s take part for their side", (_, sentence) => {
    const text = `Norway-Iceland Joint Statement\n\nNorwegian Foreign Minister Anna Holt and Icelandic Foreign Minister Jon Berg held talks in Oslo and issued a joint statement. The weather was mild. ${sentence}`;
    const found = only(text).statement?.participants?.map((p) => [p.person.name, p.onBehalfOf]);
    expect(found).toEqual([
      ["Anna Holt", "no"],
      ["Jon Berg", "is"],
      ["Ola Dahl", "no"],
      ["Sara Lind", "is"],
    ]);
  });
});
