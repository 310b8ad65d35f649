import type { ValidationIssue } from "@communique/core";
import { isBlank } from "../source/blank.js";
import { decodeUtf8 } from "../source/decode.js";
import type { SourceDocument } from "../source/document.js";
import { parseJsonDocument } from "../source/json.js";
import { emptyOutcome, type InputOutcome } from "./outcome.js";
import { toProblem } from "./problems.js";
import type { ValidatorFor } from "./schemas.js";

/** Records one parsed document's verdict in an outcome; positions are worked out only for failures. */
export function checkDocument(
  document: SourceDocument,
  file: string,
  validatorFor: ValidatorFor,
  outcome: InputOutcome,
  maxFailures: number,
): void {
  try {
    const validator = validatorFor(document.value, file, document.line);
    const result = validator.validate(document.value);
    const counts = result.ok ? outcome.valid : outcome.invalid;
    counts[validator.name] = (counts[validator.name] ?? 0) + 1;
    if (result.ok) return;
    if (outcome.failures.length >= maxFailures) {
      outcome.omittedFailures += 1;
      return;
    }
    outcome.failures.push({
      file,
      line: document.line,
      model: validator.name,
      issues: result.issues.map((issue) => ({
        ...hinted(issue, document.value),
        ...document.locate(issue.path),
      })),
    });
  } catch (error) {
    outcome.problems.push(toProblem(error, file, document.line));
  }
}

/** An array where a document should stand is most likely many documents: the issue says where they go. */
function hinted(issue: ValidationIssue, value: unknown): ValidationIssue {
  if (issue.path !== "" || issue.code !== "type" || !Array.isArray(value)) return issue;
  return {
    ...issue,
    message: `${issue.message}; an array of documents belongs in NDJSON, one document a line (.ndjson, or --input-format ndjson)`,
  };
}

/**
 * Checks a batch of NDJSON lines: each non-blank line is one JSON document. A line that cannot be
 * read is a problem at that line, and the lines after it are still checked.
 */
export function checkLineBatch(
  bytes: Uint8Array,
  firstLine: number,
  file: string,
  validatorFor: ValidatorFor,
  maxFailures: number,
): InputOutcome {
  const outcome = emptyOutcome(file);
  let text: string;
  try {
    text = decodeUtf8(bytes, file, firstLine);
  } catch {
    // Some line holds bad bytes: decode line by line to name it and keep the others.
    return checkLinesOneByOne(bytes, firstLine, file, validatorFor, maxFailures);
  }
  let line = firstLine;
  let start = 0;
  while (start < text.length) {
    let end = text.indexOf("\n", start);
    if (end === -1) end = text.length;
    const lineText = text.charCodeAt(end - 1) === 13 ? text.slice(start, end - 1) : text.slice(start, end);
    if (!isBlank(lineText)) checkLine(lineText, line, file, validatorFor, outcome, maxFailures);
    start = end + 1;
    line += 1;
  }
  return outcome;
}

function checkLine(
  text: string,
  line: number,
  file: string,
  validatorFor: ValidatorFor,
  outcome: InputOutcome,
  maxFailures: number,
) {
  let document: SourceDocument;
  try {
    document = parseJsonDocument(text, file, line);
  } catch (error) {
    outcome.problems.push(toProblem(error, file, line));
    return;
  }
  checkDocument(document, file, validatorFor, outcome, maxFailures);
}

function checkLinesOneByOne(
  bytes: Uint8Array,
  firstLine: number,
  file: string,
  validatorFor: ValidatorFor,
  maxFailures: number,
) {
  const outcome = emptyOutcome(file);
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let line = firstLine;
  for (let start = 0; start < buffer.length; line += 1) {
    let end = buffer.indexOf(10, start);
    if (end === -1) end = buffer.length;
    try {
      const text = decodeUtf8(buffer.subarray(start, end), file, line).replace(/\r$/, "");
      if (!isBlank(text)) checkLine(text, line, file, validatorFor, outcome, maxFailures);
    } catch (error) {
      outcome.problems.push(toProblem(error, file, line));
    }
    start = end + 1;
  }
  return outcome;
}
