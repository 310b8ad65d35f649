import { describe, expect, it } from "vitest";
import { countryCodes, getCountry, isCountryCode } from "../src/index.js";

describe("country registry", () => {
  it.each(["KR", "KP", "US", "QA", "XK"])("knows %s as an assigned alpha-2 code", (code) => {
    expect(isCountryCode(code)).toBe(true);
  });

  it.each(["ZZ", "XX", "kr", "KOR", "K", ""])("rejects %j", (code) => {
    expect(isCountryCode(code)).toBe(false);
  });

  it("resolves alpha-3 codes and names", () => {
    expect(getCountry("KOR")).toMatchObject({ alpha2: "KR", alpha3: "KOR", name: "South Korea" });
    expect(getCountry("KP")?.alpha3).toBe("PRK");
    expect(getCountry("US")?.alpha3).toBe("USA");
    expect(getCountry("KR")?.otherNames).toContain("Republic of Korea");
    expect(getCountry("ZZZ")).toBeUndefined();
  });

  it("lists every ISO 3166-1 code, sorted", () => {
    const codes = countryCodes();
    expect(codes.length).toBeGreaterThanOrEqual(249);
    expect(codes).toEqual([...codes].sort());
    expect(codes.every(isCountryCode)).toBe(true);
  });
});

describe("getCountry's records", () => {
  it("are built once per code and cannot be changed by a caller", () => {
    const first = getCountry("KR");
    expect(getCountry("KR")).toBe(first);
    expect(Object.isFrozen(first)).toBe(true);
    expect(Object.isFrozen(first?.otherNames)).toBe(true);
    expect(getCountry("KOR")?.alpha2).toBe("KR");
    expect(getCountry("ZZ")).toBeUndefined();
  });
});
