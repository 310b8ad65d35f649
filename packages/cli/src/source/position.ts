/** A 1-based line and column in a file. */
export interface Position {
  line: number;
  column: number;
}

/** The 1-based line and column of a character offset in `text`. */
export function lineAndColumn(text: string, offset: number): Position {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf("\n"); i !== -1 && i < offset; i = text.indexOf("\n", i + 1)) {
    line += 1;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}
