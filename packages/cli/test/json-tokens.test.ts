import { describe, expect, it } from "vitest";
import { findSyntaxProblem, locatePointer } from "../src/source/json-tokens.js";

const text = `{
  "a": {"b": [10, {"c~d": true, "e/f": null}]},
  "g": "h"
}`;

describe("locatePointer", () => {
  it.each([
    ["", 1, 1],
    ["/a", 2, 3],
    ["/a/b", 2, 9],
    ["/a/b/0", 2, 15],
    ["/a/b/1", 2, 19],
    ["/a/b/1/c~0d", 2, 20],
    ["/a/b/1/e~1f", 2, 33],
    ["/g", 3, 3],
  ])("finds %j at %i:%i", (pointer, line, column) => {
    expect(locatePointer(text, pointer)).toEqual({ line, column });
  });

  it("stops at the deepest part that exists", () => {
    expect(locatePointer(text, "/a/b/7")).toEqual({ line: 2, column: 9 });
    expect(locatePointer(text, "/missing/x")).toEqual({ line: 1, column: 1 });
  });
});

describe("findSyntaxProblem", () => {
  it.each([
    ['{"a" 1}', 1, 6, "expected ':', found a number"],
    ['{"a": 1,}', 1, 9, "expected a property name in double quotes, found '}'"],
    ["[1 2]", 1, 4, "expected ',' or ']', found a number"],
    ['{"a": [1}', 1, 9, "expected ',' or ']', found '}'"],
    ["[1]\n[2]", 2, 1, "expected the end of the document, found '['"],
    ['{"a":', 1, 6, "unexpected end of input"],
  ])("%j: %i:%i %s", (json, line, column, message) => {
    expect(findSyntaxProblem(json)).toEqual({ line, column, message });
  });

  it("finds nothing wrong in valid JSON, however deep", () => {
    expect(findSyntaxProblem(`${"[".repeat(50_000)}${"]".repeat(50_000)}`)).toBeUndefined();
  });
});
