export type { Body, Byline, CreditLine, Dateline, NewsArticle, Paragraph } from "./news-article.js";
export { assertNewsArticle, isNewsArticle, validateNewsArticle } from "./validate.js";
