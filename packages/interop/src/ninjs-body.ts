import { DomUtils, parseDocument } from "htmlparser2";
import type { NinjsItem, NinjsText } from "./ninjs-types.js";
import type { ConversionWarning } from "./warnings.js";

/** The paragraphs read from an item's content, and which of its entries they were read from. */
export interface BodyReading {
  /** The paragraphs, in order, each non-empty. */
  paragraphs: string[];
  /** The indices of the `bodies` entries read (one, or a plain and a markup form that agree). */
  bodies: number[];
  /** The index of the description read when the item has no usable body. */
  description?: number;
  warnings: ConversionWarning[];
}

type Form = "plain" | "html" | "xml";

/** How a body's value is written: plain text, HTML/XHTML, or other XML such as NITF. */
function formOf(entry: NinjsText): Form {
  const type = entry.contentType?.toLowerCase() ?? "";
  if (type.includes("html")) return "html";
  if (type.includes("xml") || type.includes("nitf")) return "xml";
  if (type !== "" && !type.startsWith("text/plain")) return "xml";
  return type === "" && /^\s*</.test(entry.value) ? "html" : "plain";
}

/**
 * Reads the body paragraphs of a ninjs item. A plain-text body is split at blank lines (or at line
 * breaks, when it has no blank line); a markup body (HTML, XHTML, NITF) gives its `<p>` elements'
 * text. When both a plain and an HTML form are present and give the same number of paragraphs, the
 * plain form is used, as it keeps the text's spacing exactly; otherwise markup, whose paragraph
 * boundaries are explicit, wins. Without a usable body, a description (role `text`, `lead`,
 * `summary` or none) stands in, with a warning.
 */
export function readBody(item: NinjsItem): BodyReading {
  const entries = (item.bodies ?? []).map((entry, index) => ({ index, form: formOf(entry), entry }));
  const plain = entries.find((body) => body.form === "plain");
  const markup = entries.find((body) => body.form === "html") ?? entries.find((body) => body.form === "xml");
  const plainParagraphs = plain === undefined ? [] : plainTextParagraphs(plain.entry.value);
  const markupParagraphs =
    markup === undefined
      ? []
      : markupTextParagraphs(markup.entry.value, markup.form === "xml" ? "xml" : "html");
  if (
    plain !== undefined &&
    markup !== undefined &&
    plainParagraphs.length === markupParagraphs.length &&
    plainParagraphs.length > 0
  )
    return { paragraphs: plainParagraphs, bodies: [plain.index, markup.index], warnings: [] };
  if (markup !== undefined && markupParagraphs.length > 0)
    return { paragraphs: markupParagraphs, bodies: [markup.index], warnings: [] };
  if (plain !== undefined && plainParagraphs.length > 0)
    return { paragraphs: plainParagraphs, bodies: [plain.index], warnings: [] };
  const roles = new Set(["text", "lead", "summary", "abstract", undefined]);
  const index = (item.descriptions ?? []).findIndex((entry) => roles.has(entry.role));
  const description = item.descriptions?.[index];
  if (description === undefined) return { paragraphs: [], bodies: [], warnings: [] };
  const form = formOf(description);
  const paragraphs =
    form === "plain" ? plainTextParagraphs(description.value) : markupTextParagraphs(description.value, form);
  const warnings: ConversionWarning[] = [
    {
      path: `/descriptions/${index}`,
      code: "assumed",
      message: "the item has no body text; this description is taken as the body",
    },
  ];
  return { paragraphs, bodies: [], description: index, warnings };
}

/** Paragraphs of plain text: blocks between blank lines, or lines when there is no blank line. */
export function plainTextParagraphs(text: string): string[] {
  const normalized = text.replace(/\r\n?/g, "\n");
  const separator = /\n[ \t]*\n/.test(normalized) ? /\n[ \t]*\n+/ : /\n/;
  return normalized
    .split(separator)
    .map((block) => block.trim())
    .filter((block) => block !== "");
}

/**
 * Paragraphs of HTML or XML: the text of each `<p>` element with HTML's white-space runs
 * collapsed; markup without `<p>` falls back to its text, split as plain text.
 */
export function markupTextParagraphs(markup: string, form: "html" | "xml"): string[] {
  const document = parseDocument(markup, { xmlMode: form === "xml", decodeEntities: true });
  const paragraphs = DomUtils.getElementsByTagName((name) => name.toLowerCase() === "p", document, true);
  if (paragraphs.length === 0) return plainTextParagraphs(DomUtils.textContent(document));
  return paragraphs
    .map((element) =>
      DomUtils.textContent(element)
        .replace(/[ \t\n\r\f]+/g, " ")
        .trim(),
    )
    .filter((text) => text !== "");
}
