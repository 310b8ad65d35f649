import { describe, expect, it } from "vitest";
import { extract } from "../src/index.js";

const HEAD = "Officials meet\n\n";
const result = (body: string) => extract(`${HEAD}${body}`);
const article = (body: string) => result(body).article;
const names = (body: string) => (article(body).organizations ?? []).map((org) => org.name);

describe("organizations named without an acronym, by the shape of their names", () => {
  it.each([
    ["Officers of the Chilean Navy sailed on Monday.", "Chilean Navy", "military"],
    ["The Royal Navy sent a frigate on Monday.", "Royal Navy", "military"],
    ["Troops of U.S. Army Pacific arrived on Monday.", "U.S. Army Pacific", "military"],
    [
      "Crews of the Norway Maritime Self-Defense Force trained.",
      "Norway Maritime Self-Defense Force",
      "military",
    ],
    ["A statement from the Parliament of Fiji followed.", "Parliament of Fiji", "legislature"],
    ["The Government of Norway welcomed the plan.", "Government of Norway", "government"],
    ["An op-ed in the Lisbon Times argued otherwise.", "Lisbon Times", "company"],
    ["She once ran Air Portugal before politics.", "Air Portugal", "company"],
  ])("%s → %s (%s)", (body, name, kind) => {
    expect(article(body).organizations).toEqual([expect.objectContaining({ name, kind })]);
  });

  it.each([
    ["Envoys visited the Nordic Fisheries Secretariat on Monday.", "Nordic Fisheries Secretariat"],
    [
      "Scholars at the Baltic Institute for Coastal Resilience agreed.",
      "Baltic Institute for Coastal Resilience",
    ],
    ["A note came from the Office of the Spokesperson on Monday.", "Office of the Spokesperson"],
    ["Reporters asked about the Coalition of the Resolute on Monday.", "Coalition of the Resolute"],
    ["Hamas fighters withdrew on Monday.", "Hamas"],
  ])("%s → %s", (body, name) => {
    expect(names(body)).toEqual([name]);
  });

  it("a state's body still names the state", () => {
    const found = article("The Government of Norway welcomed the plan.");
    expect(found.countries?.map((country) => country.code)).toEqual(["NO"]);
  });

  it.each([
    ["Heads of State/Government of the member states met on Monday."],
    ["Staff at the city's Regional Training Centers met on Monday."],
    ["They called it an Islamic state in all but name."],
    ["Chief of Naval Operations (CNO) Adm. Jane Roe spoke on Monday."],
    ["Contacts: DivisionNordic Finance Bureau - Policy Division"],
    ["The Lisbon Post-war order held for decades."],
  ])("no organization in %s", (body) => {
    expect(names(body)).toEqual([]);
  });

  it("a name that ends a longer one found is that body, named short", () => {
    const found = article("The UN Security Council met on Monday. The Security Council then voted.");
    expect(found.organizations?.map((org) => [org.name, org.mentions?.map((m) => m.text)])).toEqual([
      ["UN Security Council", ["UN Security Council", "Security Council"]],
    ]);
  });

  it("a body the tables know under two names is one organization, by its table name", () => {
    const found = article(
      "The Arab League met on Monday. The League of Arab States (LAS) then issued a statement.",
    );
    expect(found.organizations?.map((org) => [org.name, org.acronym, org.mentions?.length])).toEqual([
      ["League of Arab States", "LAS", 3],
    ]);
  });

  it("a name before a possessive or a hyphen is found there", () => {
    expect(names("They welcomed ASEAN’s outlook and a UN-led process.")).toEqual([
      "Association of Southeast Asian Nations",
      "United Nations",
    ]);
  });
});

