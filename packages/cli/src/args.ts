import { type ParseArgsConfig, parseArgs } from "node:util";
import { UsageError } from "./errors.js";

type Options = Readonly<Record<string, { type: "string" | "boolean"; short?: string; multiple?: boolean }>>;

/** The parsed options: a boolean for a flag, a string for an option that takes a value. */
export type OptionValues<T extends Options> = {
  [K in keyof T]?: T[K] extends { type: "boolean" }
    ? boolean
    : T[K] extends { multiple: true }
      ? string[]
      : string;
};

/** Parses a command's arguments; an unknown or malformed option is a `UsageError`. */
export function parseCommandArgs<T extends Options>(
  args: readonly string[],
  options: T,
): { values: OptionValues<T>; positionals: string[] } {
  try {
    const { values, positionals } = parseArgs({
      args: [...args],
      allowPositionals: true,
      strict: true,
      // Only what parseArgs knows of each option: the table holds its help text too.
      options: Object.fromEntries(
        Object.entries(options).map(([name, { type, short, multiple }]) => [
          name,
          {
            type,
            ...(short === undefined ? {} : { short }),
            ...(multiple === undefined ? {} : { multiple }),
          },
        ]),
      ) as NonNullable<ParseArgsConfig["options"]>,
    });
    return { values: values as OptionValues<T>, positionals };
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
}
