import { readFileSync } from "node:fs";
import path from "node:path";
import { generateArtifacts, readSchemaConfig } from "@communique/schema-build";
import { modelReferencePages } from "communique";
import { describe, expect, it } from "vitest";
import { MODELS, ROOT, readJson } from "./support/models.js";

describe.each(MODELS)("$name generated artifacts", (model) => {
  it("match what the TypeScript types generate now", async () => {
    const artifacts = generateArtifacts(await readSchemaConfig(model.packageDir));
    expect(artifacts.size).toBe(2);
    for (const [file, generated] of artifacts) {
      expect(readFileSync(file, "utf8"), `${file} drifted; run npm run generate`).toBe(generated);
    }
  });
});

describe("the reference pages in docs/", () => {
  it("match what the schemas and the seed generate now", async () => {
    // Relative, as `npm run generate` passes it from the root (where vitest runs), so the pages name it so.
    const pages = await modelReferencePages("examples/seed");
    if (pages === undefined) throw new Error("@communique/codegen is part of the workspace");
    expect([...pages.keys()]).toEqual(["news-article.md", "joint-statement.md"]);
    for (const [file, page] of pages) {
      expect(
        readFileSync(path.join(ROOT, "docs", file), "utf8"),
        `docs/${file} drifted; run npm run generate`,
      ).toBe(page);
    }
  });

  it("document every field of every type, with the anchors' names and an example from the seed", () => {
    const page = readFileSync(path.join(ROOT, "docs/joint-statement.md"), "utf8");
    const schema = readJson<{ definitions: Record<string, { properties?: Record<string, unknown> }> }>(
      path.join(ROOT, "packages/joint-statement/schema/joint-statement.schema.json"),
    );
    for (const [name, definition] of Object.entries(schema.definitions)) {
      expect(page).toContain(`## ${name}\n`);
      for (const field of Object.keys(definition.properties ?? {}))
        expect(page).toContain(`| \`${field}\` |`);
    }
    expect(page).toContain("Akoma Ntoso");
    expect(page).toContain('"acronym": "EDSCG"');
  });
});
