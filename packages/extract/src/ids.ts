import anyAscii from "any-ascii";

const SLUGS = new Map<string, string>();

/**
 * A lower-case, hyphenated id made of a name's letters and digits, in Latin letters whatever the
 * name's script: `Lim Sung-nam` → `lim-sung-nam`, `Мария Захарова` → `mariya-zakharova`, `岸田文雄`
 * → `antianwenxiong`.
 */
export function slug(name: string): string {
  let id = SLUGS.get(name);
  if (id === undefined) {
    id = anyAscii(name)
      .toLowerCase()
      .replace(/['’]/g, "")
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "");
    if (id.length === 0) id = "x";
    // The same names recur across a batch's articles: remembered, within bounds.
    if (SLUGS.size < 10_000) SLUGS.set(name, id);
  }
  return id;
}

/** `base`, or `base-2`, `base-3`… when the id is taken already. */
export function uniqueId(base: string, taken: Set<string>): string {
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  taken.add(id);
  return id;
}
