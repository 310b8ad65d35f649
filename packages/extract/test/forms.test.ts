import { describe, expect, it } from "vitest";
import { extract } from "../src/index.js";

const HEAD = "Officials meet\n\n";
const article = (body: string, published?: string) =>
  extract(`${HEAD}${body}`, published === undefined ? {} : { published }).article;
const statement = (body: string, published?: string) => {
  const [found] = extract(`${HEAD}${body}`, published === undefined ? {} : { published }).statements;
  if (found === undefined) throw new Error("no statement found");
  return found;
};

describe("countries, in the forms wire copy uses", () => {
  it.each([
    ["South Korea", "KR", "name"],
    ["S. Korea", "KR", "name"],
    ["the ROK", "KR", "acronym"],
    ["the Republic of Korea", "KR", "official-name"],
    ["the DPRK", "KP", "acronym"],
    ["the U.S.", "US", "acronym"],
    ["US", "US", "acronym"],
    ["Japanese", "JP", "demonym"],
    ["South Korean", "KR", "demonym"],
    ["Seoul", "KR", "capital"],
    ["Washington", "US", "capital"],
    ["Pyongyang", "KP", "capital"],
    ["Tokyo", "JP", "capital"],
  ])("%s → %s (%s), the words kept beside the code", (written, code, form) => {
    const found = article(`Talks went on, and ${written} officials said so.`).countries ?? [];
    const mention = written.replace(/^the /, "");
    expect(found).toEqual([
      expect.objectContaining({ code, mentions: [expect.objectContaining({ text: mention, form })] }),
    ]);
  });

  it("a capital after in, at or from is a place, not its government", () => {
    const found = article("Seoul said the talks in Tokyo went well.");
    expect(
      found.countries?.map((country) => [country.code, country.mentions?.map((mention) => mention.form)]),
    ).toEqual([["KR", ["capital"]]]);
    expect(found.places).toEqual([expect.objectContaining({ name: "Tokyo", kind: "city", country: "JP" })]);
  });

  it("a name of two words runs on across one soft line break, but not across a paragraph's end", () => {
    const codes = (text: string) => article(text).countries?.map((country) => country.code);
    expect(codes("Talks\n\nThe pact was signed in Juba by South\nSudan's justice minister.")).toEqual(["SS"]);
    expect(codes("Talks\n\nThe pact was signed in Juba by South\r\nSudan's justice minister.")).toEqual([
      "SS",
    ]);
    expect(codes("Talks\n\nThe envoy flew north and south.\n\nSudan's minister spoke.")).toEqual(["SD"]);
  });

  it("the United Kingdom's four countries are the kingdom's, and Northern Ireland is never Ireland", () => {
    const found = article(
      "Ministers from Northern Ireland, Wales and Scotland met Welsh officials.",
    ).countries;
    expect(found?.map((country) => [country.code, country.mentions?.length])).toEqual([["GB", 4]]);
  });

  it("a name inside an organization's or agency's name is not a mention of the country", () => {
    const found = extract("Ministers meet\n\nThe talks ended.\n\nSource: Qatar News Agency").article;
    expect(found.countries).toBeUndefined();
    expect(found.credit?.provider).toMatchObject({ name: "Qatar News Agency", kind: "news-agency" });
  });
});

