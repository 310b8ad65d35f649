import { createRequire } from "node:module";
import { unescapePointer } from "@communique/core";
import type { Node } from "yaml";
import { InputError } from "../errors.js";
import { terminalSafe } from "../report/terminal-safe.js";
import type { SourceDocument } from "./document.js";
import type { Position } from "./position.js";

// The YAML library is large; load it when the first YAML input arrives, not at start-up.
let yamlLibrary: typeof import("yaml") | undefined;
function yaml(): typeof import("yaml") {
  yamlLibrary ??= createRequire(import.meta.url)("yaml") as typeof import("yaml");
  return yamlLibrary;
}

// Aliases let a few lines expand into gigabytes ("billion laughs"); a data file has no need for
// more than a handful.
const MAX_ALIAS_COUNT = 100;

/**
 * Parses a YAML file, which may hold several documents separated by `---`: each becomes a
 * document to check, or, when it is empty, an input error at its place.
 */
export function parseYamlDocuments(text: string, file: string): (SourceDocument | InputError)[] {
  const { LineCounter, parseAllDocuments } = yaml();
  const lineCounter = new LineCounter();
  const position = (offset: number): Position => {
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
  };
  let documents: ReturnType<typeof parseAllDocuments>;
  try {
    documents = parseAllDocuments(text, { lineCounter, uniqueKeys: true, prettyErrors: false });
  } catch (error) {
    throw readFailure(file, error);
  }
  // A file of comments or directives alone holds no document.
  if (documents.length === 0)
    throw new InputError(file, "empty", "no YAML document in the file", { line: 1, column: 1 });
  return documents.map((document) => {
    const documentStart = document.range?.[0] ?? 0;
    const { contents } = document;
    const empty =
      contents === null || (yaml().isScalar(contents) && contents.source === "" && contents.value === null);
    if (empty && document.errors.length === 0) {
      // One empty document among others is reported at its place; the others are still checked.
      return new InputError(file, "empty", "empty YAML document", position(documentStart));
    }
    const [problem] = document.errors;
    if (problem !== undefined) {
      // The library records running out of stack as a parse error of the node where it happened.
      if (problem.message.includes(STACK_EXHAUSTED))
        throw new InputError(file, "too-deep", TOO_DEEP, position(problem.pos[0]));
      throw new InputError(
        file,
        "malformed",
        `malformed YAML: ${terminalSafe(firstLine(problem.message))}`,
        position(problem.pos[0]),
      );
    }
    let value: unknown;
    try {
      value = document.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      if (error instanceof RangeError) throw readFailure(file, error);
      throw new InputError(
        file,
        "malformed",
        `malformed YAML: ${terminalSafe(firstLine(message))}`,
        position(documentStart),
      );
    }
    const start = position(document.contents?.range?.[0] ?? documentStart);
    return {
      value,
      line: start.line,
      locate: (pointer) => position(nodeOffset(document.contents, pointer) ?? documentStart),
    };
  });
}

/** The offset of the node at a JSON Pointer: an object member's key, an item, or the deepest existing ancestor. */
function nodeOffset(root: Node | null, pointer: string): number | undefined {
  const { isMap, isPair, isScalar, isSeq } = yaml();
  let node: unknown = root;
  let offset = root?.range?.[0];
  const segments = pointer === "" ? [] : pointer.slice(1).split("/").map(unescapePointer);
  for (const segment of segments) {
    if (isMap(node)) {
      const pair = node.items.find(
        (item) => isPair(item) && isScalar(item.key) && String(item.key.value) === segment,
      );
      if (pair === undefined) break;
      offset = (pair.key as Node).range?.[0] ?? offset;
      node = pair.value;
    } else if (isSeq(node)) {
      const item = node.items[Number(segment)] as Node | undefined;
      if (item === undefined || !/^(0|[1-9][0-9]*)$/.test(segment)) break;
      offset = item.range?.[0] ?? offset;
      node = item;
    } else {
      break;
    }
  }
  return offset;
}

/** What V8 says when the stack runs out, and what we say instead. */
const STACK_EXHAUSTED = "Maximum call stack size exceeded";
const TOO_DEEP = "YAML nested too deeply to read";

/** A failure of the YAML library as an input error: too deep for the stack, or malformed. */
function readFailure(file: string, error: unknown): InputError {
  if (error instanceof RangeError) return new InputError(file, "too-deep", TOO_DEEP);
  return new InputError(
    file,
    "malformed",
    `malformed YAML: ${terminalSafe(firstLine(error instanceof Error ? error.message : String(error)))}`,
  );
}

function firstLine(message: string): string {
  return message.split("\n")[0] ?? message;
}
