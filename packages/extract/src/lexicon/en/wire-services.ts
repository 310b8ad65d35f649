/**
 * News agencies and the forms wire copy credits them with, in datelines (`WASHINGTON (AP) —`,
 * `BEIJING, Jan 5 (Reuters) -`, `SEOUL, March 18 (Yonhap) --`, `TOKYO (Jiji Press) —`) and on credit
 * lines (`Kyodo News`). Facts about the agencies: the name each calls itself in English, its
 * acronym, the shorter forms copy uses, the country it is based in (ISO 3166-1 alpha-2) and its kind:
 * `international` for the global wires, `national` for a country's agency, `state` for one a
 * government runs as its own voice.
 */
export interface WireService {
  name: string;
  acronym?: string;
  /** Other forms it is credited with: `Kyodo` for Kyodo News, `Anadolu` for Anadolu Agency. */
  forms?: readonly string[];
  country: string;
  kind: "international" | "national" | "state";
}

export const WIRE_SERVICES: readonly WireService[] = [
  { name: "Associated Press", acronym: "AP", country: "US", kind: "international" },
  { name: "Reuters", country: "GB", kind: "international" },
  {
    name: "Agence France-Presse",
    acronym: "AFP",
    forms: ["Agence France Presse"],
    country: "FR",
    kind: "international",
  },
  { name: "Bloomberg", forms: ["Bloomberg News"], country: "US", kind: "international" },
  { name: "United Press International", acronym: "UPI", country: "US", kind: "international" },
  { name: "Deutsche Presse-Agentur", acronym: "dpa", forms: ["DPA"], country: "DE", kind: "national" },
  { name: "Agencia EFE", acronym: "EFE", country: "ES", kind: "national" },
  { name: "Agenzia Nazionale Stampa Associata", acronym: "ANSA", country: "IT", kind: "national" },
  { name: "Kyodo News", forms: ["Kyodo"], country: "JP", kind: "national" },
  { name: "Jiji Press", forms: ["Jiji"], country: "JP", kind: "national" },
  { name: "Yonhap News Agency", forms: ["Yonhap"], country: "KR", kind: "national" },
  { name: "Korean Central News Agency", acronym: "KCNA", country: "KP", kind: "state" },
  { name: "Xinhua News Agency", forms: ["Xinhua"], country: "CN", kind: "state" },
  { name: "China News Service", acronym: "CNS", country: "CN", kind: "state" },
  { name: "Central News Agency", acronym: "CNA", country: "TW", kind: "national" },
  { name: "Press Trust of India", acronym: "PTI", country: "IN", kind: "national" },
  { name: "Asian News International", acronym: "ANI", country: "IN", kind: "national" },
  { name: "Indo-Asian News Service", acronym: "IANS", country: "IN", kind: "national" },
  { name: "United News of India", acronym: "UNI", country: "IN", kind: "national" },
  { name: "Associated Press of Pakistan", acronym: "APP", country: "PK", kind: "state" },
  { name: "Bernama", forms: ["Malaysian National News Agency"], country: "MY", kind: "state" },
  { name: "Antara", forms: ["Antara News Agency", "ANTARA"], country: "ID", kind: "state" },
  { name: "Philippine News Agency", acronym: "PNA", country: "PH", kind: "state" },
  { name: "Vietnam News Agency", acronym: "VNA", country: "VN", kind: "state" },
  { name: "Australian Associated Press", acronym: "AAP", country: "AU", kind: "national" },
  { name: "The Canadian Press", acronym: "CP", forms: ["Canadian Press"], country: "CA", kind: "national" },
  { name: "Press Association", acronym: "PA", forms: ["PA Media"], country: "GB", kind: "national" },
  { name: "Kuwait News Agency", acronym: "KUNA", country: "KW", kind: "state" },
  { name: "Emirates News Agency", acronym: "WAM", country: "AE", kind: "state" },
  { name: "Saudi Press Agency", acronym: "SPA", country: "SA", kind: "state" },
  { name: "Qatar News Agency", acronym: "QNA", country: "QA", kind: "state" },
  { name: "Bahrain News Agency", acronym: "BNA", country: "BH", kind: "state" },
  { name: "Oman News Agency", acronym: "ONA", country: "OM", kind: "state" },
  { name: "Anadolu Agency", acronym: "AA", forms: ["Anadolu"], country: "TR", kind: "state" },
  { name: "TASS", country: "RU", kind: "state" },
  { name: "RIA Novosti", country: "RU", kind: "state" },
  { name: "Interfax", country: "RU", kind: "national" },
  { name: "Ukrinform", country: "UA", kind: "state" },
  { name: "Islamic Republic News Agency", acronym: "IRNA", country: "IR", kind: "state" },
  { name: "Syrian Arab News Agency", acronym: "SANA", country: "SY", kind: "state" },
  { name: "Middle East News Agency", acronym: "MENA", country: "EG", kind: "state" },
  { name: "Tunis Afrique Presse", acronym: "TAP", country: "TN", kind: "state" },
  { name: "Polish Press Agency", acronym: "PAP", country: "PL", kind: "national" },
  { name: "MTI", forms: ["Hungarian News Agency"], country: "HU", kind: "national" },
  { name: "Austria Presse Agentur", acronym: "APA", country: "AT", kind: "national" },
  { name: "Belga", country: "BE", kind: "national" },
  { name: "ANP", country: "NL", kind: "national" },
  { name: "NTB", country: "NO", kind: "national" },
  { name: "TT", forms: ["TT News Agency"], country: "SE", kind: "national" },
  { name: "Ritzau", country: "DK", kind: "national" },
  { name: "STT", forms: ["Finnish News Agency"], country: "FI", kind: "national" },
];

/**
 * The words that end an organization's credit in a byline (`By Jane Roe, Defense News Service`,
 * `By Fleet Public Affairs`, the line `American Forces Press Service` under the author's name):
 * government news services and public-affairs offices that sign their copy.
 */
export const CREDIT_HEADS: readonly string[] = [
  "Public Affairs",
  "Public Affairs Office",
  "Press Service",
  "News Service",
  "News Agency",
  "Press Agency",
  "Press Office",
  "Information Service",
  "News",
  "Press",
  "Wire",
];
