/**
 * The packages `communique` does not install with itself, because most users never run the
 * command that needs them: code generation pulls in quicktype (most of an install's size), and the
 * release guard reads a repository's packages, git history and changesets.
 */
export const OPTIONAL_PACKAGES = {
  "@communique/codegen": "codegen and docs",
  "@communique/release-guard": "compat --against and --against-latest-release",
} as const;

/** A package the CLI can run without. */
export type OptionalPackage = keyof typeof OPTIONAL_PACKAGES;

/**
 * Runs `load` (an `import()` of `name`); when the package is not installed, prints one line that
 * says what to install and returns `undefined`, so the command ends with a usage error.
 */
export async function importOptional<T>(
  name: OptionalPackage,
  load: () => Promise<T>,
): Promise<T | undefined> {
  try {
    return await load();
  } catch (error) {
    if (!isMissing(error, name)) throw error;
    console.error(
      `communique: ${OPTIONAL_PACKAGES[name]} need ${name}, which is not installed with communique; add it with\n  npm install --save-dev ${name}`,
    );
    return undefined;
  }
}

function isMissing(error: unknown, name: string): boolean {
  const { code, message } = error as { code?: unknown; message?: unknown };
  return (
    code === "ERR_MODULE_NOT_FOUND" &&
    typeof message === "string" &&
    (message.includes(`'${name}'`) || message.includes(`"${name}"`))
  );
}
