// How real copy names people, their posts and their countries, each written here in our own words:
// courtesy before a name and the post after it, ranks, lists of officials, signature blocks,
// transcript labels in capitals, and names written family name first.
import { describe, expect, it } from "vitest";
import { extract } from "../src/index.js";

const people = (text: string) =>
  (extract(text, {}).article.people ?? []).map((person) => ({
    name: person.name,
    posts: (person.posts ?? []).map((post) => [post.title, post.country ?? null]),
  }));

const person = (text: string, name: string) => people(text).find((found) => found.name === name);

describe("a post after a name written with courtesy", () => {
  it("reads the post between commas after `the Hon … MP` and `Mr.`", () => {
    const text =
      "The talks were co-chaired by the Hon Jane Roe MP, Minister for Fisheries, and Mr. Ivo Lind, Minister of Trade of Estonia, in Tallinn.";
    expect(person(text, "Jane Roe")?.posts).toEqual([["Minister for Fisheries", null]]);
    expect(person(text, "Ivo Lind")?.posts).toEqual([["Minister of Trade of Estonia", "EE"]]);
  });

  it("gives a counterpart the post of the official before them in the same sentence, past a courtesy's full stop", () => {
    const within =
      "Prime Minister Kari Dahl met Mr. Ivo Lind and her Icelandic counterpart, Sara Jonsdottir, in Oslo.";
    expect(person(within, "Sara Jonsdottir")?.posts).toEqual([["Prime Minister", "IS"]]);
    // Across a sentence's end the post is not shared: the relation, as written, is what they hold.
    const across =
      "Foreign Minister Ola Berg spoke first. His Danish counterpart, Lars Holm, said the talks went well.";
    expect(person(across, "Lars Holm")?.posts).toEqual([["counterpart", "DK"]]);
  });

  it("gives a counterpart named with no official before them the relation as their post, with its country", () => {
    const text =
      "Foreign Minister Kari Dahl arrived in Oslo on Monday. Ms. Dahl also met her Icelandic counterpart, Sara Jonsdottir, and my predecessor, Ola Berg.";
    expect(person(text, "Sara Jonsdottir")?.posts).toEqual([["counterpart", "IS"]]);
    // A predecessor names no country: no post.
    expect(person(text, "Ola Berg")?.posts).toEqual([]);
    // In a story of no government's officials, a counterpart holds no post.
    const sport =
      "Coach Kari Dahl spoke first. Later she met her Icelandic counterpart, Sara Jonsdottir, at the stadium.";
    expect(person(sport, "Sara Jonsdottir")?.posts).toEqual([]);
  });

  it("reads a counterpart's name after the demonym, with or without a comma", () => {
    for (const text of [
      "Foreign Minister Kari Dahl and her Icelandic counterpart Sara Jonsdottir held talks in Oslo.",
      "Foreign Minister Kari Dahl met her Icelandic counterpart, Sara Jonsdottir, in Oslo.",
      "Foreign Minister Kari Dahl and her Icelandic counterpart Sara Jonsdottir signed two accords.",
    ])
      expect(people(text).map((found) => found.name)).toContain("Sara Jonsdottir");
  });

  it("reads a country's post with a word of tenure between, and leaves the next person's post to them", () => {
    const text =
      "Danish Foreign Minister Lars Holm, Icelandic Deputy Prime Minister and Foreign Minister Sara Jonsdottir and Norway's acting Foreign Minister Kari Dahl attended the talks.";
    expect(person(text, "Lars Holm")?.posts).toEqual([["Foreign Minister", "DK"]]);
    expect(person(text, "Sara Jonsdottir")?.posts).toEqual([
      ["Deputy Prime Minister and Foreign Minister", "IS"],
    ]);
    expect(person(text, "Kari Dahl")?.posts).toEqual([["Foreign Minister", "NO"]]);
  });

  it("reads initials without dots and a family name behind its particle, and no letter alone", () => {
    const text =
      "Plan B was discussed by Foreign Minister S K Varma, who met Iraqi Prime Minister Kamal al-Rawi in Baghdad.";
    expect(people(text).map((found) => found.name)).toEqual(["S K Varma", "Kamal al-Rawi"]);
    expect(person(text, "Kamal al-Rawi")?.posts).toEqual([["Prime Minister", "IQ"]]);
  });

  it("reads a name and its post across a hard wrap, and not across a headline's end", () => {
    const wrapped =
      "OSLO (NTB) - The prime minister of Norway and the visiting Icelandic Prime\nMinister Sara Jonsdottir issued a joint statement on fisheries on Tuesday,\nwhile Foreign Minister Kari Dahl met Trade Minister Per Lund and Ola\nBerg, the fisheries envoy, at the ministry in the city centre.";
    expect(person(wrapped, "Sara Jonsdottir")?.posts).toEqual([["Prime\nMinister", "IS"]]);
    expect(people(wrapped).map((found) => found.name)).toContain("Ola Berg");
    const titled =
      "Norway And Iceland Agree New Fisheries Quotas For The Season Ahead\nKari Dahl\n\nThe two governments met in Oslo.";
    expect(people(titled).map((found) => found.name)).not.toContain("Ahead Kari Dahl");
  });

  it("ends the post before a day the sentence goes on to", () => {
    const text =
      "The Prime Minister met H.E. Mr. Ivo Lind, Prime Minister of Estonia on Monday, March 4, in Oslo.";
    expect(person(text, "Ivo Lind")?.posts).toEqual([["Prime Minister of Estonia", "EE"]]);
  });

  it("runs the post on over the last of a list of portfolios", () => {
    const text =
      "Ms. Kari Dahl, Minister of Fisheries, Coast and Ocean Affairs of Norway, met her counterpart in Oslo.";
    expect(person(text, "Kari Dahl")?.posts).toEqual([
      ["Minister of Fisheries, Coast and Ocean Affairs of Norway", "NO"],
    ]);
  });

  it("gives each name its own post in a list of names and posts", () => {
    const text =
      "Ministers attending included Senator the Hon Jane Roe, Minister for Fisheries, the Hon Tom Vale MP, Minister for Home Affairs, and the Hon Ann Pike MP, Minister for Trade.";
    expect(person(text, "Jane Roe")?.posts).toEqual([["Minister for Fisheries", null]]);
    expect(person(text, "Tom Vale")?.posts).toEqual([["Minister for Home Affairs", null]]);
    expect(person(text, "Ann Pike")?.posts).toEqual([["Minister for Trade", null]]);
  });

  it("gives each name the post before it in a list of posts and names", () => {
    const text =
      "Minister for Foreign Affairs of Estonia, Mr. Ivo Lind, Minister of Defence of Estonia, Ms. Mari Tamm, and the Norwegian delegation met in Tallinn.";
    expect(person(text, "Ivo Lind")?.posts).toEqual([["Minister for Foreign Affairs of Estonia", "EE"]]);
    expect(person(text, "Mari Tamm")?.posts).toEqual([["Minister of Defence of Estonia", "EE"]]);
  });

  it("takes a post that starts with its country", () => {
    const text = "Ambassador Rolf Hamar, Norwegian Trade Representative, spoke to reporters in Geneva.";
    expect(person(text, "Rolf Hamar")?.posts).toEqual([["Norwegian Trade Representative", "NO"]]);
  });

  it("reads a post on the line after a name in a signature block", () => {
    const text =
      "Joint statement\nThe Hon Jane Roe MP\nPrime Minister of Australia\nThe Honourable Ivo Lind MP\nPrime Minister of Fiji\n\nThe two leaders met in Suva.";
    expect(person(text, "Jane Roe")?.posts).toEqual([["Prime Minister of Australia", "AU"]]);
    expect(person(text, "Ivo Lind")?.posts).toEqual([["Prime Minister of Fiji", "FJ"]]);
  });

  it("keeps the name without the courtesy read back from a post", () => {
    const text =
      "On Monday, the Hon Jane Roe MP, Prime Minister of Australia met with Prime Minister Ivo Lind of Fiji in Suva.";
    expect(people(text).map((found) => found.name)).toEqual(["Jane Roe", "Ivo Lind"]);
    expect(person(text, "Jane Roe")?.posts).toEqual([["Prime Minister of Australia", "AU"]]);
  });
});