describe("dates: resolved against the publication date, never a guessed year", () => {
  const meetingDate = (words: string, published?: string) =>
    statement(
      `Japan and Australia held the first meeting of the Pacific Fisheries Dialogue (PFD) in Tokyo ${words}, the two governments said in a joint statement.`,
      published,
    ).meeting?.date;

  it.each([
    ["on Tuesday", "2016-12-21", { text: "Tuesday", value: "2016-12-20", precision: "day" }],
    [
      "on Tuesday (US time)",
      "2016-12-21",
      { text: "Tuesday (US time)", value: "2016-12-20", precision: "day" },
    ],
    ["on Wednesday", "2016-12-21", { text: "Wednesday", value: "2016-12-21", precision: "day" }],
    ["on Thursday", "2016-12-21", { text: "Thursday", value: "2016-12-15", precision: "day" }],
    ["on Tuesday", undefined, { text: "Tuesday", precision: "day" }],
    ["in October", "2016-12-21", { text: "October", value: "2016-10", precision: "month" }],
    ["in October", "2016-03-02", { text: "October", value: "2015-10", precision: "month" }],
    ["in October", undefined, { text: "October", precision: "month" }],
    ["on March 3", undefined, { text: "March 3", precision: "day" }],
    ["on March 3", "2016-12-21", { text: "March 3", value: "2017-03-03", precision: "day" }],
    ["on March 3, 2015", undefined, { text: "March 3, 2015", value: "2015-03-03", precision: "day" }],
    ["on 5 March", "2016-04-01", { text: "5 March", value: "2016-03-05", precision: "day" }],
  ])("%s, published %s", (words, published, expected) => {
    const date = meetingDate(words, published);
    expect(date).toMatchObject(expected);
    if (!("value" in expected)) expect(date).not.toHaveProperty("value");
  });

  it.each([
    ["earlier in the year", "2016-12-21", { value: "2016", precision: "year" }],
    ["last year", "2016-12-21", { value: "2015", precision: "year" }],
    ["last year", undefined, { precision: "year" }],
  ])("the meeting the forum was launched at, %s", (words, published, expected) => {
    const found = statement(
      `Japan and Australia held the first meeting of the Pacific Fisheries Dialogue (PFD) in Tokyo, the two governments said in a joint statement. The allies launched the dialogue at the meeting of their ministers in Canberra ${words}.`,
      published,
    );
    expect(found.related?.[0]?.date).toMatchObject({ text: words, ...expected });
  });
});

describe("headline, dateline and credit", () => {
  it.each([
    ["Washington, The United States said.", "Washington", { name: "Washington", country: "US" }],
    ["SEOUL, Dec 21 (Yonhap) -- Officials said.", "SEOUL, Dec 21 (Yonhap)", { name: "Seoul", country: "KR" }],
    [
      "Seoul, Dec. 21 (Yonhap) -- Officials said.",
      "Seoul, Dec. 21 (Yonhap)",
      { name: "Seoul", country: "KR" },
    ],
    [
      "BRUSSELS (Europa Press Service) — Officials said.",
      "BRUSSELS (Europa Press Service)",
      { name: "Brussels", country: "BE" },
    ],
    ["BERGEN, Norway March 3 - Officials said.", "BERGEN, Norway March 3", { name: "Bergen", country: "NO" }],
    [
      "KIRKENES, Norway, March 3 - Officials said.",
      "KIRKENES, Norway, March 3",
      { name: "Kirkenes", country: "NO" },
    ],
    ["NEW DELHI: Officials said.", "NEW DELHI", { name: "New Delhi", country: "IN" }],
  ])("dateline of %s", (body, text, place) => {
    expect(article(body).dateline).toMatchObject({ text, place: { kind: "city", ...place } });
  });

  it("a paragraph that starts with a city but no dateline keeps none", () => {
    expect(article("Norway and Iceland agreed to share data.").dateline).toBeUndefined();
  });

  it.each([
    ["Source: Qatar News Agency", "Qatar News Agency"],
    ["Kyodo News", "Kyodo News"],
    ["Yonhap", "Yonhap"],
  ])("credit line %s", (line, provider) => {
    const found = extract(`Ministers meet\n\nThe talks ended.\n\n${line}`).article;
    expect(found.credit).toMatchObject({ text: line, provider: { name: provider, kind: "news-agency" } });
    expect(found.body.paragraphs.map((paragraph) => paragraph.text)).toEqual(["The talks ended."]);
  });

  it.each([
    ["By Jane Doe and Li Wei, Staff Writers", ["Jane Doe", "Li Wei"], "Staff Writers"],
    ["By Kim Min-ho, Seoul correspondent", ["Kim Min-ho"], "Seoul correspondent"],
    ["By ANNA BERG", ["ANNA BERG"], undefined],
  ])("byline %s: its authors, kept out of the body", (line, names, post) => {
    const found = extract(`Allies agree on talks\n${line}\n\nSEOUL (Yonhap) -- The talks ended.`).article;
    expect(found.byline?.text).toBe(line);
    expect(found.byline?.authors?.map((author) => [author.name, author.posts?.[0]?.title])).toEqual(
      names.map((name) => [name, post]),
    );
    expect(found.body.paragraphs.map((paragraph) => paragraph.text)).toEqual([
      "SEOUL (Yonhap) -- The talks ended.",
    ]);
    expect(found.headline).toBe("Allies agree on talks");
  });

  it("(ends) is the credit with the dateline's agency as provider", () => {
    const found = extract(
      "Ministers meet\n\nOSLO, March 3 (Nordic Wire) -- The talks ended.\n\n(ends)",
    ).article;
    expect(found.credit).toMatchObject({
      text: "(ends)",
      provider: { name: "Nordic Wire", kind: "news-agency" },
    });
  });

  it("page furniture is kept out of the headline and the body, in extensions, with its place", () => {
    const text = [
      "NEWS | WORLD | ASIA",
      "Published: 21 December 2016 09:12",
      "Share this article",
      "Allies agree on talks",
      "Photo : Ministers at the table.",
      "(Photo: Reuters)",
      "The two ministers met on Tuesday.",
      "Advertisement",
      "Read more",
    ].join("\n");
    const found = extract(text).article;
    expect(found.headline).toBe("Allies agree on talks");
    expect(found.body.paragraphs.map((paragraph) => paragraph.text)).toEqual([
      "The two ministers met on Tuesday.",
    ]);
    expect(
      ((found.extensions?.["dev.communique:furniture"] ?? []) as { kind: string; text: string }[]).map(
        (line) => [line.kind, line.text],
      ),
    ).toEqual([
      ["navigation", "NEWS | WORLD | ASIA"],
      ["date-stamp", "Published: 21 December 2016 09:12"],
      ["share-prompt", "Share this article"],
      ["photo-caption", "Photo : Ministers at the table."],
      ["photo-caption", "(Photo: Reuters)"],
      ["share-prompt", "Advertisement"],
      ["share-prompt", "Read more"],
    ]);
  });
});

