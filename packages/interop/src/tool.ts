import { createRequire } from "node:module";

const { name, version } = createRequire(import.meta.url)("../package.json") as {
  name: string;
  version: string;
};

/** This package's name and version, as `provenance.tool` records it. */
export const TOOL = `${name} ${version}`;