describe("ranks and courtesy posts", () => {
  it("takes the post before a rank and a comma as the post held", () => {
    const text =
      "On Friday the Chairman of the Norwegian Joint Chiefs of Staff, General Ola Berg, met the Estonian Minister for Defence, Senator Mari Tamm, in Oslo.";
    expect(person(text, "Ola Berg")?.posts).toEqual([
      ["Chairman of the Norwegian Joint Chiefs of Staff", "NO"],
    ]);
    expect(person(text, "Mari Tamm")?.posts).toEqual([["Minister for Defence", "EE"]]);
  });

  it("drops a courtesy rank when a real post follows the name", () => {
    const text = "Senator Mari Tamm, Minister for Defence, visited the base on Tuesday.";
    expect(person(text, "Mari Tamm")?.posts).toEqual([["Minister for Defence", null]]);
  });

  it("does not read a name after a rank in full or a word that only starts ranks", () => {
    expect(people("Major Powers Agree Trade Rules\n\nThe talks ended on Monday.")).toEqual([]);
    expect(people("Rear Window Films Wins Award\n\nThe jury met on Monday.")).toEqual([]);
  });

  it("finds people after a short rank", () => {
    const text = "The chiefs met in Oslo. Adm. Ola Berg and Gen. Mari Tamm signed the plan.";
    expect(people(text).map((found) => found.name)).toEqual(["Ola Berg", "Mari Tamm"]);
  });
});

describe("posts as the copy writes them", () => {
  it("reads a modifier and a head written as one word", () => {
    expect(person("Vice-Premier Hollis arrived in Oslo on Monday.", "Hollis")?.posts).toEqual([
      ["Vice-Premier", null],
    ]);
  });

  it("reads a word that both modifies and heads posts as the head when no head follows", () => {
    const text = "Chief of Staff of the Norwegian Navy, Adm. Ola Berg, arrived in Tallinn.";
    expect(person(text, "Ola Berg")?.posts).toEqual([["Chief of Staff of the Norwegian Navy", "NO"]]);
  });

  it("reads past a post's acronym in brackets to the courtesy and the name", () => {
    const text = "Chief of Naval Operations (CNO) Adm. Ola Berg met his counterparts.";
    expect(person(text, "Ola Berg")?.posts).toEqual([["Chief of Naval Operations", "US"]]);
  });

  it("reads family names alone joined after a family name alone", () => {
    const text = "I want to thank Prime Minister Berg and Dahl and Lind for joining.";
    expect(people(text).map((found) => found.name)).toEqual(["Berg", "Dahl", "Lind"]);
  });

  it("does not read an institution after `and` as a family name", () => {
    const text = "President Dahl and Parliament agreed on the budget.";
    expect(people(text).map((found) => found.name)).toEqual(["Dahl"]);
  });

  it("reads a councillor's post", () => {
    expect(person("State Councillor Wu of China arrived in Oslo.", "Wu")?.posts).toEqual([
      ["State Councillor", "CN"],
    ]);
  });

  it("reads two posts one person holds", () => {
    const text = "Norwegian Deputy Prime Minister and Minister for Defence Ola Berg arrived in Tallinn.";
    expect(person(text, "Ola Berg")?.posts).toEqual([
      ["Deputy Prime Minister and Minister for Defence", "NO"],
    ]);
  });

  it("ends a post before a hyphenated compound and does not end it on a possessive", () => {
    const text =
      "President of the Commission for the Norway-Iceland Talks Ola Berg spoke, as did the first Head of Government to address Estonia’s Parliament.";
    expect(people(text).map((found) => found.name)).toEqual([]);
  });

  it("stops a post written after a name at a day or a clause", () => {
    const text = "Ola Berg, Prime Minister of Norway on Monday, met his counterpart.";
    expect(person(text, "Ola Berg")?.posts).toEqual([["Prime Minister of Norway", "NO"]]);
  });

  it("does not give a name the next person's post and name", () => {
    const text =
      "1. President of Estonia Mari Tamm, Prime Minister of Norway Ola Berg, and Premier of Iceland Jon Hallsson met in Tallinn.";
    expect(person(text, "Mari Tamm")?.posts).toEqual([["President of Estonia", "EE"]]);
  });
});

