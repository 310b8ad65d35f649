/**
 * The commands and their options: what each command parses (`parseCommandArgs(args,
 * COMMANDS.validate.options)`) and what `--help` prints are this one table, so they cannot drift.
 */

/** One option: how it parses, and how help describes it. */
export interface OptionUsage {
  type: "string" | "boolean";
  short?: string;
  multiple?: boolean;
  /** The placeholder of its value in help (`<path>`). */
  value?: string;
  description: string;
}

/** One command: how it is called, what it does, its options, and anything more to say. */
export interface CommandUsage {
  synopsis: readonly string[];
  summary: string;
  options: Readonly<Record<string, OptionUsage>>;
  notes?: string;
}

const INPUTS =
  "Inputs: .json, .yaml/.yml (several documents per file allowed), .ndjson/.jsonl (one document a line); directories are walked recursively and glob patterns expanded alike, both passing over hidden files and folders and node_modules unless named; - reads standard input.";

export const COMMANDS = {
  validate: {
    synopsis: ["validate <file|dir|glob|->... [options]"],
    summary:
      "check documents against the NewsArticle or JointStatement schema, or against a JSON Schema file of any draft from draft-04 to 2020-12",
    options: {
      schema: {
        type: "string",
        short: "s",
        value: "name|path",
        description:
          'news-article, joint-statement, or a JSON Schema file, JSON or YAML (default: each document\'s "type" or "$schema")',
      },
      text: {
        type: "string",
        value: "file",
        description:
          "the original text the documents were made from: every span must cover its text there, and provenance.sha256 must be its SHA-256",
      },
      ref: {
        type: "string",
        multiple: true,
        value: "file|dir",
        description:
          "schema files a --schema file refers to, known by their $id (or by --base-uri and their path in dir); repeatable. Nothing is fetched from the network",
      },
      "base-uri": {
        type: "string",
        value: "uri",
        description:
          "the URI the --ref folders stand for, for their files without $id (http://localhost:1234/)",
      },
      spec: {
        type: "string",
        value: "draft",
        description:
          'the draft of a --schema file without "$schema": draft-04, draft-06, draft-07 (default), 2019-09 or 2020-12',
      },
      formats: {
        type: "string",
        value: "mode",
        description:
          "assert (default): a value that does not match its format is invalid, in every draft; annotate: format is not checked (what 2019-09 and 2020-12 ask by default)",
      },
      format: {
        type: "string",
        short: "f",
        value: "format",
        description: "pretty (default), json, github, junit or sarif",
      },
      "input-format": {
        type: "string",
        value: "kind",
        description: "json, yaml or ndjson, for standard input and unknown extensions",
      },
      quiet: { type: "boolean", short: "q", description: "pretty: list only inputs that fail" },
      jobs: {
        type: "string",
        short: "j",
        value: "n",
        description: "worker threads for many inputs (default: one per core)",
      },
      "max-failures": {
        type: "string",
        value: "n",
        description: "invalid documents reported in full per input (default 1000)",
      },
    },
    notes: `${INPUTS}\nExit codes: 0 all valid, 1 some document invalid, 2 usage, input or schema error, 70 internal error.`,
  },
  "check-schema": {
    synopsis: ["check-schema <schema>... [options]"],
    summary:
      "check JSON Schema files against their draft's meta-schema and compile them, each problem at file:line:col",
    options: {
      ref: {
        type: "string",
        multiple: true,
        value: "file|dir",
        description: "schema files the schemas refer to (as validate --ref)",
      },
      "base-uri": {
        type: "string",
        value: "uri",
        description: "the URI the --ref folders stand for (as validate --base-uri)",
      },
      spec: {
        type: "string",
        value: "draft",
        description: 'the draft of a schema without "$schema" (default draft-07)',
      },
      format: { type: "string", short: "f", value: "format", description: "pretty (default) or json" },
    },
    notes:
      "Exit codes: 0 every schema valid, 1 some schema invalid, 2 usage error or unreadable file, 70 internal error.",
  },
  extract: {
    synopsis: ["extract <file|dir|glob|->... [options]"],
    summary:
      "read news text or a saved web page into a NewsArticle and the JointStatements it reports, every value with its place in the text",
    options: {
      published: {
        type: "string",
        short: "p",
        value: "date",
        description:
          'YYYY-MM-DD (or a date-time with an offset) to resolve relative dates against ("Tuesday", "in October"); without it they keep their words',
      },
      language: {
        type: "string",
        short: "l",
        value: "tag",
        description: "the text's BCP 47 language tag (default en)",
      },
      format: {
        type: "string",
        short: "f",
        value: "format",
        description: "json (default; one input), ndjson (one object a line) or summary",
      },
      "input-format": {
        type: "string",
        value: "kind",
        description: "text or html (default: html for .html and .htm files, else text)",
      },
      quiet: { type: "boolean", short: "q", description: "no warnings on standard error" },
    },
    notes:
      "Directories are searched for .txt, .text, .html and .htm files; a text over 8 MB, not UTF-8, or holding a NUL character, and a page over 32 MB, nested over 512 deep or binary, are input errors. A web page's date, language, URL and authors come from the page itself.",
  },
  compat: {
    synopsis: ["compat OLD.json NEW.json [options]", "compat --against <git-ref> [options]"],
    summary:
      "classify the changes between two schemas and check a policy, or check every model package's schema against a ref and the changesets",
    options: {
      policy: {
        type: "string",
        short: "p",
        value: "policy",
        description: "BACKWARD (default), FORWARD, FULL, NONE, or a _TRANSITIVE form",
      },
      format: {
        type: "string",
        short: "f",
        value: "format",
        description: "pretty (default), json or github",
      },
      against: {
        type: "string",
        value: "ref",
        description: "compare with the schemas committed at a git ref",
      },
      "against-latest-release": {
        type: "boolean",
        description: "compare with the latest release tag, if there is one",
      },
    },
    notes: "Exit codes: 0 the policy holds, 1 it does not, 2 usage or input error, 70 internal error.",
  },
  codegen: {
    synopsis: ["codegen --lang <language> --schema <name|path> --out <dir>"],
    summary:
      "types in typescript, python, go, java, csharp, rust, kotlin or swift for news-article, joint-statement or a schema file",
    options: {
      lang: {
        type: "string",
        short: "l",
        value: "language",
        description: "typescript, python, go, java, csharp, rust, kotlin or swift",
      },
      schema: {
        type: "string",
        short: "s",
        value: "name|path",
        description: "news-article, joint-statement or a schema file",
      },
      out: { type: "string", short: "o", value: "dir", description: "the folder to write the types to" },
    },
  },
  docs: {
    synopsis: ["docs [--out <dir>] [--examples <dir>]"],
    summary: "write Markdown reference pages for the models",
    options: {
      out: { type: "string", value: "dir", description: "where to write them (default docs/)" },
      examples: {
        type: "string",
        value: "dir",
        description: "example documents to show (default examples/seed/ when it exists)",
      },
    },
  },
  eval: {
    synopsis: ["eval <corpus> [options]"],
    summary:
      "score extract field by field against gold annotations (CORPUS/texts/NAME.txt beside CORPUS/gold/NAME.json)",
    options: {
      verbose: { type: "boolean", short: "v", description: "every field of every case, not only the totals" },
      format: {
        type: "string",
        short: "f",
        value: "format",
        description: "table (default), json or markdown",
      },
      out: {
        type: "string",
        short: "o",
        value: "file",
        description: "write the scores there instead of standard output",
      },
    },
  },
  convert: {
    synopsis: ["convert <file|-> --to ninjs|schema.org|plover [--from communique|ninjs|schema.org]"],
    summary:
      "a NewsArticle to IPTC ninjs 3.1 or schema.org JSON-LD, a JointStatement to PLOVER event records, a ninjs text item or a schema.org JSON-LD article to a NewsArticle",
    options: {
      to: {
        type: "string",
        short: "t",
        value: "format",
        description: "ninjs, schema.org, plover, or communique (the default with --from)",
      },
      from: {
        type: "string",
        value: "format",
        description: 'communique (default: the document\'s "type" says which model), ninjs or schema.org',
      },
      statement: {
        type: "string",
        multiple: true,
        value: "file",
        description: "a JointStatement the article reports, for --to schema.org (repeatable)",
      },
      language: {
        type: "string",
        value: "tag",
        description: "--from ninjs|schema.org: the language when the input gives none (default und)",
      },
      out: {
        type: "string",
        short: "o",
        value: "file",
        description: "write the result there instead of standard output",
      },
      quiet: {
        type: "boolean",
        short: "q",
        description: "do not print warnings about what the target format cannot carry",
      },
    },
    notes:
      "The result is JSON on standard output; warnings go to standard error. The input is validated first: exit 1 when it fails its model (each issue with its file:line:col, as validate reports it), exit 2 when it cannot be read or parsed or is the wrong kind for the conversion (a picture item, a JointStatement given to --to ninjs); nothing is written to standard output then.",
  },
} as const satisfies Record<string, CommandUsage>;

