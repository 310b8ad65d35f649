import { describe, expect, it } from "vitest";
import { merged } from "../src/objects.js";

describe("merged", () => {
  it("has the keys of a spread, in the same order, the later value winning", () => {
    const first = { id: "a", name: "Aster", kind: "city" };
    const second = { country: "NO", name: "Oslo" };
    const result = merged(first, second);
    expect(Object.keys(result)).toEqual(["id", "name", "kind", "country"]);
    expect(JSON.stringify(result)).toBe(JSON.stringify({ ...first, ...second }));
  });

  it("builds a new plain object and leaves its inputs alone", () => {
    const first = { id: "b" };
    const result = merged(first, { more: 1 });
    expect(result).not.toBe(first);
    expect(first).toEqual({ id: "b" });
    expect(Object.getPrototypeOf(result)).toBe(Object.prototype);
    expect(result.constructor).toBe(Object);
  });
});
