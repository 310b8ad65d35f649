import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { jsonFiles, MODELS, readJson, textSpans } from "./support/models.js";

interface InvalidFixture {
  /** Every issue the document must give, and no other: the rule the fixture breaks first. */
  issues: { path: string; code: string }[];
  document: unknown;
}

describe.each(MODELS)("$name fixtures", (model) => {
  const fixtures = path.join(model.packageDir, "test", "fixtures");

  it.each(jsonFiles(path.join(fixtures, "valid")))("valid/%s passes", (_name, file) => {
    const result = model.validate(readJson(file));
    expect(result.ok ? [] : result.issues).toEqual([]);
  });

  it.each(jsonFiles(path.join(fixtures, "valid")))(
    "valid/%s: every span matches its source text",
    (_name, file) => {
      const document = readJson<{ provenance: { source: string; sha256: string } }>(file);
      const source = readFileSync(path.join(path.dirname(file), document.provenance.source));
      expect(createHash("sha256").update(source).digest("hex")).toBe(document.provenance.sha256);
      const text = source.toString("utf8");
      for (const span of textSpans(document)) {
        expect({ path: span.path, text: text.slice(span.start, span.end) }).toEqual({
          path: span.path,
          text: span.text,
        });
      }
    },
  );

  const invalid = jsonFiles(path.join(fixtures, "invalid"));

  it("has at least ten invalid fixtures", () => {
    expect(invalid.length).toBeGreaterThanOrEqual(10);
  });

  it.each(invalid)("invalid/%s fails where it says", (_name, file) => {
    const fixture = readJson<InvalidFixture>(file);
    const result = model.validate(fixture.document);
    expect(result.ok).toBe(false);
    const issues = result.ok ? [] : result.issues;
    expect(issues.map(({ path, code }) => ({ path, code }))).toEqual(fixture.issues);
  });
});
