// `Foreign Minister Kari Dahl and her Icelandic counterpart, Sara Jonsdottir`: a counterpart holds
// the post of the official the sentence named before them, for the country the demonym names.

import { sentences } from "../text/sentences.js";
import { type Segment, segment } from "../text/span.js";
import type { CountryHit } from "./countries.js";
import type { PersonHit, PostHit } from "./people.js";

/**
 * The post a counterpart holds: the one the official before them in the sentence holds (`Foreign
 * Minister`), with the country the words of the relation name (`his Cypriot and Greek counterparts,
 * A and B`: the first country is the first name's); undefined when no post stands before them.
 */
export function counterpartPost(
  source: string,
  people: Iterable<PersonHit>,
  countries: readonly CountryHit[],
  relation: Segment,
  place: number,
): PostHit | undefined {
  let nearest: PostHit | undefined;
  for (const person of people)
    for (const post of person.posts)
      if (
        post.title.end <= relation.start &&
        relation.start - post.title.end < 300 &&
        (nearest === undefined || post.title.end > nearest.title.end)
      )
        nearest = post;
  // A sentence's end between the official's post and the counterpart (not `Mr.`): the post is not
  // theirs to share.
  if (nearest === undefined || sentences(source, segment(source, nearest.title.end, relation.end)).length > 1)
    return undefined;
  const named = countries.filter((hit) => hit.start >= relation.start && hit.end <= relation.end);
  const country = named.length === 1 ? named[0]?.code : named[place]?.code;
  return {
    title: nearest.title,
    acting: false,
    former: false,
    ...(nearest.label === undefined ? {} : { label: nearest.label }),
    ...(country === undefined ? {} : { country }),
  };
}