describe("a person's country", () => {
  it("takes it from the side a list of officials is introduced with", () => {
    const text =
      "Participating Estonian Ministers included Ms. Mari Tamm, Minister for Culture, and Mr. Ivo Lind, Minister for Health. Norway sent its Minister for Health, Mr. Ola Berg.";
    expect(person(text, "Mari Tamm")?.posts).toEqual([["Minister for Culture", "EE"]]);
    expect(person(text, "Ivo Lind")?.posts).toEqual([["Minister for Health", "EE"]]);
    expect(person(text, "Ola Berg")?.posts).toEqual([["Minister for Health", null]]);
  });

  it("gives a list of people named by their country alone the post the story named them by as a group", () => {
    const text =
      "The defence ministers of the Nordic states met in Oslo on Monday. The ministers agreed to share radar data. The pact was signed by Norway's Kari Dahl, Sweden's Lars Holm and Finland's Aino Virta. Chile's Ana Rojas said she would sign later.";
    // The bare `ministers` names the group named in full before it.
    for (const [name, country] of [
      ["Kari Dahl", "NO"],
      ["Lars Holm", "SE"],
      ["Aino Virta", "FI"],
    ])
      expect(person(text, name as string)?.posts).toEqual([["defence ministers", country]]);
    // Named alone, not in the list: the group's post is not said to be hers.
    expect(person(text, "Ana Rojas")?.posts).toEqual([]);
    // A clause about one of them set off by commas does not end the list.
    const clause =
      "The presidents of the bloc met on Monday. The communique was signed by Brazil's Ana Rojas, who chaired the talks, Peru's Ivo Lind and Chile's Mari Tamm.";
    expect(person(clause, "Ana Rojas")?.posts).toEqual([["presidents", "BR"]]);
    // A list with its own description, a group's possessive, or former holders: not the group's post.
    for (const other of [
      "The presidents of the bloc met on Monday. Critics, including Brazil's Ana Rojas and Peru's Ivo Lind, both opposition lawmakers, said so.",
      "The presidents' plan lacked detail, said Brazil's Ana Rojas and Peru's Ivo Lind.",
      "Former presidents Brazil's Ana Rojas and Peru's Ivo Lind attended.",
    ])
      expect(person(other, "Ana Rojas")?.posts).toEqual([]);
    // No group named before the list: no post.
    const unnamed = "The pact was signed by Norway's Kari Dahl and Sweden's Lars Holm on Monday.";
    expect(person(unnamed, "Kari Dahl")?.posts).toEqual([]);
  });

  it("takes it from a list of signatories' countries in brackets, with the post they were named by as a group", () => {
    const text = [
      "We, the Ministers of Fisheries of Norway, Sweden and Iceland, meeting in Oslo, declare our aims.",
      "",
      "Signed in Oslo on 3 May 2025 by: Ms Kari Dahl (Norway), Mr Lars Holm",
      "(Sweden), Ms Sara Jonsdottir (Iceland)",
    ].join("\n");
    expect(person(text, "Kari Dahl")?.posts).toEqual([["Ministers of Fisheries", "NO"]]);
    expect(person(text, "Lars Holm")?.posts).toEqual([["Ministers of Fisheries", "SE"]]);
    // A body's post is not the country's; guests in brackets are no signatories.
    const guests =
      "The prime ministers of the region met. UN Secretary-General Ana Ruiz (Portugal) and guests Dr Mari Tamm (Estonia) and Mr Ivo Lind (Latvia) attended.";
    expect(person(guests, "Ana Ruiz")?.posts).toEqual([["Secretary-General", null]]);
    expect(person(guests, "Mari Tamm")?.posts ?? []).toEqual([]);
    // One name with a bracket is no list: the bracket may say anything.
    const one = "Fisheries Minister Kari Dahl (Norway) spoke first.";
    expect(person(one, "Kari Dahl")?.posts).toEqual([["Fisheries Minister", null]]);
  });

  it("takes it from the side a leader is named for, up to the comma after the name", () => {
    const text =
      "The Estonian delegation was led by Culture Minister Mari Tamm, while the Norwegian side was led by Health Minister Ola Berg. Chile's team, headed by Trade Minister Ana Rojas, met Fisheries Minister Ivo Lind.";
    expect(person(text, "Mari Tamm")?.posts).toEqual([["Culture Minister", "EE"]]);
    expect(person(text, "Ola Berg")?.posts).toEqual([["Health Minister", "NO"]]);
    expect(person(text, "Ana Rojas")?.posts).toEqual([["Trade Minister", "CL"]]);
    // Named after the leader's comma: not on that side.
    expect(person(text, "Ivo Lind")?.posts).toEqual([["Fisheries Minister", null]]);
    // Hand-wrapped copy: the leader's name runs over the line break.
    const wrapped =
      "Officials said the Estonian delegation, led by Culture Minister Mari\nTamm, had asked for more time.";
    expect(person(wrapped, "Mari Tamm")?.posts).toEqual([["Culture Minister", "EE"]]);
  });

  it("takes it from a state's body named just before the title, and not from a body of no state", () => {
    const text =
      "Central Bank of Chile Governor Ana Ruiz met Bank of England Governor Ola Berg. The World Bank President, Ivo Lind, joined them, as did Asian Development Bank President Sara Holm.";
    expect(person(text, "Ana Ruiz")?.posts).toEqual([["Governor", "CL"]]);
    expect(person(text, "Ola Berg")?.posts).toEqual([["Governor", "GB"]]);
    expect(person(text, "Ivo Lind")?.posts?.[0]?.[1]).toBeNull();
    expect(person(text, "Sara Holm")?.posts).toEqual([["President", null]]);
    // A company's name may hold a country's: it is no state's body.
    const companies = "Bank of America Chairman Ana Roe met Japan Airlines President Ken Sato.";
    expect(person(companies, "Ana Roe")?.posts).toEqual([["Chairman", null]]);
    expect(person(companies, "Ken Sato")?.posts).toEqual([["President", null]]);
  });

  it("reads military copy's post and service between commas, before a ranked name or after it", () => {
    const text =
      "Chief of Naval Operations Adm. Kari Dahl met with Second Sea Lord, United Kingdom Royal Navy, Vice Adm. Ola Berg, in Oslo. Maj. Gen. Ivo Lind (left), commanding general, Norwegian Army Land Command, greets guests. “We train together,” said Brig. Gen. Sara Holm, deputy commander, U.S. Army Europe.";
    expect(person(text, "Ola Berg")?.posts).toEqual([["Second Sea Lord", "GB"]]);
    expect(person(text, "Ivo Lind")?.posts).toEqual([["commanding general", "NO"]]);
    expect(person(text, "Sara Holm")?.posts).toEqual([["deputy commander", "US"]]);
    // Without a rank before the name it is no military copy: a post and a body are not read so.
    const civil = "“We train together,” said Sara Holm, deputy director, Norwegian Refugee Council.";
    expect(person(civil, "Sara Holm")?.posts).toEqual([["deputy director", null]]);
    // A command of several states is named after where it serves, not whose it is.
    const allied = "Talks\n\nAdm. Kari Dahl met Commander, NATO Mission Iraq, Lt. Gen. Ana Holt, in Oslo.";
    expect(person(allied, "Ana Holt")?.posts).toEqual([]);
  });

  it("does not take it from a side named before a clause that is no list", () => {
    const text =
      "Estonian officials included in the long morning session on fisheries and trade heard Foreign Minister Ola Berg speak.";
    expect(person(text, "Ola Berg")?.posts).toEqual([["Foreign Minister", null]]);
  });

  it("takes it from the side a counterpart is named with", () => {
    const text =
      "Foreign Minister Ola Berg of Norway spoke by phone with his Estonian counterpart, Foreign Minister Mari Tamm, on Monday.";
    expect(person(text, "Mari Tamm")?.posts).toEqual([["Foreign Minister", "EE"]]);
    expect(person(text, "Ola Berg")?.posts).toEqual([["Foreign Minister", "NO"]]);
  });

  it("reads a name set off by commas after a post that names its country", () => {
    const text = "Talks went well, and the Estonian Prime Minister, Mari Tamm, said so on Monday.";
    expect(person(text, "Mari Tamm")?.posts).toEqual([["Prime Minister", "EE"]]);
    expect(people("The Estonian Prime Minister, Foreign Minister and Defence Minister met.")).toEqual([]);
  });

  it("gives the country after two joined names to both", () => {
    const text = "Minister for Culture Mari Tamm and Minister for Health Ivo Lind of Estonia met in Oslo.";
    expect(person(text, "Mari Tamm")?.posts).toEqual([["Minister for Culture", "EE"]]);
  });

  it("reads a demonym of several words", () => {
    const text = "Papua New Guinean Prime Minister Kila Wari met the press in Port Moresby.";
    expect(person(text, "Kila Wari")?.posts).toEqual([["Prime Minister", "PG"]]);
  });

  it("reads the country of a post in a complement of several words", () => {
    const text = "Premier of the State Council of the People’s Republic of China Wu Ling arrived.";
    expect(person(text, "Wu Ling")?.posts).toEqual([
      ["Premier of the State Council of the People’s Republic of China", "CN"],
    ]);
  });
});

describe("posts split or run on", () => {
  it("reads a post across a line break after a joining word in hard-wrapped copy", () => {
    const text =
      "The meeting was held in Oslo. Norwegian Minister of\nFisheries Kari Dahl and her guests attended.";
    expect(person(text, "Kari Dahl")?.posts).toEqual([["Minister of\nFisheries", "NO"]]);
  });

  it("does not read a post across a line break after a content word", () => {
    const text = "Norwegian Minister of Fisheries\nKari Dahl spoke on Monday.";
    expect(person(text, "Kari Dahl")).toBeUndefined();
  });

  it("reads `its` before a post as the country the sentence opens with", () => {
    const text =
      "Talks ended. Chile, which joined last year, was represented by its foreign minister, Ana Rojas. The bloc was represented by its president, Ivo Lind.";
    expect(person(text, "Ana Rojas")?.posts).toEqual([["foreign minister", "CL"]]);
    expect(person(text, "Ivo Lind")?.posts).toEqual([["president", null]]);
  });

  it("reads a lower-case post after a country's possessive, then the name", () => {
    const text = "Talks went well, and Norway's new prime minister, Kari Dahl, said so on Monday.";
    expect(person(text, "Kari Dahl")?.posts).toEqual([["prime minister", "NO"]]);
  });

  it("reads a lower-case post after a ranked name, over a line break of hand-wrapped copy", () => {
    const text =
      "The talks were led by Maj Gen Ola\nBerg, commander of the Northern\nBrigade, and Lt Col Ivo Lind, commander of the garrison.";
    expect(person(text, "Ola Berg")?.posts).toEqual([["commander of the Northern\nBrigade", null]]);
    expect(person(text, "Ivo Lind")?.posts).toEqual([["commander of the garrison", null]]);
    // A line that starts with a whole name is that name's, not the line above's words run into it.
    for (const above of ["Peace Talks Stall Again", "Talks In Geneva Stall", "By Maria Silva"])
      expect(
        people(
          `Talks\n\nOSLO — Ministers met.\n\n${above}\nAna Ruiz, the chief negotiator for Chile, said so.`,
        ),
      ).toContainEqual({ name: "Ana Ruiz", posts: [["chief negotiator for Chile", "CL"]] });
    // Not over a blank line: that is the next paragraph.
    const apart = "The talks were led by Maj Gen Ola Berg, commander\n\nof the brigade, on Monday.";
    expect(person(apart, "Ola Berg")?.posts ?? []).toEqual([]);
  });

  it("runs a post after a name on over the last of a list of portfolios", () => {
    const text =
      "Minister Ola Berg, Secretary of State for Fisheries, Coast and Ocean Affairs of Norway, spoke.";
    expect(person(text, "Ola Berg")?.posts).toContainEqual([
      "Secretary of State for Fisheries, Coast and Ocean Affairs of Norway",
      "NO",
    ]);
  });
});

