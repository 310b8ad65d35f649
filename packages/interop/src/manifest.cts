// This package's name and version, read from its package.json as CommonJS: Node and bundlers both
// load a JSON file required from CommonJS, where an ES module would need createRequire (a Node
// built-in a browser bundle cannot resolve) or an import attribute (experimental in Node 20).
// From dist/, "../package.json" is the package's own manifest.
const manifest: { name: string; version: string } = require("../package.json");

export = manifest;
