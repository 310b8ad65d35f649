/**
 * The last word of a building's or a street's name a meeting may be held in (`Holmen House`,
 * `Akersgata Street`, `the Bergen Convention Center`), as written; and the buildings news names
 * by one word.
 */
export const VENUE_HEADS: readonly string[] = [
  "Street",
  "House",
  "Palace",
  "Hall",
  "Centre",
  "Center",
  "Castle",
  "Building",
  "Hotel",
  "Manor",
  "Residence",
  "Lodge",
  "Chancellery",
];

export const VENUE_NAMES: readonly string[] = ["Pentagon", "Kremlin", "Élysée", "Elysee"];

/** Words that place a city around a venue: `Holmen Hall, downtown Oslo`. */
export const VENUE_CITY_LINKS: readonly string[] = ["central", "downtown", "outside", "near", "in"];
