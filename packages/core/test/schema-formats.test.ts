import { describe, expect, it } from "vitest";
import { schemaFormats } from "../src/index.js";

// The common forms are accepted by a short expression before the full RFC 3986 one: the answers
// must be the full grammar's either way.
describe("the uri format", () => {
  it.each([
    "https://example.org/reports/2024/annual.json",
    "urn:example:statement:7f3a",
    "http://example.org",
    "HTTP://Example.ORG/Path",
    "mailto:desk@example.org",
    "http://[::1]/local",
    "https://example.org/search?q=talks#top",
    "https://user@example.org:8080/a",
    "tag:example.org,2024:notes",
  ])("accepts %j", (value) => {
    expect(schemaFormats.uri(value)).toBe(true);
  });

  it.each([
    "",
    "example.org/page",
    "1http://example.org",
    "https://exa mple.org",
    "https://example.org/a b",
    "urn:exa%mple",
    "http://[::1/local",
    "https://example.org/é",
  ])("rejects %j", (value) => {
    expect(schemaFormats.uri(value)).toBe(false);
  });
});