describe("one person named twice", () => {
  it("takes a name that starts a fuller name as that person", () => {
    const text = "Chairperson Ana Ruiz Vidal opened the talks. Later, Chairperson Ana Ruiz closed them.";
    expect(people(text).map((found) => found.name)).toEqual(["Ana Ruiz Vidal"]);
  });

  it("does not give a post the country of an event named in a compound", () => {
    const text =
      "Reporters heard from H.E. Dr. Ana Ruiz, President of the Commission for the Norway-EU Summit, on Monday.";
    expect(person(text, "Ana Ruiz")?.posts).toEqual([["President of the Commission", null]]);
  });
});

describe("credit lines", () => {
  it("names the photographer, with the service and rank before the name as the post", () => {
    const text =
      "The leaders met in Oslo on Monday.\nPhoto By: Navy Petty Officer 1st Class Ana Ruiz\nMore text here.";
    expect(people(text)).toEqual([{ name: "Ana Ruiz", posts: [["Navy Petty Officer 1st Class", null]] }]);
  });

  it("names a photographer whose name holds a country's name", () => {
    const text = "The ministers met in Oslo.\nPhoto By: Chad Lind, Ministry of Defence\n";
    expect(people(text).map((found) => found.name)).toEqual(["Chad Lind"]);
  });

  it("does not take words other than rank before the name", () => {
    const text = "Photo by the author of the report Ana Ruiz, 2024\n";
    expect(people(text)).toEqual([]);
  });

  it("names the staff a wire story credits besides its reporters, and an editor's label as the post", () => {
    const text = [
      "Norway and Chile share fisheries data",
      "",
      "OSLO (Reuters) - Norway and Chile agreed on Monday to share fisheries data, officials said.",
      "",
      "(Reporting by Jan Berg in Oslo and Ana Ruiz; Editing by Toby Holm and Mark de Vries)",
      "",
      "--With assistance from Yuki Sato.",
      "",
      "Editor: Bambang Sulistyo",
    ].join("\n");
    expect(people(text)).toEqual([
      { name: "Toby Holm", posts: [] },
      { name: "Mark de Vries", posts: [] },
      { name: "Yuki Sato", posts: [] },
      { name: "Bambang Sulistyo", posts: [["Editor", null]] },
    ]);
    // Words after `Editing by` that are no one's name are not taken.
    expect(people("Talks\n\n(Editing by Reuters Staff; Editing by The Desk)")).toEqual([]);
    // A sentence that opens with the words is no credit; a name ends at its sentence's stop.
    expect(
      people("Talks\n\nThe port was shut. With assistance from Norwegian Red Cross teams, it reopened."),
    ).toEqual([]);
    expect(people("Talks\n\nThe port reopened.\n\nEdited by Ana Ruiz. Reporting by Ola Berg.")).toEqual([
      { name: "Ana Ruiz", posts: [] },
    ]);
  });

  it("names the author of an opinion piece from the line about them at its end, with what they are", () => {
    const body = "Ports matter. ".repeat(20);
    const text = `Why ports matter\n\nBy Ana Ruiz\n\n${body}\n\nAna Ruiz is a former Chilean diplomat and a senior fellow at a think tank. Ola Berg is the Ambassador of Norway\nto Chile.`;
    expect(person(text, "Ana Ruiz")?.posts).toEqual([["former Chilean diplomat", "CL"]]);
    // Only a line that opens a paragraph is about the author.
    expect(person(text, "Ola Berg")).toBeUndefined();
    // A line about someone that says no work of theirs gives no post; a description's clause is cut.
    const about = (line: string, name: string) =>
      person(`Why ports matter\n\n${body}\n\n${body}\n\n${line}`, name)?.posts;
    expect(about("Mari Tamm is the mother of two fishermen who died at sea.", "Mari Tamm")).toBeUndefined();
    expect(
      about("Ivo Lind is a member of the Senate and voted against the deal.", "Ivo Lind"),
    ).toBeUndefined();
    expect(about("Ola Berg is the Ambassador of Norway to Chile.", "Ola Berg")).toEqual([
      ["Ambassador of Norway", "NO"],
    ]);
    // Early in a text, the same words are the story's, not a line about its author.
    expect(person(`Ports\n\nAna Ruiz is a former Chilean diplomat.\n\n${body}`, "Ana Ruiz")).toBeUndefined();
  });

  it("names the photographer a picture's credit joins to an agency by a slash, either way round", () => {
    const text =
      "Talks\n\nThe port reopened. [Photo: The port © Ana Ruiz / AFP]\n\nShips sailed. REUTERS/Ola Berg\n\n(Photo: Kari Dahl/Getty Images) The US/China talks went on, as did the Chile/Peru Ivo Lind/Mark Holm ones.";
    expect(people(text).map((found) => found.name)).toEqual(["Ana Ruiz", "Ola Berg", "Kari Dahl"]);
    // Two agencies credited together: no photographer.
    expect(
      people("Talks\n\nThe port reopened. (Photo: AFP/Getty Images) Ships sailed. Kyodo News/AP"),
    ).toEqual([]);
  });

  it("names the writers a line says contributed to the story, with their credit as the post", () => {
    const text =
      "Talks\n\nThe port reopened.\n\nAssociated Press writers Ana Ruiz in Lima and Ola Berg contributed to this report.";
    expect(people(text)).toEqual([
      { name: "Ana Ruiz", posts: [["writers", null]] },
      { name: "Ola Berg", posts: [["writers", null]] },
    ]);
    // Writers who did not contribute to the story are not credited by it.
    expect(people("Talks\n\nThe port reopened.\n\nPress writers Ana Ruiz and Ola Berg attended.")).toEqual(
      [],
    );
  });
});

describe("names written otherwise", () => {
  it("reads no name after `and` that is a place's before a post, and gives no one a country that owns a body", () => {
    const posts = people(
      "Ferry pact\n\nForeign Minister Kari Dahl of Norway and Upper Nordland governor Ola Berg met on Monday.",
    ).map((found) => found.name);
    expect(posts).not.toContain("Upper Nordland");
    const owned = extract(
      "Ferry pact\n\nForeign Minister Kari Dahl of Norway and Ivo Lind of Chile's Andes Mining met on Monday.",
    ).article.people;
    expect(owned?.find((found) => found.name === "Ivo Lind")?.posts).toBeUndefined();
  });

  it("reads no `He` in a title-case line as a name", () => {
    expect(people("Oslo Picks the Minister He Trusts, Says Paper\n\nThe talks went well.")).toEqual([]);
  });

  it("reads the name joined after a country told with `of`, with that country", () => {
    const text =
      "Norway, Iceland issue ferry statement\n\nOSLO (NTB) - Foreign Minister Kari Dahl of Norway and Sara Jonsdottir of Iceland issued a joint statement on Monday.";
    const result = extract(text, { published: "2024-05-14" });
    expect(result.statements[0]?.participants?.map((p) => [p.person.name, p.onBehalfOf])).toEqual([
      ["Kari Dahl", "no"],
      ["Sara Jonsdottir", "is"],
    ]);
  });

  it("reads a family name that is also a pronoun right after a post, and not in a title-case headline", () => {
    expect(people("Officials meet\n\nChinese Vice Premier He Lifeng met the delegation on Monday.")).toEqual([
      { name: "He Lifeng", posts: [["Vice Premier", "CN"]] },
    ]);
    expect(people("Officials meet\n\nThe Prime Minister He Will Visit Oslo")).toEqual([]);
    expect(people("Officials meet\n\nVice Premier He said the talks went well.")).toEqual([]);
  });

  it.each([
    ["The foreign minister, Badr al-Sayed, said the talks went well.", "Badr al-Sayed", "foreign minister"],
    ["The ambassador, Jan van der Meer, presented his credentials.", "Jan van der Meer", "ambassador"],
    ["Lisa de Smet, the trade minister, met him.", "Lisa de Smet", "trade minister"],
    ["The minister, Ana da Costa, said so on Monday.", "Ana da Costa", "minister"],
  ])("reads a name with a lower-case particle set off beside its post: %s", (text, name, post) => {
    expect(people(`Officials meet\n\n${text}`)).toEqual([{ name, posts: [[post, null]] }]);
  });

  it("reads a family name, a comma and a hyphenated given name", () => {
    const text = "Minister of Foreign Affairs Park, Mi-rae and Minister of Defense Ahn Do-hyun met in Seoul.";
    expect(people(text).map((found) => found.name)).toEqual(["Park, Mi-rae", "Ahn Do-hyun"]);
  });

  it("takes a one-word family name in other letter case as the fuller name", () => {
    const text = "Prime Minister HALVORSEN Kari met reporters. Later, Prime Minister Halvorsen left.";
    expect(people(text).map((found) => found.name)).toEqual(["HALVORSEN Kari"]);
  });

  it("reads a name set off as the speaker's predecessor", () => {
    const text = "The group was founded under my predecessor, Ola K. Berg, after the storm.";
    expect(people(text).map((found) => found.name)).toEqual(["Ola K. Berg"]);
    expect(people("It was founded under my predecessor, the late minister, in 2004.")).toEqual([]);
  });

  it("reads transcript speaker labels in capitals", () => {
    const text =
      "Transcript\n\nKARI DAHL, PRIME MINISTER OF NORWAY: Thank you all for coming.\n\nMINISTER BERG: Thank you, Prime Minister.\n\nQUESTION: Will you sign?";
    expect(people(text)).toEqual([
      { name: "KARI DAHL", posts: [["PRIME MINISTER OF NORWAY", "NO"]] },
      { name: "BERG", posts: [["MINISTER", null]] },
    ]);
  });

  it("reads a hyphenated post in a speaker label", () => {
    const text =
      "Transcript\n\nSECRETARY-GENERAL LIND: Thank you all for coming.\n\nMINISTER BERG: Thank you.\n\nQUESTION: Will you sign?";
    expect(people(text)).toEqual([
      { name: "LIND", posts: [["SECRETARY-GENERAL", null]] },
      { name: "BERG", posts: [["MINISTER", null]] },
    ]);
  });
});

