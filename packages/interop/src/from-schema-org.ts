import {
  findJsonLdArticle,
  type JsonLdNode,
  jsonLdList,
  jsonLdName,
  jsonLdText,
  type TextSpan,
  textSha256,
} from "@communique/core";
import {
  type MediaObject,
  type NewsArticle,
  type Subject,
  validateNewsArticle,
} from "@communique/news-article";
import { isAbsoluteUri } from "./identifiers.js";
import { plainTextParagraphs } from "./ninjs-body.js";
import { PARAGRAPH_BREAK } from "./text.js";
import { TOOL } from "./tool.js";
import type { ConversionWarning } from "./warnings.js";

/** Options for `fromSchemaOrg`. */
export interface FromSchemaOrgOptions {
  /** The language to assume when the article gives none (default `und`). */
  language?: string;
  /** What `provenance.source` names (default: the article's `@id` or URL). */
  source?: string;
}

/** A schema.org article read as a NewsArticle. */
export interface SchemaOrgImport {
  /** The article; valid by `validateNewsArticle`. */
  article: NewsArticle;
  /** The text the spans point into: the headline and the paragraphs of `articleBody`, separated by blank lines. */
  text: string;
  /** What was assumed. */
  warnings: ConversionWarning[];
}

/** A value that is not a schema.org article with a headline and a body. */
export class SchemaOrgImportError extends Error {
  override readonly name = "SchemaOrgImportError";
  constructor(
    /** A JSON Pointer into the input. */
    readonly path: string,
    /** The reason alone, without the path. */
    readonly reason: string,
  ) {
    super(`${path === "" ? "/" : path}: ${reason}`);
  }
}

const DATE_TIME = /^\d{4}-[01]\d-[0-3]\dT[0-2]\d:[0-5]\d(:[0-5]\d(\.\d+)?)?(Z|[+-][0-2]\d:[0-5]\d)$/i;
const LANGUAGE = /^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{1,8})*$/;
const QCODE = /^[a-zA-Z][a-zA-Z0-9-]*:[^\s:]+$/;
const STATUSES = new Set(["usable", "withheld", "canceled"]);

type Node = JsonLdNode;

/**
 * Reads a schema.org JSON-LD article (`NewsArticle`, `ReportageNewsArticle`, `Article`, …; on its
 * own, in a list or in an `@graph`) as a NewsArticle: headline, `articleBody` as paragraphs,
 * dates, language, authors as the byline, publisher as the credit line's provider, description,
 * keywords, section, URL, images, subjects (`about`), genre, alternative headline, rights, version,
 * status, dateline and identifiers. Throws a `SchemaOrgImportError` when there is no article, or
 * it has no headline or no body.
 */
export function fromSchemaOrg(input: unknown, options: FromSchemaOrgOptions = {}): SchemaOrgImport {
  const found = findJsonLdArticle(input);
  if (found === undefined)
    throw new SchemaOrgImportError("", "no schema.org article (NewsArticle, Article, …) found");
  const { node, path } = found;
  const warnings: ConversionWarning[] = [];
  const headline = jsonLdText(node.headline) ?? jsonLdText(node.name);
  if (headline === undefined || headline === "")
    throw new SchemaOrgImportError(`${path}/headline`, "the article has no headline (nor a name)");
  const paragraphs = plainTextParagraphs(jsonLdText(node.articleBody) ?? "");
  if (paragraphs.length === 0)
    throw new SchemaOrgImportError(`${path}/articleBody`, "the article has no articleBody text");
  const blocks = [headline, ...paragraphs];
  const spans: TextSpan[] = [];
  let start = 0;
  for (const block of blocks) {
    spans.push({ start, end: start + block.length });
    start += block.length + PARAGRAPH_BREAK.length;
  }
  const fullText = blocks.join(PARAGRAPH_BREAK);
  const sha256 = textSha256(fullText);
  const nodeId = jsonLdText(node["@id"]);
  const url = jsonLdText(node.url);
  const id =
    nodeId !== undefined && isAbsoluteUri(nodeId)
      ? nodeId
      : `urn:communique:news-article:${sha256.slice(0, 16)}`;
  let language = jsonLdText(node.inLanguage) ?? jsonLdName(node.inLanguage);
  if (language === undefined || !LANGUAGE.test(language)) {
    language = options.language ?? "und";
    warnings.push({
      path: `${path}/inLanguage`,
      code: "defaulted",
      message: `no usable language; "${language}" assumed`,
    });
  }
  const article: NewsArticle = {
    type: "NewsArticle",
    id,
    headline,
    headlineSpan: spans[0] as TextSpan,
    language,
    body: {
      paragraphs: paragraphs.map((paragraph, i) => ({ text: paragraph, span: spans[i + 1] as TextSpan })),
    },
    provenance: {
      source: options.source ?? nodeId ?? url ?? "schema.org",
      sha256,
      method: "extracted",
      tool: TOOL,
    },
  };
  readMetadata(node, article);
  const result = validateNewsArticle(article);
  if (!result.ok) {
    const [issue] = result.issues;
    throw new SchemaOrgImportError(
      "",
      `the article does not make a valid NewsArticle: ${issue?.path} ${issue?.message}`,
    );
  }
  return { article: result.value, text: fullText, warnings };
}