describe("names that are not the article's bodies", () => {
  it("a committee the text names its ministers' meeting by is a meeting", () => {
    const body =
      "Ministers held the Canada-Chile Security Consultative Committee meeting in Ottawa on Monday.";
    expect(names(body)).toEqual([]);
  });

  it("a joint commission the text names in its sessions is a meeting, and a body's commission stays a body", () => {
    expect(
      names(
        "The communique came at the end of the fourth session of the Norway-Chile Joint Commission in Oslo.",
      ),
    ).toEqual([]);
    expect(names("The Joint Commission met for the second time in Santiago.")).toEqual(["Joint Commission"]);
    expect(names("Officials of the Chile Fisheries Commission joined the session of the talks.")).toEqual([
      "Chile Fisheries Commission",
    ]);
  });

  it("a committee named as a body stays one", () => {
    expect(names("The Chile Fisheries Committee said catches fell.")).toEqual(["Chile Fisheries Committee"]);
  });

  it("a body named only as a side of a meeting's name is the meeting's side, not a body the article names", () => {
    const found = result("Leaders held the first EU-Chile Summit in May and agreed on a plan.");
    expect(found.article.organizations).toBeUndefined();
    expect(names("The European Union (EU) sent envoys to the EU-Chile Summit in May.")).toEqual([
      "European Union",
    ]);
  });

  it("a body that ends another's name after `of the` is that body's name, not one of its own", () => {
    expect(names("Experts of the Food and Agriculture Organization of the United Nations came.")).toEqual([
      "Food and Agriculture Organization",
    ]);
    expect(names("The talks of the Food and Agriculture Organization and the United Nations ended.")).toEqual(
      ["Food and Agriculture Organization", "United Nations"],
    );
  });

  it("a seat named only as a place is not its body; named as speaking, it is", () => {
    expect(names("The two leaders spoke at the White House on Monday.")).toEqual([]);
    expect(names("The White House said the talks went well.")).toEqual(["White House"]);
    expect(names("A statement from the White House followed.")).toEqual(["White House"]);
  });
});

describe("credits: wire services and the organizations that sign bylines", () => {
  it("an agency credited in the dateline and at the end is one organization", () => {
    const found = extract(
      "Ministers meet\n\nSEOUL, March 18 (Yonhap) -- Ministers met on Monday.\n\nThey spoke for an hour.\n\nYonhap News Agency",
    ).article;
    expect(found.organizations?.map((org) => [org.name, org.kind, org.mentions?.length])).toEqual([
      ["Yonhap News Agency", "news-agency", 2],
    ]);
    expect(found.credit?.provider?.name).toBe("Yonhap News Agency");
  });

  it("an agency credited by its acronym keeps the acronym and the table's name", () => {
    const found = extract("Ministers meet\n\nLIMA, March 3 (AP) - Ministers met on Monday.").article;
    expect(found.organizations?.map((org) => [org.name, org.acronym, org.kind])).toEqual([
      ["Associated Press", "AP", "news-agency"],
    ]);
    expect(found.dateline?.text).toBe("LIMA, March 3 (AP)");
  });

  it("the news service on the line under the byline is the credit", () => {
    const found = extract(
      "Ministers meet\n\nBy Jane Roe\nFleet News Service\n\nMinisters met on Monday and agreed on a plan.",
    ).article;
    expect(found.byline?.authors?.map((author) => author.name)).toEqual(["Jane Roe"]);
    expect(found.credit?.text).toBe("Fleet News Service");
  });

  it("the news service after the author's name, with the date before the byline, is the credit", () => {
    const found = extract(
      "Ministers meet\n\nMarch 3, 2024 | By Jane Roe , Harbor News\n\nMinisters met on Monday and agreed on a plan.",
    ).article;
    expect(found.byline?.authors?.map((author) => author.name)).toEqual(["Jane Roe"]);
    expect(found.credit?.text).toBe("Harbor News");
  });

  it("a public-affairs office signing as the author is the credit, and no author", () => {
    const found = extract(
      "Ministers meet\n\nBy Pacific Fleet Public Affairs\n\nMinisters met on Monday and agreed on a plan.",
    ).article;
    expect(found.byline?.authors).toBeUndefined();
    expect(found.credit?.text).toBe("Pacific Fleet Public Affairs");
  });
});

