import { createRequire } from "node:module";

const { name, version } = createRequire(import.meta.url)("../package.json") as {
  name: string;
  version: string;
};

/** This program's name and version, for reports that name their tool. */
export const TOOL = { name, version };