describe("paragraphs and quotations", () => {
  it("paragraphs keep their exact spans, also when sentences run together", () => {
    const text = `${HEAD}The talks ended.The ministers left.Officials said \u201Cmore talks\u201D were planned.`;
    const found = extract(text).article;
    expect(found.body.paragraphs).toEqual([
      { text: text.slice(HEAD.length), span: { start: HEAD.length, end: text.length } },
    ]);
    expect(found.quotes?.[0]?.text).toBe("more talks");
  });

  it.each([
    ["curly", "\u201CWe agree,\u201D the statement said.", "We agree,", "statement"],
    ["straight", '"We agree," the statement said.', "We agree,", "statement"],
    [
      "inside a sentence",
      "They will \u201Cwork together,\u201D according to the statement.",
      "work together,",
      "statement",
    ],
    ["before its cue", "The joint statement said: \u201CWe agree.\u201D", "We agree.", "statement"],
    ["by a named person", "\u201CWe agree,\u201D said Foreign Minister Anna Berg.", "We agree,", "person"],
    ["by no one named", "\u201CWe agree,\u201D a source said.", "We agree,", "unknown"],
  ])("%s quotation", (_, body, text, kind) => {
    const found = extract(`${HEAD}Norway and Iceland issued a joint statement in Oslo.\n\n${body}`).article;
    expect(found.quotes?.map((quote) => [quote.text, quote.attribution.kind])).toEqual([[text, kind]]);
  });
});

