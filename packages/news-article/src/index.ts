export type {
  AlternativeHeadline,
  AlternativeId,
  Description,
  Link,
  PublicationStatus,
  Rights,
} from "./distribution.js";
export type { MediaObject, Rendition } from "./media.js";
export type { Body, BodyForm, Byline, CreditLine, Dateline, NewsArticle, Paragraph } from "./news-article.js";
export type { Subject } from "./subject.js";
export { assertNewsArticle, isNewsArticle, newsArticleSchemaId, validateNewsArticle } from "./validate.js";
