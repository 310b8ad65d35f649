import {
  findJsonLdArticle as findArticle,
  type JsonLdNode,
  jsonLdList,
  jsonLdName,
  jsonLdText,
} from "@communique/core";

/** What a page's schema.org JSON-LD says about the article it holds. */
export interface JsonLdArticle {
  headline?: string;
  description?: string;
  datePublished?: string;
  dateModified?: string;
  authors: string[];
  publisher?: string;
  url?: string;
  section?: string;
  keywords: string[];
  language?: string;
  images: { url: string; caption?: string }[];
  articleBody?: string;
}

type Node = JsonLdNode;

/**
 * The first article node in JSON-LD documents (each a parsed `<script type="application/ld+json">`
 * or a file): top-level objects, arrays and `@graph` lists are searched, one level of
 * `mainEntity`/`mainEntityOfPage` too. `undefined` when there is none.
 */
export function findJsonLdArticle(documents: readonly unknown[]): Node | undefined {
  return findArticle(documents)?.node;
}

/** The article node read into plain values; anything malformed is left out. */
export function readJsonLdArticle(node: Node): JsonLdArticle {
  const out: JsonLdArticle = { authors: [], keywords: [], images: [] };
  const set = <K extends keyof JsonLdArticle>(key: K, value: JsonLdArticle[K] | undefined) => {
    if (value !== undefined && value !== "") out[key] = value;
  };
  set("headline", jsonLdText(node.headline) ?? jsonLdText(node.name));
  set("description", jsonLdText(node.description));
  set("datePublished", jsonLdText(node.datePublished));
  set("dateModified", jsonLdText(node.dateModified));
  set("url", jsonLdText(node.url) ?? idOf(node.mainEntityOfPage));
  set("section", jsonLdText(jsonLdList(node.articleSection)[0]));
  set("language", jsonLdText(node.inLanguage) ?? jsonLdName(node.inLanguage));
  set("publisher", jsonLdName(node.publisher));
  set("articleBody", jsonLdText(node.articleBody));
  out.authors = jsonLdList(node.author)
    .map((author) => (typeof author === "string" ? author.trim() : jsonLdName(author)))
    .filter((name): name is string => name !== undefined && name !== "");
  out.keywords = jsonLdList(node.keywords)
    .flatMap((keyword) => (typeof keyword === "string" ? keyword.split(",") : []))
    .map((keyword) => keyword.trim())
    .filter((keyword) => keyword !== "");
  out.images = jsonLdList(node.image).flatMap((image) => {
    if (typeof image === "string") return [{ url: image }];
    if (typeof image !== "object" || image === null) return [];
    const url = jsonLdText((image as Node).url) ?? jsonLdText((image as Node).contentUrl);
    const caption = jsonLdText((image as Node).caption);
    return url === undefined ? [] : [{ url, ...(caption === undefined ? {} : { caption }) }];
  });
  return out;
}

function idOf(value: unknown): string | undefined {
  if (typeof value === "string") return value.trim();
  if (typeof value !== "object" || value === null) return undefined;
  return jsonLdText((value as Node)["@id"]) ?? jsonLdText((value as Node).url);
}
