/**
 * Characters a terminal acts on instead of showing: C0 and C1 controls (escape sequences that move
 * the cursor or erase a line, carriage return, newline), and the Unicode marks that reorder or
 * break a line (bidirectional overrides and isolates, line and paragraph separators).
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point.
const ACTING = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

const NAMED: Record<string, string> = { "\n": "\\n", "\r": "\\r", "\t": "\\t" };

/**
 * Text from the data (a file name, a key, a message quoting a value) made safe to print on a
 * terminal: each acting character is shown as its escape (`\n`, `\u001b`), so that data cannot
 * erase, overwrite or reorder the report around it.
 */
export function terminalSafe(text: string): string {
  return text.replace(
    ACTING,
    (character) => NAMED[character] ?? `\\u${character.charCodeAt(0).toString(16).padStart(4, "0")}`,
  );
}
