import { createRequire } from "node:module";
import { unescapePointer } from "@communique/core";
import type { Token } from "@humanwhocodes/momoa";
import { lineAndColumn, type Position } from "./position.js";

// Both the scanner and the syntax check walk with explicit counters instead of recursion, so a
// document nested 100,000 levels deep costs time in proportion to its size, not stack.

// Only failing documents are tokenized, so the tokenizer is loaded on the first failure.
let momoa: typeof import("@humanwhocodes/momoa") | undefined;
function tokenize(text: string): Token[] {
  momoa ??= createRequire(import.meta.url)("@humanwhocodes/momoa") as typeof import("@humanwhocodes/momoa");
  return momoa.tokenize(text);
}

const CLOSE = new Set(["RBrace", "RBracket"]);

/**
 * A function that tells where the value at a JSON Pointer stands in JSON text: for an object
 * member, its key (where an editor should put the cursor for an unknown or misspelt property); for
 * an array item or the root, the value. It stops at the deepest part of the pointer that exists.
 *
 * The text is scanned, not tokenized: from the start of each container on the pointer's way,
 * skipping the values before the one sought, with no object per token. Memory stays small however
 * large the document (a 50 MB array cost gigabytes of tokens), and the root costs nothing to find.
 * The members of an object, and the items of an array up to the one sought, are remembered once
 * scanned, so the many issues of one document do not scan the same containers again.
 */
export function pointerLocator(text: string): (pointer: string) => Position {
  const scanner = new JsonScanner(text);
  return (pointer) => lineAndColumn(text, scanner.locate(pointer));
}

/** Where the value at a JSON Pointer stands in JSON text (see `pointerLocator`). */
export function locatePointer(text: string, pointer: string): Position {
  return pointerLocator(text)(pointer);
}

/** Character offsets of a member: its key and its value. */
interface Member {
  key: number;
  value: number;
}

/** Walks valid JSON text (it was parsed before) by character offsets. */
class JsonScanner {
  private readonly members = new Map<number, Map<string, Member>>();
  private readonly items = new Map<number, { offsets: number[]; end: boolean }>();

  constructor(private readonly text: string) {}

  /** The offset `locate` reports for a pointer (see `pointerLocator`). */
  locate(pointer: string): number {
    const segments = pointer === "" ? [] : pointer.slice(1).split("/").map(unescapePointer);
    let at = this.skipSpace(0);
    let found = at;
    for (const segment of segments) {
      const open = this.text[at];
      if (open === "{") {
        const member = this.memberOf(at).get(segment);
        if (member === undefined) break;
        found = member.key;
        at = member.value;
      } else if (open === "[") {
        if (!/^(0|[1-9][0-9]*)$/.test(segment)) break;
        const item = this.itemOf(at, Number(segment));
        if (item === undefined) break;
        found = item;
        at = item;
      } else {
        break;
      }
    }
    return found;
  }

  /** The members of the object opening at `open`; for a repeated key the last, as `JSON.parse` keeps. */
  private memberOf(open: number): Map<string, Member> {
    let members = this.members.get(open);
    if (members !== undefined) return members;
    members = new Map();
    let i = this.skipSpace(open + 1);
    while (this.text[i] === '"') {
      const keyEnd = this.skipString(i);
      const name = JSON.parse(this.text.slice(i, keyEnd)) as string;
      const value = this.skipSpace(this.skipSpace(keyEnd) + 1); // past the colon
      members.set(name, { key: i, value });
      i = this.skipSpace(this.skipValue(value));
      if (this.text[i] !== ",") break;
      i = this.skipSpace(i + 1);
    }
    this.members.set(open, members);
    return members;
  }

  /** The offset of item `index` of the array opening at `open`, scanning no further than it. */
  private itemOf(open: number, index: number): number | undefined {
    let items = this.items.get(open);
    if (items === undefined) {
      const first = this.skipSpace(open + 1);
      items = { offsets: [], end: this.text[first] === "]" };
      if (!items.end) items.offsets.push(first);
      this.items.set(open, items);
    }
    const { offsets } = items;
    while (offsets.length <= index && !items.end) {
      const after = this.skipSpace(this.skipValue(offsets.at(-1) as number));
      if (this.text[after] === ",") offsets.push(this.skipSpace(after + 1));
      else items.end = true;
    }
    return offsets[index];
  }

  private skipSpace(i: number): number {
    const { text } = this;
    while (i < text.length) {
      const c = text.charCodeAt(i);
      // space, tab, newline, carriage return; and a byte order mark at the start
      if (c !== 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0xfeff) break;
      i += 1;
    }
    return i;
  }

  /** The offset just past the string whose opening quote is at `i`. */
  private skipString(i: number): number {
    const { text } = this;
    for (let j = i + 1; j < text.length; j += 1) {
      const c = text.charCodeAt(j);
      if (c === 0x5c) j += 1;
      else if (c === 0x22) return j + 1;
    }
    return text.length;
  }

  /** The offset just past the value that starts at `i`; containers are skipped with a depth count. */
  private skipValue(i: number): number {
    const { text } = this;
    const first = text[i];
    if (first === '"') return this.skipString(i);
    if (first !== "{" && first !== "[") {
      let j = i;
      while (j < text.length && !/[\s,\]}]/.test(text[j] as string)) j += 1;
      return j;
    }
    let depth = 0;
    for (let j = i; j < text.length; j += 1) {
      const c = text.charCodeAt(j);
      if (c === 0x22) j = this.skipString(j) - 1;
      else if (c === 0x7b || c === 0x5b) depth += 1;
      else if (c === 0x7d || c === 0x5d) {
        depth -= 1;
        if (depth === 0) return j + 1;
      }
    }
    return text.length;
  }
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
    // The tokenizer names the end of the text as the character U+FFFF; its other messages are put
    // in the words of ours ("Unexpected character 'o' found." is "unexpected character 'o'").
    const reason = message.includes("\uFFFF")
      ? "unexpected end of input"
      : message
          .replace(/\s*\(\d+:\d+\)$/, "")
          .replace(/^Unexpected character (.*) found\.?$/, "unexpected character $1")
          .replace(/^[A-Z]/, (first) => first.toLowerCase())
          .replace(/\.$/, "");
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
