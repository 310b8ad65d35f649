import { findJsonLdArticle, readJsonLdArticle } from "./json-ld.js";
import { collapse, type PageDocument } from "./page-dom.js";

/** What a page says about its article outside the article's text. */
export interface PageMetadata {
  headline?: string;
  /** As the page gives it: a date-time (with or without an offset) or a date. */
  published?: string;
  modified?: string;
  authors: string[];
  publisher?: string;
  /** The canonical address: `<link rel=canonical>`, `og:url` or JSON-LD `url`. */
  url?: string;
  description?: string;
  keywords: string[];
  section?: string;
  /** `<html lang>`, `og:locale` or JSON-LD `inLanguage`. */
  language?: string;
  images: { url: string; caption?: string; alt?: string }[];
  /** JSON-LD `articleBody`, when the page gives the text there too. */
  articleBody?: string;
}

/**
 * Reads a page's metadata: schema.org JSON-LD first (NewsArticle, Article, …), then Open Graph and
 * `article:*` meta tags, then `<meta name=author|description|keywords>`, `<link rel=canonical>`,
 * `<html lang>` and `<title>`. Malformed JSON-LD is skipped.
 */
export function readPageMetadata(document: PageDocument): PageMetadata {
  const meta = metaTags(document);
  const first = (...names: string[]) =>
    names.map((name) => meta.get(name)?.[0]).find((value) => value !== undefined && value !== "");
  const node = findJsonLdArticle(jsonLdDocuments(document));
  const ld = node === undefined ? { authors: [], keywords: [], images: [] } : readJsonLdArticle(node);
  const canonical = document.querySelector('link[rel="canonical"]')?.getAttribute("href")?.trim();
  const lang = document.documentElement?.getAttribute("lang")?.trim();
  const title = collapse(document.querySelector("title")?.textContent);
  const metadata: PageMetadata = {
    authors:
      ld.authors.length > 0
        ? ld.authors
        : (meta.get("author") ?? meta.get("article:author") ?? []).filter((name) => !/^https?:/.test(name)),
    keywords:
      ld.keywords.length > 0
        ? ld.keywords
        : [
            ...(meta.get("keywords") ?? []).flatMap((value) => value.split(",")),
            ...(meta.get("article:tag") ?? []),
            ...(meta.get("news_keywords") ?? []).flatMap((value) => value.split(",")),
          ]
            .map((keyword) => keyword.trim())
            .filter((keyword, i, all) => keyword !== "" && all.indexOf(keyword) === i),
    images:
      ld.images.length > 0
        ? ld.images
        : (meta.get("og:image") ?? []).slice(0, 1).map((url) => {
            const alt = first("og:image:alt");
            return { url, ...(alt === undefined ? {} : { alt }) };
          }),
  };
  const set = <K extends keyof PageMetadata>(key: K, value: PageMetadata[K] | undefined) => {
    if (value !== undefined && value !== "") metadata[key] = value;
  };
  set("headline", ld.headline ?? first("og:title", "twitter:title") ?? (title === "" ? undefined : title));
  set("published", ld.datePublished ?? first("article:published_time", "datePublished", "date", "dc.date"));
  set("modified", ld.dateModified ?? first("article:modified_time", "og:updated_time", "dateModified"));
  set("publisher", ld.publisher ?? first("og:site_name"));
  set("url", canonical ?? first("og:url") ?? ld.url);
  set("description", ld.description ?? first("description", "og:description", "twitter:description"));
  set("section", ld.section ?? first("article:section"));
  set("language", lang ?? ld.language ?? first("og:locale")?.replace("_", "-"));
  set("articleBody", ld.articleBody);
  return metadata;
}

/** Every `<meta>` by its `property`, `name` or `itemprop` (lowercased), in page order. */
function metaTags(document: PageDocument): Map<string, string[]> {
  const tags = new Map<string, string[]>();
  const elements = document.querySelectorAll("meta");
  for (let i = 0; i < elements.length; i++) {
    const element = elements[i];
    const key = (
      element?.getAttribute("property") ??
      element?.getAttribute("name") ??
      element?.getAttribute("itemprop") ??
      ""
    ).toLowerCase();
    const content = collapse(element?.getAttribute("content"));
    if (key === "" || content === "") continue;
    tags.set(key, [...(tags.get(key) ?? []), content]);
  }
  return tags;
}

/** The parsed JSON of each `<script type="application/ld+json">`; malformed ones are skipped. */
function jsonLdDocuments(document: PageDocument): unknown[] {
  const scripts = document.querySelectorAll('script[type="application/ld+json"]');
  const documents: unknown[] = [];
  for (let i = 0; i < scripts.length; i++) {
    try {
      documents.push(JSON.parse(scripts[i]?.textContent ?? ""));
    } catch {
      // A page's broken JSON-LD says nothing; the meta tags may still.
    }
  }
  return documents;
}