export type CommandName = keyof typeof COMMANDS;

const WIDTH = 100;
const OPTION_COLUMN = 30;

/** Whether `name` is a command. */
export function isCommand(name: string): name is CommandName {
  return Object.hasOwn(COMMANDS, name);
}

/** The overview `communique --help` prints. */
export function generalHelp(): string {
  const lines = ["Usage: communique <command> [options]", "", "Commands:"];
  for (const command of Object.values(COMMANDS) as CommandUsage[]) {
    for (const synopsis of command.synopsis) lines.push(`  ${synopsis}`);
    lines.push(...wrap(command.summary, WIDTH - 6).map((line) => `      ${line}`));
  }
  lines.push("", "Run 'communique <command> --help' for a command's options.", "", ...wrap(INPUTS, WIDTH));
  lines.push(
    "",
    "Exit codes: 0 all valid, 1 some document invalid, 2 usage or input error, 70 internal error.",
  );
  return lines.join("\n");
}

/** What `communique <command> --help` prints, from the command's table. */
export function commandHelp(name: CommandName): string {
  const command: CommandUsage = COMMANDS[name];
  const lines = command.synopsis.map(
    (synopsis, i) => `${i === 0 ? "Usage:" : "      "} communique ${synopsis}`,
  );
  lines.push("", ...wrap(command.summary, WIDTH));
  const options = Object.entries(command.options);
  if (options.length > 0) lines.push("", "Options:");
  for (const [long, option] of [
    ...options,
    ["help", { type: "boolean", short: "h", description: "print this help" }] as const,
  ]) {
    const flag = `${option.short === undefined ? "    " : `-${option.short}, `}--${long}${option.value === undefined ? "" : ` <${option.value}>`}`;
    const text = wrap(option.description, WIDTH - OPTION_COLUMN);
    const [first = "", ...rest] = text;
    lines.push(
      flag.length + 2 < OPTION_COLUMN
        ? `  ${flag.padEnd(OPTION_COLUMN - 2)}${first}`
        : `  ${flag}\n${" ".repeat(OPTION_COLUMN)}${first}`,
    );
    for (const line of rest) lines.push(`${" ".repeat(OPTION_COLUMN)}${line}`);
  }
  if (command.notes !== undefined) {
    lines.push("");
    for (const paragraph of command.notes.split("\n")) lines.push(...wrap(paragraph, WIDTH));
  }
  return lines.join("\n");
}

/** Words into lines no longer than `width`. */
function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/)) {
    if (line !== "" && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else {
      line = line === "" ? word : `${line} ${word}`;
    }
  }
  if (line !== "") lines.push(line);
  return lines;
}
