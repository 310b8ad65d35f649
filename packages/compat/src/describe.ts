import type { Change } from "./rules.js";

/** A change in words: `REQUIRED_PROPERTY_ADDED at /required: "byline"`, `MAX_LENGTH_DECREASED at /properties/id/maxLength: 200 → 80`. */
export function describeChange(change: Change): string {
  const { rule, path, before, after } = change;
  const value = (v: unknown) => {
    const text = JSON.stringify(v) ?? String(v);
    return text.length > 60 ? `${text.slice(0, 59)}…` : text;
  };
  let detail = "";
  if (before !== undefined && after !== undefined) detail = `: ${value(before)} → ${value(after)}`;
  else if (after !== undefined) detail = `: ${value(after)}`;
  else if (before !== undefined) detail = `: was ${value(before)}`;
  return `${rule} at ${path || "/"}${detail}`;
}
