/**
 * Names for countries that the ISO registry's English names leave out, in the forms news copy uses.
 * Facts, not prose: each list maps a form as written to an ISO 3166-1 alpha-2 code.
 */

/** Acronyms and abbreviations: `ROK`, `DPRK`, `U.S.`. */
export const ACRONYMS: Readonly<Record<string, string>> = {
  US: "US", "U.S.": "US", USA: "US", "U.S.A.": "US",
  UK: "GB", "U.K.": "GB",
  ROK: "KR", "R.O.K.": "KR", DPRK: "KP", "D.P.R.K.": "KP",
  PRC: "CN", UAE: "AE", "U.A.E.": "AE", DRC: "CD", KSA: "SA", PNG: "PG", BiH: "BA", NZ: "NZ",
};

/** Short forms and other common names: `S. Korea`, `Britain`, `Syria`. */
export const SHORT_NAMES: Readonly<Record<string, string>> = {
  "S. Korea": "KR", "S.Korea": "KR", "N. Korea": "KP", "N.Korea": "KP",
  Britain: "GB", "Great Britain": "GB", America: "US", "the States": "US",
  Syria: "SY", Laos: "LA", Brunei: "BN", Vatican: "VA", "Vatican City": "VA", Micronesia: "FM",
  Moldova: "MD", Macedonia: "MK", Swaziland: "SZ", Burma: "MM", Holland: "NL", Czechia: "CZ",
  "Czech Republic": "CZ", Turkey: "TR", "Ivory Coast": "CI", "East Timor": "TL", "Cape Verde": "CV",
  Emirates: "AE", Palestine: "PS", Kosovo: "XK",
};

/** Official and long forms: `Republic of Korea`, `Democratic People's Republic of Korea`. */
export const OFFICIAL_NAMES: Readonly<Record<string, string>> = {
  "Republic of Korea": "KR", "Democratic People's Republic of Korea": "KP", "Democratic People’s Republic of Korea": "KP",
  "United States of America": "US", "People's Republic of China": "CN", "People’s Republic of China": "CN",
  "Russian Federation": "RU", "United Kingdom of Great Britain and Northern Ireland": "GB",
  "Islamic Republic of Iran": "IR", "Syrian Arab Republic": "SY", "Republic of China": "TW",
  "Federal Republic of Germany": "DE", "French Republic": "FR", "Kingdom of Saudi Arabia": "SA",
  "State of Qatar": "QA", "State of Kuwait": "KW", "Kingdom of Bahrain": "BH", "Sultanate of Oman": "OM",
  "Hashemite Kingdom of Jordan": "JO", "Arab Republic of Egypt": "EG", "Republic of India": "IN",
  "Commonwealth of Australia": "AU", "Socialist Republic of Vietnam": "VN", "Republic of the Philippines": "PH",
  "Republic of Indonesia": "ID", "Kingdom of Thailand": "TH", "Lao People's Democratic Republic": "LA",
  "United Mexican States": "MX", "Federative Republic of Brazil": "BR", "Republic of Turkey": "TR",
  "Republic of Türkiye": "TR", "Kingdom of Norway": "NO", "Republic of Iceland": "IS", "Kingdom of Sweden": "SE",
  "Kingdom of Denmark": "DK", "Republic of Finland": "FI", "Kingdom of the Netherlands": "NL",
  "Kingdom of Belgium": "BE", "Kingdom of Spain": "ES", "Italian Republic": "IT", "Portuguese Republic": "PT",
  "Republic of Poland": "PL", "Swiss Confederation": "CH", "Republic of Singapore": "SG",
  "State of Israel": "IL", "State of Palestine": "PS", "Republic of South Africa": "ZA",
  "Federal Republic of Nigeria": "NG", "Republic of Kenya": "KE", "Islamic Republic of Pakistan": "PK",
  "People's Republic of Bangladesh": "BD", "Democratic Socialist Republic of Sri Lanka": "LK",
  "Republic of Kazakhstan": "KZ", "Republic of Uzbekistan": "UZ",
};

/** The name a country goes by in news copy, where the registry's first name is a long form. */
export const PREFERRED_NAMES: Readonly<Record<string, string>> = {
  US: "United States", RU: "Russia", CN: "China", IR: "Iran", SY: "Syria", LA: "Laos", TZ: "Tanzania",
  MK: "North Macedonia", PS: "Palestine", TW: "Taiwan", VA: "Vatican City", FM: "Micronesia",
  MD: "Moldova", BN: "Brunei", VE: "Venezuela", BO: "Bolivia", KR: "South Korea", KP: "North Korea",
  CZ: "Czechia", GB: "United Kingdom",
};

