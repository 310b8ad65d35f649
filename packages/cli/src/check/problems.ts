import { InputError } from "../errors.js";
import type { InputProblem } from "./outcome.js";

/** An input error as data; a stack overflow on absurdly deep data becomes one too. */
export function toProblem(error: unknown, file: string, line?: number): InputProblem {
  if (error instanceof InputError) {
    return {
      file: error.file,
      code: error.code,
      reason: error.reason,
      ...(error.line === undefined ? {} : { line: error.line, column: error.column ?? 1 }),
    };
  }
  if (error instanceof RangeError) {
    return {
      file,
      code: "too-deep",
      reason: "document nested too deeply to check",
      ...(line === undefined ? {} : { line, column: 1 }),
    };
  }
  throw error;
}

/** A file-system error as an input error that says what went wrong in words. */
export function readError(error: unknown, file: string): unknown {
  if (error instanceof InputError) return error;
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === undefined) return error;
  const reasons: Record<string, string> = {
    ENOENT: "no such file",
    EISDIR: "is a directory",
    EACCES: "permission denied",
    EPERM: "permission denied",
    ELOOP: "symbolic link loop",
    ENAMETOOLONG: "file name too long",
    ERR_STRING_TOO_LONG: "file too large to read as one document; use NDJSON for large collections",
    ERR_FS_FILE_TOO_LARGE: "file too large to read as one document; use NDJSON for large collections",
  };
  return new InputError(file, "unreadable", reasons[code] ?? `cannot be read (${code})`);
}
