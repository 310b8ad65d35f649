import { type NewsArticle, validateNewsArticle } from "@communique/news-article";
import { parseHTML } from "linkedom";
import { type ExtractOptions, type ExtractResult, extract, FURNITURE_KEY } from "../extract.js";
import { checkPublished } from "../published.js";
import type { ExtractWarning } from "../warnings.js";
import { blocks, mainText } from "./main-text.js";
import { collapse, type PageDocument } from "./page-dom.js";
import { type PageMetadata, readPageMetadata } from "./page-metadata.js";
import { isWebFurniture } from "./web-furniture.js";

/** How to read a page. */
export interface ExtractPageOptions extends ExtractOptions {
  /** The SHA-256 of the page as read (its bytes), kept as `provenance.derivedFrom.sha256`. */
  pageSha256?: string;
}

/** What `extractPage` found: `extract`'s result on the page's clean text, and that text. */
export interface ExtractPageResult extends ExtractResult {
  /** The clean text (headline, then the paragraphs, separated by blank lines) the spans point into. */
  text: string;
  /** What the page said about the article outside its text. */
  metadata: PageMetadata;
}

/** Why a page could not be read. */
export type PageErrorCode = "too-large" | "too-deep" | "not-html" | "no-content";

/** Thrown for input that is not a page the extractor can read. */
export class PageError extends Error {
  override name = "PageError";
  constructor(
    readonly code: PageErrorCode,
    message: string,
  ) {
    super(message);
  }
}

/** The largest page read, in characters: a hundred times a heavy news page. */
export const MAX_PAGE_CHARACTERS = 20_000_000;
/** The deepest nesting of elements read; Readability walks a page recursively. */
export const MAX_PAGE_DEPTH = 512;
/** The key under which what the page says of itself beyond the model's fields (its publisher) is kept. */
export const PAGE_KEY = "dev.communique:page";

const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})$/;
const LANGUAGE = /^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{1,8})*$/;

/**
 * Reads a saved web page (HTML) into a NewsArticle and the joint statements it reports: the main
 * content is found with Readability, the metadata (headline, dates, authors, canonical URL,
 * description, keywords, section, language, images) is read from the page's JSON-LD and meta tags,
 * and the text pipeline runs on the clean text, to which every span points. Throws a `PageError`
 * for a page too large, for binary data, or for a page with no text.
 */
export function extractPage(html: string, options: ExtractPageOptions = {}): ExtractPageResult {
  if (html.length > MAX_PAGE_CHARACTERS)
    throw new PageError(
      "too-large",
      `the page has ${html.length} characters; pages of more than ${MAX_PAGE_CHARACTERS} are not read`,
    );
  if (looksBinary(html)) throw new PageError("not-html", "the input holds binary data, not an HTML page");
  const depth = nestingDepth(html);
  if (depth > MAX_PAGE_DEPTH)
    throw new PageError(
      "too-deep",
      `the page nests elements ${depth} deep; pages nested more than ${MAX_PAGE_DEPTH} deep are not read`,
    );
  const { document } = parseHTML(html) as unknown as { document: PageDocument };
  const metadata = readPageMetadata(document);
  const body = document.querySelector("body");
  const main = mainText(document);
  let paragraphs = main.paragraphs;
  // A page too short for Readability to call an article is read whole.
  if (paragraphs.length === 0 && body !== null) paragraphs = blocks(body);
  if (paragraphs.length === 0 && metadata.articleBody !== undefined)
    paragraphs = metadata.articleBody
      .split(/\n+/)
      .map((line) => line.trim())
      .filter((line) => line !== "");
  let headline = collapse(metadata.headline ?? main.title ?? paragraphs[0]) || undefined;
  // The page's own heading at the top of the article is its headline when the metadata has only
  // the start of it (a <title> cut short, or without the site's name).
  const top = paragraphs[0];
  if (headline !== undefined && top !== undefined && top !== headline && top.startsWith(headline))
    if (top.length <= MAX_HEADLINE && !/[.!?]$/.test(top)) headline = top;
  if (headline === undefined || paragraphs.length === 0)
    throw new PageError("no-content", "the page has no article text");
  paragraphs = paragraphs.filter((paragraph) => paragraph !== headline && !isWebFurniture(paragraph));
  if (paragraphs.length === 0) throw new PageError("no-content", "the page has no article text");
  const text = [headline, ...paragraphs].join("\n\n");

  const published = options.published ?? publishedOf(metadata.published);
  const language = options.language ?? languageOf(metadata.language);
  const result = extract(text, {
    ...(options.source === undefined ? {} : { source: options.source }),
    ...(published === undefined ? {} : { published }),
    ...(language === undefined ? {} : { language }),
  });
  const article = withPageMetadata(
    withHeadline(withBodyRestored(result.article, headline.length), headline),
    metadata,
    options,
    result.warnings,
  );
  return { ...result, article, text, metadata };
}

