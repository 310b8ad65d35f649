/**
 * Offices whose English title belongs to one country's government, so that the title alone tells
 * whose official holds it (`Secretary of State` with no `for …` is the United States', `Foreign
 * Secretary` the United Kingdom's). Facts about governments; matched against a whole post title, in
 * any letter case, with `Acting`, `former`, `then-` and `U.S.`-style prefixes already taken off.
 */
export const NATIONAL_OFFICES: readonly (readonly [title: string, country: string])[] = [
  ["Secretary of State", "US"],
  ["Secretary of Defense", "US"],
  ["Defense Secretary", "US"],
  ["Deputy Secretary of State", "US"],
  ["Deputy Secretary of Defense", "US"],
  ["Under Secretary of State", "US"],
  ["Secretary of the Treasury", "US"],
  ["Treasury Secretary", "US"],
  ["Secretary of Homeland Security", "US"],
  ["Chairman of the Joint Chiefs of Staff", "US"],
  ["Chief of Naval Operations", "US"],
  ["National Security Advisor", "US"],
  ["Trade Representative", "US"],
  ["United States Trade Representative", "US"],
  ["Foreign Secretary", "GB"],
  ["Defence Secretary", "GB"],
  ["Home Secretary", "GB"],
  ["Chancellor of the Exchequer", "GB"],
  ["First Sea Lord", "GB"],
  ["Secretary of State for Foreign, Commonwealth and Development Affairs", "GB"],
  ["Secretary of State for Defence", "GB"],
  ["State Councilor", "CN"],
  ["State Councillor", "CN"],
  ["Premier of the State Council", "CN"],
  ["Taoiseach", "IE"],
  ["Tánaiste", "IE"],
  ["Chief Cabinet Secretary", "JP"],
  ["Federal Chancellor", "DE"],
];