describe("wire datelines in the styles of the major agencies", () => {
  it.each([
    ["LIMA (AP) — Ministers met on Monday.", "LIMA (AP)", "Associated Press"],
    ["QUITO, Jan 5 (Reuters) - Ministers met on Monday.", "QUITO, Jan 5 (Reuters)", "Reuters"],
    ["NEW DELHI, Jan 5 (PTI) Ministers met on Monday.", "NEW DELHI, Jan 5 (PTI)", "Press Trust of India"],
    [
      "NEW DELHI [India], Jan 5 (ANI): Ministers met on Monday.",
      "NEW DELHI [India], Jan 5 (ANI)",
      "Asian News International",
    ],
    [
      "ABU DHABI, 5th January, 2024 (WAM) -- Ministers met on Monday.",
      "ABU DHABI, 5th January, 2024 (WAM)",
      "Emirates News Agency",
    ],
    ["MOSCOW, January 5. /TASS/. Ministers met on Monday.", "MOSCOW, January 5. /TASS/.", "TASS"],
  ])("%s", (paragraph, dateline, agency) => {
    const found = extract(`Ministers meet\n\n${paragraph}\n\nThey spoke for an hour.`).article;
    expect(found.dateline?.text).toBe(dateline);
    expect(found.organizations?.map((org) => org.name)).toEqual([agency]);
  });

  it("an older feed's dateline with no separator, where the place is known and dated", () => {
    const found = extract("Ministers meet\n\nLISBON, Portugal Feb 16 Ministers met on Monday.").article;
    expect(found.dateline?.text).toBe("LISBON, Portugal Feb 16");
  });

  it("no separator and no agency or date: no dateline", () => {
    expect(extract("Ministers meet\n\nLISBON Ministers met on Monday.").article.dateline).toBeUndefined();
  });
});

describe("acronyms said as words, written in title case", () => {
  it.each([
    ["Leaders stressed Asean centrality on Monday.", "Asean", "ASEAN"],
    ["The Brics grouping met in Lisbon on Monday.", "Brics", undefined],
    ["Ministers from Ecowas states met on Monday.", "Ecowas", "ECOWAS"],
  ])("%s → %s", (body, name, acronym) => {
    const found = article(body).organizations?.map((org) => [org.name, org.acronym]);
    expect(found).toEqual([[name, acronym]]);
  });

  it("a short acronym in title case is another word", () => {
    expect(names("Who met the ministers on Monday remains unclear.")).toEqual([]);
  });
});

describe("datelines in newspaper styles", () => {
  it("a story filed from two cities is placed in the first, with the agency after them", () => {
    const found = extract(
      "Ministers meet\n\nLisbon/Madrid (dpa) - Ministers met on Monday and agreed on a plan.\n\nThey spoke for an hour.",
    ).article;
    expect(found.dateline?.place?.name).toBe("Lisbon");
    expect(found.dateline?.text).toBe("Lisbon/Madrid (dpa)");
    expect(found.organizations?.map((org) => [org.name, org.acronym])).toEqual([
      ["Deutsche Presse-Agentur", "dpa"],
    ]);
  });

  it("a dateline at the end of the page's time stamp", () => {
    const found = extract(
      "Ministers meet on trade\n\nStaff Reporter\nUpdated - March 4, 2026 08:12 pm IST - CHENNAI\n\nThe ministers met on Tuesday and agreed to cut tariffs on textiles by half over two years.",
    ).article;
    expect(found.dateline?.place?.name).toBe("Chennai");
  });

  it("a time stamp with no place after it is no dateline", () => {
    const found = extract(
      "Ministers meet on trade\n\nUpdated - March 4, 2026 08:12 pm IST\n\nThe ministers met on Tuesday and agreed to cut tariffs on textiles by half over two years.",
    ).article;
    expect(found.dateline).toBeUndefined();
  });

  it("the dateline after a correction note above the story", () => {
    const found = extract(
      "Ministers meet on trade\n\nBy Jane Roe\n\nCorrection\nAn earlier version of this article gave the wrong day for the talks, which were held on Tuesday, and misspelled the name of a minister who attended them.\n\nLISBON — The ministers met on Tuesday and agreed to cut tariffs on textiles by half over two years.",
    ).article;
    expect(found.dateline?.text).toBe("LISBON");
  });
});

