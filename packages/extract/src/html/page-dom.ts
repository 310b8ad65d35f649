/**
 * The few DOM members the page reader uses, typed here so that the package needs no DOM library
 * in its TypeScript setup; linkedom's nodes (and a browser's) have them.
 */
export interface PageNode {
  readonly nodeType: number;
  readonly nodeName: string;
  readonly textContent: string | null;
  readonly childNodes: ArrayLike<PageNode>;
  readonly parentNode: PageNode | null;
}

/** An element: a node with a tag and attributes. */
export interface PageElement extends PageNode {
  readonly tagName: string;
  getAttribute(name: string): string | null;
  querySelectorAll(selectors: string): ArrayLike<PageElement>;
  querySelector(selectors: string): PageElement | null;
  remove(): void;
}

/** A parsed page. */
export interface PageDocument {
  readonly documentElement: PageElement | null;
  querySelectorAll(selectors: string): ArrayLike<PageElement>;
  querySelector(selectors: string): PageElement | null;
  readonly title: string;
}

export const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;

/** Text with HTML's white-space runs collapsed to one space, trimmed. */
export function collapse(text: string | null | undefined): string {
  return (text ?? "").replace(/[ \t\n\r\f\u00a0]+/g, " ").trim();
}
