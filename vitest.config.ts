import { configDefaults, defineConfig } from "vitest/config";

/**
 * What `npm run test:fast` leaves out for the inner loop: the files that start processes to test
 * what only a process shows (packed tarballs installed with npm, repository copies driven with git,
 * compilers of generated code, bundles, pipes through a shell, a 128 MiB stream, the JSON Schema
 * test suite). `npm test` runs everything.
 */
const SLOW = [
  "tests/consumer.test.ts",
  "tests/release.test.ts",
  "tests/compat.test.ts",
  "tests/codegen.test.ts",
  "tests/codegen-round-trip.test.ts",
  "tests/browser-bundle.test.ts",
  "tests/cli/large-input.test.ts",
  "tests/cli/output.test.ts",
  "tests/cli/json-schema-suite.test.ts",
];

export default defineConfig(({ mode }) => ({
  test: {
    include: ["packages/*/test/**/*.test.ts", "tests/**/*.test.ts"],
    exclude: [...configDefaults.exclude, ...(mode === "fast" ? SLOW : [])],
    typecheck: {
      enabled: true,
      include: ["packages/*/test/**/*.test-d.ts"],
      tsconfig: "./tsconfig.test.json",
    },
    testTimeout: 60_000,
    reporters: ["default", "./tests/support/summary-reporter.ts"],
  },
}));