describe("portfolios listed before one head", () => {
  it("reads the whole list as the post, and the country before the first post as the second's too", () => {
    const text =
      "Chilean Foreign Minister Ana Rojas and Trade, Energy and Environment Minister Ivo Lind met Business and Trade Secretary Kari Dahl in Santiago.";
    expect(person(text, "Ivo Lind")?.posts).toEqual([["Trade, Energy and Environment Minister", "CL"]]);
    expect(person(text, "Kari Dahl")?.posts).toEqual([["Business and Trade Secretary", null]]);
  });

  it("does not join words that are not portfolios", () => {
    const text = "Talks on Security and Foreign Minister Ana Rojas ended.";
    expect(person(text, "Ana Rojas")?.posts).toEqual([["Foreign Minister", null]]);
  });
});

describe("whose post it is, when no country is written beside it", () => {
  // Each person's posts' countries (null where none), in a story published on a given day.
  const countriesIn = (lines: string[]) => {
    const people = extract(lines.join("\n"), { published: "2024-05-14" }).article.people ?? [];
    return (name: string) =>
      people.find((found) => found.name === name)?.posts?.map((post) => post.country ?? null);
  };

  it("reads a post of the European Union's institutions as the Union's", () => {
    const text = [
      "Brussels and Oslo agree on fisheries",
      "",
      "BRUSSELS — European Commission President Lea Marchetti and the President of the European Council, Tomas Varga, met Norwegian Prime Minister Kari Dahl on Friday.",
      "",
      "Mrs. Anneli Koskinen, European Commissioner for Fisheries, said the two sides would meet again in June. The EU's High Representative Piet de Graaf joined them.",
      "",
      "The Ambassador to the European Union, Mr. Ivo Lind, said talks would go on.",
    ].join("\n");
    expect(person(text, "Lea Marchetti")?.posts).toEqual([["President", "EU"]]);
    expect(person(text, "Tomas Varga")?.posts).toEqual([["President of the European Council", "EU"]]);
    expect(person(text, "Anneli Koskinen")?.posts).toEqual([["European Commissioner for Fisheries", "EU"]]);
    expect(person(text, "Piet de Graaf")?.posts).toEqual([["High Representative", "EU"]]);
    // Sent to the Union is not the Union's.
    expect(person(text, "Ivo Lind")?.posts).toEqual([["Ambassador to the European Union", null]]);
  });

  it("reads the Union's own titles written bare as the Union's once the story names the Union, and not another body's", () => {
    const text = [
      "Brussels and Nairobi talk trade",
      "",
      "The European Union and Kenya held talks on Tuesday. Commission President Lea Marchetti greeted the delegation, and HRVP Piet de Graaf and Energy Commissioner Anneli Koskinen joined them.",
      "",
      "AU Commissioner for Trade Amani Otieno and UN High Commissioner Sara Berg also spoke, as did Human Rights Commissioner Ivo Lind and the AU’s Commissioner for Energy Ola Dahl.",
    ].join("\n");
    expect(person(text, "Lea Marchetti")?.posts).toEqual([["President", "EU"]]);
    expect(person(text, "Piet de Graaf")?.posts).toEqual([["HRVP", "EU"]]);
    expect(person(text, "Anneli Koskinen")?.posts).toEqual([["Energy Commissioner", "EU"]]);
    // Another body's commissioner, and another office that ends the same way.
    expect(person(text, "Amani Otieno")?.posts).toEqual([["Commissioner for Trade", null]]);
    expect(person(text, "Sara Berg")?.posts?.[0]?.[1]).toBeNull();
    // A commissioner of a portfolio the Union's commissioners have not, and another body's by its possessive.
    expect(person(text, "Ivo Lind")?.posts?.[0]?.[1]).toBeNull();
    expect(person(text, "Ola Dahl")?.posts).toEqual([["Commissioner for Energy", null]]);
    // A story that never names the Union leaves the same titles without a country.
    const elsewhere = text.replace("The European Union and Kenya", "Norway and Kenya");
    expect(person(elsewhere, "Piet de Graaf")?.posts).toEqual([["HRVP", null]]);
    expect(person(elsewhere, "Anneli Koskinen")?.posts).toEqual([["Energy Commissioner", null]]);
  });

  it("gives a president or prime minister the one party that has such an office", () => {
    const lines = [
      "Norway and Chile sign ocean pact",
      "",
      "OSLO — Prime Minister Kari Dahl and President Ana Rojas signed a joint declaration on ocean protection in Oslo on Tuesday, Norway and Chile said.",
    ];
    const parties = extract(lines.join("\n"), { published: "2024-05-14" }).statements[0]?.parties;
    expect(parties?.map((party) => party.country)).toEqual(["NO", "CL"]);
    const countryOf = countriesIn(lines);
    expect(countryOf("Kari Dahl")).toEqual(["NO"]);
    expect(countryOf("Ana Rojas")).toEqual(["CL"]);
  });

  it("does not give a side's own colleague, named beside its official, to the other side", () => {
    const countryOf = countriesIn([
      "Norway and Denmark agree on a cable",
      "",
      "OSLO — Norway and Denmark issued a joint statement on Friday after Danish Foreign Minister Lars Holm held talks in Oslo.",
      "",
      "Norwegian Foreign Minister Ola Berg, who hosted the talks, was joined by Prime Minister Kari Dahl.",
    ]);
    expect(countryOf("Kari Dahl")).toEqual([null]);
  });

  it("with no statement, gives a premier no country from the countries a story names", () => {
    // Provinces and states have premiers too.
    const countryOf = countriesIn([
      "Province courts investors",
      "",
      "TORONTO — Premier Doug Reid met Chinese investors in Toronto on Tuesday to discuss a battery plant.",
    ]);
    expect(countryOf("Doug Reid")).toEqual([null]);
  });

  it("gives an official who visits one side of a statement the other side", () => {
    const lines = [
      "Norway and Denmark sign a fisheries pact",
      "",
      "COPENHAGEN — Norway and Denmark signed a joint declaration on fisheries in Copenhagen on Tuesday.",
      "",
      "The ministers recalled Prime Minister Kari Dahl's state visit to Denmark in May, and Prime Minister Ola Berg's trip to Iceland.",
    ];
    const countryOf = countriesIn(lines);
    expect(countryOf("Kari Dahl")).toEqual(["NO"]);
    // A visit to a country that is neither side tells nothing.
    expect(countryOf("Ola Berg")).toEqual([null]);
    // Flying to a capital may be going home.
    const home = countriesIn([
      ...lines.slice(0, 3),
      "Prime Minister Kari Dahl flew to Oslo after the signing.",
    ]);
    expect(home("Kari Dahl")).toEqual([null]);
  });

  it("gives the office to the first holder the text names, not to a later one of another country", () => {
    const countryOf = countriesIn([
      "Norway and Chile sign ocean pact",
      "",
      "OSLO — President Ana Rojas and Prime Minister Kari Dahl signed a joint declaration on ocean protection in Oslo on Tuesday, Norway and Chile said. Both criticized President Boris Kell over his fishing fleet.",
    ]);
    expect(countryOf("Ana Rojas")).toEqual(["CL"]);
    expect(countryOf("Boris Kell")).toEqual([null]);
  });

  it("gives a national agency's country to the officials its story leaves bare, one of each post", () => {
    const countryOf = countriesIn([
      "Norway, Iceland agree on fisheries data",
      "",
      "OSLO, May 14 (NTB) - Foreign Minister Kari Dahl and Icelandic Foreign Minister Sara Jonsdottir issued a joint statement in Oslo on Tuesday. Fisheries Minister Ola Berg joined the talks, and Foreign Minister Nils Aas of the previous government was also present.",
    ]);
    expect(countryOf("Kari Dahl")).toEqual(["NO"]);
    expect(countryOf("Sara Jonsdottir")).toEqual(["IS"]);
    expect(countryOf("Ola Berg")).toEqual(["NO"]);
    // Norway's foreign minister is already named: a second one is not taken for Norway's.
    expect(countryOf("Nils Aas")).toEqual([null]);
  });

  it("gives no seat's government to a post after the seat as a place", () => {
    const countryOf = countriesIn([
      "Officials react",
      "",
      "During her visit to the Kremlin Prime Minister Kari Dahl praised the ties.",
    ]);
    expect(countryOf("Kari Dahl")).toEqual([null]);
  });

  it("gives the government a seat or ministry is to the post it names", () => {
    const countryOf = countriesIn([
      "Officials react",
      "",
      "Kremlin spokesman Ivan Orlov and State Department spokesperson Ana Ruiz spoke on Tuesday, as did Foreign Ministry spokesperson Ola Berg.",
    ]);
    expect(countryOf("Ivan Orlov")).toEqual(["RU"]);
    expect(countryOf("Ana Ruiz")).toEqual(["US"]);
    // A ministry any government has says not whose.
    expect(countryOf("Ola Berg")).toEqual([null]);
  });

  it("gives a national agency's country to the officials of a story that reports no statement", () => {
    const countryOf = countriesIn([
      "Minister visits fishing ports",
      "",
      "OSLO, May 14 (NTB) - Fisheries Minister Ola Berg visited the northern ports on Tuesday and met Icelandic Fisheries Minister Sara Jonsdottir, the ministry said. Foreign Minister Kari Dahl spoke later.",
    ]);
    expect(countryOf("Ola Berg")).toEqual(["NO"]);
    expect(countryOf("Sara Jonsdottir")).toEqual(["IS"]);
    expect(countryOf("Kari Dahl")).toEqual(["NO"]);
    // An agency that files from everywhere, at home: its story's bare posts stay unsaid without a statement.
    const wire = countriesIn([
      "Minister visits fishing ports",
      "",
      "PARIS, May 14 (AFP) - Fisheries Minister Claire Dumas visited the northern ports on Tuesday, the ministry said.",
    ]);
    expect(wire("Claire Dumas")).toEqual([null]);
    // The national agency filing from abroad: the bare officials are more likely the host's.
    const abroad = countriesIn([
      "Minister visits fishing ports",
      "",
      "REYKJAVIK, May 14 (NTB) - Fisheries Minister Sara Jonsdottir showed the northern ports to visitors on Tuesday.",
    ]);
    expect(abroad("Sara Jonsdottir")).toEqual([null]);
  });

  it("gives an agency that files from everywhere its country only when it files from home", () => {
    const story = (dateline: string) =>
      countriesIn([
        "France, Chile agree on ocean data",
        "",
        `${dateline} (AFP) - Foreign Minister Claire Dumas and Foreign Minister Ana Rojas met on Tuesday, and France and Chile issued a joint statement.`,
      ]);
    // At home the bare minister is France's, and then the other one Chile's.
    const home = story("PARIS, May 14");
    expect([home("Claire Dumas"), home("Ana Rojas")]).toEqual([["FR"], ["CL"]]);
    // At home, a bare minister the story places in another country may be that country's.
    const placed = countriesIn([
      "France, Chile agree on ocean data",
      "",
      "PARIS, May 14 (AFP) - France and Chile issued a joint statement on Tuesday. Interior Minister Ana Ruiz, speaking in Santiago, welcomed it.",
    ]);
    expect(placed("Ana Ruiz")).toEqual([null]);
    // From abroad, the bare minister may be the host's.
    const abroad = story("SANTIAGO, May 14");
    expect([abroad("Claire Dumas"), abroad("Ana Rojas")]).toEqual([[null], [null]]);
  });

  it("gives a premier the one party whose government has one", () => {
    const countryOf = countriesIn([
      "EU and China hold talks",
      "",
      "BRUSSELS — President Lea Marchetti met Vice-Premier Wang Lin in Brussels on Tuesday, and the European Union and China issued a joint statement.",
    ]);
    expect(countryOf("Wang Lin")).toEqual(["CN"]);
    // A president: the Union has presidents of its own, so it is left unsaid.
    expect(countryOf("Lea Marchetti")).toEqual([null]);
  });

  it("leaves it unsaid when both parties have the office", () => {
    const countryOf = countriesIn([
      "Norway and Sweden sign ocean pact",
      "",
      "OSLO — Prime Minister Kari Dahl and Prime Minister Lars Holm signed a joint declaration on ocean protection in Oslo on Tuesday, Norway and Sweden said.",
    ]);
    expect(countryOf("Kari Dahl")).toEqual([null]);
    expect(countryOf("Lars Holm")).toEqual([null]);
  });
});

