import type { OrganizationKind } from "@communique/core";

export { KNOWN_ORGANIZATIONS, type KnownOrganization } from "./en/organizations.js";

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