describe("people and their posts", () => {
  const people = (body: string) =>
    (article(body).people ?? []).map((person) => [
      person.name,
      person.posts?.map((post) => ({ ...post, span: undefined })),
    ]);

  it.each([
    ["Vice Foreign Minister Lim Sung-nam said.", "Lim Sung-nam", { title: "Vice Foreign Minister" }],
    [
      "US Acting Under Secretary of State for Arms Control and International Security Thomas Countryman said.",
      "Thomas Countryman",
      {
        title: "Acting Under Secretary of State for Arms Control and International Security",
        label: "Under Secretary of State for Arms Control and International Security",
        country: "US",
        acting: true,
      },
    ],
    ["Japan's Foreign Minister Mori Aiko said.", "Mori Aiko", { title: "Foreign Minister", country: "JP" }],
    [
      "It was signed by then-President Anna Holt.",
      "Anna Holt",
      { title: "then-President", label: "President", former: true },
    ],
    [
      "Park Ji-won, deputy minister for policy, said.",
      "Park Ji-won",
      { title: "deputy minister for policy" },
    ],
    [
      "Foreign Minister Hayashi Takeo of Japan said.",
      "Hayashi Takeo",
      { title: "Foreign Minister", country: "JP" },
    ],
  ])("%s", (body, name, post) => {
    expect(people(body)).toEqual([[name, [{ ...post, span: undefined }]]]);
  });

  it("a name joined to an official keeps no invented post", () => {
    expect(people("Deputy Minister Kim Min-ho and David Shear met.")).toEqual([
      ["Kim Min-ho", [{ title: "Deputy Minister", span: undefined }]],
      ["David Shear", undefined],
    ]);
  });

  it("two people whose names make one slug get two ids, and the article stays whole", () => {
    const result = extract(
      `${HEAD}Foreign Minister José Diaz and Trade Minister Jose Diaz said “we agree,” Diaz said.`,
    );
    expect(result.article.people?.map((person) => [person.name, person.id])).toEqual([
      ["José Diaz", "jose-diaz"],
      ["Jose Diaz", "jose-diaz-2"],
    ]);
    expect(result.warnings).toEqual([]);
  });

  it("a later family name alone is a mention of the person: the first word of a family-first name", () => {
    const found = article("Commerce Minister Zhao Lei spoke. Zhao said trade grew.").people?.[0];
    expect(found?.mentions?.map((mention) => mention.text)).toEqual(["Zhao Lei", "Zhao"]);
  });
});

describe("organizations and forums", () => {
  it.each([
    [
      "the Extended Deterrence Strategy and Consultation Group (EDSCG)",
      "Extended Deterrence Strategy and Consultation Group",
      "EDSCG",
      "forum",
    ],
    [
      "the Korea-US Integrated Defense Dialogue(KIDD)",
      "Korea-US Integrated Defense Dialogue",
      "KIDD",
      "forum",
    ],
    [
      "the North Atlantic Treaty Organisation (Nato)",
      "North Atlantic Treaty Organisation",
      "Nato",
      "intergovernmental",
    ],
  ])("%s", (written, name, acronym, kind) => {
    const found = article(`Officials spoke of ${written} on Tuesday.`).organizations ?? [];
    expect(
      found.map((org) => ({
        name: org.name,
        acronym: org.acronym,
        kind: org.kind,
        mentions: org.mentions?.length,
      })),
    ).toEqual([{ name, acronym, kind, mentions: 2 }]);
  });

  it("brackets that are not a short form make no organization", () => {
    expect(article("They met on Tuesday (US time) and left (early).").organizations).toBeUndefined();
  });
});

