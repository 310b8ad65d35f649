import { escapePointer, shorten } from "./ajv-issues.js";
import { textSha256 } from "./text-sha256.js";
import type { ValidationIssue } from "./validation.js";

/**
 * Checks a document against the original text its spans point into: `provenance.sha256` must be
 * the text's SHA-256, and every span must cover its text there — `text` beside `span`, and any
 * `name` beside `nameSpan` (`headline` and `headlineSpan`). The schema cannot state this: it does
 * not have the text.
 */
export function checkAgainstOriginal(document: unknown, text: string): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const recorded = (document as { provenance?: { sha256?: unknown } } | null)?.provenance?.sha256;
  const actual = textSha256(text);
  if (typeof recorded === "string" && recorded !== actual)
    issues.push({
      path: "/provenance/sha256",
      code: "text-sha256",
      message: `the document was made from another text: this one's SHA-256 is ${actual}`,
      params: { expected: recorded, actual },
    });
  walk(document, "", text, issues);
  return issues;
}

function walk(value: unknown, path: string, text: string, issues: ValidationIssue[]): void {
  if (typeof value !== "object" || value === null) return;
  if (Array.isArray(value)) {
    value.forEach((item, i) => {
      walk(item, `${path}/${i}`, text, issues);
    });
    return;
  }
  const record = value as Record<string, unknown>;
  for (const [key, member] of Object.entries(record)) {
    const spanned = key === "span" ? "text" : key.endsWith("Span") ? key.slice(0, -4) : undefined;
    const written = spanned === undefined ? undefined : record[spanned];
    if (typeof written === "string" && isSpan(member)) {
      const covered = text.slice(member.start, member.end);
      if (covered !== written)
        issues.push({
          path: `${path}/${escapePointer(key)}`,
          code: "span-text",
          message: `the span ${member.start}–${member.end} covers "${shorten(covered)}" in the original text, not "${shorten(written)}"`,
          params: { start: member.start, end: member.end, covered, text: written },
        });
    }
    walk(member, `${path}/${escapePointer(key)}`, text, issues);
  }
}

function isSpan(value: unknown): value is { start: number; end: number } {
  const span = value as { start?: unknown; end?: unknown } | null;
  return (
    typeof span === "object" &&
    span !== null &&
    typeof span.start === "number" &&
    typeof span.end === "number"
  );
}
