import { type ConversionWarning, toNinjs, toPlover, toSchemaOrg } from "@communique/interop";
import type { ValidExtraction } from "./check/extraction.js";

/**
 * Converts what `communique extract` wrote, as it is: the article to ninjs, the article with the
 * statements it reports to schema.org, or every statement to PLOVER records (one list).
 */
export function convertExtraction(
  { article, statements }: ValidExtraction,
  to: "ninjs" | "schema.org" | "plover",
  warn: (warning: ConversionWarning) => void,
): unknown {
  // A warning points into the article or a statement: its path is given from the top of the whole document.
  const under = (prefix: string) => (warning: ConversionWarning) =>
    warn({ ...warning, path: `${prefix}${warning.path}` });
  if (to === "ninjs") return toNinjs(article, { onWarning: under("/article") });
  if (to === "schema.org") return toSchemaOrg(article, statements, { onWarning: under("/article") });
  return statements.flatMap((statement, i) => toPlover(statement, { onWarning: under(`/statements/${i}`) }));
}
