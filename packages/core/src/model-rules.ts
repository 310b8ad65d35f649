import { getCountry, isCountryCode, isPostCountryCode } from "./countries.js";
import type { DatePrecision } from "./partial-date.js";
import type { ValidationIssue } from "./validation.js";

/** What a model rule found wrong: an issue without its path, which the caller knows. */
export type RuleBreach = Omit<ValidationIssue, "path" | "schemaPath"> & {
  /** A pointer suffix when the issue sits below the checked value, e.g. `/value`. */
  below?: string;
};

/**
 * A rule JSON Schema cannot state, checked in code on every value of one schema definition after
 * the schema itself has passed. Returns what is wrong, or `undefined` when the value keeps the rule.
 */
export type ModelRule = (value: unknown) => RuleBreach | undefined;

const VALUE_LENGTH: Record<DatePrecision, (value: string) => boolean> = {
  year: (value) => value.length === 4,
  month: (value) => value.length === 7,
  day: (value) => value.length === 10,
  datetime: (value) => value.includes("T"),
};

/**
 * One model rule: an issue code, what it means, and the check of each schema definition it applies
 * to. A rule with no checks is applied by each model's validator to the document as a whole
 * (references between its parts, ids).
 */
export interface ModelRuleEntry {
  /** The issue code, e.g. `calendar-date`; reports cite the rule as `model/<code>`. */
  code: string;
  /** What a breach means, in one sentence: the SARIF rule catalogue and the docs show it. */
  description: string;
  /** The check of one value, by the name of the schema definition it applies to. */
  checks: Readonly<Record<string, ModelRule>>;
}

/** The definitions that hold a text as written and its span in the original text. */
const SPANNED_TEXT = [
  "Byline",
  "CountryMention",
  "CreditLine",
  "Dateline",
  "Mention",
  "Paragraph",
  "PartialDate",
  "Provision",
  "Quote",
];

const spanLength: ModelRule = (value) => {
  const { text, span } = value as { text?: unknown; span?: { start: number; end: number } };
  if (typeof text !== "string" || span === undefined || span.end < span.start) return undefined;
  if (span.end - span.start === text.length) return undefined;
  return {
    below: "/span",
    code: "span-length",
    message: `the span ${span.start}–${span.end} covers ${span.end - span.start} characters, but the text has ${text.length}`,
    params: { start: span.start, end: span.end, length: text.length },
  };
};

/**
 * The model rules: what JSON Schema cannot state, in one place. The generated validators' walks,
 * the rule catalogue of reports (SARIF) and the reference pages are derived from it.
 */
export const MODEL_RULE_REGISTRY: readonly ModelRuleEntry[] = [
  {
    code: "country-code",
    description:
      "A country code is not an assigned ISO 3166-1 alpha-2 code (a post's may also be the European Union's `EU`), or an alpha-3 code is not the one of the alpha-2 code beside it.",
    checks: {
      CountryCode(value) {
        if (typeof value !== "string" || isCountryCode(value)) return undefined;
        return {
          code: "country-code",
          message: `"${value}" is not an assigned ISO 3166-1 alpha-2 country code`,
          params: { value },
        };
      },
      PostCountryCode(value) {
        if (typeof value !== "string" || isPostCountryCode(value)) return undefined;
        return {
          code: "country-code",
          message: `"${value}" is neither an assigned ISO 3166-1 alpha-2 country code nor the European Union's "EU"`,
          params: { value },
        };
      },
      CountryRef(value) {
        const { code, alpha3 } = value as { code: string; alpha3?: string };
        const expected = alpha3 === undefined ? undefined : getCountry(code)?.alpha3;
        if (alpha3 === undefined || expected === undefined || expected === alpha3) return undefined;
        return {
          below: "/alpha3",
          code: "country-code",
          message: `"${alpha3}" is not the alpha-3 code of ${code}, which is "${expected}"`,
          params: { code, alpha3, expected },
        };
      },
    },
  },
  {
    code: "span-order",
    description: "A text span ends before it starts.",
    checks: {
      TextSpan(value) {
        const { start, end } = value as { start: number; end: number };
        if (start <= end) return undefined;
        return {
          code: "span-order",
          message: `span ends (${end}) before it starts (${start})`,
          params: { start, end },
        };
      },
    },
  },
  {
    code: "span-length",
    description: "A text's span covers more or fewer characters than the text has.",
    checks: Object.fromEntries(SPANNED_TEXT.map((definition) => [definition, spanLength])),
  },
  {
    code: "date-precision",
    description: "A date's value does not have the precision it claims.",
    checks: {
      PartialDate(value) {
        const { value: date, precision } = value as { value?: string; precision: DatePrecision };
        if (date === undefined || VALUE_LENGTH[precision](date)) return undefined;
        return {
          below: "/value",
          code: "date-precision",
          message: `"${date}" does not have the precision "${precision}"`,
          params: { value: date, precision },
        };
      },
    },
  },
  {
    code: "calendar-date",
    description: "A date's value is not a day of the calendar (a 30 February).",
    checks: {
      PartialDate(value) {
        const { value: date } = value as { value?: string };
        if (date === undefined || date.length < 10 || isCalendarDay(date.slice(0, 10))) return undefined;
        return {
          below: "/value",
          code: "calendar-date",
          message: `"${date.slice(0, 10)}" is not a day of the calendar`,
          params: { value: date },
        };
      },
    },
  },
  { code: "reference", description: "A reference names nothing the document holds.", checks: {} },
  {
    code: "span-text",
    description:
      "A span does not cover its text in the original text (checked when the text is given: validate --text).",
    checks: {},
  },
  {
    code: "text-sha256",
    description:
      "The original text given is not the one the document was made from: its SHA-256 differs from provenance.sha256 (validate --text).",
    checks: {},
  },
  { code: "duplicate-id", description: "Two parts of a document share an id.", checks: {} },
  {
    code: "lone-party",
    description:
      "A joint statement has one party and it is not an organization: a statement is two or more parties', or one body's in its members' name.",
    checks: {},
  },
];

