import type { OrganizationKind } from "@communique/core";

/** An organization news copy names by a short form alone. */
export interface KnownOrganization {
  name: string;
  acronym?: string;
  kind: OrganizationKind;
  /**
   * For a grouping whose joint statements are its members' (the Quad, the G7), the ISO 3166-1 codes
   * of the members; a body that issues statements in its own name (the EU, ASEAN) has none.
   */
  members?: readonly string[];
}

/** Organizations news copy names by a short form alone, with their full names. Facts. */
export const KNOWN_ORGANIZATIONS: readonly KnownOrganization[] = [
  { name: "United Nations", acronym: "UN", kind: "intergovernmental" },
  { name: "United Nations Security Council", acronym: "UNSC", kind: "intergovernmental" },
  { name: "North Atlantic Treaty Organization", acronym: "NATO", kind: "intergovernmental" },
  { name: "North Atlantic Treaty Organisation", acronym: "NATO", kind: "intergovernmental" },
  { name: "European Union", acronym: "EU", kind: "intergovernmental" },
  { name: "Association of Southeast Asian Nations", acronym: "ASEAN", kind: "intergovernmental" },
  { name: "International Atomic Energy Agency", acronym: "IAEA", kind: "intergovernmental" },
  { name: "World Trade Organization", acronym: "WTO", kind: "intergovernmental" },
  { name: "World Health Organization", acronym: "WHO", kind: "intergovernmental" },
  { name: "International Monetary Fund", acronym: "IMF", kind: "intergovernmental" },
  { name: "African Union", acronym: "AU", kind: "intergovernmental" },
  { name: "Gulf Cooperation Council", acronym: "GCC", kind: "intergovernmental" },
  { name: "Organization of the Petroleum Exporting Countries", acronym: "OPEC", kind: "intergovernmental" },
  { name: "Shanghai Cooperation Organisation", acronym: "SCO", kind: "intergovernmental" },
  {
    name: "Organization for Security and Co-operation in Europe",
    acronym: "OSCE",
    kind: "intergovernmental",
  },
  { name: "African Union Commission", acronym: "AUC", kind: "intergovernmental" },
  { name: "Asia-Pacific Economic Cooperation", acronym: "APEC", kind: "intergovernmental" },
  { name: "Pacific Islands Forum", acronym: "PIF", kind: "intergovernmental" },
  { name: "Gulf Co-operation Council", acronym: "GCC", kind: "intergovernmental" },
  { name: "League of Arab States", acronym: "LAS", kind: "intergovernmental" },
  { name: "Organisation of Islamic Cooperation", acronym: "OIC", kind: "intergovernmental" },
  { name: "Organization of American States", acronym: "OAS", kind: "intergovernmental" },
  { name: "Caribbean Community", acronym: "CARICOM", kind: "intergovernmental" },
  { name: "Economic Community of West African States", acronym: "ECOWAS", kind: "intergovernmental" },
  { name: "South Asian Association for Regional Cooperation", acronym: "SAARC", kind: "intergovernmental" },
  { name: "Arab League", kind: "intergovernmental" },
  { name: "Nordic Council", kind: "intergovernmental" },
  {
    name: "Group of Seven",
    acronym: "G7",
    kind: "forum",
    members: ["CA", "DE", "FR", "GB", "IT", "JP", "US"],
  },
  {
    name: "Quadrilateral Security Dialogue",
    acronym: "Quad",
    kind: "forum",
    members: ["AU", "IN", "JP", "US"],
  },
  { name: "Group of 20", acronym: "G20", kind: "forum" },
];

/** News agencies, by the names wire copy credits them with. Facts. */
export const NEWS_AGENCIES: readonly string[] = [
  "Yonhap",
  "Xinhua",
  "Kyodo",
  "Kyodo News",
  "Jiji Press",
  "Reuters",
  "AFP",
  "Agence France-Presse",
  "AP",
  "Associated Press",
  "dpa",
  "EFE",
  "ANSA",
  "TASS",
  "RIA Novosti",
  "Interfax",
  "KCNA",
  "QNA",
  "WAM",
  "SPA",
  "KUNA",
  "BNA",
  "ONA",
  "Anadolu",
  "Anadolu Agency",
  "Bernama",
  "Antara",
  "PTI",
  "IANS",
  "APP",
  "NTB",
  "TT",
  "Ritzau",
  "STT",
  "Belga",
  "ANP",
  "APA",
  "PAP",
  "MTI",
  "Ukrinform",
  "IRNA",
  "SANA",
  "MENA",
  "TAP",
  "Vietnam News Agency",
  "Qatar News Agency",
  "Saudi Press Agency",
  "Kuwait News Agency",
  "Emirates News Agency",
  "Yonhap News Agency",
];

/** The kind an organization's name suggests, or `undefined` when it does not say. */
export function kindFromName(name: string): OrganizationKind | undefined {
  if (
    /\b(?:News Agency|Press Agency|Telegraph Agency|News Service|Wire)$/.test(name) ||
    NEWS_AGENCIES.includes(name)
  )
    return "news-agency";
  if (
    /^(?:Ministry|Department) of\b|\b(?:Ministry|Department)$|^(?:White House|Blue House|Kremlin|Pentagon|State Department|Cabinet Office)$/.test(
      name,
    )
  )
    return "ministry";
  if (
    /\b(?:Parliament|Congress|National Assembly|Assembly|Senate|Diet|Bundestag|Storting|Althing)$/.test(name)
  )
    return "legislature";
  if (/\b(?:Forces|Army|Navy|Air Force|Command|Coast Guard|Marine Corps)$/.test(name)) return "military";
  if (
    /\b(?:Group|Dialogue|Forum|Consultation|Consultations|Consultative Committee|Committee|Commission|Mechanism|Talks|Partnership|Initiative|Summit)$/.test(
      name,
    )
  )
    return "forum";
  if (/\bParty$/.test(name)) return "political-party";
  if (/\b(?:Treaty Organi[sz]ation|United Nations|Organi[sz]ation)$/.test(name)) return "intergovernmental";
  if (/\b(?:Agency|Authority|Office|Service|Board|Administration)$/.test(name)) return "government";
  if (/\b(?:Inc|Corp|Corporation|Ltd|Co|Company|PLC)\.?$/.test(name)) return "company";
  return undefined;
}
