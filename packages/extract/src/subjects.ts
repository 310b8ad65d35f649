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
    const lower = word.capitalized ? word.text.toLowerCase() : word.text;
    // Only cue words are counted, so only they need remembering.
    const topics = TOPICS_BY_CUE.get(lower);
    if (topics === undefined || seen.has(lower)) continue;
    seen.add(lower);
    for (const topic of topics) counts[topic] = (counts[topic] ?? 0) + 1;
  }
  return MEDIA_TOPICS.filter((_, index) => (counts[index] ?? 0) >= 3).map((topic) => ({
    uri: `http://cv.iptc.org/newscodes/mediatopic/${topic.code}`,
    qcode: `medtop:${topic.code}`,
  }));
}
