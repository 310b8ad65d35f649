import { Readability } from "@mozilla/readability";
import { collapse, ELEMENT_NODE, type PageDocument, type PageNode, TEXT_NODE } from "./page-dom.js";

/** Elements that start and end a paragraph of their own. */
const BLOCKS = new Set([
  "P",
  "DIV",
  "SECTION",
  "ARTICLE",
  "MAIN",
  "HEADER",
  "H1",
  "H2",
  "H3",
  "H4",
  "H5",
  "H6",
  "LI",
  "UL",
  "OL",
  "DL",
  "DT",
  "DD",
  "BLOCKQUOTE",
  "PRE",
  "TABLE",
  "TR",
  "TD",
  "TH",
  "CAPTION",
  "BR",
  "HR",
  "ADDRESS",
]);
/** Elements whose text is not the article's: captions, asides, controls, code for the page. */
const SKIPPED = new Set([
  "FIGURE",
  "FIGCAPTION",
  "ASIDE",
  "NAV",
  "FOOTER",
  "FORM",
  "BUTTON",
  "SCRIPT",
  "STYLE",
  "NOSCRIPT",
  "SVG",
  "IFRAME",
  "SELECT",
  "TEXTAREA",
  "TEMPLATE",
  "OBJECT",
  "EMBED",
  "CANVAS",
]);

/** The largest share of link text a paragraph of the article may have. */
const MAX_LINK_DENSITY = 0.8;

/** The main content of a page, found by Readability, as paragraphs of text. */
export interface MainText {
  /** The title Readability settled on. */
  title?: string;
  /** The byline Readability found in the page, if any. */
  byline?: string;
  paragraphs: string[];
}

/**
 * Finds the article in a page with Readability (which changes the document: read the metadata
 * first) and turns its content into paragraphs: the text of each block element, white space
 * collapsed, figures and captions left out. Empty paragraphs are dropped.
 */
export function mainText(document: PageDocument): MainText {
  const reader = new Readability<PageNode>(document as never, {
    serializer: (node) => node as unknown as PageNode,
    disableJSONLD: true,
  });
  const article = reader.parse();
  const content = article?.content;
  const found = content === null || content === undefined ? [] : blocksWithLinks(content);
  // A paragraph that is mostly link text is a list of related stories, tags or share buttons.
  const out: MainText = {
    paragraphs: found.filter((block) => block.linkDensity <= MAX_LINK_DENSITY).map((block) => block.text),
  };
  if (article?.title) out.title = collapse(article.title);
  if (article?.byline) out.byline = collapse(article.byline);
  return out;
}

/** A paragraph of a page and how much of it is the text of links. */
export interface PageBlock {
  text: string;
  /** The share of its characters inside `<a>` elements, 0 to 1. */
  linkDensity: number;
}

/** The text of a subtree, split at block elements, walked without recursion (pages nest deep). */
export function blocks(root: PageNode): string[] {
  return blocksWithLinks(root).map((block) => block.text);
}

/** `blocks`, with the share of each block's text that is link text. */
export function blocksWithLinks(root: PageNode): PageBlock[] {
  const paragraphs: PageBlock[] = [];
  let current = "";
  let linked = 0;
  let inLinks = 0;
  const flush = () => {
    const text = collapse(current);
    if (text !== "") paragraphs.push({ text, linkDensity: Math.min(1, linked / current.trim().length) });
    current = "";
    linked = 0;
  };
  // Each entry is a node to enter, or a mark to act on when an element is left: the end of a
  // block (a paragraph ends there) or of a link.
  const stack: (PageNode | "end-block" | "end-link")[] = [root];
  while (stack.length > 0) {
    const next = stack.pop() as PageNode | "end-block" | "end-link";
    if (next === "end-block") {
      flush();
      continue;
    }
    if (next === "end-link") {
      inLinks--;
      continue;
    }
    if (next.nodeType === TEXT_NODE) {
      const text = next.textContent ?? "";
      current += text;
      if (inLinks > 0) linked += text.trim().length;
      continue;
    }
    if (next.nodeType !== ELEMENT_NODE) continue;
    const tag = next.nodeName.toUpperCase();
    if (SKIPPED.has(tag)) continue;
    if (BLOCKS.has(tag)) {
      flush();
      stack.push("end-block");
    }
    if (tag === "A") {
      inLinks++;
      stack.push("end-link");
    }
    const children = next.childNodes;
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i] as PageNode);
  }
  flush();
  return paragraphs;
}
