import anyAscii from "any-ascii";

/**
 * A lower-case, hyphenated id made of a name's letters and digits, in Latin letters whatever the
 * name's script: `Lim Sung-nam` → `lim-sung-nam`, `Мария Захарова` → `mariya-zakharova`, `岸田文雄`
 * → `antianwenxiong`.
 */
export function slug(name: string): string {
  const id = anyAscii(name)
    .toLowerCase()
    .replace(/['’]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  return id.length > 0 ? id : "x";
}

/** `base`, or `base-2`, `base-3`… when the id is taken already. */
export function uniqueId(base: string, taken: Set<string>): string {
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  taken.add(id);
  return id;
}
