export { type ReferenceDocsOptions, referenceDocs } from "./reference-docs.js";