describe("posts in lower case before a name, as newspapers write them", () => {
  it("reads a post with no comma before the name, with the country's word before it", () => {
    const text =
      "Talks went well on Monday, Chilean presidential spokesman Ana Rojas said. The talks were led by former fisheries minister Ola Berg and attended by spokeswoman Kari Dahl.";
    expect(person(text, "Ana Rojas")?.posts).toEqual([["presidential spokesman", "CL"]]);
    expect(person(text, "Ola Berg")?.posts).toEqual([["former fisheries minister", null]]);
    expect(person(text, "Kari Dahl")?.posts).toEqual([["spokeswoman", null]]);
    // Not a name after the head: nobody.
    expect(people("The minister Monday said the talks went well, and the secretary Lima agreed.")).toEqual(
      [],
    );
    // Only a post's own words before its head are the post's.
    expect(
      person("Crowds rallied against president Carlos Mendes, who resigned.", "Carlos Mendes")?.posts,
    ).toEqual([["president", null]]);
  });

  it("reads a post set off by commas after `the`, and a post only one country has", () => {
    const text =
      "In a statement on Friday, the prime minister, Oskar Vale, and the taoiseach, Niamh Corr, said the talks had gone well.";
    expect(person(text, "Oskar Vale")?.posts).toEqual([["prime minister", null]]);
    expect(person(text, "Niamh Corr")?.posts).toEqual([["taoiseach", "IE"]]);
  });

  it("reads a country's lower-case post with or without a comma, and its complement", () => {
    const text =
      "The talks were led by Norway's foreign minister Kari Dahl and Chile's cabinet secretary for trade and fisheries, Ana Ruiz Vidal, who spoke first.";
    expect(person(text, "Kari Dahl")?.posts).toEqual([["foreign minister", "NO"]]);
    expect(person(text, "Ana Ruiz Vidal")?.posts).toEqual([
      ["cabinet secretary for trade and fisheries", "CL"],
    ]);
  });

  it("reads the place or body a country's lower-case post is for, before a name set off by commas", () => {
    const text =
      "Envoys speak\n\nKenya's ambassador to Japan, Grace Wanjiru, spoke first, and Chile's special envoy for the Andes, Ana Ruiz Vidal, spoke next.";
    expect(person(text, "Grace Wanjiru")?.posts).toEqual([["ambassador to Japan", "KE"]]);
    expect(person(text, "Ana Ruiz Vidal")?.posts).toEqual([["special envoy for the Andes", "CL"]]);
  });

  it("reads a country's lower-case post before a name with no comma, whatever verb follows", () => {
    const text =
      "Talks stalled\n\nChile's foreign minister Ana Ruiz Vidal rejected the plan on Monday, and Norway's fisheries minister Ola Berg left early.";
    expect(person(text, "Ana Ruiz Vidal")?.posts).toEqual([["foreign minister", "CL"]]);
    expect(person(text, "Ola Berg")?.posts).toEqual([["fisheries minister", "NO"]]);
  });

  it("reads wire copy's short titles before a name, whatever verb follows it", () => {
    const text =
      "Talks stalled\n\nAgency chief Lena Brandt warned of delays, Chilean leader Ivo Lind Mora rejected the plan and ministry official Ana Ruiz declined to comment.";
    expect(person(text, "Lena Brandt")?.posts).toEqual([["chief", null]]);
    expect(person(text, "Ivo Lind Mora")?.posts).toEqual([["leader", "CL"]]);
    expect(person(text, "Ana Ruiz")?.posts).toEqual([["ministry official", null]]);
  });

  it("reads the name of a lower-case post whose name has a possessive", () => {
    const text = "Talks stalled\n\nChilean prime minister Ana Ruiz's office said the plan was dead.";
    expect(person(text, "Ana Ruiz")?.posts).toEqual([["prime minister", "CL"]]);
  });

  it("gives a plural post to both names after it", () => {
    const text = "Separately, the two defence ministers, Lars Holm and Aino Virta, agreed on a depot.";
    expect(person(text, "Lars Holm")?.posts).toEqual([["defence ministers", null]]);
    expect(person(text, "Aino Virta")?.posts).toEqual([["defence ministers", null]]);
  });
});

