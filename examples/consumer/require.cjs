// A CommonJS project using the packages: on the Node.js versions `engines` allows (20.19 and
// later), require() loads an ES module.
const { validateNewsArticle } = require("@communique/news-article");
const { validateJointStatement } = require("@communique/joint-statement");
const { getCountry } = require("@communique/core");

console.log(
  `require: ${typeof validateNewsArticle}, ${typeof validateJointStatement}, ${getCountry("KOR")?.name}`,
);
