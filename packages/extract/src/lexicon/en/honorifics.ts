/**
 * Words of courtesy that stand between a post and a name, or before a name, and are not part of it
 * (`Prime Minister the Hon Kari Dahl MP`, `Prime Minister of Norway, H.E. Kari Dahl`, `Mr. Ivo
 * Lind`). As tokens: the tokenizer keeps `H.E.` whole and leaves the dot off `Mr.`.
 */
export const HONORIFICS: readonly string[] = [
  "Mr",
  "Mrs",
  "Ms",
  "Miss",
  "Dr",
  "Prof",
  "H.E.",
  "HE",
  "Hon",
  "Honourable",
  "Honorable",
  "Rt",
  "Right",
  "the",
  "The",
  "His",
  "Her",
  "Excellency",
  "Highness",
  "Royal",
  "Majesty",
  "HRH",
  "Sheikh",
  "Sheikha",
  "Shri",
  "Smt",
  "Sri",
  "Dato",
  "Datuk",
  // `Datuk Seri`, `Tan Sri`, `Tun`: Malaysian titles of honour; `Hajiya`, `Alhaji`: Nigerian
  // courtesy for those who have made the pilgrimage.
  "Seri",
  "Tun",
  "Puan",
  "Tan",
  "Hajiya",
  "Hajia",
  "Alhaji",
  "Alhaja",
  "Sir",
  "Dame",
  "Lord",
  "Lady",
];

/**
 * Ranks and courtesy posts written before a name (`Senator`, `General`, `Adm.`, `Maj. Gen.`). After a
 * post and a comma (`Minister for Defence, Senator Jane Roe`) they are courtesy, and the post before
 * is the person's post; before a name alone they are the only post the text gives. As tokens: the
 * tokenizer leaves the dot off `Adm.`.
 */
export const RANKS: readonly string[] = [
  "Senator",
  "Sen",
  "General",
  "Gen",
  "Admiral",
  "Adm",
  "Vice",
  "Rear",
  "Lieutenant",
  "Lt",
  "Major",
  "Maj",
  "Brigadier",
  "Brig",
  "Colonel",
  "Col",
  "Captain",
  "Capt",
  "Commander",
  "Cmdr",
  "Marshal",
  "Ambassador",
  "Amb",
];

/** Letters after a name that are honours or seats, not part of it (`MP`, `CSC`, `QC`). */
export const POST_NOMINALS: readonly string[] = [
  "MP",
  "MLA",
  "CSC",
  "QC",
  "KC",
  "AO",
  "AC",
  "OBE",
  "CBE",
  "KBE",
  "MBE",
  "GCMG",
  "PC",
  "MHR",
];
