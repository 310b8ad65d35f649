// Uses the published packages as a consumer does: validate, narrow, assert, and read the schema.
// Usage: node index.mjs [NEWS-ARTICLE.json JOINT-STATEMENT.json] (default: the seed's, in ../seed/)
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { ValidationError } from "@communique/core";
import { validateJointStatement } from "@communique/joint-statement";
import { assertNewsArticle, isNewsArticle, validateNewsArticle } from "@communique/news-article";
import articleSchema from "@communique/news-article/schema.json" with { type: "json" };

const seed = (name) => fileURLToPath(new URL(`../seed/${name}`, import.meta.url));
const [articleFile = seed("news-article.json"), statementFile = seed("joint-statement.json")] =
  process.argv.slice(2);
const article = JSON.parse(readFileSync(articleFile, "utf8"));
const statement = JSON.parse(readFileSync(statementFile, "utf8"));

const articleResult = validateNewsArticle(article);
console.log(`article: ${articleResult.ok ? "valid" : "invalid"}`);
if (isNewsArticle(article)) console.log(`headline: ${article.headline}`);

const statementResult = validateJointStatement(statement);
console.log(
  `statement: ${statementResult.ok ? `valid, ${statementResult.value.parties.length} parties` : "invalid"}`,
);

const broken = { ...article, headline: 42, headlin: "typo" };
const brokenResult = validateNewsArticle(broken);
for (const issue of brokenResult.ok ? [] : brokenResult.issues)
  console.log(`issue: ${issue.path} ${issue.code}`);

try {
  assertNewsArticle(broken);
  console.log("assert: did not throw");
} catch (error) {
  console.log(`assert: threw ${error instanceof ValidationError ? "ValidationError" : "something else"}`);
}

console.log(`schema: ${articleSchema.$id}`);
