/**
 * Credit lines name the people who took a page's pictures (`Photo By: Navy Petty Officer 2nd Class
 * Ana Ruiz`): the words that open one, and the service and rank words that may stand before the
 * name and are not part of it.
 */
export const CREDIT_CUES: readonly string[] = ["Photo", "Photos", "Photograph", "Image", "Video"];

/**
 * The words that open the credit of a wire story's staff other than its reporters (who are its
 * authors): `(Reporting by …; Editing by Ana Ruiz)`, `--With assistance from Ola Berg.`, `Editor:
 * Ana Ruiz`. The names that follow are people the page names.
 */
export const STAFF_CREDIT_LABELS: readonly string[] = [
  "Editing by",
  "Edited by",
  "Additional editing by",
  "With assistance from",
  "Editor:",
  "Editors:",
];

/** Words of a desk or an agency's staff credited in a person's place (`Reuters Staff`, `World Desk`). */
export const STAFF_DESK_WORDS: readonly string[] = [
  "Staff",
  "Desk",
  "Team",
  "Bureau",
  "Newsroom",
  "Editors",
  "Board",
];

export const SERVICE_WORDS: readonly string[] = [
  "Navy",
  "Army",
  "Air",
  "Force",
  "Marine",
  "Marines",
  "Corps",
  "Coast",
  "Guard",
  "Space",
  "National",
  "Petty",
  "Officer",
  "Chief",
  "Master",
  "Senior",
  "Staff",
  "Technical",
  "Tech",
  "Sergeant",
  "Sgt",
  "Specialist",
  "Spc",
  "Corporal",
  "Cpl",
  "Lance",
  "Private",
  "Pfc",
  "Airman",
  "Seaman",
  "Class",
  "1st",
  "2nd",
  "3rd",
  "Lieutenant",
  "Lt",
  "Captain",
  "Capt",
  "Major",
  "Maj",
  "Colonel",
  "Col",
  "Mr",
  "Mrs",
  "Ms",
  "Dr",
];

/**
 * The words that credit a news agency with part of a story, on a line of their own at its end or
 * under it: `Additional reporting by Reuters`, `With files from The Associated Press`. Lower case; a
 * line is an agency's credit only when what follows is an agency's name and nothing else.
 */
export const AGENCY_CREDIT_LABELS: readonly string[] = [
  "additional reporting by",
  "additional reporting from",
  "reporting by",
  "with reporting by",
  "with reporting from",
  "with files from",
  "with inputs from",
  "inputs from",
  "with agency inputs from",
];

/** The marks of a copyright line (`©2026 Bloomberg L.P.`, `Copyright 2026 The Associated Press`). */
export const COPYRIGHT_MARKS: readonly string[] = ["©", "(c)", "copyright"];

/**
 * What follows an agency's name in its copyright line and is not part of the name: the company's
 * legal form, the rights it keeps. Lower case.
 */
export const COMPANY_SUFFIXES: readonly string[] = [
  "l.p.",
  "l.p",
  "lp",
  "inc.",
  "inc",
  "ltd.",
  "ltd",
  "llc",
  "gmbh",
  "plc",
  "all rights reserved.",
  "all rights reserved",
];

/** Picture agencies a photograph's credit names besides the wire services (`Ana Ruiz/Getty Images`). */
export const PICTURE_AGENCIES: readonly string[] = [
  "Getty Images",
  "Getty",
  "EPA",
  "EPA-EFE",
  "Pool",
  "AP Photo",
];