describe("people named by their country's possessive alone", () => {
  it("reads a list of them, hard-wrapped, and each acts for the country named", () => {
    const text = [
      "Chile, Peru and Bolivia sign Andes water accord",
      "",
      "LIMA — The joint declaration on water was signed by Chile's Ana Ruiz Vidal, Peru's Ivo Lind",
      "Mora and Bolivia's Tomas Quiroga in Lima on Tuesday, the three governments said.",
    ].join("\n");
    const result = extract(text, { published: "2024-05-14" });
    expect((result.article.people ?? []).map((found) => found.name)).toEqual([
      "Ana Ruiz Vidal",
      "Ivo Lind Mora",
      "Tomas Quiroga",
    ]);
    expect(result.statements[0]?.participants?.map((p) => [p.person.name, p.onBehalfOf])).toEqual([
      ["Ana Ruiz Vidal", "cl"],
      ["Ivo Lind Mora", "pe"],
      ["Tomas Quiroga", "bo"],
    ]);
  });

  it("does not read an institution after a possessive as a person", () => {
    const text = "Norway's Foreign Ministry said the talks would resume, and Chile's Central Bank agreed.";
    expect(people(text)).toEqual([]);
  });
});

describe("a counterpart holds the post of the official before them", () => {
  it("for the country the demonym names, one or two counterparts", () => {
    const one = "Prime Minister Kari Dahl and her Icelandic counterpart, Sara Jonsdottir, both attended.";
    expect(person(one, "Sara Jonsdottir")?.posts).toEqual([["Prime Minister", "IS"]]);
    const two =
      "Foreign Minister Ivo Lind met his Danish and Finnish counterparts, Lars Holm and Aino Virta, in Oslo.";
    expect(person(two, "Lars Holm")?.posts).toEqual([["Foreign Minister", "DK"]]);
    expect(person(two, "Aino Virta")?.posts).toEqual([["Foreign Minister", "FI"]]);
  });

  it("for a counterpart described as visiting or new", () => {
    const text =
      "Foreign Minister Ivo Lind held talks with his visiting Icelandic counterpart Sara Jonsdottir on Monday.";
    expect(person(text, "Sara Jonsdottir")?.posts).toEqual([["Foreign Minister", "IS"]]);
  });
});

describe("courtesy that is not part of a name", () => {
  it("leaves Malaysian and Nigerian titles of honour off, and a courtesy and family name is no one new", () => {
    const text =
      "The retreat was co-chaired by Prime Minister Ivo Lind and his Malaysian counterpart, Datuk Seri Azlan Harun. Mr Lind said it went well. The Minister of State, Hajiya Amina Bala, also attended.";
    expect(people(text).map((found) => found.name)).toEqual(["Ivo Lind", "Azlan Harun", "Amina Bala"]);
  });

  it("reads a given name that is also a capital's after courtesy, and a name wrapped over two lines", () => {
    const text =
      "It was attended by the Minister of Economy, Ms. Sofia Lind Mora, and by Mr Antti\nVirta (Finland).";
    expect(people(text).map((found) => found.name)).toEqual(["Sofia Lind Mora", "Antti Virta"]);
  });

  it("reads a post's list of portfolios up to the courtesy before the name", () => {
    const text =
      "It was signed by Norway's Minister of Development, Industry, Trade and Services, Mr. Ivo Lind, on Monday.";
    expect(person(text, "Ivo Lind")?.posts).toEqual([
      ["Minister of Development, Industry, Trade and Services", "NO"],
    ]);
  });
});

describe("posts of agencies, companies and courts, and bodies that are no one", () => {
  it.each([
    ["CEO Marta Vidal said the plant would open in May.", "Marta Vidal", "CEO"],
    ["Lisbon Space Agency Administrator Rui Costa said the launch slipped.", "Rui Costa", "Administrator"],
    ["Attorney General Ana Ruiz said the inquiry was over.", "Ana Ruiz", "Attorney General"],
    ["General Manager Ivo Lind said the plant would close.", "Ivo Lind", "General Manager"],
    ["State Attorney Damian Ruiz said charges followed.", "Damian Ruiz", "State Attorney"],
    ["Foreign Minister Prince Faisal Haddad said the talks went well.", "Faisal Haddad", "Foreign Minister"],
    ["Detective Chief Inspector Mark Jones said the case was open.", "Mark Jones", "Chief Inspector"],
    ["Parliament Speaker Ana Ruiz said the vote would go ahead.", "Ana Ruiz", "Speaker"],
    ["Senate Majority Leader Ivo Lind said the bill would pass.", "Ivo Lind", "Majority Leader"],
    ["Opposition Leader Kari Dahl said the plan would fail.", "Kari Dahl", "Opposition Leader"],
    [
      "Deputy Director of Public Prosecution Eva Lind said charges would follow.",
      "Eva Lind",
      "Deputy Director of Public Prosecution",
    ],
  ])("%s → %s, %s", (text, name, post) => {
    expect(people(text)).toEqual([{ name, posts: [[post, null]] }]);
  });

  it.each([
    ["The Supreme Court ruled on Monday that the law stands.", "Supreme Court"],
    ["Asked about the Premier League, he said nothing.", "Premier League"],
    ["She told CBS News the talks were over.", "CBS News"],
    ["She told CBS News’ reporter the talks were over.", "CBS News"],
    ["He told the Lisbon Chronicle the deal was close.", "Lisbon Chronicle"],
    ['"I think, Mr. Ranking Member, we can land," she told the Lisbon Chronicle.', "Lisbon Chronicle"],
    ["She will address the Lisbon Chronicle CEO Summit in May.", "Lisbon Chronicle"],
    ["The State Attorney General’s office told the Lisbon Chronicle nothing.", "Lisbon Chronicle"],
    ["The Office of the Inspector General said so.", "Office of the Inspector General"],
  ])("%s: %s is a body, not a person", (text, body) => {
    const found = extract(`Officials meet\n\n${text}`).article;
    expect(found.people ?? []).toEqual([]);
    expect(found.organizations?.map((org) => org.name)).toEqual([body]);
  });
});