/** Everything but the headline, body and language, each only when well formed. */
function readMetadata(node: Node, article: NewsArticle): void {
  const url = jsonLdText(node.url);
  if (url !== undefined && isAbsoluteUri(url)) article.url = url;
  const alternative = jsonLdText(node.alternativeHeadline);
  if (alternative) article.alternativeHeadlines = [{ text: alternative }];
  const dateline = jsonLdText(node.dateline);
  if (dateline) article.dateline = { text: dateline };
  for (const [property, field] of [
    ["datePublished", "published"],
    ["dateModified", "modified"],
    ["dateCreated", "created"],
    ["expires", "expires"],
  ] as const) {
    const value = jsonLdText(node[property]);
    if (value !== undefined && DATE_TIME.test(value)) article[field] = value;
  }
  const version = typeof node.version === "number" ? String(node.version) : jsonLdText(node.version);
  if (version) article.version = version;
  const status = jsonLdText(node.creativeWorkStatus)?.toLowerCase();
  if (status !== undefined && STATUSES.has(status))
    article.pubStatus = status as NewsArticle["pubStatus"] & string;
  const authors = jsonLdList(node.author)
    .map((author) => (typeof author === "string" ? author.trim() : jsonLdName(author)))
    .filter((name): name is string => name !== undefined && name !== "");
  if (authors.length > 0)
    article.byline = { text: authors.join(", "), authors: authors.map((name) => ({ name })) };
  const provider = jsonLdName(node.sourceOrganization) ?? jsonLdName(node.publisher);
  if (provider)
    article.credit = { text: jsonLdText(node.creditText) ?? provider, provider: { name: provider } };
  const rights = {
    ...optional("copyrightHolder", jsonLdName(node.copyrightHolder)),
    ...optional("copyrightNotice", jsonLdText(node.copyrightNotice)),
    ...optional(
      "usageTerms",
      jsonLdText(node.usageInfo) ?? jsonLdText((node.usageInfo as Node | undefined)?.url),
    ),
  };
  if (Object.keys(rights).length > 0) article.rights = rights;
  const descriptions = [
    ...jsonLdList(node.description).map((value) => ({ text: jsonLdText(value), role: "summary" })),
    ...jsonLdList(node.abstract).map((value) => ({ text: jsonLdText(value), role: "abstract" })),
  ].filter((entry): entry is { text: string; role: string } => entry.text !== undefined && entry.text !== "");
  if (descriptions.length > 0) article.descriptions = descriptions;
  const keywords = jsonLdList(node.keywords)
    .flatMap((keyword) => (typeof keyword === "string" ? keyword.split(",") : [jsonLdName(keyword) ?? ""]))
    .map((keyword) => keyword.trim())
    .filter((keyword) => keyword !== "");
  if (keywords.length > 0) article.keywords = keywords;
  const section = jsonLdText(jsonLdList(node.articleSection)[0]);
  if (section) article.section = section;
  const subjects = jsonLdList(node.about)
    .map(subjectOf)
    .filter((subject) => subject !== undefined);
  if (subjects.length > 0) article.subjects = subjects;
  const genre = jsonLdText(node.genre);
  if (genre !== undefined && isAbsoluteUri(genre)) article.genre = { uri: genre };
  const media = [
    ...jsonLdList(node.image).map((value) => mediaOf(value, "picture")),
    ...jsonLdList(node.video).map((value) => mediaOf(value, "video")),
  ].filter((value) => value !== undefined);
  if (media.length > 0) article.media = media;
  const altIds = jsonLdList(node.identifier)
    .map((value) =>
      typeof value === "string"
        ? { value }
        : {
            value: jsonLdText((value as Node)?.value),
            ...optional("role", jsonLdText((value as Node)?.propertyID)),
          },
    )
    .filter(
      (entry): entry is { value: string; role?: string } =>
        typeof entry.value === "string" && entry.value !== "",
    );
  const otherIds = altIds.filter((entry) => entry.value !== article.id);
  if (otherIds.length > 0) article.altIds = otherIds;
}

function subjectOf(value: unknown): Subject | undefined {
  if (typeof value === "string") return value.trim() === "" ? undefined : { name: value.trim() };
  if (typeof value !== "object" || value === null) return undefined;
  const node = value as Node;
  const uri = jsonLdText(node["@id"]) ?? jsonLdText(node.url);
  const code = jsonLdText(node.termCode);
  const subject: Subject = {
    ...optional("uri", uri !== undefined && isAbsoluteUri(uri) ? uri : undefined),
    ...optional("qcode", code !== undefined && QCODE.test(code) ? code : undefined),
    ...optional("code", code !== undefined && !QCODE.test(code) ? code : undefined),
    ...optional("name", jsonLdText(node.name)),
  };
  return Object.keys(subject).length > 0 ? subject : undefined;
}

function mediaOf(value: unknown, type: MediaObject["type"]): MediaObject | undefined {
  const node: Node =
    typeof value === "string"
      ? { url: value }
      : typeof value === "object" && value !== null
        ? (value as Node)
        : {};
  const url = jsonLdText(node.contentUrl) ?? jsonLdText(node.url);
  if (url === undefined || !isAbsoluteUri(url)) return undefined;
  return {
    type,
    url,
    ...optional("caption", jsonLdText(node.caption)),
    ...optional("credit", jsonLdText(node.creditText)),
    ...optional("headline", jsonLdText(node.name)),
  };
}

function optional<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return (value === undefined || value === "" ? {} : { [key]: value }) as { [P in K]?: V };
}