describe("agencies credited elsewhere than the dateline", () => {
  const STORY = "The ministers met on Tuesday and agreed to cut tariffs on textiles by half over two years.";
  it.each([
    [
      "additional reporting, with the page's links after it",
      `Ministers meet\n\n${STORY}\n\nAdditional reporting by Reuters\n\nMore from our site\nSign up for our newsletter\nFollow us`,
      "Reuters",
      "Reuters",
    ],
    [
      "with files from, at the end",
      `Ministers meet\n\n${STORY}\n\n— With files from The Associated Press`,
      "Associated Press",
      "The Associated Press",
    ],
    [
      "a copyright line",
      `Ministers meet\n\n${STORY}\n\nTo reach the reporter:\nJane Roe in Lima\n\n©2026 Bloomberg L.P.`,
      "Bloomberg",
      "Bloomberg",
    ],
    [
      "a copyright line with its rights",
      `Ministers meet\n\n${STORY}\n\nCopyright 2026 The Associated Press. All rights reserved.`,
      "Associated Press",
      "The Associated Press",
    ],
    [
      "the agency in capitals under the headline",
      `Ministers meet\n\nKYODO\nMar 3, 2026\n\n${STORY}`,
      "Kyodo News",
      "KYODO",
    ],
    [
      "the agency's acronym under the headline",
      `Ministers meet\n\nWAM\nPublished: March 3, 2026 10:12\n\n${STORY}`,
      "Emirates News Agency",
      "WAM",
    ],
  ])("%s → %s", (_form, text, agency, credited) => {
    const found = extract(text).article;
    expect(found.organizations?.find((org) => org.kind === "news-agency")?.name).toBe(agency);
    // The provider is the agency's name as written, without a company's suffix or rights notice.
    expect(found.credit?.provider.name).toBe(credited);
  });

  it("a short acronym is an agency only as the agency writes it", () => {
    expect(extract(`Ministers meet\n\nSpa\n\n${STORY}`).article.credit).toBeUndefined();
    expect(extract(`Ministers meet\n\nSPA\n\n${STORY}`).article.credit?.provider.name).toBe("SPA");
  });

  it("the agency that signs the story is its credit, not one it has files from", () => {
    const found = extract(
      `Ministers meet\n\nBy Jane Roe\nThe Canadian Press\n\n${STORY}\n\n— With files from Reuters`,
    ).article;
    expect(found.credit?.text).toBe("The Canadian Press");
  });

  it("a reporter credited with additional reporting is no agency's credit", () => {
    const found = extract(`Ministers meet\n\n${STORY}\n\nAdditional reporting by Jane Roe`).article;
    expect(found.credit).toBeUndefined();
  });
});

describe("where a body's name ends", () => {
  it.each([
    [
      "A statement from the Office of the Prime Minister Jane Roe followed.",
      "Office of the Prime Minister",
      "Jane Roe",
    ],
    ["The Bank of Lisbon Governor Ken Ito spoke.", "Bank of Lisbon", "Ken Ito"],
    [
      "Scholars at the Baltic Institute for Ocean Studies Director John Moe spoke.",
      "Baltic Institute for Ocean Studies",
      "John Moe",
    ],
  ])("%s", (body, organization, person) => {
    const found = article(body);
    expect(found.organizations?.map((org) => org.name)).toEqual([organization]);
    expect(found.people?.map((one) => one.name)).toEqual([person]);
  });

  it("a date after the name is not part of it", () => {
    expect(names("They convened the Coalition of the Resolute Monday in Paris.")).toEqual([
      "Coalition of the Resolute",
    ]);
  });
});

describe("more bodies by the names news gives them", () => {
  it.each([
    ["Trade ministers of Mercosur met in Montevideo on Monday.", "Southern Common Market"],
    ["The BRICS leaders met in Kazan on Monday.", "BRICS"],
    ["The Embassy of Norway in Dublin issued a note on Monday.", "Embassy of Norway"],
    ["The Arctic Council met in Tromsø on Monday.", "Arctic Council"],
    ["The deal still faces the European Parliament and farmers.", "European Parliament"],
    ["Both spoke on the sidelines of the U.N. General Assembly on Monday.", "U.N. General Assembly"],
    ["The UN Human Rights Council met in Geneva on Monday.", "UN Human Rights Council"],
  ])("%s → %s", (body, name) => {
    expect(names(body)).toContain(name);
  });

  it("names a table's body as the text writes it, after its acronym, unless the text writes the table's name too", () => {
    const written = article(
      "The UNSC met on Monday. Groups the UN Security Council lists were named.",
    ).organizations;
    expect(written?.map((org) => [org.name, org.acronym])).toEqual([["UN Security Council", "UNSC"]]);
    const both = article(
      "The UNSC met. The UN Security Council listed groups, and the United Nations Security Council was thanked.",
    ).organizations;
    expect(both?.map((org) => org.name)).toEqual(["United Nations Security Council"]);
    // A part of its name is not one the table knows it by.
    expect(
      article("The UNSC met. The Security Council's president spoke.").organizations?.map((org) => org.name),
    ).toEqual(["United Nations Security Council"]);
    // `ECHR` is as often the convention as the court.
    expect(
      article("They pledged to leave the ECHR, the European Convention on Human Rights.").organizations,
    ).toBeUndefined();
  });
});