describe("a country's name that is a person's given name", () => {
  it.each([
    ["Interior Minister Jordan Vale said the border would stay open.", "Jordan Vale", "Interior Minister"],
    ["Defence Minister Israel Katzman met the envoys on Monday.", "Israel Katzman", "Defence Minister"],
    ["Ms. Sofia Reis said the talks went well.", "Sofia Reis", undefined],
  ])("after a post or courtesy: %s", (text, name, post) => {
    const found = extract(`Officials meet\n\n${text}`).article;
    expect(found.people?.map((one) => [one.name, one.posts?.[0]?.title])).toEqual([[name, post]]);
  });

  it("a country after a post that takes one, before a name that goes on, is the post's", () => {
    const found = extract(
      "Officials meet\n\nUNHCR Representative Chad Laura Lo Castro said camps were full.",
    ).article;
    expect(found.countries?.map((country) => country.code)).toEqual(["TD"]);
    expect(found.people?.map((one) => one.name) ?? []).not.toContain("Chad Laura Lo Castro");
  });

  it("names no country inside the name, and the country named elsewhere still counts", () => {
    const found = extract(
      "Talks in Lisbon\n\nSports Minister Chad Moreno met the Portuguese delegation. Ms. Sofia Reis, his adviser, took notes. Officials from Chad attended.",
    ).article;
    const countries = found.countries?.map((country) => [country.code, country.mentions?.map((m) => m.text)]);
    expect(countries).toEqual([
      ["PT", ["Portuguese"]],
      ["TD", ["Chad"]],
    ]);
    expect(found.countries?.[1]?.mentions?.[0]?.span.start).toBeGreaterThan(100);
  });
});

describe("a headline in title case", () => {
  it("a family name that is also a headline's verb elsewhere stays a name", () => {
    expect(
      people('Officials meet\n\n"The budget is balanced," Jennifer Hails said.').map((one) => one.name),
    ).toEqual(["Jennifer Hails"]);
  });

  it("ends a name at the headline's verb", () => {
    const text =
      "Foreign Minister Ola Berg Says Norway Will Work With Iceland\n\nOSLO (Reuters) - Norwegian Foreign Minister Ola Berg said on Monday that Norway would work with Iceland. President Ivo Lind Meets Envoys was the next item.";
    expect(people(text).map((one) => one.name)).toEqual(["Ola Berg", "Ivo Lind"]);
  });
});

describe("leaders named bare by a full name the table knows", () => {
  it("are people, and take part for the side the table knows them by", () => {
    const text =
      "China, Russia vow deeper ties\n\nMOSCOW (AFP) – China and Russia vowed on Tuesday to deepen their partnership, in a joint statement issued after talks between Xi Jinping and Vladimir Putin at the Kremlin.";
    const result = extract(text, { published: "2024-05-16" });
    expect(result.article.people?.map((one) => [one.name, one.posts ?? []])).toEqual([
      ["Xi Jinping", []],
      ["Vladimir Putin", []],
    ]);
    expect(result.statements[0]?.participants?.map((one) => [one.person.name, one.onBehalfOf])).toEqual([
      ["Xi Jinping", "cn"],
      ["Vladimir Putin", "ru"],
    ]);
  });

  it.each([
    ["The pact was signed at the Narendra Modi Stadium on Monday.", []],
    ["Wreaths were laid at the Shinzo Abe memorial on Monday.", []],
    ["Donald Trump Jr. told supporters on Saturday that the vote was close.", []],
    ["XI JINPING ARRIVES IN MOSCOW was the banner on Monday.", []],
    ["Russia's Vladimir Putin and China's Xi Jinping met on Monday.", ["Vladimir Putin", "Xi Jinping"]],
    ["When Xi Jinping spoke, Mohammed bin Salman listened.", ["Xi Jinping", "Mohammed bin Salman"]],
  ])("where the name stands: %s", (text, names) => {
    expect(people(`Officials meet\n\n${text}`).map((one) => one.name)).toEqual(names);
  });

  it("a leader takes part only for the office held in the article's year", () => {
    const text =
      "Norway, Netherlands sign pact\n\nNorway and the Netherlands issued a joint statement on Monday after talks in Oslo between Jonas Gahr Store and Dick Schoof, and welcomed the support of Mark Rutte. It leads NATO. Talks went on.";
    const statement = extract(text, { published: "2025-05-16" }).statements[0];
    expect(statement?.participants?.map((one) => [one.person.name, one.onBehalfOf])).toEqual([
      ["Jonas Gahr Store", "no"],
      ["Dick Schoof", "nl"],
    ]);
    expect(statement?.meeting?.name).toBeUndefined();
  });

  it("a possessive after the name is not part of it, and a longer name is not the table's", () => {
    const text = "Officials meet\n\nVladimir Putin’s aide spoke. Anna Xi Jinping, a singer, did not.";
    expect(people(text).map((one) => one.name)).toEqual(["Vladimir Putin"]);
  });
});

describe("a seat that speaks for those in it", () => {
  it.each([
    ["The talks went well, Downing Street said."],
    ["Lisbon Palace said the king was pleased."],
    ["The Harbour Square said nothing more."],
  ])("is no person: %s", (text) => {
    expect(people(`Officials meet\n\n${text}`)).toEqual([]);
  });
});

describe("a list of posts and names, one name opening with an initial", () => {
  it("gives the next person's post to no one before them", () => {
    const text =
      "Ministers meet\n\nJapanese Foreign Minister Kenta Mori, Indian External Affairs Minister S. Raman and Australian Foreign Minister Ann Bell attended.";
    expect(people(text)).toEqual([
      { name: "Kenta Mori", posts: [["Foreign Minister", "JP"]] },
      { name: "S. Raman", posts: [["External Affairs Minister", "IN"]] },
      { name: "Ann Bell", posts: [["Foreign Minister", "AU"]] },
    ]);
  });
});

describe("a lower-case post after a name, with capitalized names in it", () => {
  it.each([
    [
      "The talks were co-chaired by Vipin Rao, acting U.S. assistant secretary of defense for space policy.",
      "Vipin Rao",
      "acting U.S. assistant secretary of defense for space policy",
      "US",
    ],
    [
      "The deal was signed by Ivo Lind, Norway's national security adviser, on Monday.",
      "Ivo Lind",
      "Norway's national security adviser",
      "NO",
    ],
    ["Kari Dahl, Iceland's top diplomat, said so.", "Kari Dahl", "Iceland's top diplomat", "IS"],
    [
      "Ola Berg, a former National Safety Council official, told investigators so.",
      "Ola Berg",
      "former National Safety Council official",
      null,
    ],
    ["Mark Roe, the Dutch prime minister, met him on Monday.", "Mark Roe", "Dutch prime minister", "NL"],
    ["Ana Ruiz, Chilean foreign minister, said so.", "Ana Ruiz", "Chilean foreign minister", "CL"],
    ["Tom Berg, the US special envoy, said the talks would resume.", "Tom Berg", "US special envoy", "US"],
  ])("%s", (text, name, post, country) => {
    expect(person(`Officials meet\n\n${text}`, name)?.posts).toEqual([[post, country]]);
  });

  it("keeps a post whose later words name another person, and one that a modifier `chief` opens", () => {
    expect(
      person("Officials meet\n\nIvo Lind, a spokesman for president Ana Ruiz, said so.", "Ivo Lind")?.posts,
    ).toEqual([["spokesman for president Ana Ruiz", null]]);
    expect(
      person("Officials meet\n\nKari Dahl, the chief EU negotiator, said so.", "Kari Dahl")?.posts,
    ).toEqual([["chief EU negotiator", "EU"]]);
  });

  it("takes no capitalized words but a country's before the post, nor the next person's post", () => {
    expect(people("Officials meet\n\nKari Dahl, the Harbour Times reporter, said so.")).toEqual([]);
    expect(people("Officials meet\n\nAna Ruiz, prime minister Mark Roe and Ola Berg met on Monday.")).toEqual(
      [{ name: "Mark Roe", posts: [["prime minister", null]] }],
    );
  });
});
