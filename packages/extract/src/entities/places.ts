import { type Segment, segment } from "../text/span.js";

/** A geographic feature: `Korean Peninsula`, `South China Sea`, `Taiwan Strait`. */
const FEATURE =
  /\b((?:\p{Lu}[\p{L}-]+\s+){1,3}(?:Peninsula|Sea|Strait|Gulf|Ocean|Bay|Islands|Island|River|Canal|Mountains|Desert|Basin|Channel|Sound))\b/gu;

/** Geographic features named in the given stretches. */
export function findFeatures(source: string, ranges: readonly Segment[]): Segment[] {
  const found: Segment[] = [];
  for (const range of ranges) {
    const text = source.slice(range.start, range.end);
    if (
      !/(?:Peninsula|Sea|Strait|Gulf|Ocean|Bay|Island|River|Canal|Mountains|Desert|Basin|Channel|Sound)\b/.test(
        text,
      )
    )
      continue;
    FEATURE.lastIndex = 0;
    for (let match = FEATURE.exec(text); match !== null; match = FEATURE.exec(text)) {
      let name = match[1] as string;
      let start = range.start + match.index;
      const leading = /^(?:The|In|On|At|To|From|Across|Near)\s+/.exec(name);
      if (leading !== null) {
        name = name.slice(leading[0].length);
        start += leading[0].length;
      }
      if (name.includes(" ")) found.push(segment(source, start, start + name.length));
    }
  }
  return found;
}