/** Demonyms and adjectives: `South Korean`, `Japanese`. `Korean` alone is left out: it names either Korea. */
export const DEMONYMS: Readonly<Record<string, string>> = {
  "South Korean": "KR", "North Korean": "KP", American: "US", Japanese: "JP", Chinese: "CN",
  Russian: "RU", British: "GB", French: "FR", German: "DE", Italian: "IT", Spanish: "ES",
  Portuguese: "PT", Dutch: "NL", Belgian: "BE", Swiss: "CH", Austrian: "AT", Polish: "PL",
  Ukrainian: "UA", Belarusian: "BY", Turkish: "TR", Greek: "GR", Swedish: "SE", Norwegian: "NO",
  Danish: "DK", Finnish: "FI", Icelandic: "IS", Irish: "IE", Canadian: "CA", Mexican: "MX",
  Brazilian: "BR", Argentine: "AR", Argentinian: "AR", Chilean: "CL", Colombian: "CO", Peruvian: "PE",
  Venezuelan: "VE", Cuban: "CU", Australian: "AU", Indian: "IN", Pakistani: "PK",
  Bangladeshi: "BD", Afghan: "AF", Iranian: "IR", Iraqi: "IQ", Syrian: "SY", Israeli: "IL",
  Palestinian: "PS", Lebanese: "LB", Jordanian: "JO", Egyptian: "EG", Saudi: "SA", "Saudi Arabian": "SA",
  Qatari: "QA", Emirati: "AE", Kuwaiti: "KW", Bahraini: "BH", Omani: "OM", Yemeni: "YE",
  Libyan: "LY", Tunisian: "TN", Algerian: "DZ", Moroccan: "MA", Nigerian: "NG", Kenyan: "KE",
  Ethiopian: "ET", "South African": "ZA", Ghanaian: "GH", Senegalese: "SN", Sudanese: "SD",
  Indonesian: "ID", Malaysian: "MY", Singaporean: "SG", Thai: "TH", Vietnamese: "VN",
  Filipino: "PH", Philippine: "PH", Cambodian: "KH", Laotian: "LA", Burmese: "MM", Myanmar: "MM",
  Mongolian: "MN", Taiwanese: "TW", Kazakh: "KZ", Uzbek: "UZ", Georgian: "GE", Armenian: "AM",
  Azerbaijani: "AZ", Hungarian: "HU", Czech: "CZ", Slovak: "SK", Romanian: "RO", Bulgarian: "BG",
  Serbian: "RS", Croatian: "HR", Slovenian: "SI", Estonian: "EE", Latvian: "LV", Lithuanian: "LT",
};

/** Capitals, which news copy also uses for their governments (`Seoul and Washington said`). */
export const CAPITALS: Readonly<Record<string, string>> = {
  Seoul: "KR", Pyongyang: "KP", Washington: "US", Tokyo: "JP", Beijing: "CN", Moscow: "RU",
  London: "GB", Paris: "FR", Berlin: "DE", Rome: "IT", Madrid: "ES", Lisbon: "PT", Amsterdam: "NL",
  "The Hague": "NL", Brussels: "BE", Bern: "CH", Vienna: "AT", Warsaw: "PL", Kyiv: "UA", Kiev: "UA",
  Minsk: "BY", Ankara: "TR", Athens: "GR", Stockholm: "SE", Oslo: "NO", Copenhagen: "DK",
  Helsinki: "FI", Reykjavik: "IS", Dublin: "IE", Ottawa: "CA", "Mexico City": "MX", Brasilia: "BR",
  "Buenos Aires": "AR", Santiago: "CL", Bogota: "CO", Lima: "PE", Caracas: "VE", Havana: "CU",
  Canberra: "AU", Wellington: "NZ", "New Delhi": "IN", Islamabad: "PK", Dhaka: "BD", Kabul: "AF",
  Tehran: "IR", Baghdad: "IQ", Damascus: "SY", Jerusalem: "IL", Beirut: "LB", Amman: "JO",
  Cairo: "EG", Riyadh: "SA", Doha: "QA", "Abu Dhabi": "AE", "Kuwait City": "KW", Manama: "BH",
  Muscat: "OM", Sanaa: "YE", Tripoli: "LY", Tunis: "TN", Algiers: "DZ", Rabat: "MA", Abuja: "NG",
  Nairobi: "KE", "Addis Ababa": "ET", Pretoria: "ZA", Accra: "GH", Dakar: "SN", Khartoum: "SD",
  Jakarta: "ID", "Kuala Lumpur": "MY", Bangkok: "TH", Hanoi: "VN", Manila: "PH", "Phnom Penh": "KH",
  Vientiane: "LA", Naypyidaw: "MM", Ulaanbaatar: "MN", Taipei: "TW", Astana: "KZ", Tashkent: "UZ",
  Tbilisi: "GE", Yerevan: "AM", Baku: "AZ", Budapest: "HU", Prague: "CZ", Bratislava: "SK",
  Bucharest: "RO", Sofia: "BG", Belgrade: "RS", Zagreb: "HR", Ljubljana: "SI", Tallinn: "EE",
  Riga: "LV", Vilnius: "LT", Singapore: "SG",
};

/** Other cities that datelines name, with their country. */
export const CITIES: Readonly<Record<string, string>> = {
  "New York": "US", Geneva: "CH", Busan: "KR", Osaka: "JP", Shanghai: "CN",
  "Hong Kong": "HK", Sydney: "AU", Mumbai: "IN", Istanbul: "TR", Dubai: "AE", Jeddah: "SA",
  "St. Petersburg": "RU", "Saint Petersburg": "RU", Munich: "DE", Frankfurt: "DE", Milan: "IT",
  Barcelona: "ES", Toronto: "CA", Montreal: "CA", "Los Angeles": "US", Chicago: "US",
  "San Francisco": "US", Honolulu: "US", "Ho Chi Minh City": "VN", Karachi: "PK", Lagos: "NG",
  Johannesburg: "ZA", "Cape Town": "ZA", "Rio de Janeiro": "BR", "Sao Paulo": "BR", Davos: "CH",
  Bergen: "NO", Trondheim: "NO", Akureyri: "IS", Gothenburg: "SE", Aarhus: "DK", Turku: "FI",
  Strasbourg: "FR", Luxembourg: "LU", Valletta: "MT", Nicosia: "CY",
};
