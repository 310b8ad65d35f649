const NOT_WHITESPACE = /\S/;

/** Whether text holds only whitespace, without copying it as `trim()` would. */
export function isBlank(text: string): boolean {
  return !NOT_WHITESPACE.test(text);
}
