import { MONTH_NAME } from "../lexicon/en/months.js";
import {
  AGENCY_CREDIT_LABEL,
  agencyNamed,
  isAgencyContribution,
  isAgencyCopyright,
  isOrganizationCredit,
  ORGANIZATION_CREDIT,
} from "./credit.js";
import { chooseHeadline, isDateOrPlace, isMostlyLatin, isPageFurniture } from "./headline.js";
import { type Segment, trimmed } from "./span.js";

/** What a line of the source is, once the page around the story is told apart from the story. */
export type LineRole = "headline" | "byline" | "body" | "credit" | "end-marker" | "furniture";

/** A line of the source, trimmed, with the part it plays. */
export interface Line extends Segment {
  role: LineRole;
  /** For furniture: what kind, e.g. `photo-caption`. */
  furniture?: FurnitureKind;
}

/** Page furniture: what a web page or wire feed puts around a story. */
export type FurnitureKind =
  | "photo-caption"
  | "date-stamp"
  | "site-banner"
  | "navigation"
  | "share-prompt"
  | "flash-label"
  | "wire-note";

const PHOTO_CAPTION = /^\(?(?:photo|picture|image|file photo|photograph)s?\s*(?::|by\b|credit\b|[-–—]|$)/i;

const FURNITURE: readonly [FurnitureKind, RegExp][] = [
  ["photo-caption", PHOTO_CAPTION],
  ["photo-caption", /^\((?:photo|picture|image)s?\b[^)]*\)$/i],
  [
    "date-stamp",
    new RegExp(
      `^(?:(?:published|posted|updated|last updated|first published|date)\\s*(?:on|at)?\\s*:?\\s*)?(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*,?\\s+)?(?:\\d{1,2}\\s+${MONTH_NAME},?\\s+\\d{4}|${MONTH_NAME}\\s+\\d{1,2},?\\s+\\d{4}|\\d{4}-\\d{2}-\\d{2}|\\d{1,2}[./]\\d{1,2}[./]\\d{2,4})(?:[\\sT,|-]+\\d{1,2}[:.]\\d{2}(?::\\d{2})?\\s*(?:[ap]\\.?m\\.?)?\\s*(?:[A-Z]{2,5}|[+-]\\d{2}:?\\d{2}|Z)?)?\\s*$`,
      "i",
    ),
  ],
  // `Updated - March 4, 2026 08:12 pm IST - CHENNAI`: a dash may stand for the colon.
  [
    "date-stamp",
    /^(?:published|posted|updated|last updated)\s*(?:on|at)?\s*(?::|[-–—]\s*\d|[-–—]\s*[a-z]{3,9}\.?\s+\d)/i,
  ],
  [
    "navigation",
    /^(?:home|news|world|politics|business|sport|opinion|video)(?:\s*[|>»/›]\s*[\p{L} &-]+)+$/iu,
  ],
  [
    "share-prompt",
    /^(?:share(?: this(?: article| story)?)?|advertisement|read more|related(?: articles| stories| news| content| links)?|follow us\b.*|click here\b.*|subscribe\b.*|print|e-?mail)\s*:?$/i,
  ],
  // `MORE FROM GOVERNMENT - UAE, Japan discuss …`: a section's label and a link to another story.
  ["navigation", /^more from [\p{L} &]{2,40}\s*(?:[-–—:|]|$)/iu],
  ["site-banner", /^(?:[\p{Lu}\d][\p{Lu}\d&.'-]*\s*){1,6}(?:\|\s*(?:[\p{Lu}\d][\p{Lu}\d&.'-]*\s*){1,6})+$/u],
  [
    "site-banner",
    /^(?:ministry of [\p{L} ]+|[\p{L} ]+ ministry|office of the [\p{L} ]+)\s*[|–—-]\s*(?:press release|news|media centre|media center)$/iu,
  ],
  ["site-banner", /^(?:press release|for immediate release|media release|news release)\s*:?$/i],
  [
    "flash-label",
    /^(?:urgent|breaking(?: news)?|flash|bulletin|advisory|update|corrected|repeat|newsalert)\s*:?$/i,
  ],
  [
    "wire-note",
    /^(?:\(?(?:details|more) to follow\.?\)?|developing story\.?|this (?:story|article) (?:has been|was) (?:updated|corrected)\b.*|\(?(?:reporting|writing|editing|additional reporting) by\b.*)$/i,
  ],
  ["wire-note", /^(?:corrections?|clarifications?|editor['’]s note)\s*:?$/i],
];

// A correction note above the story (`Correction` on its line, then what was wrong, however long):
// the paper's word about the story, not the story, so the dateline after it still opens the story.
const CORRECTION_NOTE =
  /^(?:correction\s*:\s*)?(?:an earlier version of this (?:story|article|report)|this (?:story|article|report) has been (?:corrected|amended))\b/i;

// The first kind whose pattern the line matches (a loop: this runs for every short line).
function furnitureKind(text: string): FurnitureKind | undefined {
  for (const [kind, test] of FURNITURE) if (test.test(text)) return kind;
  return undefined;
}

// Furniture is short, or names a photo, a date or a section; a long line of prose is never tested
// against every pattern.
function mayBeFurniture(text: string): boolean {
  return (
    text.length < 60 ||
    /photo|picture|image|publish|posted|updated|\||»|›|release|ministry|office/i.test(text)
  );
}

// Lines that close a wire story without naming anyone.
const END_MARKER =
  /^(?:\((?:ends?|end|more|mh|xinhua)\)|-+\s*(?:ends?|end|30)\s*-+|#{3}|\*{3}|-30-|END|ENDS)$/i;

// A credit line: a label and the provider it names.
const CREDIT = /^(?:source|credit|courtesy(?: of)?|via|provided by|distributed by)\s*[:：-]\s*\S/i;

/**
 * A byline: `By` and one or more capitalized names, perhaps a post, desk or news service after a
 * comma, or an office that signs the story (`By Fleet Public Affairs`); a page may put the date
 * before it (`April 2, 2024 | By Jane Roe, Fleet News`).
 */
const BYLINE = new RegExp(
  `^(?:[^|\\n]{1,40}\\|[ \\t]*)?By\\s+(?:${ORGANIZATION_CREDIT}|\\p{Lu}[\\p{L}.'’-]*(?:\\s+\\p{Lu}[\\p{L}.'’-]*){0,3}(?:\\s*(?:,|and|&)\\s*\\p{Lu}[\\p{L}.'’-]*(?:\\s+\\p{Lu}[\\p{L}.'’-]*){0,3})*(?:\\s*,\\s+[^,.;:!?]{2,60})?)$`,
  "u",
);

/**
 * The words a credit line opens with, so the provider's name can be cut out of it: a label (`Source:`)
 * or the words that credit an agency (`With files from `, `©2026 `).
 */
export const CREDIT_LABEL = new RegExp(
  `^(?:(?:source|credit|courtesy(?: of)?|via|provided by|distributed by)\\s*[:：-]\\s*|${AGENCY_CREDIT_LABEL.source})`,
  "i",
);

/** Whether a line is a news agency's name alone, as wire copy ends with it. */
function isAgencyLine(text: string, agencies: ReadonlySet<string>): boolean {
  if (text.length > 60 || /[.!?,;:"“”]$/.test(text)) return false;
  const name = text.replace(/^[-–—(]\s*|\s*[)–—-]$/g, "");
  if (agencies.has(name) || agencyNamed(name) !== undefined) return true;
  return /^(?:[\p{Lu}][\p{L}'’-]*\s+){0,5}(?:News Agency|Press Agency|Telegraph Agency|News Service|Wire|Press|News)$/u.test(
    name,
  );
}

// A heading over links to other stories, and a line that is one: a bullet and a title, no sentence.
const RELATED = /^(?:related\b|read more)/i;
const LINK_LINE = /^[-•*–·]\s+[^\n]{3,150}$|^[^.!?\n]{3,120}$/;

const STAMP_PREFIX =
  /^(?:date|published|posted|updated)\s*:?\s*\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2})?)?\s+/i;

// Written out rather than spread from the segment: in V8 an object spread and then given more
// properties gets a hidden class of its own, and every pass reads these lines.
function lineOf(part: Segment, role: LineRole, furniture?: FurnitureKind): Line {
  return furniture === undefined
    ? { start: part.start, end: part.end, text: part.text, role }
    : { start: part.start, end: part.end, text: part.text, role, furniture };
}

/** The source's lines, trimmed, blank ones left out, each with its role. */
export function layout(
  source: string,
  agencies: ReadonlySet<string>,
  startsStory: (line: Segment) => boolean = () => false,
): Line[] {
  const lines: Line[] = [];
  const pattern = /[^\r\n]+/g;
  for (let match = pattern.exec(source); match !== null; match = pattern.exec(source)) {
    const line = trimmed(source, match.index, match.index + match[0].length);
    if (line.text.length === 0) continue;
    // A page's date stamp run into the line after it: `date 2023-05-17 PM set to agree …`.
    const stamp = STAMP_PREFIX.exec(line.text);
    if (stamp !== null && stamp[0].length < line.text.length) {
      const at = line.start + stamp[0].length;
      lines.push(lineOf(trimmed(source, line.start, at), "furniture", "date-stamp"));
      lines.push(lineOf(trimmed(source, at, line.end), "body"));
    } else lines.push(lineOf(line, "body"));
  }
  const latinStory = isMostlyLatin(source);
  for (const line of lines) {
    if (line.role !== "body") continue;
    // A caption says what it is at its start, however long it runs (`Photo By …`).
    const kind =
      (line.text.length <= 200 && mayBeFurniture(line.text)
        ? furnitureKind(line.text)
        : line.text.length <= 2000 && PHOTO_CAPTION.test(line.text)
          ? "photo-caption"
          : undefined) ??
      (line.text.length <= 2000 && CORRECTION_NOTE.test(line.text) ? "wire-note" : undefined);
    if (kind !== undefined) {
      line.role = "furniture";
      line.furniture = kind;
    } else if (isPageFurniture(line.text, latinStory)) {
      line.role = "furniture";
      line.furniture = "navigation";
    }
  }
  // `Related news` and the links under it, up to a blank line: other stories' titles.
  for (let index = 0; index < lines.length; index++) {
    const heading = lines[index] as Line;
    if (heading.furniture !== "share-prompt" || !RELATED.test(heading.text)) continue;
    for (let next = index + 1; next < lines.length; next++) {
      const link = lines[next] as Line;
      const previous = lines[next - 1] as Line;
      if (/\n[ \t]*\r?\n/.test(source.slice(previous.end, link.start))) break;
      if (link.role !== "body" || !LINK_LINE.test(link.text)) break;
      link.role = "furniture";
      link.furniture = "navigation";
    }
  }
  // The story's end: an end marker and a credit line or an agency's name, in either order.
  // One credit line at most; a second is story.
  let credited = false;
  for (let index = lines.length - 1, seen = 0; index >= 0 && seen < 3; index--, seen++) {
    const line = lines[index] as Line;
    if (line.role === "furniture") continue;
    if (END_MARKER.test(line.text)) line.role = "end-marker";
    else if (
      !credited &&
      (CREDIT.test(line.text) || isAgencyLine(line.text, agencies) || isAgencyCopyright(line.text))
    ) {
      line.role = "credit";
      credited = true;
    } else break;
  }
  // A byline: `By Jane Doe`, `By Jane Doe and Li Wei, Staff Writers`, among the first lines.
  // Among the first lines of the story, the page's furniture above it not counted.
  const opening = lines.filter((line) => line.role !== "furniture").slice(0, 4);
  const byline = opening.find(
    (line) => line.role === "body" && line.text.length < 200 && BYLINE.test(line.text),
  );
  if (byline !== undefined) {
    byline.role = "byline";
    // The news service that signs the story, on the line under the author's name.
    const next = lines[lines.indexOf(byline) + 1];
    if (!credited && next !== undefined && next.role === "body" && isOrganizationCredit(next.text)) {
      next.role = "credit";
      credited = true;
    }
  }
  // `JIJI` or `WAM` on a line of its own under the headline: the agency stands where a byline would.
  const signedBy = credited
    ? undefined
    : opening.find((line) => line.role === "body" && agencyNamed(line.text) !== undefined);
  if (signedBy !== undefined) {
    signedBy.role = "credit";
    credited = true;
  }
  // `Additional reporting by Reuters` with the page's links after it: an agency credited with a part
  // of the story, wherever the page leaves the line, when none signs it.
  for (let index = lines.length - 1; index >= 0 && !credited; index--) {
    const line = lines[index] as Line;
    if (!isAgencyContribution(line.text)) continue;
    line.role = "credit";
    delete line.furniture;
    credited = true;
  }
  const chosen = chooseHeadline(source, lines, startsStory);
  const headline = lines[chosen];
  if (headline !== undefined && lines.some((line) => line.role === "body" && line !== headline)) {
    headline.role = "headline";
    // What stands above the headline is the page's: section labels, site names, menus; a date or
    // a dateline there stays with the story.
    for (const line of lines.slice(0, chosen)) {
      if (line.role === "body" && !isDateOrPlace(line.text)) {
        line.role = "furniture";
        line.furniture = "navigation";
      }
    }
  }
  return lines;
}
