/**
 * Reading schema.org JSON-LD as pages and feeds publish it: the article node among lists, `@graph`s
 * and main entities, and its values, which may be a string, an object or a list of either.
 */

/** A JSON-LD object as parsed. */
export type JsonLdNode = Record<string, unknown>;

/** The schema.org types that are an article: NewsArticle and its kinds, Article, BlogPosting, Report. */
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

// Where an article may stand inside another node.
const CONTAINERS = ["@graph", "mainEntity", "mainEntityOfPage", "itemListElement"];

/**
 * The first article node in a JSON-LD value (a document, or a list of them), searched breadth first
 * through lists, `@graph`, `mainEntity`, `mainEntityOfPage` and `itemListElement`, with its JSON
 * Pointer; `undefined` when there is none. Types are read by their last segment (`schema:NewsArticle`,
 * `https://schema.org/NewsArticle`).
 */
export function findJsonLdArticle(input: unknown): { node: JsonLdNode; path: string } | undefined {
  const queue: [unknown, string][] = [[input, ""]];
  for (let seen = 0; queue.length > 0 && seen < 10_000; seen++) {
    const [value, path] = queue.shift() as [unknown, string];
    if (Array.isArray(value)) {
      value.forEach((item, index) => {
        queue.push([item, `${path}/${index}`]);
      });
      continue;
    }
    if (typeof value !== "object" || value === null) continue;
    const node = value as JsonLdNode;
    const types = ([] as unknown[]).concat(node["@type"] ?? []);
    if (types.some((type) => typeof type === "string" && ARTICLE_TYPES.has(type.replace(/^.*[/:]/, ""))))
      return { node, path };
    for (const key of CONTAINERS) if (node[key] !== undefined) queue.push([node[key], `${path}/${key}`]);
  }
  return undefined;
}

/** A string value, trimmed; `undefined` for anything else. */
export function jsonLdText(value: unknown): string | undefined {
  return typeof value === "string" ? value.trim() : undefined;
}

/** A value as a list: a list as it is, one value as a list of one, nothing as none. */
export function jsonLdList(value: unknown): unknown[] {
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value : [value];
}

/** The name of the first of a value's items: a string, or an object's `name`; never empty. */
export function jsonLdName(value: unknown): string | undefined {
  const first = jsonLdList(value)[0];
  if (typeof first === "string") return first.trim() || undefined;
  if (typeof first !== "object" || first === null) return undefined;
  return jsonLdText((first as JsonLdNode).name) || undefined;
}
