// Reads a wire story with @communique/extract, as a project that depends on it would.
// Usage: node extract.mjs [ARTICLE.txt] (default: the seed's text, in ../seed/)
import { readFileSync } from "node:fs";
import { basename } from "node:path";
import { fileURLToPath } from "node:url";
import { extract } from "@communique/extract";
import { validateJointStatement } from "@communique/joint-statement";
import { validateNewsArticle } from "@communique/news-article";

const file = process.argv[2] ?? fileURLToPath(new URL("../seed/article.txt", import.meta.url));
const text = readFileSync(file, "utf8");
const { article, statements, warnings } = extract(text, { published: "2016-12-21", source: basename(file) });
console.log(`people: ${(article.people ?? []).map((person) => person.name).join(", ")}`);
console.log(`statements: ${statements.map((statement) => statement.id).join(", ")}`);
console.log(`meeting: ${statements[0]?.meeting?.date?.value}`);
console.log(`article: ${validateNewsArticle(article).ok ? "valid" : "invalid"}`);
console.log(
  `statement: ${statements.every((statement) => validateJointStatement(statement).ok) ? "valid" : "invalid"}`,
);
console.log(`warnings: ${warnings.length}`);