/**
 * The model rules by the name of the schema definition they apply to: each definition's checks in
 * the registry's order, the first breach reported (a date of the wrong precision is not also
 * checked against the calendar).
 */
export const MODEL_RULES: Readonly<Record<string, ModelRule>> = rulesByDefinition(MODEL_RULE_REGISTRY);

function rulesByDefinition(registry: readonly ModelRuleEntry[]): Record<string, ModelRule> {
  const checks = new Map<string, ModelRule[]>();
  for (const entry of registry)
    for (const [definition, check] of Object.entries(entry.checks))
      checks.set(definition, [...(checks.get(definition) ?? []), check]);
  return Object.fromEntries(
    [...checks].map(([definition, list]): [string, ModelRule] => [
      definition,
      list.length === 1
        ? (list[0] as ModelRule)
        : (value) => {
            for (const check of list) {
              const breach = check(value);
              if (breach !== undefined) return breach;
            }
            return undefined;
          },
    ]),
  );
}

/** The schema definitions that model rules apply to; the schema build records where each is used. */
export const MODEL_RULE_DEFINITIONS: readonly string[] = Object.keys(MODEL_RULES);

/**
 * An issue for each reference in `refs` that names no id in `ids`: `kind` says what the reference
 * should point at, for the message.
 */
export function checkReferences(
  refs: Iterable<readonly [path: string, ref: string]>,
  ids: ReadonlySet<string>,
  kind: string,
): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  for (const [path, ref] of refs) {
    if (!ids.has(ref)) {
      issues.push({
        path,
        code: "reference",
        message:
          `"${ref}" names no ${kind} in this document` +
          (ids.size > 0 ? ` (known: ${[...ids].join(", ")})` : ""),
        params: { ref, known: [...ids] },
      });
    }
  }
  return issues;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Whether `YYYY-MM-DD` (digits, as the schema's pattern has them) names a day that exists (no 31 February). */
function isCalendarDay(day: string): boolean {
  const digit = (at: number) => day.charCodeAt(at) - 48;
  const year = digit(0) * 1000 + digit(1) * 100 + digit(2) * 10 + digit(3);
  const month = digit(5) * 10 + digit(6);
  const date = digit(8) * 10 + digit(9);
  if (month < 1 || month > 12 || date < 1) return false;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return date <= (month === 2 && leap ? 29 : (DAYS_IN_MONTH[month - 1] as number));
}

/** An issue for each item whose `id` an earlier item in the same list already has. */
export function checkUniqueIds(
  items: readonly { id?: string }[] | undefined,
  listPath: string,
): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  if (items === undefined || items.length < 2) return issues;
  const seen = new Set<string>();
  for (let i = 0; i < items.length; i++) {
    const id = (items[i] as { id?: string }).id;
    if (id === undefined) continue;
    if (seen.has(id)) {
      issues.push({
        path: `${listPath}/${i}/id`,
        code: "duplicate-id",
        message: `id "${id}" is used twice in ${listPath.slice(1)}`,
        params: { id },
      });
    }
    seen.add(id);
  }
  return issues;
}

/** The references a list of quotations makes, by the kind of thing each names. */
export interface AttributionRefs {
  person: [path: string, ref: string][];
  organization: [path: string, ref: string][];
  statement: [path: string, ref: string][];
}

/**
 * Collects what each quotation's attribution points at, for `checkReferences`; an attribution to
 * someone that names no one is an issue at once.
 */
export function attributionRefs(
  quotes: readonly { attribution: { kind: string; ref?: string } }[] | undefined,
  listPath: string,
): { refs: AttributionRefs; issues: ValidationIssue[] } {
  const refs: AttributionRefs = { person: [], organization: [], statement: [] };
  const issues: ValidationIssue[] = [];
  if (quotes === undefined) return { refs, issues };
  for (let i = 0; i < quotes.length; i++) {
    const { kind, ref } = (quotes[i] as { attribution: { kind: string; ref?: string } }).attribution;
    if (kind !== "person" && kind !== "organization" && kind !== "statement") continue;
    if (ref === undefined) {
      const message = `an attribution to a ${kind} needs "ref"`;
      issues.push({ path: `${listPath}/${i}/attribution`, code: "reference", message, params: { kind } });
    } else {
      refs[kind].push([`${listPath}/${i}/attribution/ref`, ref]);
    }
  }
  return { refs, issues };
}