describe("joint statements", () => {
  it.each([
    ["a joint statement", "joint-statement"],
    ["a joint communiqué", "joint-communique"],
    ["a joint press statement", "joint-statement"],
    ["a joint press release", "joint-press-release"],
    ["a joint declaration", "joint-declaration"],
    ["the Oslo Declaration", "declaration"],
  ])("%s is a %s", (words, kind) => {
    expect(statement(`Norway and Iceland agreed to share data, they said in ${words}.`).kind).toBe(kind);
  });

  it("two documents named, two statements, each with the quotations from it", () => {
    const result = extract(
      `${HEAD}OSLO, June 3 (Nordic Wire) -- Norway and Iceland signed the Oslo Declaration and issued a joint statement.\n\n\u201CWe will share all catch data,\u201D the declaration said.\n\n\u201CWe condemn illegal fishing,\u201D the joint statement said.`,
    );
    expect(
      result.statements.map((found) => [
        found.kind,
        found.title,
        found.quotations?.map((quote) => quote.text),
      ]),
    ).toEqual([
      ["declaration", "Oslo Declaration", ["We will share all catch data,"]],
      ["joint-statement", undefined, ["We condemn illegal fishing,"]],
    ]);
    expect(result.article.reports).toEqual(result.statements.map((found) => found.id));
    expect(result.article.quotes?.map((quote) => quote.attribution.ref)).toEqual(result.article.reports);
  });

  it("when and where a document was issued, and the larger event the meeting was part of", () => {
    const found = statement(
      "Norway and Iceland issued a joint statement on Tuesday after the first meeting of the Arctic Fisheries Forum (AFF) on the sidelines of the Arctic Circle Assembly.",
      "2025-03-12",
    );
    expect(found.issued).toEqual({
      date: { text: "Tuesday", span: expect.any(Object), value: "2025-03-11", precision: "day" },
    });
    expect(found.meeting).toMatchObject({ ordinal: 1, partOf: "the Arctic Circle Assembly" });
    const signed = statement(
      "Japan and Australia said they signed the Tokyo Declaration in Tokyo on March 3.",
      "2025-03-12",
    );
    expect(signed.issued).toMatchObject({
      date: { text: "March 3", value: "2025-03-03" },
      place: { name: "Tokyo", country: "JP" },
    });
  });

  it("no statement when the text reports none", () => {
    expect(extract(`${HEAD}Norway and Iceland traded more fish this year.`).statements).toEqual([]);
  });

  it.each([
    ["inaugural", 1],
    ["fourth", 4],
    ["5th", 5],
  ])("the %s meeting has ordinal %i", (ordinal, value) => {
    const found = statement(
      `Japan and Australia held the ${ordinal} meeting of the Pacific Fisheries Dialogue (PFD) in Tokyo, they said in a joint statement.`,
    );
    expect(found.meeting).toMatchObject({
      ordinal: value,
      ordinalMention: { text: ordinal },
      forum: { acronym: "PFD" },
      place: { name: "Tokyo" },
    });
  });

  it("participants act for the party their post or side names", () => {
    const found = statement(
      "Japan and Australia said in a joint statement that Foreign Minister Mori Aiko and Trade Minister Ken Ito headed the Japanese side, with Canberra being represented by Sarah Lin.",
    );
    expect(
      found.participants?.map((participant) => [
        participant.person.name,
        participant.onBehalfOf,
        participant.role,
      ]),
    ).toEqual([
      ["Mori Aiko", "jp", "head-of-delegation"],
      ["Ken Ito", "jp", "head-of-delegation"],
      ["Sarah Lin", "au", "representative"],
    ]);
  });

  it.each([
    ["reaffirmed their alliance", "reaffirm", "asserted"],
    ["committed to share data", "commit", "committed"],
    ["agreed to meet again", "agree", "asserted"],
    ["condemned North Korea's missile launch", "condemn", "asserted"],
    ["expressed concern over the fighting", "express-concern", "asserted"],
    ["called on Pyongyang to return to talks", "call-on", "asserted"],
    ["welcomed the ceasefire", "welcome", "asserted"],
    ["did not agree on tariffs", "agree", "negated"],
  ])("the parties %s: a %s provision", (words, action, modality) => {
    const found = statement(
      `In a joint statement, the two sides ${words}.`.replace(
        "In a joint",
        "Japan and Australia met in Tokyo. In a joint",
      ),
    );
    expect(
      found.provisions?.map((provision) => [
        provision.action,
        provision.modality,
        provision.wording,
        provision.actors,
      ]),
    ).toEqual([[action, modality, "reported", ["jp", "au"]]]);
  });

  it("recipients: the country a provision is for or against", () => {
    const found = statement(
      "Japan and Australia met in Tokyo. In a joint statement, the two sides condemned the DPRK's launch and called on Pyongyang to stop.",
    );
    expect(
      found.provisions?.map((provision) => [
        provision.action,
        provision.recipients?.map((recipient) => recipient.country),
      ]),
    ).toEqual([
      ["condemn", ["KP"]],
      ["call-on", ["KP"]],
    ]);
  });
});
