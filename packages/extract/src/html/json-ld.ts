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

/** The schema.org types that are an article (NewsArticle and its kinds, Article, BlogPosting, …). */
const ARTICLE_TYPES = new Set([
  "Article",
  "NewsArticle",
  "ReportageNewsArticle",
  "AnalysisNewsArticle",
  "OpinionNewsArticle",
  "BackgroundNewsArticle",
  "ReviewNewsArticle",
  "AskPublicNewsArticle",
  "SatiricalArticle",
  "BlogPosting",
  "LiveBlogPosting",
  "SocialMediaPosting",
  "TechArticle",
  "Report",
]);

type Node = Record<string, unknown>;

/**
 * The first article node in JSON-LD documents (each a parsed `<script type="application/ld+json">`
 * or a file): top-level objects, arrays and `@graph` lists are searched, one level of
 * `mainEntity`/`mainEntityOfPage` too. `undefined` when there is none.
 */
export function findJsonLdArticle(documents: readonly unknown[]): Node | undefined {
  const queue: unknown[] = [...documents];
  for (let seen = 0; queue.length > 0 && seen < 10_000; seen++) {
    const value = queue.shift();
    if (Array.isArray(value)) {
      queue.push(...value);
      continue;
    }
    if (typeof value !== "object" || value === null) continue;
    const node = value as Node;
    const types = ([] as unknown[]).concat(node["@type"] ?? []);
    if (types.some((type) => typeof type === "string" && ARTICLE_TYPES.has(type.replace(/^.*[/:]/, ""))))
      return node;
    for (const key of ["@graph", "mainEntity", "mainEntityOfPage", "itemListElement"])
      if (node[key] !== undefined) queue.push(node[key]);
  }
  return undefined;
}

/** The article node read into plain values; anything malformed is left out. */
export function readJsonLdArticle(node: Node): JsonLdArticle {
  const out: JsonLdArticle = { authors: [], keywords: [], images: [] };
  const set = <K extends keyof JsonLdArticle>(key: K, value: JsonLdArticle[K] | undefined) => {
    if (value !== undefined && value !== "") out[key] = value;
  };
  set("headline", text(node.headline) ?? text(node.name));
  set("description", text(node.description));
  set("datePublished", text(node.datePublished));
  set("dateModified", text(node.dateModified));
  set("url", text(node.url) ?? idOf(node.mainEntityOfPage));
  set("section", text(list(node.articleSection)[0]));
  set("language", text(node.inLanguage) ?? nameOf(node.inLanguage));
  set("publisher", nameOf(node.publisher));
  set("articleBody", text(node.articleBody));
  out.authors = list(node.author)
    .map((author) => (typeof author === "string" ? author.trim() : nameOf(author)))
    .filter((name): name is string => name !== undefined && name !== "");
  out.keywords = list(node.keywords)
    .flatMap((keyword) => (typeof keyword === "string" ? keyword.split(",") : []))
    .map((keyword) => keyword.trim())
    .filter((keyword) => keyword !== "");
  out.images = list(node.image).flatMap((image) => {
    if (typeof image === "string") return [{ url: image }];
    if (typeof image !== "object" || image === null) return [];
    const url = text((image as Node).url) ?? text((image as Node).contentUrl);
    const caption = text((image as Node).caption);
    return url === undefined ? [] : [{ url, ...(caption === undefined ? {} : { caption }) }];
  });
  return out;
}

function text(value: unknown): string | undefined {
  return typeof value === "string" ? value.trim() : undefined;
}

function list(value: unknown): unknown[] {
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value : [value];
}

function nameOf(value: unknown): string | undefined {
  const first = list(value)[0];
  if (typeof first === "string") return first.trim();
  if (typeof first !== "object" || first === null) return undefined;
  return text((first as Node).name);
}

function idOf(value: unknown): string | undefined {
  if (typeof value === "string") return value.trim();
  if (typeof value !== "object" || value === null) return undefined;
  return text((value as Node)["@id"]) ?? text((value as Node).url);
}
