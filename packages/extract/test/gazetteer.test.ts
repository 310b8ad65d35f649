import { describe, expect, it } from "vitest";
import { extract } from "../src/index.js";
import { CITIES } from "../src/lexicon/en/country-names.js";
import { cityCountry, lookUpCountry } from "../src/lexicon/gazetteer.js";
import { WORLD_CITIES } from "../src/lexicon/generated/cities.js";

describe("the gazetteer's cities, from GeoNames", () => {
  it.each([
    ["Brisbane", "AU"],
    ["Perth", "AU"],
    ["Hiroshima", "JP"],
    ["Kyoto", "JP"],
    ["Delhi", "IN"],
    ["São Paulo", "BR"],
    ["Medellin", "CO"],
    ["Medellín", "CO"],
    // A seat of government that is no capital.
    ["Putrajaya", "MY"],
  ])("%s is a city in %s", (name, code) => {
    expect(lookUpCountry(name)).toEqual({ code, form: "city" });
    expect(cityCountry(name)).toBe(code);
  });

  it("keeps a hand-listed capital's form over the generated city", () => {
    expect(lookUpCountry("Vilnius")).toEqual({ code: "LT", form: "capital" });
    expect(WORLD_CITIES.Vilnius).toBe("LT");
  });

  it("keeps the hand list where the two disagree", () => {
    for (const [name, code] of Object.entries(CITIES)) expect(cityCountry(name), name).toBe(code);
  });

  it.each([
    ["Hyderabad", "India and Pakistan both have a large one"],
    ["Valencia", "Venezuela and Spain both have a large one"],
    ["Nice", "a common English word"],
    ["Reading", "a common English word"],
    ["Mobile", "a common English word"],
  ])("%s is not a city to the gazetteer (%s)", (name) => {
    expect(WORLD_CITIES[name]).toBeUndefined();
    expect(lookUpCountry(name)).toBeUndefined();
    expect(cityCountry(name)).toBeUndefined();
  });

  it("leaves a name that is a country's to the country lexicon", () => {
    expect(WORLD_CITIES.Djibouti).toBeUndefined();
    expect(lookUpCountry("Djibouti")).toEqual({ code: "DJ", form: "name" });
  });

  it("takes a name only the generated list knows as a place where the text uses it as one", () => {
    const text =
      "Talks in Austin\n\nSecretary of Defense Lloyd Austin met officials in Austin on Monday, and David Lee joined them.";
    const places = extract(text).article.places ?? [];
    expect(places.map((place) => [place.name, place.mentions?.map((m) => m.span.start)])).toEqual([
      ["Austin", [text.indexOf("in Austin") + 3, text.indexOf("in Austin on") + 3]],
    ]);
    expect(extract(text).article.people?.map((person) => person.name)).toContain("Lloyd Austin");
  });
});

describe("countries by the names news gives them", () => {
  const codes = (text: string) =>
    (extract(`Talks held\n\n${text}`).article.countries ?? []).map((country) => country.code);

  it.each([
    ["Aid reached the eastern Democratic Republic of Congo on Monday.", ["CD"]],
    ["Envoys from DR Congo and Congo-Brazzaville met on Monday.", ["CD", "CG"]],
    ["Aid reached Gaza and the West Bank on Monday.", ["PS"]],
    ["Ugandan and Zambian envoys met Bolivian and Paraguayan diplomats on Monday.", ["UG", "ZM", "BO", "PY"]],
    ["Kyrgyz, Uzbek and Moldovan officials met their Maltese hosts on Monday.", ["KG", "UZ", "MD", "MT"]],
    // A sea or gulf named for a country, its feature's word first, names no country.
    ["Ships sailed through the Sea of Japan and the Gulf of Mexico on Monday.", []],
    ["Norway sent a frigate to the Strait of Hormuz and the Gulf of Guinea.", ["NO"]],
    ["Ships left the Strait of Hormuz Iran threatened to close.", ["IR"]],
    // The name of a people that lives in several states names none of them.
    ["Ethnic Turkmen and Albanian leaders met Somali elders on Monday.", []],
    // A place whose name holds a country's names another place.
    ["Officials in New Mexico and New Jersey met Mexican envoys on Monday.", ["MX"]],
    // The US state: after a US city, or before a state's office; the country otherwise.
    ["Storms hit Atlanta, Georgia, on Monday, and Georgia Gov. Ana Ruiz spoke.", []],
    ["Protests in Tbilisi, Georgia, grew as Georgia and Armenia met.", ["GE", "AM"]],
  ])("%s", (text, expected) => {
    expect(codes(text)).toEqual(expected);
  });

  it("reads a country's name that ends like a body's as the country, not an organization", () => {
    const result = extract("Talks held\n\nSettlements in the West Bank grew, the ministers said.");
    expect(result.article.organizations).toBeUndefined();
    expect(result.article.countries?.map((country) => country.code)).toEqual(["PS"]);
  });
});
