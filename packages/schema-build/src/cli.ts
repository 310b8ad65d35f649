import path from "node:path";
import { findDrift, generateArtifacts, writeArtifacts } from "./artifacts.js";
import { readSchemaConfig } from "./config.js";

// Run from a model package's folder (as its `generate` script): `communique-schema-build generate`
// writes the artifacts, `communique-schema-build check` exits 1 when the committed ones drifted.
const [command = "generate"] = process.argv.slice(2);
try {
  const config = await readSchemaConfig(process.cwd());
  const artifacts = generateArtifacts(config);
  if (command === "generate") {
    await writeArtifacts(artifacts);
    for (const file of artifacts.keys()) console.log(`wrote ${path.relative(process.cwd(), file)}`);
  } else if (command === "check") {
    const drifted = await findDrift(artifacts);
    for (const file of drifted)
      console.error(`${file}: differs from what the types generate; run \`npm run generate\``);
    process.exitCode = drifted.length === 0 ? 0 : 1;
  } else {
    console.error(`unknown command "${command}"; use generate or check`);
    process.exitCode = 2;
  }
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 2;
}
