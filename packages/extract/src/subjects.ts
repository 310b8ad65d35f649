import type { ConceptRef } from "@communique/core";
import { MEDIA_TOPICS } from "./lexicon/en/topics.js";

const TOPICS_BY_CUE = new Map<string, number[]>();
MEDIA_TOPICS.forEach((topic, index) => {
  for (const cue of topic.cues) TOPICS_BY_CUE.set(cue, [...(TOPICS_BY_CUE.get(cue) ?? []), index]);
});

/** The IPTC Media Topics a text is about, by the cue words it uses (three at least), in code order. */
export function subjectsOf(words: readonly { text: string; capitalized: boolean }[]): ConceptRef[] {
  const seen = new Set<string>();
  const counts = new Array<number>(MEDIA_TOPICS.length).fill(0);
  for (const word of words) {
    if (word.text.length < 3) continue;
    const cue = cueOf(word);
    // Only cue words are counted, so only they need remembering.
    if (cue === null || seen.has(cue)) continue;
    seen.add(cue);
    for (const topic of TOPICS_BY_CUE.get(cue) as number[]) counts[topic] = (counts[topic] ?? 0) + 1;
  }
  return MEDIA_TOPICS.filter((_, index) => (counts[index] ?? 0) >= 3).map((topic) => ({
    uri: `http://cv.iptc.org/newscodes/mediatopic/${topic.code}`,
    qcode: `medtop:${topic.code}`,
  }));
}

// The cue a word is (`Nuclear`, `nuclear`), or null. A word not marked capitalized is read as
// written, in the cues' own table. A capitalized one would be lower-cased, a new string for every
// name: what it gives is remembered across texts instead, within bounds.
const CUES_CAPITALIZED = new Map<string, string | null>();
function cueOf(word: { text: string; capitalized: boolean }): string | null {
  if (!word.capitalized) return TOPICS_BY_CUE.has(word.text) ? word.text : null;
  let cue = CUES_CAPITALIZED.get(word.text);
  if (cue === undefined) {
    const lower = word.text.toLowerCase();
    cue = TOPICS_BY_CUE.has(lower) ? lower : null;
    if (CUES_CAPITALIZED.size < 100_000) CUES_CAPITALIZED.set(word.text, cue);
  }
  return cue;
}
