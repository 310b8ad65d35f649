import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { ExitCode } from "./errors.js";

/**
 * What a command writes cannot be written: a folder named for output that is a file or is missing,
 * a full disk, a device that refuses it. The user's or the machine's matter, not a bug: exit 2.
 */
export class OutputError extends Error {
  override readonly name = "OutputError";
}

/** Errors of the system a write can meet, in words. */
const REASONS: Record<string, string> = {
  ENOSPC: "no space left on the device",
  EDQUOT: "the disk quota is used up",
  EFBIG: "the file is too large for the file system",
  EIO: "an input/output error",
  EACCES: "permission denied",
  EPERM: "permission denied",
  EROFS: "a read-only file system",
  EISDIR: "it is a folder",
  ENOTDIR: "a part of the path is a file, not a folder",
  ENOENT: "its folder does not exist",
  EEXIST: "a file is already there",
  ENAMETOOLONG: "the name is too long",
};

function reasonOf(error: unknown): string | undefined {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return code === undefined ? undefined : REASONS[code];
}

/** True when a write failed because its reader went away (`communique … | head -1`). */
export function isClosedPipe(error: unknown): boolean {
  return (error as NodeJS.ErrnoException | undefined)?.code === "EPIPE";
}

/** `--out FILE`: writes the file; a path that cannot take it is an `OutputError`. */
export async function writeOutputFile(file: string, content: string): Promise<void> {
  try {
    await writeFile(file, content);
  } catch (error) {
    const reason = reasonOf(error);
    if (reason === undefined) throw error;
    throw new OutputError(`cannot write ${file}: ${reason}`);
  }
}

/** `--out DIR`: the folder, made if missing; a path that cannot be one is an `OutputError`. */
export async function makeOutputFolder(dir: string): Promise<void> {
  try {
    await mkdir(dir, { recursive: true });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    // mkdir says EEXIST for a file in the way, ENOTDIR for a file above it.
    const reason =
      code === "EEXIST"
        ? "it is a file, not a folder"
        : code === "ENOTDIR"
          ? `a part of ${path.dirname(dir)} is a file, not a folder`
          : reasonOf(error);
    if (reason === undefined) throw error;
    throw new OutputError(`cannot write into ${dir}: ${reason}`);
  }
}

/** Watches standard output for the run of one command; see `settle`. */
export interface OutputWatch {
  /**
   * The exit code once what was written has gone out: the command's own when its output was
   * written or its reader went away (a closed pipe ends quietly), 2 with one line on standard
   * error when the output could not be written (a full disk).
   */
  settle(code: number): Promise<number>;
}

/**
 * Listens for write errors on standard output and error, which Node reports as events: unheard,
 * they end the process with a stack trace and exit code 1, the code for invalid data.
 */
export function watchOutput(): OutputWatch {
  const { stdout, stderr } = process;
  let failure: unknown;
  const onOutputError = (error: unknown) => {
    if (!isClosedPipe(error)) failure ??= error;
  };
  stdout.on("error", onOutputError);
  // Nothing is left to tell of a failure to write standard error.
  stderr.on("error", () => {});
  return {
    async settle(code) {
      // An empty write calls back once the writes before it are done, or at once if the stream failed.
      await new Promise<void>((resolve) => {
        if (stdout.destroyed) resolve();
        else stdout.write("", () => resolve());
      });
      if (failure === undefined) return code;
      console.error(`communique: cannot write standard output: ${reasonOf(failure) ?? String(failure)}`);
      return ExitCode.error;
    },
  };
}

/**
 * An output error a command met (thrown from a write it awaited), as the line to print and the
 * exit code. A failed write to standard output is left for `settle` to tell, which heard it too.
 */
export function outputFailure(error: unknown): { message?: string; code: number } | undefined {
  if (isClosedPipe(error)) return { code: ExitCode.valid };
  if (error instanceof OutputError) return { message: error.message, code: ExitCode.error };
  const { syscall } = error as NodeJS.ErrnoException;
  if (syscall === "write" && reasonOf(error) !== undefined) return { code: ExitCode.error };
  return undefined;
}
