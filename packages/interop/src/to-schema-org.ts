import type { JointStatement } from "@communique/joint-statement";
import type { NewsArticle } from "@communique/news-article";
import type { CreativeWork, NewsArticle as SchemaNewsArticle, Thing, WithContext } from "schema-dts";
import { conceptNode, countryRefNode, organizationNode, personNode, placeNode } from "./schema-org-nodes.js";
import { statementNode } from "./schema-org-statement.js";
import { countWords, PARAGRAPH_BREAK } from "./text.js";
import type { ConversionOptions } from "./warnings.js";

/**
 * Converts a NewsArticle into schema.org JSON-LD: a `NewsArticle` with `@context`
 * `https://schema.org`. Headline, dateline (text) and `locationCreated` (the resolved place),
 * `datePublished`/`dateModified`, `inLanguage`, `articleBody` and `wordCount`, the byline's
 * authors as `author` (a story without a byline is credited to its provider), the provider as
 * `publisher` and `sourceOrganization`, the credit line as `creditText`, subjects as `about`
 * (`DefinedTerm`s), the people (with `jobTitle`), organizations, places and countries as
 * `mentions`, and the statements the article reports as `isBasedOn`: full `CreativeWork`s for
 * those given in `statements`, references by `@id` for the rest.
 */
export function toSchemaOrg(
  article: NewsArticle,
  statements: readonly JointStatement[] = [],
  options: ConversionOptions = {},
): WithContext<SchemaNewsArticle> {
  const warn = options.onWarning ?? (() => undefined);
  const id = article.id;
  const text = article.body.paragraphs.map((paragraph) => paragraph.text).join(PARAGRAPH_BREAK);
  const provider = article.credit === undefined ? undefined : organizationNode(article.credit.provider, id);
  const authors = (article.byline?.authors ?? []).map((author) => personNode(author, id));
  const mentions: Thing[] = [
    ...(article.people ?? []).map((person) => personNode(person, id)),
    ...(article.organizations ?? []).map((organization) => organizationNode(organization, id)),
    ...(article.places ?? []).map((place) => placeNode(place, id)),
    ...(article.countries ?? []).map((country) => countryRefNode(country, id)),
  ];
  const byId = new Map(statements.map((statement) => [statement.id, statement]));
  const basedOn: CreativeWork[] = (article.reports ?? []).map((ref) => {
    const statement = byId.get(ref);
    return statement === undefined ? { "@type": "CreativeWork", "@id": ref } : statementNode(statement);
  });
  for (const statement of statements)
    if (!(article.reports ?? []).includes(statement.id))
      warn({
        path: "/reports",
        code: "not-carried",
        message: `statement ${statement.id} was given but the article does not report it; left out`,
      });
  if (article.quotes !== undefined && article.quotes.length > 0)
    warn({
      path: "/quotes",
      code: "not-carried",
      message: `${article.quotes.length} quotation(s) not carried`,
    });

  const isUrl = /^https?:\/\//.test(id);
  return {
    "@context": "https://schema.org",
    "@type": "NewsArticle",
    "@id": id,
    ...(isUrl ? { url: id, mainEntityOfPage: id } : {}),
    identifier: id,
    headline: article.headline,
    ...(article.dateline === undefined ? {} : { dateline: article.dateline.text }),
    ...(article.dateline?.place === undefined
      ? {}
      : { locationCreated: placeNode(article.dateline.place, id) }),
    ...(article.published === undefined ? {} : { datePublished: article.published }),
    ...(article.modified === undefined ? {} : { dateModified: article.modified }),
    inLanguage: article.language,
    ...(authors.length > 0
      ? { author: authors }
      : article.byline === undefined && provider !== undefined
        ? { author: provider }
        : {}),
    ...(provider === undefined ? {} : { publisher: provider, sourceOrganization: provider }),
    ...(article.credit === undefined ? {} : { creditText: article.credit.text }),
    ...(article.genre === undefined ? {} : { genre: article.genre.uri }),
    ...(article.subjects === undefined || article.subjects.length === 0
      ? {}
      : { about: article.subjects.map(conceptNode) }),
    ...(mentions.length === 0 ? {} : { mentions }),
    articleBody: text,
    wordCount: countWords(text, article.language),
    ...(basedOn.length === 0 ? {} : { isBasedOn: basedOn }),
  } as WithContext<SchemaNewsArticle>;
}
