import type { OrganizationKind } from "@communique/core";
import { KNOWN_ORGANIZATIONS, type KnownOrganization } from "./en/organizations.js";
import { WIRE_SERVICES, type WireService } from "./en/wire-services.js";

export { KNOWN_ORGANIZATIONS, type KnownOrganization };

/** The table's entry for an organization found in the text, by its name or acronym. */
export function knownOrganization(org: {
  name: string;
  acronym?: string | undefined;
}): KnownOrganization | undefined {
  return KNOWN_ORGANIZATIONS.find(
    (entry) => entry.name === org.name || (entry.acronym !== undefined && entry.acronym === org.acronym),
  );
}

// Each service by every form wire copy credits it with (the table in `en/wire-services.ts`).
const SERVICE_BY_FORM = new Map<string, WireService>();
for (const service of WIRE_SERVICES)
  for (const form of [service.name, service.acronym, ...(service.forms ?? [])])
    if (form !== undefined && !SERVICE_BY_FORM.has(form)) SERVICE_BY_FORM.set(form, service);
// Pages set an agency's name in capitals (`JIJI`, `KYODO`): a name or a long acronym is read in any
// case, a short acronym only as written (`SPA` is the agency, `Spa` a word).
const SERVICE_BY_FOLDED = new Map<string, WireService>();
for (const [form, service] of SERVICE_BY_FORM)
  if ((form.length >= 4 || form.includes(" ")) && !SERVICE_BY_FOLDED.has(form.toLowerCase()))
    SERVICE_BY_FOLDED.set(form.toLowerCase(), service);

/** News agencies, by every form wire copy credits them with. */
export const NEWS_AGENCIES: readonly string[] = [...SERVICE_BY_FORM.keys()];

/** The wire service a credited form names (`Yonhap`, `WAM`, `JIJI`; `Kyodo` in any case). */
export function wireServiceOf(form: string): WireService | undefined {
  return SERVICE_BY_FORM.get(form) ?? SERVICE_BY_FOLDED.get(form.toLowerCase());
}

/** The kind an organization's name suggests, or `undefined` when it does not say. */
export function kindFromName(name: string): OrganizationKind | undefined {
  if (
    /\b(?:News Agency|Press Agency|Telegraph Agency|News Service|Press Service|Wire)$/.test(name) ||
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
  if (/\b(?:Inc|Corp|Corporation|Ltd|Co|Company|PLC|Holdings|Securities|Equities|Investments)\.?$/.test(name))
    return "company";
  return undefined;
}
