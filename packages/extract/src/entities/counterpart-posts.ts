// `Foreign Minister Kari Dahl and her Icelandic counterpart, Sara Jonsdottir`: a counterpart holds
// the post of the official the sentence named before them, for the country the demonym names.

import { sentences } from "../text/sentences.js";
import { type Segment, segment } from "../text/span.js";
import type { CountryHit } from "./countries.js";
import { isGovernmentPost } from "./name-words.js";
import type { PersonHit, PostHit } from "./people.js";

/**
 * The post a counterpart holds: the one the official before them in the sentence holds (`Foreign
 * Minister`), with the country the words of the relation name (`his Cypriot and Greek counterparts,
 * A and B`: the first country is the first name's); with no such official, `counterpart` itself, when
 * the relation names a country; otherwise undefined.
 */
export function counterpartPost(
  source: string,
  people: Iterable<PersonHit>,
  countries: readonly CountryHit[],
  relation: Segment,
  place: number,
): PostHit | undefined {
  // Read twice below: an iterator (a map's values) is read once.
  const officials = [...people];
  let nearest: PostHit | undefined;
  for (const person of officials)
    for (const post of person.posts)
      if (
        post.title.end <= relation.start &&
        relation.start - post.title.end < 300 &&
        (nearest === undefined || post.title.end > nearest.title.end)
      )
        nearest = post;
  const named = countries.filter((hit) => hit.start >= relation.start && hit.end <= relation.end);
  const country = named.length === 1 ? named[0]?.code : named[place]?.code;
  // No official before them in the sentence (`Mr. Hale also met his Malaysian counterpart, …`), or a
  // sentence's end between (not `Mr.`): the post is not theirs to share, but the relation still says
  // whose counterpart they are, and that is the post as written, in a story of officials (the last
  // post named before is a government's), not of coaches or chief executives.
  if (
    nearest === undefined ||
    sentences(source, segment(source, nearest.title.end, relation.end)).length > 1
  ) {
    let last: PostHit | undefined;
    for (const person of officials)
      for (const post of person.posts)
        if (post.title.end <= relation.start && (last === undefined || post.title.end > last.title.end))
          last = post;
    return country === undefined || last === undefined || !isGovernmentPost(last.label ?? last.title.text)
      ? undefined
      : { title: relationWord(source, relation), acting: false, former: false, country };
  }
  return {
    title: nearest.title,
    acting: false,
    former: false,
    ...(nearest.label === undefined ? {} : { label: nearest.label }),
    ...(country === undefined ? {} : { country }),
  };
}

/** The relation's own word at its end: `counterpart` or `counterparts`. */
function relationWord(source: string, relation: Segment): Segment {
  const word = /\p{L}+$/u.exec(relation.text)?.[0] ?? relation.text;
  return segment(source, relation.end - word.length, relation.end);
}