describe("ministries named together", () => {
  it("ends a ministry's name before `and the` that names the next one, not before `and` inside a name", () => {
    expect(names("The Ministry of Defence and the Ministry of Finance issued statements.")).toEqual([
      "Ministry of Defence",
      "Ministry of Finance",
    ]);
    expect(names("The Ministry of Industry and Trade said so on Monday.")).toEqual([
      "Ministry of Industry and Trade",
    ]);
    expect(names("The Ministry of Infrastructure and the Environment said so.")).toEqual([
      "Ministry of Infrastructure and the Environment",
    ]);
  });
});

describe("organizations in hard-wrapped copy", () => {
  it("reads a table's body whose name runs on across one soft line break, with the mention as written", () => {
    // A paragraph wrapped at a fixed width, as wire copy is.
    const text = [
      "Norway and Chile seek closer ties",
      "",
      "OSLO, March 3 (Reuters) - Norway and Chile pledged on Monday to seek closer",
      "ties with the European Commission and, within the year, with the European",
      "Union and its member states as well as with the International Monetary",
      "Fund, officials from both governments said after talks in the Norwegian",
      "capital, which lasted for most of the day on Monday.",
    ].join("\n");
    const found = extract(text).article.organizations?.filter((org) => org.kind !== "news-agency");
    expect(found?.map((org) => [org.name, org.mentions?.map((mention) => mention.text)])).toEqual([
      ["European Commission", ["European Commission"]],
      ["European Union", ["European\nUnion"]],
      ["International Monetary Fund", ["International Monetary\nFund"]],
    ]);
  });

  it("reads a table's body that opens a word of several parts, and not one inside a longer word", () => {
    const found = article(
      "The NATO-led mission and ASEAN’s envoys met on Monday. The NATOs of old and UNESCOS drafts were read.",
    ).organizations;
    expect(found?.map((org) => [org.acronym, org.mentions?.map((mention) => mention.text)])).toEqual([
      ["NATO", ["NATO"]],
      ["ASEAN", ["ASEAN"]],
    ]);
  });

  it("does not join a name across a paragraph's end", () => {
    expect(names("The talks touched on all things European\n\nUnion leaders met later.")).toEqual([]);
  });
});

