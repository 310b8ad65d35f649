import { existsSync } from "node:fs";
import path from "node:path";
import { ROOT } from "./models.js";

/**
 * A file from the shared folder beside the repository (the seed, reference data), which is read in
 * place and never copied in. Under CI a missing file fails the test that needs it; on a developer
 * machine without the folder the test is skipped with a visible message.
 */
export function sharedFile(relative: string): { file: string; missing: boolean } {
  const file = path.resolve(ROOT, "..", "shared", relative);
  const missing = !existsSync(file) && !process.env.CI;
  if (missing) console.warn(`skipping tests that need ${file}: not found (they fail when CI is set)`);
  return { file, missing };
}