/** The longest heading taken for the headline, in characters. */
const MAX_HEADLINE = 200;

/**
 * The article with the page's headline, which heads the clean text, when the text pipeline took
 * another line for it (as it may in a language it has no words for), and without the headline in
 * its body (where the pipeline puts it when it finds only one line of story).
 */
function withHeadline(article: NewsArticle, headline: string): NewsArticle {
  const span = { start: 0, end: headline.length };
  const paragraphs = article.body.paragraphs.filter((paragraph) => paragraph.span.start >= span.end);
  const same = article.headline === headline && article.headlineSpan?.start === 0;
  if (paragraphs.length === 0 || (same && paragraphs.length === article.body.paragraphs.length))
    return article;
  const next: NewsArticle = {
    ...article,
    headline,
    headlineSpan: span,
    body: { ...article.body, paragraphs },
  };
  return validateNewsArticle(next).ok ? next : article;
}

/** A line the text pipeline set aside as page furniture. */
interface FurnitureLine {
  kind: string;
  text: string;
  span: { start: number; end: number };
}

/**
 * The text pipeline's furniture kinds that Readability has already ruled on for a page: the
 * navigation around a story (which a page's clean text no longer has) is the story's own text here.
 */
const RULED_BY_READABILITY = new Set(["navigation"]);

/**
 * The article with the lines the pipeline took for navigation put back in the body, in order: on
 * a page, Readability has already removed the navigation, and what the pipeline takes for it is
 * prose it does not read (a language without its lexicon, a story without a headline line).
 */
function withBodyRestored(article: NewsArticle, headlineEnd: number): NewsArticle {
  const furniture = (article.extensions?.[FURNITURE_KEY] ?? []) as FurnitureLine[];
  const restored = furniture.filter((line) => RULED_BY_READABILITY.has(line.kind));
  if (restored.length === 0) return article;
  const paragraphs = [...article.body.paragraphs];
  const overlaps = (span: FurnitureLine["span"]) =>
    paragraphs.some((paragraph) => paragraph.span.start < span.end && span.start < paragraph.span.end) ||
    (article.headlineSpan !== undefined &&
      article.headlineSpan.start < span.end &&
      span.start < article.headlineSpan.end);
  const back = restored.filter(
    (line) => line.text.trim() !== "" && line.span.start >= headlineEnd && !overlaps(line.span),
  );
  if (back.length === 0) return article;
  paragraphs.push(
    ...back.map((line) => ({ text: line.text, span: { start: line.span.start, end: line.span.end } })),
  );
  paragraphs.sort((a, b) => a.span.start - b.span.start);
  const left = furniture.filter((line) => !back.includes(line));
  const extensions = Object.fromEntries(
    Object.entries(article.extensions ?? {}).filter(([key]) => key !== FURNITURE_KEY || left.length > 0),
  );
  if (left.length > 0) extensions[FURNITURE_KEY] = left;
  const { extensions: _, ...rest } = article;
  const next: NewsArticle = {
    ...rest,
    body: { ...article.body, paragraphs },
    ...(Object.keys(extensions).length > 0 ? { extensions } : {}),
  };
  return validateNewsArticle(next).ok ? next : article;
}

/** Whether the input holds control characters no page has (NUL and the like) in any number. */
function looksBinary(html: string): boolean {
  const sample = html.slice(0, 65_536);
  let control = 0;
  for (let i = 0; i < sample.length; i++) {
    const code = sample.charCodeAt(i);
    if (code < 9 || (code > 13 && code < 32)) control++;
  }
  return control > 8 && control > sample.length / 100;
}

