/** Exit codes: 0 every document valid, 1 some document invalid, 2 a usage or input error. */
export const ExitCode = { valid: 0, invalid: 1, error: 2 } as const;

/** The command line asks for something that cannot be done: an unknown option, a missing argument. */
export class UsageError extends Error {
  override readonly name = "UsageError";
}

/** An input cannot be read or parsed; the message names the file and, when known, the place. */
export class InputError extends Error {
  override readonly name = "InputError";
}
