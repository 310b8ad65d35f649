import { createRequire } from "node:module";
import { unescapePointer } from "@communique/core";
import type { Token } from "@humanwhocodes/momoa";
import type { Position } from "./position.js";

// Both functions walk momoa's token list with explicit counters instead of recursion, so a
// document nested 100,000 levels deep costs time in proportion to its size, not stack.

// Only failing documents are tokenized, so the tokenizer is loaded on the first failure.
let momoa: typeof import("@humanwhocodes/momoa") | undefined;
function tokenize(text: string): Token[] {
  momoa ??= createRequire(import.meta.url)("@humanwhocodes/momoa") as typeof import("@humanwhocodes/momoa");
  return momoa.tokenize(text);
}

const OPEN = new Set(["LBrace", "LBracket"]);
const CLOSE = new Set(["RBrace", "RBracket"]);

/**
 * A function that tells where the value at a JSON Pointer stands in JSON text: for an object
 * member, its key (where an editor should put the cursor for an unknown or misspelt property); for
 * an array item or the root, the value. It stops at the deepest part of the pointer that exists.
 * The text is tokenized once, on the first call, however many issues a document has.
 */
export function pointerLocator(text: string): (pointer: string) => Position {
  let tokens: Token[] | undefined;
  return (pointer) => {
    tokens ??= tokenize(text);
    return locate(text, tokens, pointer);
  };
}

/** Where the value at a JSON Pointer stands in JSON text (see `pointerLocator`). */
export function locatePointer(text: string, pointer: string): Position {
  return pointerLocator(text)(pointer);
}

function locate(text: string, tokens: Token[], pointer: string): Position {
  const segments = pointer === "" ? [] : pointer.slice(1).split("/").map(unescapePointer);
  let at = 0;
  let found = start(tokens[0]);
  for (const segment of segments) {
    const container = tokens[at];
    if (container === undefined || !OPEN.has(container.type)) break;
    const next =
      container.type === "LBrace" ? findMember(text, tokens, at, segment) : findItem(tokens, at, segment);
    if (next === undefined) break;
    found = start(tokens[next.mark]);
    at = next.value;
  }
  return found;
}

/**
 * The member of the object opening at `open` named `key`. When a key repeats, the last one wins,
 * as it does in `JSON.parse`, so the place reported is the value that was checked.
 */
function findMember(
  text: string,
  tokens: Token[],
  open: number,
  key: string,
): { mark: number; value: number } | undefined {
  let found: { mark: number; value: number } | undefined;
  let i = open + 1;
  while (i < tokens.length && tokens[i]?.type === "String") {
    const keyToken = tokens[i] as Token;
    const name = JSON.parse(text.slice(keyToken.loc.start.offset, keyToken.loc.end.offset)) as string;
    const value = i + 2; // key, colon, value
    if (name === key) found = { mark: i, value };
    i = skipValue(tokens, value);
    if (tokens[i]?.type !== "Comma") break;
    i += 1;
  }
  return found;
}

function findItem(
  tokens: Token[],
  open: number,
  segment: string,
): { mark: number; value: number } | undefined {
  if (!/^(0|[1-9][0-9]*)$/.test(segment)) return undefined;
  const index = Number(segment);
  let i = open + 1;
  for (let n = 0; i < tokens.length && !CLOSE.has(tokens[i]?.type ?? ""); n += 1) {
    if (n === index) return { mark: i, value: i };
    i = skipValue(tokens, i);
    if (tokens[i]?.type !== "Comma") return undefined;
    i += 1;
  }
  return undefined;
}

/** The index of the token just after the value that starts at `i`. */
function skipValue(tokens: Token[], i: number): number {
  if (!OPEN.has(tokens[i]?.type ?? "")) return i + 1;
  let depth = 0;
  for (; i < tokens.length; i += 1) {
    const type = tokens[i]?.type ?? "";
    if (OPEN.has(type)) depth += 1;
    else if (CLOSE.has(type)) depth -= 1;
    if (depth === 0) return i + 1;
  }
  return i;
}

function start(token: Token | undefined): Position {
  return token === undefined
    ? { line: 1, column: 1 }
    : { line: token.loc.start.line, column: token.loc.start.column };
}

/** A syntax error in JSON text: where, and what was expected. */
export interface SyntaxProblem extends Position {
  message: string;
}

type Expect = "value" | "key" | "colon" | "comma-or-close" | "end";

/**
 * The first syntax error in JSON text that `JSON.parse` rejected, found by a stack machine over the
 * tokens. Lexical errors (a bad escape, a stray character) come from the tokenizer itself.
 */
export function findSyntaxProblem(text: string): SyntaxProblem | undefined {
  let tokens: Token[];
  try {
    tokens = tokenize(text);
  } catch (error) {
    const { line, column, message } = error as { line?: number; column?: number; message: string };
    // The tokenizer names the end of the text as the character U+FFFF.
    const reason = message.includes("\uFFFF")
      ? "unexpected end of input"
      : message.replace(/\s*\(\d+:\d+\)$/, "");
    return { line: line ?? 1, column: column ?? 1, message: reason };
  }
  const stack: ("object" | "array")[] = [];
  let expect: Expect = "value";
  let emptyAllowed = false;
  const fail = (token: Token, wanted: string): SyntaxProblem => ({
    ...start(token),
    message: `expected ${wanted}, found ${describe(token.type)}`,
  });
  for (const token of tokens) {
    const type = token.type;
    if (expect === "end") return fail(token, "the end of the document");
    if ((expect === "value" || expect === "key") && CLOSE.has(type)) {
      if (!emptyAllowed || type !== (stack.at(-1) === "object" ? "RBrace" : "RBracket"))
        return fail(token, expect === "key" ? "a property name in double quotes" : "a value");
      stack.pop();
      expect = stack.length === 0 ? "end" : "comma-or-close";
      emptyAllowed = false;
      continue;
    }
    emptyAllowed = false;
    if (expect === "key") {
      if (type !== "String") return fail(token, "a property name in double quotes");
      expect = "colon";
    } else if (expect === "colon") {
      if (type !== "Colon") return fail(token, "':'");
      expect = "value";
    } else if (expect === "value") {
      if (type === "LBrace" || type === "LBracket") {
        stack.push(type === "LBrace" ? "object" : "array");
        expect = type === "LBrace" ? "key" : "value";
        emptyAllowed = true;
      } else if (["String", "Number", "Boolean", "Null"].includes(type)) {
        expect = stack.length === 0 ? "end" : "comma-or-close";
      } else {
        return fail(token, "a value");
      }
    } else if (type === "Comma") {
      expect = stack.at(-1) === "object" ? "key" : "value";
    } else if (type === (stack.at(-1) === "object" ? "RBrace" : "RBracket")) {
      stack.pop();
      expect = stack.length === 0 ? "end" : "comma-or-close";
    } else {
      return fail(token, stack.at(-1) === "object" ? "',' or '}'" : "',' or ']'");
    }
  }
  if (expect === "end") return undefined;
  const end = lineAndColumnAtEnd(text);
  return { ...end, message: "unexpected end of input" };
}

function lineAndColumnAtEnd(text: string): Position {
  const lines = text.split("\n");
  return { line: lines.length, column: (lines.at(-1)?.length ?? 0) + 1 };
}

function describe(type: string): string {
  const names: Record<string, string> = {
    LBrace: "'{'",
    RBrace: "'}'",
    LBracket: "'['",
    RBracket: "']'",
    Comma: "','",
    Colon: "':'",
    String: "a string",
    Number: "a number",
    Boolean: "a boolean",
    Null: "null",
  };
  return names[type] ?? type;
}