/** Elements that never hold others, and those a parser closes on its own: they add no depth. */
const NO_DEPTH = new Set(
  "area base br col embed hr img input link meta source track wbr p li dt dd tr td th option".split(" "),
);

/**
 * The deepest nesting of elements in the markup, counted from its tags as written (an unclosed
 * element counts as open to the end): cheap, and an upper bound on what the parser builds.
 */
function nestingDepth(html: string): number {
  const tag = /<(\/?)([a-zA-Z][a-zA-Z0-9-]*)[^>]*?(\/?)>/g;
  let depth = 0;
  let deepest = 0;
  let lower: string | undefined;
  for (let match = tag.exec(html); match !== null; match = tag.exec(html)) {
    const name = (match[2] as string).toLowerCase();
    if (NO_DEPTH.has(name) || match[3] === "/") continue;
    if (match[1] === "/") depth = Math.max(0, depth - 1);
    else if (name !== "script" && name !== "style") deepest = Math.max(deepest, ++depth);
    else {
      // Skip to the end of the script or style: its text is not markup.
      lower ??= html.toLowerCase();
      const end = lower.indexOf(`</${name}`, tag.lastIndex);
      const close = end < 0 ? -1 : lower.indexOf(">", end);
      tag.lastIndex = close < 0 ? html.length : close + 1;
    }
  }
  return deepest;
}

/** The page's date as `extract` takes it: a date-time with an offset, or else its calendar day. */
function publishedOf(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const day = /^(\d{4}-\d{2}-\d{2})/.exec(value)?.[1];
  return [DATE_TIME.test(value) ? value : undefined, day].find((candidate) => {
    if (candidate === undefined) return false;
    try {
      checkPublished(candidate);
      return true;
    } catch {
      return false; // a date no calendar has (30 February): the page's date is left out
    }
  });
}

function languageOf(value: string | undefined): string | undefined {
  return value !== undefined && LANGUAGE.test(value) ? value : undefined;
}

/**
 * The article with what the page says beside its text, each field kept only if the article still
 * validates with it (a malformed URL or date in a page is dropped with a warning).
 */
function withPageMetadata(
  original: NewsArticle,
  metadata: PageMetadata,
  options: ExtractPageOptions,
  warnings: ExtractWarning[],
): NewsArticle {
  let article = original;
  const offer = (field: string, change: Partial<NewsArticle>) => {
    const next = { ...article, ...change };
    if (validateNewsArticle(next).ok) article = next;
    else warnings.push({ code: "page-metadata", message: `the page's ${field} is not usable; left out` });
  };
  if (metadata.url !== undefined) offer("canonical URL", { url: metadata.url });
  if (
    article.published === undefined &&
    metadata.published !== undefined &&
    DATE_TIME.test(metadata.published)
  )
    offer("publication date", { published: metadata.published });
  if (metadata.modified !== undefined && DATE_TIME.test(metadata.modified))
    offer("modification date", { modified: metadata.modified });
  if (metadata.description !== undefined)
    offer("description", { descriptions: [{ text: metadata.description, role: "summary" }] });
  if (metadata.keywords.length > 0) offer("keywords", { keywords: metadata.keywords });
  if (metadata.section !== undefined) offer("section", { section: metadata.section });
  if (metadata.images.length > 0)
    offer("images", {
      media: metadata.images.map((image) => ({
        type: "picture" as const,
        url: image.url,
        ...(image.caption === undefined ? {} : { caption: image.caption }),
        ...(image.alt === undefined ? {} : { altText: image.alt }),
      })),
    });
  if (article.byline === undefined && metadata.authors.length > 0)
    offer("authors", {
      byline: { text: metadata.authors.join(", "), authors: metadata.authors.map((name) => ({ name })) },
    });
  if (options.pageSha256 !== undefined)
    offer("SHA-256", {
      provenance: {
        ...article.provenance,
        derivedFrom: {
          mediaType: "text/html",
          sha256: options.pageSha256,
          ...(article.url === undefined ? {} : { url: article.url }),
        },
      },
    });
  if (metadata.publisher !== undefined)
    offer("publisher", {
      extensions: { ...(article.extensions ?? {}), [PAGE_KEY]: { publisher: metadata.publisher } },
    });
  return article;
}
