// Ids stay readable whatever a name's script.
import { describe, expect, it } from "vitest";
import { slug } from "../src/ids.js";

describe("slug", () => {
  it.each([
    ["Lim Sung-nam", "lim-sung-nam"],
    ["Maroš Šefčovič", "maros-sefcovic"],
    ["Мария Захарова", "mariya-zakharova"],
    ["Ελληνική Δημοκρατία", "elliniki-dimokratia"],
    ["岸田文雄", "antianwenxiong"],
    ["Gulf Co-operation Council (GCC)", "gulf-co-operation-council-gcc"],
  ])("%s → %s", (name, id) => {
    expect(slug(name)).toBe(id);
  });

  it("gives a name with no letters or digits at all an id still", () => {
    expect(slug("—")).toBe("x");
  });
});
