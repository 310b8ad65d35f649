import type { ActionClass, Modality, PloverEvent } from "@communique/joint-statement";

/** How one action class is coded in PLOVER when the provision carries no coding of its own. */
export interface PloverMapping {
  /** The event type, or `undefined` when PLOVER has no category for the action. */
  event: PloverEvent | undefined;
  /** The event's mode, when the action alone fixes it. */
  mode?: string;
  /** Contexts the action alone fixes. */
  context?: readonly string[];
  /** Why: the codebook's definition or the CAMEO code the choice rests on. */
  basis: string;
}

/**
 * The action classes of joint-statement provisions, coded in PLOVER (codebook draft 2.0; CAMEO
 * codes via the CAMEO → PLOVER crosswalk of 2021). A provision's own `plover` coding, when
 * present, wins over this table.
 */
export const ACTION_TO_PLOVER: Readonly<Record<ActionClass, PloverMapping>> = {
  reaffirm: {
    event: "AGREE",
    basis: "a restated commitment to cooperate (AGREE: indicate commitment; CAMEO 03)",
  },
  commit: { event: "AGREE", basis: "a promise to cooperate (AGREE; CAMEO 03)" },
  agree: { event: "AGREE", basis: "agreement to cooperate (AGREE; CAMEO 030)" },
  decide: { event: "AGREE", basis: "a decision to act together, i.e. intent to cooperate (AGREE; CAMEO 03)" },
  welcome: {
    event: "SUPPORT",
    context: ["diplomatic"],
    basis: "commending an action or actor (SUPPORT; CAMEO 051 praise or endorse → diplomatic)",
  },
  support: {
    event: "SUPPORT",
    context: ["diplomatic"],
    basis: "political, non-material support (SUPPORT; CAMEO 05 → diplomatic)",
  },
  condemn: {
    event: "ACCUSE",
    mode: "disapprove",
    basis: "condemning a policy or action (ACCUSE, mode disapprove; CAMEO 111)",
  },
  "express-concern": {
    event: "ACCUSE",
    mode: "disapprove",
    basis: "expressing disapproval or objection (ACCUSE, mode disapprove; CAMEO 110)",
  },
  "call-on": {
    event: "REQUEST",
    basis:
      "a request or demand; its mode (assist, change, yield, meet) depends on what is asked (REQUEST; CAMEO 10)",
  },
  note: {
    event: undefined,
    basis: "a statement of fact: CAMEO 01 (make public statement) was dropped from PLOVER",
  },
  launch: {
    event: "SUPPORT",
    context: ["diplomatic"],
    basis: "initiating diplomatic, non-material cooperation such as a dialogue (SUPPORT; CAMEO 05)",
  },
  other: { event: undefined, basis: "no category without a coding of the provision's own" },
};

/** PLOVER's quad categories: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict. */
export type QuadCode = 1 | 2 | 3 | 4;

/**
 * The quad category of each event type. SANCTION is put in material conflict, as its own section of
 * the codebook says (the codebook's summary table lists it under verbal conflict).
 */
export const QUAD_CODES: Readonly<Record<PloverEvent, QuadCode>> = {
  AGREE: 1,
  CONSULT: 1,
  SUPPORT: 1,
  CONCEDE: 1,
  COOPERATE: 2,
  AID: 2,
  RETREAT: 2,
  REQUEST: 3,
  ACCUSE: 3,
  REJECT: 3,
  THREATEN: 3,
  PROTEST: 4,
  SANCTION: 4,
  MOBILIZE: 4,
  COERCE: 4,
  ASSAULT: 4,
};

/**
 * PLOVER's auxiliary mode for each modality: a conditional provision is `hypothetical`, a denied
 * one `negation`, a promised or intended one `future` (except for AGREE, whose definition already
 * is a promise of future cooperation); an asserted one has none.
 */
export function auxiliaryMode(modality: Modality, event: PloverEvent): string | undefined {
  switch (modality) {
    case "conditional":
      return "hypothetical";
    case "negated":
      return "negation";
    case "committed":
    case "intended":
      return event === "AGREE" ? undefined : "future";
    default:
      return undefined;
  }
}

/** The modes of each PLOVER event type (codebook draft 2.0); AGREE, SUPPORT, CONCEDE, COOPERATE and AID have none. */
export const PLOVER_MODES: Readonly<Record<PloverEvent, readonly string[]>> = {
  AGREE: [],
  CONSULT: ["visit", "third-party", "multilateral", "phone"],
  SUPPORT: [],
  CONCEDE: [],
  COOPERATE: [],
  AID: [],
  RETREAT: ["withdraw", "release", "disarm", "ceasefire", "access", "resign"],
  REQUEST: ["assist", "change", "yield", "meet"],
  ACCUSE: ["disapprove", "investigate", "allege"],
  REJECT: ["assist", "change", "yield", "meet"],
  THREATEN: ["restrict", "arrest", "relations", "expel", "territory", "violence"],
  PROTEST: ["demo", "riot", "strike", "hunger", "boycott", "obstruct", "vandalize"],
  SANCTION: ["convict", "expel", "withdraw", "discontinue"],
  MOBILIZE: ["troops", "weapons", "police", "militia"],
  COERCE: [
    "seize",
    "restrict",
    "censor",
    "curfew",
    "martial-law",
    "arrest",
    "deport",
    "withhold",
    "misinformation",
    "cyber",
  ],
  ASSAULT: [
    "abduct",
    "beat",
    "torture",
    "sexual",
    "targeted",
    "destroy",
    "primitive",
    "firearms",
    "explosives",
    "suicide-attack",
    "aerial",
    "drone",
    "heavy-weapons",
    "crowd-control",
    "unconventional",
  ],
};

/** PLOVER's contexts (codebook draft 2.0): what an event is about, e.g. `military`, `diplomatic`. */
export const PLOVER_CONTEXTS: readonly string[] = [
  "military",
  "intelligence",
  "executive",
  "legislative",
  "election",
  "political_institutions",
  "pro_democracy",
  "pro_autocracy",
  "economic",
  "legal",
  "reparations",
  "human_rights",
  "rights_freedoms",
  "repression",
  "human_security",
  "gender",
  "lgbt",
  "religion_ethnicity",
  "inequality",
  "diplomatic",
  "territory",
  "peacekeeping",
  "health",
  "asylum",
  "migration",
  "disasters",
  "natural_resource",
  "environment",
  "technology",
  "terrorism",
  "cbrn",
  "cyber",
  "misinformation",
  "crime",
  "corruption",
  "illegal_drugs",
  "trafficking",
];
