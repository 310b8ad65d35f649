/**
 * Words that introduce the people of one side (`the Norwegian delegation included …`, `Estonian
 * Ministers attending were …`): nouns for a side's people, and the verbs that open their list.
 */
export const SIDE_NOUNS: readonly string[] = [
  "delegation",
  "delegations",
  "delegates",
  "ministers",
  "participants",
  "officials",
  "team",
  "side",
  "representatives",
];

export const LIST_VERBS: readonly string[] = [
  "included",
  "includes",
  "including",
  "comprised",
  "comprises",
  "consisted of",
  "was composed of",
  "attending were",
  "present were",
];

/** Verbs that end a side's list: what the people listed then did (`… including Jane Roe met …`). */
export const LIST_ENDING_VERBS: readonly string[] = [
  "met",
  "said",
  "says",
  "held",
  "signed",
  "agreed",
  "discussed",
  "visited",
  "told",
  "welcomed",
  "called",
  "spoke",
  "attended",
];

/**
 * Words that name the one who leads a side (`the Norwegian delegation was led by …`, `Chile's team,
 * headed by …`): the side's list is that leader alone, up to the comma that closes the name.
 */
export const LEADER_VERBS: readonly string[] = ["led by", "headed by"];
