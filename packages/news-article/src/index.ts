export type { Body, Byline, CreditLine, Dateline, NewsArticle, Paragraph } from "./news-article.js";
export { assertNewsArticle, isNewsArticle, newsArticleSchemaId, validateNewsArticle } from "./validate.js";
