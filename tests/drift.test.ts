import { readFileSync } from "node:fs";
import { generateArtifacts, readSchemaConfig } from "@communique/schema-build";
import { describe, expect, it } from "vitest";
import { MODELS } from "./support/models.js";

describe.each(MODELS)("$name generated artifacts", (model) => {
  it("match what the TypeScript types generate now", async () => {
    const artifacts = generateArtifacts(await readSchemaConfig(model.packageDir));
    expect(artifacts.size).toBe(2);
    for (const [file, generated] of artifacts) {
      expect(readFileSync(file, "utf8"), `${file} drifted; run npm run generate`).toBe(generated);
    }
  });
});
