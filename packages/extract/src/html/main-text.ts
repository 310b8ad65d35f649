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
  const out: MainText = { paragraphs: content === null || content === undefined ? [] : blocks(content) };
  if (article?.title) out.title = collapse(article.title);
  if (article?.byline) out.byline = collapse(article.byline);
  return out;
}

/** The text of a subtree, split at block elements, walked without recursion (pages nest deep). */
export function blocks(root: PageNode): string[] {
  const paragraphs: string[] = [];
  let current = "";
  const flush = () => {
    const text = collapse(current);
    if (text !== "") paragraphs.push(text);
    current = "";
  };
  // Each entry is a node to enter, or (as a string) the tag of a block element being left.
  const stack: (PageNode | string)[] = [root];
  while (stack.length > 0) {
    const next = stack.pop() as PageNode | string;
    if (typeof next === "string") {
      flush();
      continue;
    }
    if (next.nodeType === TEXT_NODE) {
      current += next.textContent ?? "";
      continue;
    }
    if (next.nodeType !== ELEMENT_NODE) continue;
    const tag = next.nodeName.toUpperCase();
    if (SKIPPED.has(tag)) continue;
    const block = BLOCKS.has(tag);
    if (block) {
      flush();
      stack.push(tag);
    }
    const children = next.childNodes;
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i] as PageNode);
  }
  flush();
  return paragraphs;
}
