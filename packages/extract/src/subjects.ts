import type { ConceptRef } from "@communique/core";
import { MEDIA_TOPICS } from "./lexicon/topics.js";

/** The IPTC Media Topics a text is about, by the cue words it uses, in code order. */
export function subjectsOf(text: string): ConceptRef[] {
  const words = new Set(text.toLowerCase().match(/\p{L}+/gu) ?? []);
  return MEDIA_TOPICS.filter((topic) => topic.cues.filter((cue) => words.has(cue)).length >= 3).map((topic) => ({
    uri: `http://cv.iptc.org/newscodes/mediatopic/${topic.code}`,
    qcode: `medtop:${topic.code}`,
  }));
}