describe("bodies a describing noun names, and the edges of a body's name", () => {
  it.each([
    ["Lisbon's state broadcaster RTPX said the talks had stalled.", "RTPX", "company"],
    ["Chile's national space agency, ACEX, will build the sensors.", "ACEX", undefined],
    ["He met executives of carmaker Voltaro, which plans a plant.", "Voltaro", "company"],
    ["The fertiliser giant KPL Group would expand its plant.", "KPL Group", "company"],
    ["The rights group Harbour International called for an inquiry.", "Harbour International", undefined],
  ])("%s → %s", (body, name, kind) => {
    const found = article(body).organizations ?? [];
    expect(found.map((org) => org.name)).toEqual([name]);
    expect(found[0]?.kind).toBe(kind);
  });

  it.each([
    // A person the noun's clause names is no body; nor a post, a country or a day.
    ["The company Marisa Duarte founded grew fast."],
    ["The agency Director Tom Hale spoke on Monday."],
    ["Voters backed the party Monday."],
    ["Its biggest exporter, Chile, sells copper."],
    // A noun that describes people too, or a comma before one word: a surname, not a body.
    ["The policy maker Schnabel said rates would hold."],
    ["The broadcaster Lineker, who hosts the show, said so."],
    ["Lisbon will stand firm, Duarte said."],
    ["Since founding the party, Farage has campaigned."],
  ])("no organization in %s", (body) => {
    expect(names(body)).toEqual([]);
  });

  it.each([
    ["The Getulio Ramos Foundation hosted the panel.", "Getulio Ramos Foundation"],
    ["Fighting between the army and the Rapid Support Forces went on.", "Rapid Support Forces"],
    ["The Prime Minister's Media Office released photographs.", "Media Office"],
    ["A ruling of the Lisbon Tax Service followed.", "Lisbon Tax Service"],
    ["The Conservative Party, Mr Hale said, would win.", "Conservative Party"],
  ])("a name ending in a body's head: %s → %s", (body, name) => {
    expect(names(body)).toEqual([name]);
  });

  it.each([
    ["The Lisbon Development Programme (LDP) said aid would rise.", "Lisbon Development Programme"],
    ["The National Farmers' Union said prices fell.", "National Farmers' Union"],
    ["The Workers' Party said so.", "Workers' Party"],
    ["The Supreme Court ruled on Monday.", "Supreme Court"],
  ])("a body whose name a plural's s' or a programme's word holds: %s", (body, name) => {
    expect(names(body)).toEqual([name]);
  });

  it.each([
    ["He attended a Memorial Service for the victims."],
    ["The firm added staff to its Lisbon Office."],
    ["Lisbon marked National Foundation Day."],
    ["A new roof went over Centre Court."],
    ["Major League Baseball will open the season."],
    ["Trust in TV News fell."],
  ])("a head that makes no body where it stands: %s", (body) => {
    expect(names(body)).toEqual([]);
  });

  it("a head joined by `and` to the words after it goes on", () => {
    const found = article("The U.S. Securities and Exchange Commission opened an inquiry.");
    expect(found.organizations?.map((org) => org.name)).toEqual(["U.S. Securities and Exchange Commission"]);
  });

  it("a broker's name is a body, not a person", () => {
    const found = article('"Prices hold," said a note from Lisbon Institutional Equities.');
    expect(found.organizations?.map((org) => [org.name, org.kind])).toEqual([
      ["Lisbon Institutional Equities", "company"],
    ]);
    expect(found.people).toBeUndefined();
  });

  it("a country's body that a state's name opens still names the country", () => {
    const found = article("That is a matter for the Fiji Parliament, she said.");
    expect(found.organizations?.map((org) => [org.name, org.kind])).toEqual([
      ["Fiji Parliament", "legislature"],
    ]);
    expect(found.countries?.map((country) => country.code)).toEqual(["FJ"]);
  });

  it.each([
    ["Former National Safety Council official Ann Bell testified.", "National Safety Council"],
    ["Interim Harbour Police Chief Ed Alvarez spoke.", "Harbour Police"],
    ["Key Security Council members objected.", "Security Council"],
    ["An analyst at the Delhi-based Council on Water said so.", undefined],
    ["He wrote for the Lisbon Union-Tribune for years.", undefined],
    ["The matter rests with Minister Reynolds’ Office.", undefined],
    ["The Prime Minister met them in the Oval Office.", undefined],
  ])("%s → %s", (body, name) => {
    expect(names(body)).toEqual(name === undefined ? [] : [name]);
  });

  it.each([
    ["Work began on the Lisbon-Porto Rapid Transit System (RTS) Link."],
    ["Firms in the Lisbon Special Economic Zone (LSEZ) pay less tax."],
    ["The Lunar Landing System (LLS) is late."],
    ["Shares fell on the Lisbon Stock Index (LSI)."],
  ])("a thing made, a zone or a law named with a short form is no body: %s", (body) => {
    expect(names(body)).toEqual([]);
  });
});

describe("a body named in a credit line above the story", () => {
  it("is found there too, in a possessive, though the line is read after the story's words", () => {
    const text =
      "Ministers Meet on Fisheries Quotas\nBy Jane Roe\nASEAN's Kyodo News\n\nTOKYO -- The fisheries ministers of Japan and South Korea met in Tokyo on Monday, ASEAN said.\n";
    const organizations = extract(text).article.organizations ?? [];
    const asean = organizations.find((org) => org.acronym === "ASEAN");
    expect(asean?.mentions?.map((mention) => text.slice(mention.span.start, mention.span.end))).toEqual([
      "ASEAN",
      "ASEAN",
    ]);
    expect(asean?.mentions?.[0]?.span.start).toBe(text.indexOf("ASEAN's"));
  });
});
