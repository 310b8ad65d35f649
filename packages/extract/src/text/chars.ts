// Character tests for loops that read the text one character at a time, where a pattern literal
// would be a new RegExp object and a match for every character.

/** Whether a code unit is one `\s` matches: white space and line terminators, as JavaScript has them. */
export function isWhiteSpace(code: number): boolean {
  return (
    code === 32 ||
    (code >= 9 && code <= 13) ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}
