import manifest from "./manifest.cjs";

/** This package's name and version, as `provenance.tool` records it. */
export const TOOL = `${manifest.name} ${manifest.version}`;
