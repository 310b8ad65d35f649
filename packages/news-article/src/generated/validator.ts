// @ts-nocheck
// Generated from schema/news-article.schema.json by `npm run generate` (@communique/schema-build); do not edit by hand.
import { schemaFormats as runtime0 } from "@communique/core";
export const schemaId = "https://communique.dev/schemas/news-article/v1.json";
export const definitionPaths = {
  "CountryCode": [
    "/countries/*/code",
    "/credit/provider/country",
    "/dateline/place/country",
    "/organizations/*/country",
    "/places/*/country"
  ],
  "PostCountryCode": [
    "/byline/authors/*/posts/*/country",
    "/people/*/posts/*/country"
  ],
  "CountryRef": [
    "/countries/*"
  ],
  "TextSpan": [
    "/body/paragraphs/*/span",
    "/byline/authors/*/mentions/*/span",
    "/byline/authors/*/posts/*/span",
    "/byline/span",
    "/countries/*/mentions/*/span",
    "/credit/provider/mentions/*/span",
    "/credit/span",
    "/dateline/date/span",
    "/dateline/place/mentions/*/span",
    "/dateline/span",
    "/headlineSpan",
    "/organizations/*/mentions/*/span",
    "/people/*/mentions/*/span",
    "/people/*/posts/*/span",
    "/places/*/mentions/*/span",
    "/quotes/*/attribution/cue/span",
    "/quotes/*/span"
  ],
  "Byline": [
    "/byline"
  ],
  "CountryMention": [
    "/countries/*/mentions/*"
  ],
  "CreditLine": [
    "/credit"
  ],
  "Dateline": [
    "/dateline"
  ],
  "Mention": [
    "/byline/authors/*/mentions/*",
    "/credit/provider/mentions/*",
    "/dateline/place/mentions/*",
    "/organizations/*/mentions/*",
    "/people/*/mentions/*",
    "/places/*/mentions/*",
    "/quotes/*/attribution/cue"
  ],
  "Paragraph": [
    "/body/paragraphs/*"
  ],
  "PartialDate": [
    "/dateline/date"
  ],
  "Provision": [],
  "Quote": [
    "/quotes/*"
  ]
};
const escapeKey = (key) => key.replace(/~/g, "~0").replace(/\//g, "~1");
/** Runs each model rule on every value of its definition; generated from the schema, see @communique/schema-build. */
export function walkModelRules(data, rules, issues, toIssue) {
  const rule0 = rules.CountryCode;
  const rule1 = rules.PostCountryCode;
  const rule2 = rules.CountryRef;
  const rule3 = rules.TextSpan;
  const rule4 = rules.Byline;
  const rule5 = rules.CountryMention;
  const rule6 = rules.CreditLine;
  const rule7 = rules.Dateline;
  const rule8 = rules.Mention;
  const rule9 = rules.Paragraph;
  const rule10 = rules.PartialDate;
  const rule11 = rules.Quote;
  let breach;
  if (typeof data === "object" && data !== null) {
    const v1 = data.countries;
    if (v1 !== undefined) {
      if (Array.isArray(v1)) {
        for (let i2 = 0; i2 < v1.length; i2++) {
          const v2 = v1[i2];
          if ((breach = rule2(v2)) !== undefined) issues.push(toIssue(breach, "/countries/" + i2));
          if (typeof v2 === "object" && v2 !== null) {
            const v3 = v2.code;
            if (v3 !== undefined) {
              if ((breach = rule0(v3)) !== undefined) issues.push(toIssue(breach, "/countries/" + i2 + "/code"));
            }
            const v4 = v2.mentions;
            if (v4 !== undefined) {
              if (Array.isArray(v4)) {
                for (let i5 = 0; i5 < v4.length; i5++) {
                  const v5 = v4[i5];
                  if ((breach = rule5(v5)) !== undefined) issues.push(toIssue(breach, "/countries/" + i2 + "/mentions/" + i5));
                  if (typeof v5 === "object" && v5 !== null) {
                    const v6 = v5.span;
                    if (v6 !== undefined) {
                      if ((breach = rule3(v6)) !== undefined) issues.push(toIssue(breach, "/countries/" + i2 + "/mentions/" + i5 + "/span"));
                    }
                  }
                }
              }
            }
          }
        }
      }
    }
    const v7 = data.credit;
    if (v7 !== undefined) {
      if ((breach = rule6(v7)) !== undefined) issues.push(toIssue(breach, "/credit"));
      if (typeof v7 === "object" && v7 !== null) {
        const v8 = v7.provider;
        if (v8 !== undefined) {
          if (typeof v8 === "object" && v8 !== null) {
            const v9 = v8.country;
            if (v9 !== undefined) {
              if ((breach = rule0(v9)) !== undefined) issues.push(toIssue(breach, "/credit/provider/country"));
            }
            const v10 = v8.mentions;
            if (v10 !== undefined) {
              if (Array.isArray(v10)) {
                for (let i11 = 0; i11 < v10.length; i11++) {
                  const v11 = v10[i11];
                  if ((breach = rule8(v11)) !== undefined) issues.push(toIssue(breach, "/credit/provider/mentions/" + i11));
                  if (typeof v11 === "object" && v11 !== null) {
                    const v12 = v11.span;
                    if (v12 !== undefined) {
                      if ((breach = rule3(v12)) !== undefined) issues.push(toIssue(breach, "/credit/provider/mentions/" + i11 + "/span"));
                    }
                  }
                }
              }
            }
          }
        }
        const v13 = v7.span;
        if (v13 !== undefined) {
          if ((breach = rule3(v13)) !== undefined) issues.push(toIssue(breach, "/credit/span"));
        }
      }
    }
    const v14 = data.dateline;
    if (v14 !== undefined) {
      if ((breach = rule7(v14)) !== undefined) issues.push(toIssue(breach, "/dateline"));
      if (typeof v14 === "object" && v14 !== null) {
        const v15 = v14.place;
        if (v15 !== undefined) {
          if (typeof v15 === "object" && v15 !== null) {
            const v16 = v15.country;
            if (v16 !== undefined) {
              if ((breach = rule0(v16)) !== undefined) issues.push(toIssue(breach, "/dateline/place/country"));
            }
            const v17 = v15.mentions;
            if (v17 !== undefined) {
              if (Array.isArray(v17)) {
                for (let i18 = 0; i18 < v17.length; i18++) {
                  const v18 = v17[i18];
                  if ((breach = rule8(v18)) !== undefined) issues.push(toIssue(breach, "/dateline/place/mentions/" + i18));
                  if (typeof v18 === "object" && v18 !== null) {
                    const v19 = v18.span;
                    if (v19 !== undefined) {
                      if ((breach = rule3(v19)) !== undefined) issues.push(toIssue(breach, "/dateline/place/mentions/" + i18 + "/span"));
                    }
                  }
                }
              }
            }
          }
        }
        const v20 = v14.date;
        if (v20 !== undefined) {
          if ((breach = rule10(v20)) !== undefined) issues.push(toIssue(breach, "/dateline/date"));
          if (typeof v20 === "object" && v20 !== null) {
            const v21 = v20.span;
            if (v21 !== undefined) {
              if ((breach = rule3(v21)) !== undefined) issues.push(toIssue(breach, "/dateline/date/span"));
            }
          }
        }
        const v22 = v14.span;
        if (v22 !== undefined) {
          if ((breach = rule3(v22)) !== undefined) issues.push(toIssue(breach, "/dateline/span"));
        }
      }
    }
    const v23 = data.organizations;
    if (v23 !== undefined) {
      if (Array.isArray(v23)) {
        for (let i24 = 0; i24 < v23.length; i24++) {
          const v24 = v23[i24];
          if (typeof v24 === "object" && v24 !== null) {
            const v25 = v24.country;
            if (v25 !== undefined) {
              if ((breach = rule0(v25)) !== undefined) issues.push(toIssue(breach, "/organizations/" + i24 + "/country"));
            }
            const v26 = v24.mentions;
            if (v26 !== undefined) {
              if (Array.isArray(v26)) {
                for (let i27 = 0; i27 < v26.length; i27++) {
                  const v27 = v26[i27];
                  if ((breach = rule8(v27)) !== undefined) issues.push(toIssue(breach, "/organizations/" + i24 + "/mentions/" + i27));
                  if (typeof v27 === "object" && v27 !== null) {
                    const v28 = v27.span;
                    if (v28 !== undefined) {
                      if ((breach = rule3(v28)) !== undefined) issues.push(toIssue(breach, "/organizations/" + i24 + "/mentions/" + i27 + "/span"));
                    }
                  }
                }
              }
            }
          }
        }
      }
    }
    const v29 = data.places;
    if (v29 !== undefined) {
      if (Array.isArray(v29)) {
        for (let i30 = 0; i30 < v29.length; i30++) {
          const v30 = v29[i30];
          if (typeof v30 === "object" && v30 !== null) {
            const v31 = v30.country;
            if (v31 !== undefined) {
              if ((breach = rule0(v31)) !== undefined) issues.push(toIssue(breach, "/places/" + i30 + "/country"));
            }
            const v32 = v30.mentions;
            if (v32 !== undefined) {
              if (Array.isArray(v32)) {
                for (let i33 = 0; i33 < v32.length; i33++) {
                  const v33 = v32[i33];
                  if ((breach = rule8(v33)) !== undefined) issues.push(toIssue(breach, "/places/" + i30 + "/mentions/" + i33));
                  if (typeof v33 === "object" && v33 !== null) {
                    const v34 = v33.span;
                    if (v34 !== undefined) {
                      if ((breach = rule3(v34)) !== undefined) issues.push(toIssue(breach, "/places/" + i30 + "/mentions/" + i33 + "/span"));
                    }
                  }
                }
              }
            }
          }
        }
      }
    }
    const v35 = data.byline;
    if (v35 !== undefined) {
      if ((breach = rule4(v35)) !== undefined) issues.push(toIssue(breach, "/byline"));
      if (typeof v35 === "object" && v35 !== null) {
        const v36 = v35.authors;
        if (v36 !== undefined) {
          if (Array.isArray(v36)) {
            for (let i37 = 0; i37 < v36.length; i37++) {
              const v37 = v36[i37];
              if (typeof v37 === "object" && v37 !== null) {
                const v38 = v37.posts;
                if (v38 !== undefined) {
                  if (Array.isArray(v38)) {
                    for (let i39 = 0; i39 < v38.length; i39++) {
                      const v39 = v38[i39];
                      if (typeof v39 === "object" && v39 !== null) {
                        const v40 = v39.country;
                        if (v40 !== undefined) {
                          if ((breach = rule1(v40)) !== undefined) issues.push(toIssue(breach, "/byline/authors/" + i37 + "/posts/" + i39 + "/country"));
                        }
                        const v41 = v39.span;
                        if (v41 !== undefined) {
                          if ((breach = rule3(v41)) !== undefined) issues.push(toIssue(breach, "/byline/authors/" + i37 + "/posts/" + i39 + "/span"));
                        }
                      }
                    }
                  }
                }
                const v42 = v37.mentions;
                if (v42 !== undefined) {
                  if (Array.isArray(v42)) {
                    for (let i43 = 0; i43 < v42.length; i43++) {
                      const v43 = v42[i43];
                      if ((breach = rule8(v43)) !== undefined) issues.push(toIssue(breach, "/byline/authors/" + i37 + "/mentions/" + i43));
                      if (typeof v43 === "object" && v43 !== null) {
                        const v44 = v43.span;
                        if (v44 !== undefined) {
                          if ((breach = rule3(v44)) !== undefined) issues.push(toIssue(breach, "/byline/authors/" + i37 + "/mentions/" + i43 + "/span"));
                        }
                      }
                    }
                  }
                }
              }
            }
          }
        }
        const v45 = v35.span;
        if (v45 !== undefined) {
          if ((breach = rule3(v45)) !== undefined) issues.push(toIssue(breach, "/byline/span"));
        }
      }
    }
    const v46 = data.people;
    if (v46 !== undefined) {
      if (Array.isArray(v46)) {
        for (let i47 = 0; i47 < v46.length; i47++) {
          const v47 = v46[i47];
          if (typeof v47 === "object" && v47 !== null) {
            const v48 = v47.posts;
            if (v48 !== undefined) {
              if (Array.isArray(v48)) {
                for (let i49 = 0; i49 < v48.length; i49++) {
                  const v49 = v48[i49];
                  if (typeof v49 === "object" && v49 !== null) {
                    const v50 = v49.country;
                    if (v50 !== undefined) {
                      if ((breach = rule1(v50)) !== undefined) issues.push(toIssue(breach, "/people/" + i47 + "/posts/" + i49 + "/country"));
                    }
                    const v51 = v49.span;
                    if (v51 !== undefined) {
                      if ((breach = rule3(v51)) !== undefined) issues.push(toIssue(breach, "/people/" + i47 + "/posts/" + i49 + "/span"));
                    }
                  }
                }
              }
            }
            const v52 = v47.mentions;
            if (v52 !== undefined) {
              if (Array.isArray(v52)) {
                for (let i53 = 0; i53 < v52.length; i53++) {
                  const v53 = v52[i53];
                  if ((breach = rule8(v53)) !== undefined) issues.push(toIssue(breach, "/people/" + i47 + "/mentions/" + i53));
                  if (typeof v53 === "object" && v53 !== null) {
                    const v54 = v53.span;
                    if (v54 !== undefined) {
                      if ((breach = rule3(v54)) !== undefined) issues.push(toIssue(breach, "/people/" + i47 + "/mentions/" + i53 + "/span"));
                    }
                  }
                }
              }
            }
          }
        }
      }
    }
    const v55 = data.body;
    if (v55 !== undefined) {
      if (typeof v55 === "object" && v55 !== null) {
        const v56 = v55.paragraphs;
        if (v56 !== undefined) {
          if (Array.isArray(v56)) {
            for (let i57 = 0; i57 < v56.length; i57++) {
              const v57 = v56[i57];
              if ((breach = rule9(v57)) !== undefined) issues.push(toIssue(breach, "/body/paragraphs/" + i57));
              if (typeof v57 === "object" && v57 !== null) {
                const v58 = v57.span;
                if (v58 !== undefined) {
                  if ((breach = rule3(v58)) !== undefined) issues.push(toIssue(breach, "/body/paragraphs/" + i57 + "/span"));
                }
              }
            }
          }
        }
      }
    }
    const v59 = data.headlineSpan;
    if (v59 !== undefined) {
      if ((breach = rule3(v59)) !== undefined) issues.push(toIssue(breach, "/headlineSpan"));
    }
    const v60 = data.quotes;
    if (v60 !== undefined) {
      if (Array.isArray(v60)) {
        for (let i61 = 0; i61 < v60.length; i61++) {
          const v61 = v60[i61];
          if ((breach = rule11(v61)) !== undefined) issues.push(toIssue(breach, "/quotes/" + i61));
          if (typeof v61 === "object" && v61 !== null) {
            const v62 = v61.attribution;
            if (v62 !== undefined) {
              if (typeof v62 === "object" && v62 !== null) {
                const v63 = v62.cue;
                if (v63 !== undefined) {
                  if ((breach = rule8(v63)) !== undefined) issues.push(toIssue(breach, "/quotes/" + i61 + "/attribution/cue"));
                  if (typeof v63 === "object" && v63 !== null) {
                    const v64 = v63.span;
                    if (v64 !== undefined) {
                      if ((breach = rule3(v64)) !== undefined) issues.push(toIssue(breach, "/quotes/" + i61 + "/attribution/cue/span"));
                    }
                  }
                }
              }
            }
            const v65 = v61.span;
            if (v65 !== undefined) {
              if ((breach = rule3(v65)) !== undefined) issues.push(toIssue(breach, "/quotes/" + i61 + "/span"));
            }
          }
        }
      }
    }
  }
}
export const validate = validate10;
export default validate10;
const schema11 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://communique.dev/schemas/news-article/v1.json","$comment":"Generated from src/news-article.ts (NewsArticle) by `npm run generate`; do not edit by hand.","title":"NewsArticle","description":"A news article: a wire story or web article, its metadata, its body with exact positions in the\noriginal text, and what it mentions, quotes and reports.\n\nninjs: a `type: \"text\"` item · schema.org: `NewsArticle` · NewsML-G2: `newsItem`.","type":"object","properties":{"$schema":{"description":"The URI of the schema this instance follows; optional, and when given it must be this schema's `$id`.","type":"string","const":"https://communique.dev/schemas/news-article/v1.json"},"type":{"description":"The model this document is an instance of. schema.org: `@type`.","type":"string","const":"NewsArticle"},"id":{"$ref":"#/definitions/DocumentId","description":"The article's id. ninjs: `uri` · schema.org: `@id`/`identifier` · NewsML-G2: `@guid`."},"altIds":{"description":"Other identifiers of the article, such as a provider's transmission reference.\nninjs: `altIds[]` · schema.org: `identifier` · NewsML-G2: `altId`.","type":"array","items":{"$ref":"#/definitions/AlternativeId"}},"url":{"description":"The article's canonical address on the web.\nschema.org: `url`, `mainEntityOfPage` · NewsML-G2: `link[rel=canonical]` · HTML: `<link rel=canonical>`, `og:url`.","format":"uri","type":"string"},"links":{"description":"Other resources the article links to as a whole: an AMP page, other languages, feeds. schema.org: `relatedLink` · NewsML-G2: `link`.","type":"array","items":{"$ref":"#/definitions/Link"}},"headline":{"description":"The main headline, as written.\nninjs: `headlines[role=main].value` · schema.org: `headline` · NewsML-G2: `headline`.","minLength":1,"type":"string"},"headlineSpan":{"$ref":"#/definitions/TextSpan","description":"Where the headline stands in the original text."},"alternativeHeadlines":{"description":"Headlines other than the main one. ninjs: `headlines[]` · schema.org: `alternativeHeadline` · NewsML-G2: `headline@role`.","type":"array","items":{"$ref":"#/definitions/AlternativeHeadline"}},"title":{"description":"A short internal name for the item, not the headline. ninjs: `title` · schema.org: `name` · NewsML-G2: `title`.","type":"string"},"slugline":{"description":"A short human-readable label for the story, e.g. `Sweden-military-exercise`. ninjs: `slugline` · NewsML-G2: `slugline`.","type":"string"},"dateline":{"$ref":"#/definitions/Dateline","description":"Where and when the story was filed, as the dateline gives it.\nninjs: `located` · schema.org: `dateline`, `locationCreated` · NewsML-G2: `dateline`, `located`."},"published":{"description":"When the article was first published, as a date-time with an offset.\nninjs: `firstCreated` · schema.org: `datePublished` · NewsML-G2: `firstCreated`.","format":"date-time","type":"string"},"modified":{"description":"When this version was last changed.\nninjs: `versionCreated` · schema.org: `dateModified` · NewsML-G2: `versionCreated`.","format":"date-time","type":"string"},"created":{"description":"When the content itself was created, if before its first publication.\nninjs: `contentCreated` · schema.org: `dateCreated` · NewsML-G2: `contentCreated`.","format":"date-time","type":"string"},"embargoedUntil":{"description":"Not to be published before this date-time.\nninjs: `embargoedUntil` · NewsML-G2: `embargoed`.","format":"date-time","type":"string"},"expires":{"description":"No longer editorially relevant after this date-time.\nninjs: `expires` · schema.org: `expires` · NewsML-G2: `expires`.","format":"date-time","type":"string"},"version":{"description":"The version of the article that `id` names, as the provider counts, e.g. `2`. ninjs: `version` · schema.org: `version` · NewsML-G2: `@version`.","type":"string"},"pubStatus":{"$ref":"#/definitions/PublicationStatus","description":"Whether the article may be published. ninjs: `pubStatus` · schema.org: `creativeWorkStatus` · NewsML-G2: `pubStatus`."},"urgency":{"description":"Editorial urgency, 1 (most urgent) to 9. ninjs: `urgency` · NewsML-G2: `urgency`.","type":"integer","minimum":1,"maximum":9},"language":{"$ref":"#/definitions/LanguageTag","description":"The language of the text. ninjs: `language` · schema.org: `inLanguage` · NewsML-G2: `@xml:lang`."},"byline":{"$ref":"#/definitions/Byline","description":"The byline as written, e.g. `By Jane Doe, Staff Writer`. ninjs: `by` · schema.org: `author` (as text) · NewsML-G2: `by`."},"credit":{"$ref":"#/definitions/CreditLine","description":"The credit line naming the provider, e.g. `Source: Qatar News Agency`."},"rights":{"$ref":"#/definitions/Rights","description":"Who owns the article and how it may be used. ninjs: `copyrightHolder`, `copyrightNotice`, `usageTerms` · schema.org: `copyrightHolder`, `copyrightNotice`, `usageInfo`."},"descriptions":{"description":"Summaries, leads and other descriptions of the article. ninjs: `descriptions[]` · schema.org: `description`, `abstract` · NewsML-G2: `description`.","type":"array","items":{"$ref":"#/definitions/Description"}},"body":{"$ref":"#/definitions/Body","description":"The article body: its paragraphs, in order. ninjs: `bodies[]` · schema.org: `articleBody` · NewsML-G2: `contentSet`."},"subjects":{"description":"What the article is about: IPTC Media Topics, or a provider's subjects by code or name.\nninjs: `subjects[]` · schema.org: `about` · NewsML-G2: `subject`.","type":"array","items":{"$ref":"#/definitions/Subject"}},"keywords":{"description":"Free keywords or tags, as given.\nschema.org: `keywords` · NewsML-G2: `keyword` · HTML: `<meta name=keywords>`, `article:tag`.","items":{"type":"string","minLength":1},"type":"array"},"section":{"description":"The section of the publication the article runs in, e.g. `World`. schema.org: `articleSection` · HTML: `article:section`.","type":"string"},"genre":{"$ref":"#/definitions/ConceptRef","description":"The journalistic genre, as an IPTC genre concept. ninjs: `genres[]` · schema.org: `genre` · NewsML-G2: `genre`."},"people":{"description":"The people the article names, with the posts it gives them. ninjs: `people[]` · schema.org: `mentions` (Person).","type":"array","items":{"$ref":"#/definitions/PersonWithPosts"}},"organizations":{"description":"The organizations the article names. ninjs: `organisations[]` · schema.org: `mentions` (Organization).","type":"array","items":{"$ref":"#/definitions/Organization"}},"places":{"description":"The places the article names. ninjs: `places[]` · schema.org: `contentLocation`/`mentions` (Place).","type":"array","items":{"$ref":"#/definitions/Place"}},"countries":{"description":"The countries the article names, normalized, with every naming as written. ninjs: `places[]` · schema.org: `mentions` (Country).","type":"array","items":{"$ref":"#/definitions/CountryRef"}},"quotes":{"description":"Passages the article quotes, with their attribution. schema.org: `Quotation` · NewsML-G2: `inlineRef`.","type":"array","items":{"$ref":"#/definitions/Quote"}},"reports":{"description":"The ids of the joint statements the article reports. schema.org: `isBasedOn`/`about` · NewsML-G2: `link[rel=irel:reports]`.","items":{"$ref":"#/definitions/DocumentId"},"type":"array"},"media":{"description":"Pictures, video, audio and graphics that go with the article. ninjs: `associations[]` · schema.org: `image`, `video`, `associatedMedia` · NewsML-G2: `link`.","type":"array","items":{"$ref":"#/definitions/MediaObject"}},"editorialNote":{"description":"A note to the receiving editors, not for publication. ninjs: `edNote` · NewsML-G2: `edNote`.","type":"string"},"profile":{"description":"The provider's name for the structure of the item, e.g. `text-only`. ninjs: `profile` · NewsML-G2: `@profile`.","type":"string"},"representation":{"description":"Whether this is the full article or a partial representation of it. ninjs: `representationType`.","enum":["full","partial"],"type":"string"},"provenance":{"$ref":"#/definitions/Provenance","description":"Where the instance came from, and a fingerprint of the original text its spans point into."},"extensions":{"$ref":"#/definitions/Extensions","description":"Data outside the model, under namespaced keys."}},"additionalProperties":false,"required":["body","headline","id","language","provenance","type"],"definitions":{"AlternativeHeadline":{"description":"A headline other than the main one: a sub-headline, a short headline, a kicker.\nninjs: `headlines[]` · schema.org: `alternativeHeadline` · NewsML-G2: `headline@role`.","type":"object","properties":{"text":{"description":"The headline as written.","minLength":1,"type":"string"},"role":{"description":"Its role, e.g. `sub`, `short`. ninjs: `headlines[].role`.","type":"string"},"contentType":{"description":"The IANA media type of `text`. ninjs: `headlines[].contentType`.","type":"string"}},"additionalProperties":false,"required":["text"]},"AlternativeId":{"description":"An alternative identifier of the article, such as a provider's transmission reference.\nninjs: `altIds[]` · schema.org: `identifier` (`PropertyValue`) · NewsML-G2: `altId`.","type":"object","properties":{"value":{"description":"The identifier. ninjs: `altIds[].value`.","type":"string"},"role":{"description":"What kind of identifier it is, e.g. `originaltransmissionreference`. ninjs: `altIds[].role`.","type":"string"}},"additionalProperties":false,"required":["value"]},"Attribution":{"description":"The source a quotation is attributed to.\n\nschema.org: `Quotation.creator`/`isBasedOn` · Popolo: `Speech.creator_id` · Akoma Ntoso:\n`quotedText@for`.","type":"object","properties":{"kind":{"$ref":"#/definitions/AttributionKind","description":"What kind of source it is."},"ref":{"description":"Who it is: the local id of a person or organization in the same document (`lim-sung-nam`), or\nthe document id of a statement (`urn:communique:joint-statement:…`). Absent when `kind` is `unknown`.","type":"string"},"cue":{"$ref":"#/definitions/Mention","description":"The words that attribute the quotation, e.g. `the allies said in their joint statement`."}},"additionalProperties":false,"required":["kind"]},"AttributionKind":{"description":"Who a quotation is attributed to: a person, an organization, a statement (a document), or no\none the text names.","enum":["organization","person","statement","unknown"],"type":"string"},"Body":{"description":"The article body. ninjs: `bodies[]` · schema.org: `articleBody` · NewsML-G2: `inlineXML`/`inlineData`.","type":"object","properties":{"paragraphs":{"description":"The paragraphs in reading order, each verbatim.","minItems":1,"type":"array","items":{"$ref":"#/definitions/Paragraph"}},"forms":{"description":"The body in other forms beside its paragraphs, as sent: HTML, NITF, a plain-text form.\nninjs: `bodies[]` · schema.org: `articleBody` · NewsML-G2: `contentSet`.","type":"array","items":{"$ref":"#/definitions/BodyForm"}}},"additionalProperties":false,"required":["paragraphs"]},"BodyForm":{"description":"The body in one form, as sent. ninjs: `bodies[]` · NewsML-G2: `inlineXML`, `inlineData`.","type":"object","properties":{"value":{"description":"The content as sent, markup and all. ninjs: `bodies[].value`.","type":"string"},"contentType":{"description":"The IANA media type of `value`, e.g. `text/html`. ninjs: `bodies[].contentType` · NewsML-G2: `@contenttype`.","type":"string"},"role":{"description":"Its role, e.g. `main`, `richtext`. ninjs: `bodies[].role`.","type":"string"},"charCount":{"description":"Its length in characters, as the provider counted. ninjs: `bodies[].charCount`.","type":"integer","minimum":0},"wordCount":{"description":"Its length in words, as the provider counted. ninjs: `bodies[].wordCount`.","type":"integer","minimum":0}},"additionalProperties":false,"required":["value"]},"Byline":{"description":"A byline: who wrote the story, as written and as people.\nninjs: `by`, `people[rel=author]` · schema.org: `author` · NewsML-G2: `by`, `creator`.","type":"object","properties":{"text":{"description":"The byline as written.","type":"string"},"span":{"$ref":"#/definitions/TextSpan","description":"Where the byline stands in the original text."},"authors":{"description":"The authors it names. schema.org: `author` (Person).","type":"array","items":{"$ref":"#/definitions/PersonWithPosts"}}},"additionalProperties":false,"required":["text"]},"ConceptRef":{"description":"A concept from a controlled vocabulary, such as an IPTC Media Topic\n(`http://cv.iptc.org/newscodes/mediatopic/11000000`, qcode `medtop:11000000`) or an IPTC genre.\n\nninjs: `subjects[]`/`genres[]` (`uri`, `name`) · schema.org: `about`/`genre` · NewsML-G2:\n`subject@qcode`, `genre@qcode`.","type":"object","properties":{"uri":{"description":"The concept's URI.","format":"uri","type":"string"},"qcode":{"description":"The concept's qualified code, `scheme:code`, e.g. `medtop:11000000`.","pattern":"^[a-zA-Z][a-zA-Z0-9-]*:[^\\s:]+$","type":"string"},"name":{"description":"The concept's name in the vocabulary (English), e.g. `politics`.","type":"string"}},"additionalProperties":false,"required":["uri"]},"CountryCode":{"description":"An ISO 3166-1 alpha-2 country code, e.g. `KR`, `US`, `KP`. The schema checks the shape; the\nvalidators also check that the code is assigned (see `isCountryCode`).\n\nninjs: `places[].literal` (with the country's IPTC URI in `uri`) · schema.org: `addressCountry` ·\nAkoma Ntoso: `FRBRcountry` · Popolo: `area`.","pattern":"^[A-Z]{2}$","type":"string"},"CountryCodeAlpha3":{"description":"An ISO 3166-1 alpha-3 country code, e.g. `KOR`, the form event data such as PLOVER, CAMEO and\nICEWS use.","pattern":"^[A-Z]{3}$","type":"string"},"CountryMention":{"description":"One place where a country is named, with the form of the naming.","type":"object","properties":{"form":{"$ref":"#/definitions/CountryNameForm","description":"The form of the naming, e.g. `capital` for `Seoul` standing for South Korea's government."},"text":{"description":"The words as written, e.g. `\"ROK\"` or `\"Seoul\"`.","type":"string"},"span":{"$ref":"#/definitions/TextSpan","description":"Where `text` stands in the source text."}},"additionalProperties":false,"required":["form","span","text"]},"CountryNameForm":{"description":"How a country is named at one place in the text. Governments are often named by their capital\n(`Seoul`), by a short form (`ROK`, `US`), by a demonym (`South Korean side`) or by a description\n(`the Northeast Asian ally`).","enum":["acronym","capital","demonym","description","name","official-name"],"type":"string"},"CountryRef":{"description":"A country, normalized to ISO 3166-1, with every place it is named in the text as written.\n\nninjs: `places[]` (`name`, `uri`, `literal`) · schema.org: `Country` · PLOVER: actor `code` (alpha-3) ·\nWikidata: country (P17).","type":"object","properties":{"code":{"$ref":"#/definitions/CountryCode","description":"The ISO 3166-1 alpha-2 code."},"alpha3":{"$ref":"#/definitions/CountryCodeAlpha3","description":"The ISO 3166-1 alpha-3 code, when event data needs it."},"name":{"description":"The country's English short name, e.g. `South Korea`.","type":"string"},"mentions":{"description":"Every place the country is named in the text, as written.","type":"array","items":{"$ref":"#/definitions/CountryMention"}}},"additionalProperties":false,"required":["code","name"]},"CreditLine":{"description":"The credit line: who provided the story.\n\nninjs: `infoSources[role=source]` · schema.org: `sourceOrganization`/`publisher` ·\nNewsML-G2: `creditline`, `provider`.","type":"object","properties":{"text":{"description":"The credit line as written, e.g. `Source: Qatar News Agency`.","type":"string"},"span":{"$ref":"#/definitions/TextSpan","description":"Where the credit line stands in the original text."},"provider":{"$ref":"#/definitions/Organization","description":"The provider it names, e.g. the news agency."}},"additionalProperties":false,"required":["provider","text"]},"DatePrecision":{"description":"How much of a date is known: a year, a month, a day, or a full date-time with an offset.","enum":["datetime","day","month","year"],"type":"string"},"DateValue":{"description":"A normalized date: `YYYY`, `YYYY-MM`, `YYYY-MM-DD`, or a date-time with an offset\n(`YYYY-MM-DDThh:mm[:ss[.fff]](Z|±hh:mm)`).","pattern":"^[0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01])(T([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9](\\.[0-9]+)?)?(Z|[+-]([01][0-9]|2[0-3]):[0-5][0-9]))?)?)?$","type":"string"},"Dateline":{"description":"A dateline: the place (and sometimes date) a story was filed from, as written, with what it resolves to.\n\nninjs: `located` · schema.org: `dateline` (text), `locationCreated` (Place) · NewsML-G2: `dateline`, `located`.","type":"object","properties":{"text":{"description":"The dateline as written, e.g. `Washington` or `SEOUL, Dec 21 (Yonhap)`.","type":"string"},"span":{"$ref":"#/definitions/TextSpan","description":"Where the dateline stands in the original text."},"place":{"$ref":"#/definitions/Place","description":"The place it names, resolved."},"date":{"$ref":"#/definitions/PartialDate","description":"The date it gives, when it gives one."}},"additionalProperties":false,"required":["text"]},"Description":{"description":"A description of the article: a summary, lead, abstract or note, by role; metadata, not body.\nninjs: `descriptions[]` · schema.org: `description`, `abstract` · NewsML-G2: `description`.","type":"object","properties":{"text":{"description":"The description as written (markup kept when `contentType` says so).","type":"string"},"role":{"description":"Its role, e.g. `summary`, `text`, `caption`. ninjs: `descriptions[].role` · NewsML-G2: `description@role`.","type":"string"},"contentType":{"description":"The IANA media type of `text`, e.g. `text/plain`. ninjs: `descriptions[].contentType`.","type":"string"}},"additionalProperties":false,"required":["text"]},"DocumentId":{"description":"The id of a document: a URI (a URN such as `urn:communique:news-article:…`, or an http(s) URL).\n\nninjs: `uri` · schema.org: `@id`/`identifier` · Akoma Ntoso: `FRBRthis`.","pattern":"^[a-zA-Z][a-zA-Z0-9+.-]*:[^\\s]+$","type":"string"},"Extensions":{"description":"Data that the models do not define, kept under namespaced keys such as `org.example:desk` or\n`x-newsroom`, so that it cannot collide with a later version of the model.\n\nninjs: properties outside the schema · NewsML-G2: elements from other namespaces · Akoma Ntoso:\n`proprietary`.","propertyNames":{"pattern":"^([a-z][a-z0-9]*(\\.[a-z0-9-]+)+:[A-Za-z0-9._-]+|x-[a-z0-9-]+)$"},"type":"object","additionalProperties":{}},"Identifier":{"description":"An identifier a thing has in some external scheme, e.g. `{ scheme: \"wikidata\", value: \"Q30\" }`.\n\nPopolo: `identifiers[]` · schema.org: `identifier` (PropertyValue) · PLOVER: `identifier_id`.","type":"object","properties":{"scheme":{"description":"The scheme, e.g. `wikidata`, `geonames`, `iso3166-1`.","type":"string"},"value":{"description":"The identifier within that scheme, e.g. `Q884`.","type":"string"}},"additionalProperties":false,"required":["scheme","value"]},"LanguageTag":{"description":"A BCP 47 language tag, e.g. `en`, `en-US`, `ko`.\n\nninjs: `language` · schema.org: `inLanguage` · NewsML-G2: `@xml:lang`.","pattern":"^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{1,8})*$","type":"string"},"Link":{"description":"A link from the article to another resource: an AMP page, another language, a feed.\nschema.org: `relatedLink`, `sameAs` · NewsML-G2: `link` · HTML: `<link rel href>`.","type":"object","properties":{"href":{"description":"Where the link points.","format":"uri","type":"string"},"rel":{"description":"How the resource relates to the article, e.g. `amphtml`, `alternate`.","type":"string"},"contentType":{"description":"The IANA media type of the resource.","type":"string"},"language":{"description":"The language of the resource (BCP 47), e.g. for an `alternate` link.","type":"string"},"title":{"description":"A title for the link.","type":"string"}},"additionalProperties":false,"required":["href"]},"LocalId":{"description":"The id of a thing inside one document (a person, a party, a provision), used by other parts of\nthe same document to point at it: lowercase words joined by hyphens, e.g. `lim-sung-nam`.\n\nAkoma Ntoso: `@eId` · Popolo: `id`.","pattern":"^[a-z0-9]+(-[a-z0-9]+)*$","type":"string"},"MediaObject":{"description":"A picture, video, audio clip or graphic that goes with the article, with its caption, credit and\nfiles. ninjs: `associations[]` (items whose `type` is picture, video, audio or graphic) ·\nschema.org: `image`, `video`, `associatedMedia` (`ImageObject`, `VideoObject`) · NewsML-G2:\n`link`, `remoteContent`.","type":"object","properties":{"type":{"description":"What kind of media it is. ninjs: `type` · schema.org: `@type`.","enum":["audio","graphic","picture","video"],"type":"string"},"id":{"description":"The media item's id. ninjs: `uri` · schema.org: `@id`.","format":"uri","type":"string"},"url":{"description":"Where the media can be fetched, when it is one file. schema.org: `contentUrl`, `url`.","format":"uri","type":"string"},"name":{"description":"The name of the association, e.g. `a001` or `featureimage`. ninjs: `associations[].name`.","type":"string"},"rel":{"description":"How the media relates to the article. ninjs: `associations[].rel`.","type":"string"},"headline":{"description":"The media's own headline or title. ninjs: `headlines[]` · schema.org: `name`.","type":"string"},"caption":{"description":"The caption as written. ninjs: `descriptions[]` · schema.org: `caption` · NewsML-G2: `description@role=caption`.","type":"string"},"altText":{"description":"A text alternative for readers who cannot see it. ninjs: `descriptions[role=alt]` · HTML: `alt`.","type":"string"},"by":{"description":"Who made it, as written, e.g. `Karl Melander/TT`. ninjs: `by` · schema.org: `creator` · NewsML-G2: `by`.","type":"string"},"credit":{"description":"The credit line, e.g. `Photo: Reuters`. schema.org: `creditText` · NewsML-G2: `creditline`.","type":"string"},"copyrightHolder":{"description":"Who holds its copyright. ninjs: `copyrightHolder` · schema.org: `copyrightHolder`.","type":"string"},"representation":{"description":"Whether the association is the full item or a part of it. ninjs: `representationType`.","enum":["full","partial"],"type":"string"},"renditions":{"description":"The files it comes in: sizes and formats. ninjs: `renditions[]` · schema.org: `associatedMedia` · NewsML-G2: `remoteContent`.","type":"array","items":{"$ref":"#/definitions/Rendition"}}},"additionalProperties":false,"required":["type"]},"Mention":{"description":"A place in the source text where something is named, with the words exactly as written.\n\nschema.org: `mentions` (of a CreativeWork) · Akoma Ntoso: inline `person`/`organization`/`location`\nelements · PLOVER: `entity_text`.","type":"object","properties":{"text":{"description":"The words as written, e.g. `\"ROK\"` or `\"Seoul\"`.","type":"string"},"span":{"$ref":"#/definitions/TextSpan","description":"Where `text` stands in the source text."}},"additionalProperties":false,"required":["span","text"]},"Organization":{"description":"An organization: a government body, a forum, a news agency.\n\nPopolo: `Organization` (`name`, `other_names`, `classification`) · schema.org: `Organization`\n(`name`, `alternateName`) · Akoma Ntoso: `TLCOrganization` · ninjs: `organisations[]`.","type":"object","properties":{"id":{"$ref":"#/definitions/LocalId","description":"The organization's id within this document."},"name":{"description":"The full name as written, e.g. `Extended Deterrence Strategy and Consultation Group`.","type":"string"},"acronym":{"description":"The acronym the text gives, e.g. `EDSCG`. schema.org: `alternateName` · Popolo: `other_names`.","type":"string"},"kind":{"$ref":"#/definitions/OrganizationKind","description":"What kind of body it is. Popolo: `classification`."},"country":{"$ref":"#/definitions/CountryCode","description":"The country it belongs to, for national bodies."},"identifiers":{"description":"Identifiers in external schemes.","type":"array","items":{"$ref":"#/definitions/Identifier"}},"mentions":{"description":"Every place the organization is named in the text.","type":"array","items":{"$ref":"#/definitions/Mention"}}},"additionalProperties":false,"required":["name"]},"OrganizationKind":{"description":"What kind of body an organization is.","enum":["company","forum","government","intergovernmental","legislature","military","ministry","news-agency","non-governmental","other","political-party"],"type":"string"},"Paragraph":{"description":"One paragraph of the body, verbatim, with its position in the original text. ninjs: `<p>` in `bodies[].value`.","type":"object","properties":{"text":{"description":"The paragraph's text exactly as written.","minLength":1,"type":"string"},"span":{"$ref":"#/definitions/TextSpan","description":"Where the paragraph stands in the original text."}},"additionalProperties":false,"required":["span","text"]},"PartialDate":{"description":"A date as the text gives it, beside its normalized value when the text (or the publication date)\nfixes one. `\"Tuesday (US time)\"` in an undated article stays text with precision `day` and no\nvalue; resolved against a publication date it becomes `2016-12-20`.\n\nAkoma Ntoso: `date@date` with its text content · schema.org: `Date`/`DateTime` · Popolo: dates of\nreduced precision · PLOVER: `date` (YYYY-MM-DD).","type":"object","properties":{"text":{"description":"The date as written, e.g. `\"Tuesday (US time)\"`, `\"in October\"`.","type":"string"},"span":{"$ref":"#/definitions/TextSpan","description":"Where `text` stands in the source text."},"value":{"$ref":"#/definitions/DateValue","description":"The normalized date, present only when it is known; its length matches `precision`."},"precision":{"$ref":"#/definitions/DatePrecision","description":"How precise the date is: what `value` holds, or, without a value, what the text names."}},"additionalProperties":false,"required":["precision"]},"PersonWithPosts":{"description":"A person together with the posts the text gives them.\n\nPopolo: `Person` with `memberships[]` · schema.org: `Person` with `jobTitle`.","type":"object","properties":{"posts":{"description":"The posts the text gives the person, as written; empty or absent when it gives none.","type":"array","items":{"$ref":"#/definitions/Post"}},"id":{"$ref":"#/definitions/LocalId","description":"The person's id within this document, used by quotes and participants to point at them."},"name":{"description":"The full name as written, e.g. `Lim Sung-nam`. Popolo/schema.org: `name`.","type":"string"},"givenName":{"description":"The given name, e.g. `Sung-nam`. Popolo: `given_name` · schema.org: `givenName`.","type":"string"},"familyName":{"description":"The family name, e.g. `Lim`. Popolo: `family_name` · schema.org: `familyName`.","type":"string"},"nameOrder":{"description":"Which part of `name` comes first: `family-given` for Korean, Chinese, Japanese or Hungarian\nnames written in their own order, `given-family` otherwise.","enum":["family-given","given-family"],"type":"string"},"identifiers":{"description":"Identifiers in external schemes (Wikidata, ORCID, …). Popolo: `identifiers` · PLOVER: `identifier_id`.","type":"array","items":{"$ref":"#/definitions/Identifier"}},"mentions":{"description":"Every place the person is named in the text.","type":"array","items":{"$ref":"#/definitions/Mention"}}},"additionalProperties":false,"required":["name"]},"Place":{"description":"A place: a city, a region, a geographic feature.\n\nninjs: `places[]` (`name`, `uri`, `literal`) · schema.org: `Place` · Akoma Ntoso: `TLCLocation` ·\nPLOVER: `event_loc`.","type":"object","properties":{"id":{"$ref":"#/definitions/LocalId","description":"The place's id within this document."},"name":{"description":"The place's name, e.g. `Washington`, `Korean Peninsula`.","type":"string"},"kind":{"$ref":"#/definitions/PlaceKind","description":"What kind of place it is."},"country":{"$ref":"#/definitions/CountryCode","description":"The country the place lies in, when it lies in one."},"identifiers":{"description":"Identifiers in external schemes (GeoNames, Wikidata).","type":"array","items":{"$ref":"#/definitions/Identifier"}},"mentions":{"description":"Every place in the text where it is named.","type":"array","items":{"$ref":"#/definitions/Mention"}}},"additionalProperties":false,"required":["name"]},"PlaceKind":{"description":"What kind of place it is.","enum":["city","country","geographic-feature","other","region","venue"],"type":"string"},"Post":{"description":"A post or title a person holds, as written, with what can be read off it.\n\nPopolo: `Post` (`label`, `role`, `organization_id`, `area_id`) and `Membership` · schema.org:\n`Person.jobTitle`, `OrganizationRole.roleName` · FollowTheMoney: `Position` · PLOVER: `office`.","type":"object","properties":{"title":{"description":"The title exactly as written, e.g. `Acting Under Secretary of State for Arms Control and\nInternational Security`.","type":"string"},"span":{"$ref":"#/definitions/TextSpan","description":"Where `title` stands in the source text."},"label":{"description":"The post without modifiers such as \"acting\" or \"former\", e.g. `Under Secretary of State for …`.","type":"string"},"organization":{"description":"The organization the post belongs to, by name, e.g. `Ministry of Foreign Affairs`, when the text says it.","type":"string"},"country":{"$ref":"#/definitions/PostCountryCode","description":"The country whose post it is, when the text says it (`US Acting Under Secretary…`, `South\nKorea's Vice Foreign Minister`), or `EU` for a post of the European Union's institutions."},"acting":{"description":"Whether the holder serves in an acting capacity.","type":"boolean"},"former":{"description":"Whether the holder held the post before and no longer does (`former`, `then-`).","type":"boolean"}},"additionalProperties":false,"required":["title"]},"PostCountryCode":{"description":"Whose a post is: an ISO 3166-1 alpha-2 country code, or `EU` for a post in the European Union's\ninstitutions (`President of the European Commission`, `EU High Representative`), the code ISO\n3166-1 reserves for the Union. The schema checks the shape; the validators also check that the\ncode is assigned or `EU` (see `isPostCountryCode`).\n\nPopolo: `Post.area_id` · schema.org: `OrganizationRole` within a `Country` or the Union.","pattern":"^[A-Z]{2}$","type":"string"},"Provenance":{"description":"Where an instance came from, and a fingerprint of the original text that its spans point into.\n\nschema.org: `isBasedOn`/`sdPublisher` · Akoma Ntoso: `FRBRManifestation`, `workflow/step` · PLOVER:\n`cite_info`, `coder`, `coded_date` · W3C PROV: `wasDerivedFrom`.","type":"object","properties":{"source":{"description":"The source the text came from: a file name, URL or feed name.","type":"string"},"sha256":{"description":"SHA-256 of the original text's UTF-8 bytes, as 64 lowercase hex digits. Every span in the\ninstance is an offset into that text.","pattern":"^[0-9a-f]{64}$","type":"string"},"method":{"description":"How the structured form was made: by a person reading the text, or by a program.","enum":["extracted","manual"],"type":"string"},"tool":{"description":"The program (name and version) that made the instance, when `method` is `extracted`.","type":"string"},"created":{"description":"When the instance was made, as a date-time with an offset.","format":"date-time","type":"string"},"derivedFrom":{"$ref":"#/definitions/SourceDocument","description":"The document the text was taken from, when the text is not that document itself: a web page\nwhose article text was extracted, say. W3C PROV: `wasDerivedFrom` · schema.org: `isBasedOn`."}},"additionalProperties":false,"required":["method","sha256","source"]},"PublicationStatus":{"description":"Whether the article may be published. ninjs: `pubStatus` · schema.org: `creativeWorkStatus` ·\nNewsML-G2: `pubStatus` (`stat:usable`, `stat:withheld`, `stat:canceled`).","enum":["canceled","usable","withheld"],"type":"string"},"Quote":{"description":"A passage quoted verbatim, with its attribution.\n\nschema.org: `Quotation` (`text`, `creator`) · Akoma Ntoso: `quotedText` · Popolo: `Speech` ·\nNewsML-G2: `inlineRef`.","type":"object","properties":{"text":{"description":"The quoted words exactly as written, without the quotation marks.","type":"string"},"span":{"$ref":"#/definitions/TextSpan","description":"Where `text` stands in the source text (inside the marks)."},"attribution":{"$ref":"#/definitions/Attribution","description":"Who or what the quotation is attributed to."}},"additionalProperties":false,"required":["attribution","span","text"]},"Rendition":{"description":"One file of a media object: a size, format or resolution.\nninjs: `renditions[]` · schema.org: `MediaObject` · NewsML-G2: `remoteContent`.","type":"object","properties":{"name":{"description":"Its name among the renditions, e.g. `thumbnail`. ninjs: `renditions[].name`.","type":"string"},"title":{"description":"A title for the link, e.g. `Hires`. ninjs: `renditions[].title`.","type":"string"},"href":{"description":"Where the file is. ninjs: `renditions[].href` · schema.org: `contentUrl`.","format":"uri","type":"string"},"contentType":{"description":"The IANA media type, e.g. `image/jpeg`. ninjs: `renditions[].contentType` · schema.org: `encodingFormat`.","type":"string"},"width":{"description":"The width in pixels. ninjs: `renditions[].width` · schema.org: `width`.","type":"integer","minimum":0},"height":{"description":"The height in pixels. ninjs: `renditions[].height` · schema.org: `height`.","type":"integer","minimum":0},"sizeInBytes":{"description":"The file's size in bytes. ninjs: `renditions[].sizeInBytes` · schema.org: `contentSize`.","type":"integer","minimum":0},"duration":{"description":"The running time in seconds. ninjs: `renditions[].duration` · schema.org: `duration`.","minimum":0,"type":"number"}},"additionalProperties":false},"Rights":{"description":"Who owns the article and how it may be used.\nninjs: `copyrightHolder`, `copyrightNotice`, `usageTerms` · schema.org: `copyrightHolder`,\n`copyrightNotice`, `usageInfo` · NewsML-G2: `rightsInfo`.","type":"object","properties":{"copyrightHolder":{"description":"Who holds the copyright, by name, e.g. `dpa`.\nninjs: `copyrightHolder` · schema.org: `copyrightHolder` · NewsML-G2: `copyrightHolder`.","type":"string"},"copyrightNotice":{"description":"The copyright notice as written, e.g. `© 2023 TT`.\nninjs: `copyrightNotice` · schema.org: `copyrightNotice` · NewsML-G2: `copyrightNotice`.","type":"string"},"usageTerms":{"description":"The terms of use, in words (may be empty when the provider sends an empty value).\nninjs: `usageTerms` · schema.org: `usageInfo` · NewsML-G2: `usageTerms`.","type":"string"}},"additionalProperties":false},"SourceDocument":{"description":"A document a text was taken from, fingerprinted as it was read.","type":"object","properties":{"mediaType":{"description":"The document's IANA media type, e.g. `text/html`. schema.org: `encodingFormat`.","type":"string"},"sha256":{"description":"SHA-256 of the document's bytes as read, as 64 lowercase hex digits.","pattern":"^[0-9a-f]{64}$","type":"string"},"url":{"description":"Where the document is on the web, when known. schema.org: `url`.","format":"uri","type":"string"}},"additionalProperties":false,"required":["mediaType","sha256"]},"Subject":{"description":"What the article is about: a concept from a vocabulary (an IPTC Media Topic), identified by its\nURI, its qualified code, a provider's code or only its name, as feeds send them.\n\nninjs: `subjects[]` · schema.org: `about` · NewsML-G2: `subject`. Give at least one of `uri`,\n`qcode`, `code` and `name` (the schema does not require one: subjects had to have a `uri` before,\nand a rule that one of four is present would read as a narrowing to schema-diff tools).","type":"object","properties":{"uri":{"description":"The concept's URI, e.g. `http://cv.iptc.org/newscodes/mediatopic/11000000`. ninjs: `subjects[].uri`.","format":"uri","type":"string"},"qcode":{"description":"The concept's qualified code, `scheme:code`, e.g. `medtop:11000000`. NewsML-G2: `subject@qcode`.","pattern":"^[a-zA-Z][a-zA-Z0-9-]*:[^\\s:]+$","type":"string"},"code":{"description":"A provider's code for it without a scheme, e.g. `13010000`. ninjs: `subjects[].literal`.","type":"string"},"name":{"description":"The concept's name, e.g. `politics`. ninjs: `subjects[].name` · schema.org: `name`.","type":"string"},"rel":{"description":"How it relates to the article, e.g. `about`. ninjs: `subjects[].rel`.","type":"string"},"creator":{"description":"Who or what assigned it, e.g. `system`. ninjs: `subjects[].creator` · NewsML-G2: `subject@creator`.","type":"string"},"relevance":{"description":"How relevant it is, 0–100. ninjs: `subjects[].relevance` · NewsML-G2: `subject@relevance`.","type":"integer","minimum":0,"maximum":100},"confidence":{"description":"How confident the assignment is, 0–100. ninjs: `subjects[].confidence` · NewsML-G2: `subject@confidence`.","type":"integer","minimum":0,"maximum":100}},"additionalProperties":false},"TextSpan":{"description":"A stretch of the source text, as character offsets: `source.slice(start, end)` is the text it\ncovers. Offsets count UTF-16 code units (JavaScript string indices), which equal Unicode code\npoints for text without astral characters.\n\nAkoma Ntoso: `@eId` anchors · PLOVER: `text_info.start`/`text_info.end` · W3C Web Annotation:\nTextPositionSelector.","type":"object","properties":{"start":{"description":"Offset of the first character covered.","type":"integer","minimum":0},"end":{"description":"Offset just past the last character covered.","type":"integer","minimum":0}},"additionalProperties":false,"required":["end","start"]}}};
const schema12 = {"description":"The id of a document: a URI (a URN such as `urn:communique:news-article:…`, or an http(s) URL).\n\nninjs: `uri` · schema.org: `@id`/`identifier` · Akoma Ntoso: `FRBRthis`.","pattern":"^[a-zA-Z][a-zA-Z0-9+.-]*:[^\\s]+$","type":"string"};
const schema13 = {"description":"An alternative identifier of the article, such as a provider's transmission reference.\nninjs: `altIds[]` · schema.org: `identifier` (`PropertyValue`) · NewsML-G2: `altId`.","type":"object","properties":{"value":{"description":"The identifier. ninjs: `altIds[].value`.","type":"string"},"role":{"description":"What kind of identifier it is, e.g. `originaltransmissionreference`. ninjs: `altIds[].role`.","type":"string"}},"additionalProperties":false,"required":["value"]};
const schema14 = {"description":"A link from the article to another resource: an AMP page, another language, a feed.\nschema.org: `relatedLink`, `sameAs` · NewsML-G2: `link` · HTML: `<link rel href>`.","type":"object","properties":{"href":{"description":"Where the link points.","format":"uri","type":"string"},"rel":{"description":"How the resource relates to the article, e.g. `amphtml`, `alternate`.","type":"string"},"contentType":{"description":"The IANA media type of the resource.","type":"string"},"language":{"description":"The language of the resource (BCP 47), e.g. for an `alternate` link.","type":"string"},"title":{"description":"A title for the link.","type":"string"}},"additionalProperties":false,"required":["href"]};
const schema15 = {"description":"A stretch of the source text, as character offsets: `source.slice(start, end)` is the text it\ncovers. Offsets count UTF-16 code units (JavaScript string indices), which equal Unicode code\npoints for text without astral characters.\n\nAkoma Ntoso: `@eId` anchors · PLOVER: `text_info.start`/`text_info.end` · W3C Web Annotation:\nTextPositionSelector.","type":"object","properties":{"start":{"description":"Offset of the first character covered.","type":"integer","minimum":0},"end":{"description":"Offset just past the last character covered.","type":"integer","minimum":0}},"additionalProperties":false,"required":["end","start"]};
const schema16 = {"description":"A headline other than the main one: a sub-headline, a short headline, a kicker.\nninjs: `headlines[]` · schema.org: `alternativeHeadline` · NewsML-G2: `headline@role`.","type":"object","properties":{"text":{"description":"The headline as written.","minLength":1,"type":"string"},"role":{"description":"Its role, e.g. `sub`, `short`. ninjs: `headlines[].role`.","type":"string"},"contentType":{"description":"The IANA media type of `text`. ninjs: `headlines[].contentType`.","type":"string"}},"additionalProperties":false,"required":["text"]};
const schema30 = {"description":"Whether the article may be published. ninjs: `pubStatus` · schema.org: `creativeWorkStatus` ·\nNewsML-G2: `pubStatus` (`stat:usable`, `stat:withheld`, `stat:canceled`).","enum":["canceled","usable","withheld"],"type":"string"};
const schema31 = {"description":"A BCP 47 language tag, e.g. `en`, `en-US`, `ko`.\n\nninjs: `language` · schema.org: `inLanguage` · NewsML-G2: `@xml:lang`.","pattern":"^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{1,8})*$","type":"string"};
const schema47 = {"description":"Who owns the article and how it may be used.\nninjs: `copyrightHolder`, `copyrightNotice`, `usageTerms` · schema.org: `copyrightHolder`,\n`copyrightNotice`, `usageInfo` · NewsML-G2: `rightsInfo`.","type":"object","properties":{"copyrightHolder":{"description":"Who holds the copyright, by name, e.g. `dpa`.\nninjs: `copyrightHolder` · schema.org: `copyrightHolder` · NewsML-G2: `copyrightHolder`.","type":"string"},"copyrightNotice":{"description":"The copyright notice as written, e.g. `© 2023 TT`.\nninjs: `copyrightNotice` · schema.org: `copyrightNotice` · NewsML-G2: `copyrightNotice`.","type":"string"},"usageTerms":{"description":"The terms of use, in words (may be empty when the provider sends an empty value).\nninjs: `usageTerms` · schema.org: `usageInfo` · NewsML-G2: `usageTerms`.","type":"string"}},"additionalProperties":false};
const schema48 = {"description":"A description of the article: a summary, lead, abstract or note, by role; metadata, not body.\nninjs: `descriptions[]` · schema.org: `description`, `abstract` · NewsML-G2: `description`.","type":"object","properties":{"text":{"description":"The description as written (markup kept when `contentType` says so).","type":"string"},"role":{"description":"Its role, e.g. `summary`, `text`, `caption`. ninjs: `descriptions[].role` · NewsML-G2: `description@role`.","type":"string"},"contentType":{"description":"The IANA media type of `text`, e.g. `text/plain`. ninjs: `descriptions[].contentType`.","type":"string"}},"additionalProperties":false,"required":["text"]};
const schema53 = {"description":"What the article is about: a concept from a vocabulary (an IPTC Media Topic), identified by its\nURI, its qualified code, a provider's code or only its name, as feeds send them.\n\nninjs: `subjects[]` · schema.org: `about` · NewsML-G2: `subject`. Give at least one of `uri`,\n`qcode`, `code` and `name` (the schema does not require one: subjects had to have a `uri` before,\nand a rule that one of four is present would read as a narrowing to schema-diff tools).","type":"object","properties":{"uri":{"description":"The concept's URI, e.g. `http://cv.iptc.org/newscodes/mediatopic/11000000`. ninjs: `subjects[].uri`.","format":"uri","type":"string"},"qcode":{"description":"The concept's qualified code, `scheme:code`, e.g. `medtop:11000000`. NewsML-G2: `subject@qcode`.","pattern":"^[a-zA-Z][a-zA-Z0-9-]*:[^\\s:]+$","type":"string"},"code":{"description":"A provider's code for it without a scheme, e.g. `13010000`. ninjs: `subjects[].literal`.","type":"string"},"name":{"description":"The concept's name, e.g. `politics`. ninjs: `subjects[].name` · schema.org: `name`.","type":"string"},"rel":{"description":"How it relates to the article, e.g. `about`. ninjs: `subjects[].rel`.","type":"string"},"creator":{"description":"Who or what assigned it, e.g. `system`. ninjs: `subjects[].creator` · NewsML-G2: `subject@creator`.","type":"string"},"relevance":{"description":"How relevant it is, 0–100. ninjs: `subjects[].relevance` · NewsML-G2: `subject@relevance`.","type":"integer","minimum":0,"maximum":100},"confidence":{"description":"How confident the assignment is, 0–100. ninjs: `subjects[].confidence` · NewsML-G2: `subject@confidence`.","type":"integer","minimum":0,"maximum":100}},"additionalProperties":false};
const schema54 = {"description":"A concept from a controlled vocabulary, such as an IPTC Media Topic\n(`http://cv.iptc.org/newscodes/mediatopic/11000000`, qcode `medtop:11000000`) or an IPTC genre.\n\nninjs: `subjects[]`/`genres[]` (`uri`, `name`) · schema.org: `about`/`genre` · NewsML-G2:\n`subject@qcode`, `genre@qcode`.","type":"object","properties":{"uri":{"description":"The concept's URI.","format":"uri","type":"string"},"qcode":{"description":"The concept's qualified code, `scheme:code`, e.g. `medtop:11000000`.","pattern":"^[a-zA-Z][a-zA-Z0-9-]*:[^\\s:]+$","type":"string"},"name":{"description":"The concept's name in the vocabulary (English), e.g. `politics`.","type":"string"}},"additionalProperties":false,"required":["uri"]};
const schema70 = {"description":"Data that the models do not define, kept under namespaced keys such as `org.example:desk` or\n`x-newsroom`, so that it cannot collide with a later version of the model.\n\nninjs: properties outside the schema · NewsML-G2: elements from other namespaces · Akoma Ntoso:\n`proprietary`.","propertyNames":{"pattern":"^([a-z][a-z0-9]*(\\.[a-z0-9-]+)+:[A-Za-z0-9._-]+|x-[a-z0-9-]+)$"},"type":"object","additionalProperties":{}};
const func2 = Object.prototype.hasOwnProperty;
const pattern0 = new RegExp("^[a-zA-Z][a-zA-Z0-9+.-]*:[^\\s]+$", "u");
const pattern4 = new RegExp("^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{1,8})*$", "u");
const pattern9 = new RegExp("^[a-zA-Z][a-zA-Z0-9-]*:[^\\s:]+$", "u");
const pattern16 = new RegExp("^([a-z][a-z0-9]*(\\.[a-z0-9-]+)+:[A-Za-z0-9._-]+|x-[a-z0-9-]+)$", "u");
const formats0 = runtime0.uri;
const formats4 = runtime0["date-time"];
const schema17 = {"description":"A dateline: the place (and sometimes date) a story was filed from, as written, with what it resolves to.\n\nninjs: `located` · schema.org: `dateline` (text), `locationCreated` (Place) · NewsML-G2: `dateline`, `located`.","type":"object","properties":{"text":{"description":"The dateline as written, e.g. `Washington` or `SEOUL, Dec 21 (Yonhap)`.","type":"string"},"span":{"$ref":"#/definitions/TextSpan","description":"Where the dateline stands in the original text."},"place":{"$ref":"#/definitions/Place","description":"The place it names, resolved."},"date":{"$ref":"#/definitions/PartialDate","description":"The date it gives, when it gives one."}},"additionalProperties":false,"required":["text"]};
const schema19 = {"description":"A place: a city, a region, a geographic feature.\n\nninjs: `places[]` (`name`, `uri`, `literal`) · schema.org: `Place` · Akoma Ntoso: `TLCLocation` ·\nPLOVER: `event_loc`.","type":"object","properties":{"id":{"$ref":"#/definitions/LocalId","description":"The place's id within this document."},"name":{"description":"The place's name, e.g. `Washington`, `Korean Peninsula`.","type":"string"},"kind":{"$ref":"#/definitions/PlaceKind","description":"What kind of place it is."},"country":{"$ref":"#/definitions/CountryCode","description":"The country the place lies in, when it lies in one."},"identifiers":{"description":"Identifiers in external schemes (GeoNames, Wikidata).","type":"array","items":{"$ref":"#/definitions/Identifier"}},"mentions":{"description":"Every place in the text where it is named.","type":"array","items":{"$ref":"#/definitions/Mention"}}},"additionalProperties":false,"required":["name"]};
const schema20 = {"description":"The id of a thing inside one document (a person, a party, a provision), used by other parts of\nthe same document to point at it: lowercase words joined by hyphens, e.g. `lim-sung-nam`.\n\nAkoma Ntoso: `@eId` · Popolo: `id`.","pattern":"^[a-z0-9]+(-[a-z0-9]+)*$","type":"string"};
const schema21 = {"description":"What kind of place it is.","enum":["city","country","geographic-feature","other","region","venue"],"type":"string"};
const schema22 = {"description":"An ISO 3166-1 alpha-2 country code, e.g. `KR`, `US`, `KP`. The schema checks the shape; the\nvalidators also check that the code is assigned (see `isCountryCode`).\n\nninjs: `places[].literal` (with the country's IPTC URI in `uri`) · schema.org: `addressCountry` ·\nAkoma Ntoso: `FRBRcountry` · Popolo: `area`.","pattern":"^[A-Z]{2}$","type":"string"};
const schema23 = {"description":"An identifier a thing has in some external scheme, e.g. `{ scheme: \"wikidata\", value: \"Q30\" }`.\n\nPopolo: `identifiers[]` · schema.org: `identifier` (PropertyValue) · PLOVER: `identifier_id`.","type":"object","properties":{"scheme":{"description":"The scheme, e.g. `wikidata`, `geonames`, `iso3166-1`.","type":"string"},"value":{"description":"The identifier within that scheme, e.g. `Q884`.","type":"string"}},"additionalProperties":false,"required":["scheme","value"]};
const pattern1 = new RegExp("^[a-z0-9]+(-[a-z0-9]+)*$", "u");
const pattern2 = new RegExp("^[A-Z]{2}$", "u");
const schema24 = {"description":"A place in the source text where something is named, with the words exactly as written.\n\nschema.org: `mentions` (of a CreativeWork) · Akoma Ntoso: inline `person`/`organization`/`location`\nelements · PLOVER: `entity_text`.","type":"object","properties":{"text":{"description":"The words as written, e.g. `\"ROK\"` or `\"Seoul\"`.","type":"string"},"span":{"$ref":"#/definitions/TextSpan","description":"Where `text` stands in the source text."}},"additionalProperties":false,"required":["span","text"]};

function validate13(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.span === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "span"},message:"must have required property '"+"span"+"'",schema:schema24.required,parentSchema:schema24,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.text === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "text"},message:"must have required property '"+"text"+"'",schema:schema24.required,parentSchema:schema24,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!((key0 === "text") || (key0 === "span"))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema24,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.text !== undefined){
let data0 = data.text;
if(typeof data0 !== "string"){
const err3 = {instancePath:instancePath+"/text",schemaPath:"#/properties/text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema24.properties.text.type,parentSchema:schema24.properties.text,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.span !== undefined){
let data1 = data.span;
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
if(data1.end === undefined){
const err4 = {instancePath:instancePath+"/span",schemaPath:"#/definitions/TextSpan/required",keyword:"required",params:{missingProperty: "end"},message:"must have required property '"+"end"+"'",schema:schema15.required,parentSchema:schema15,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data1.start === undefined){
const err5 = {instancePath:instancePath+"/span",schemaPath:"#/definitions/TextSpan/required",keyword:"required",params:{missingProperty: "start"},message:"must have required property '"+"start"+"'",schema:schema15.required,parentSchema:schema15,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
for(const key1 in data1){
if(!((key1 === "start") || (key1 === "end"))){
const err6 = {instancePath:instancePath+"/span",schemaPath:"#/definitions/TextSpan/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema15,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data1.start !== undefined){
let data2 = data1.start;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
const err7 = {instancePath:instancePath+"/span/start",schemaPath:"#/definitions/TextSpan/properties/start/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema15.properties.start.type,parentSchema:schema15.properties.start,data:data2};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 < 0 || isNaN(data2)){
const err8 = {instancePath:instancePath+"/span/start",schemaPath:"#/definitions/TextSpan/properties/start/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema15.properties.start,data:data2};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
}
if(data1.end !== undefined){
let data3 = data1.end;
if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){
const err9 = {instancePath:instancePath+"/span/end",schemaPath:"#/definitions/TextSpan/properties/end/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema15.properties.end.type,parentSchema:schema15.properties.end,data:data3};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 < 0 || isNaN(data3)){
const err10 = {instancePath:instancePath+"/span/end",schemaPath:"#/definitions/TextSpan/properties/end/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema15.properties.end,data:data3};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
}
}
else {
const err11 = {instancePath:instancePath+"/span",schemaPath:"#/definitions/TextSpan/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema15.type,parentSchema:schema15,data:data1};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
}
else {
const err12 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema24.type,parentSchema:schema24,data};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
validate13.errors = vErrors;
return errors === 0;
}


function validate12(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.name === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema19.required,parentSchema:schema19,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!((((((key0 === "id") || (key0 === "name")) || (key0 === "kind")) || (key0 === "country")) || (key0 === "identifiers")) || (key0 === "mentions"))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema19,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.id !== undefined){
let data0 = data.id;
if(typeof data0 === "string"){
if(!pattern1.test(data0)){
const err2 = {instancePath:instancePath+"/id",schemaPath:"#/definitions/LocalId/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(-[a-z0-9]+)*$"},message:"must match pattern \""+"^[a-z0-9]+(-[a-z0-9]+)*$"+"\"",schema:"^[a-z0-9]+(-[a-z0-9]+)*$",parentSchema:schema20,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
else {
const err3 = {instancePath:instancePath+"/id",schemaPath:"#/definitions/LocalId/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.type,parentSchema:schema20,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.name !== undefined){
let data1 = data.name;
if(typeof data1 !== "string"){
const err4 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema19.properties.name.type,parentSchema:schema19.properties.name,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.kind !== undefined){
let data2 = data.kind;
if(typeof data2 !== "string"){
const err5 = {instancePath:instancePath+"/kind",schemaPath:"#/definitions/PlaceKind/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema21.type,parentSchema:schema21,data:data2};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(!((((((data2 === "city") || (data2 === "country")) || (data2 === "geographic-feature")) || (data2 === "other")) || (data2 === "region")) || (data2 === "venue"))){
const err6 = {instancePath:instancePath+"/kind",schemaPath:"#/definitions/PlaceKind/enum",keyword:"enum",params:{allowedValues: schema21.enum},message:"must be equal to one of the allowed values",schema:schema21.enum,parentSchema:schema21,data:data2};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.country !== undefined){
let data3 = data.country;
if(typeof data3 === "string"){
if(!pattern2.test(data3)){
const err7 = {instancePath:instancePath+"/country",schemaPath:"#/definitions/CountryCode/pattern",keyword:"pattern",params:{pattern: "^[A-Z]{2}$"},message:"must match pattern \""+"^[A-Z]{2}$"+"\"",schema:"^[A-Z]{2}$",parentSchema:schema22,data:data3};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath:instancePath+"/country",schemaPath:"#/definitions/CountryCode/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema22.type,parentSchema:schema22,data:data3};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.identifiers !== undefined){
let data4 = data.identifiers;
if(Array.isArray(data4)){
const len0 = data4.length;
for(let i0=0; i0<len0; i0++){
let data5 = data4[i0];
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
if(data5.scheme === undefined){
const err9 = {instancePath:instancePath+"/identifiers/" + i0,schemaPath:"#/definitions/Identifier/required",keyword:"required",params:{missingProperty: "scheme"},message:"must have required property '"+"scheme"+"'",schema:schema23.required,parentSchema:schema23,data:data5};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(data5.value === undefined){
const err10 = {instancePath:instancePath+"/identifiers/" + i0,schemaPath:"#/definitions/Identifier/required",keyword:"required",params:{missingProperty: "value"},message:"must have required property '"+"value"+"'",schema:schema23.required,parentSchema:schema23,data:data5};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
for(const key1 in data5){
if(!((key1 === "scheme") || (key1 === "value"))){
const err11 = {instancePath:instancePath+"/identifiers/" + i0,schemaPath:"#/definitions/Identifier/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema23,data:data5};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data5.scheme !== undefined){
let data6 = data5.scheme;
if(typeof data6 !== "string"){
const err12 = {instancePath:instancePath+"/identifiers/" + i0+"/scheme",schemaPath:"#/definitions/Identifier/properties/scheme/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema23.properties.scheme.type,parentSchema:schema23.properties.scheme,data:data6};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data5.value !== undefined){
let data7 = data5.value;
if(typeof data7 !== "string"){
const err13 = {instancePath:instancePath+"/identifiers/" + i0+"/value",schemaPath:"#/definitions/Identifier/properties/value/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema23.properties.value.type,parentSchema:schema23.properties.value,data:data7};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
}
else {
const err14 = {instancePath:instancePath+"/identifiers/" + i0,schemaPath:"#/definitions/Identifier/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema23.type,parentSchema:schema23,data:data5};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
}
else {
const err15 = {instancePath:instancePath+"/identifiers",schemaPath:"#/properties/identifiers/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema19.properties.identifiers.type,parentSchema:schema19.properties.identifiers,data:data4};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.mentions !== undefined){
let data8 = data.mentions;
if(Array.isArray(data8)){
const len1 = data8.length;
for(let i1=0; i1<len1; i1++){
if(!(validate13(data8[i1], {instancePath:instancePath+"/mentions/" + i1,parentData:data8,parentDataProperty:i1,rootData}))){
vErrors = vErrors === null ? validate13.errors : vErrors.concat(validate13.errors);
errors = vErrors.length;
}
}
}
else {
const err16 = {instancePath:instancePath+"/mentions",schemaPath:"#/properties/mentions/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema19.properties.mentions.type,parentSchema:schema19.properties.mentions,data:data8};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
}
else {
const err17 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema19.type,parentSchema:schema19,data};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
validate12.errors = vErrors;
return errors === 0;
}

const schema26 = {"description":"A date as the text gives it, beside its normalized value when the text (or the publication date)\nfixes one. `\"Tuesday (US time)\"` in an undated article stays text with precision `day` and no\nvalue; resolved against a publication date it becomes `2016-12-20`.\n\nAkoma Ntoso: `date@date` with its text content · schema.org: `Date`/`DateTime` · Popolo: dates of\nreduced precision · PLOVER: `date` (YYYY-MM-DD).","type":"object","properties":{"text":{"description":"The date as written, e.g. `\"Tuesday (US time)\"`, `\"in October\"`.","type":"string"},"span":{"$ref":"#/definitions/TextSpan","description":"Where `text` stands in the source text."},"value":{"$ref":"#/definitions/DateValue","description":"The normalized date, present only when it is known; its length matches `precision`."},"precision":{"$ref":"#/definitions/DatePrecision","description":"How precise the date is: what `value` holds, or, without a value, what the text names."}},"additionalProperties":false,"required":["precision"]};
const schema28 = {"description":"A normalized date: `YYYY`, `YYYY-MM`, `YYYY-MM-DD`, or a date-time with an offset\n(`YYYY-MM-DDThh:mm[:ss[.fff]](Z|±hh:mm)`).","pattern":"^[0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01])(T([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9](\\.[0-9]+)?)?(Z|[+-]([01][0-9]|2[0-3]):[0-5][0-9]))?)?)?$","type":"string"};
const schema29 = {"description":"How much of a date is known: a year, a month, a day, or a full date-time with an offset.","enum":["datetime","day","month","year"],"type":"string"};
const pattern3 = new RegExp("^[0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01])(T([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9](\\.[0-9]+)?)?(Z|[+-]([01][0-9]|2[0-3]):[0-5][0-9]))?)?)?$", "u");

function validate16(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.precision === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "precision"},message:"must have required property '"+"precision"+"'",schema:schema26.required,parentSchema:schema26,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!((((key0 === "text") || (key0 === "span")) || (key0 === "value")) || (key0 === "precision"))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema26,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.text !== undefined){
let data0 = data.text;
if(typeof data0 !== "string"){
const err2 = {instancePath:instancePath+"/text",schemaPath:"#/properties/text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema26.properties.text.type,parentSchema:schema26.properties.text,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.span !== undefined){
let data1 = data.span;
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
if(data1.end === undefined){
const err3 = {instancePath:instancePath+"/span",schemaPath:"#/definitions/TextSpan/required",keyword:"required",params:{missingProperty: "end"},message:"must have required property '"+"end"+"'",schema:schema15.required,parentSchema:schema15,data:data1};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data1.start === undefined){
const err4 = {instancePath:instancePath+"/span",schemaPath:"#/definitions/TextSpan/required",keyword:"required",params:{missingProperty: "start"},message:"must have required property '"+"start"+"'",schema:schema15.required,parentSchema:schema15,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
for(const key1 in data1){
if(!((key1 === "start") || (key1 === "end"))){
const err5 = {instancePath:instancePath+"/span",schemaPath:"#/definitions/TextSpan/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema15,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data1.start !== undefined){
let data2 = data1.start;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
const err6 = {instancePath:instancePath+"/span/start",schemaPath:"#/definitions/TextSpan/properties/start/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema15.properties.start.type,parentSchema:schema15.properties.start,data:data2};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 < 0 || isNaN(data2)){
const err7 = {instancePath:instancePath+"/span/start",schemaPath:"#/definitions/TextSpan/properties/start/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema15.properties.start,data:data2};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
}
if(data1.end !== undefined){
let data3 = data1.end;
if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){
const err8 = {instancePath:instancePath+"/span/end",schemaPath:"#/definitions/TextSpan/properties/end/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema15.properties.end.type,parentSchema:schema15.properties.end,data:data3};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 < 0 || isNaN(data3)){
const err9 = {instancePath:instancePath+"/span/end",schemaPath:"#/definitions/TextSpan/properties/end/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema15.properties.end,data:data3};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
}
}
else {
const err10 = {instancePath:instancePath+"/span",schemaPath:"#/definitions/TextSpan/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema15.type,parentSchema:schema15,data:data1};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.value !== undefined){
let data4 = data.value;
if(typeof data4 === "string"){
if(!pattern3.test(data4)){
const err11 = {instancePath:instancePath+"/value",schemaPath:"#/definitions/DateValue/pattern",keyword:"pattern",params:{pattern: "^[0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01])(T([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9](\\.[0-9]+)?)?(Z|[+-]([01][0-9]|2[0-3]):[0-5][0-9]))?)?)?$"},message:"must match pattern \""+"^[0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01])(T([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9](\\.[0-9]+)?)?(Z|[+-]([01][0-9]|2[0-3]):[0-5][0-9]))?)?)?$"+"\"",schema:"^[0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01])(T([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9](\\.[0-9]+)?)?(Z|[+-]([01][0-9]|2[0-3]):[0-5][0-9]))?)?)?$",parentSchema:schema28,data:data4};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
else {
const err12 = {instancePath:instancePath+"/value",schemaPath:"#/definitions/DateValue/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema28.type,parentSchema:schema28,data:data4};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.precision !== undefined){
let data5 = data.precision;
if(typeof data5 !== "string"){
const err13 = {instancePath:instancePath+"/precision",schemaPath:"#/definitions/DatePrecision/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema29.type,parentSchema:schema29,data:data5};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(!((((data5 === "datetime") || (data5 === "day")) || (data5 === "month")) || (data5 === "year"))){
const err14 = {instancePath:instancePath+"/precision",schemaPath:"#/definitions/DatePrecision/enum",keyword:"enum",params:{allowedValues: schema29.enum},message:"must be equal to one of the allowed values",schema:schema29.enum,parentSchema:schema29,data:data5};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
}
else {
const err15 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema26.type,parentSchema:schema26,data};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
validate16.errors = vErrors;
return errors === 0;
}


function validate11(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.text === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "text"},message:"must have required property '"+"text"+"'",schema:schema17.required,parentSchema:schema17,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!((((key0 === "text") || (key0 === "span")) || (key0 === "place")) || (key0 === "date"))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema17,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.text !== undefined){
let data0 = data.text;
if(typeof data0 !== "string"){
const err2 = {instancePath:instancePath+"/text",schemaPath:"#/properties/text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema17.properties.text.type,parentSchema:schema17.properties.text,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.span !== undefined){
let data1 = data.span;
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
if(data1.end === undefined){
const err3 = {instancePath:instancePath+"/span",schemaPath:"#/definitions/TextSpan/required",keyword:"required",params:{missingProperty: "end"},message:"must have required property '"+"end"+"'",schema:schema15.required,parentSchema:schema15,data:data1};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data1.start === undefined){
const err4 = {instancePath:instancePath+"/span",schemaPath:"#/definitions/TextSpan/required",keyword:"required",params:{missingProperty: "start"},message:"must have required property '"+"start"+"'",schema:schema15.required,parentSchema:schema15,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
for(const key1 in data1){
if(!((key1 === "start") || (key1 === "end"))){
const err5 = {instancePath:instancePath+"/span",schemaPath:"#/definitions/TextSpan/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema15,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data1.start !== undefined){
let data2 = data1.start;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
const err6 = {instancePath:instancePath+"/span/start",schemaPath:"#/definitions/TextSpan/properties/start/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema15.properties.start.type,parentSchema:schema15.properties.start,data:data2};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 < 0 || isNaN(data2)){
const err7 = {instancePath:instancePath+"/span/start",schemaPath:"#/definitions/TextSpan/properties/start/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema15.properties.start,data:data2};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
}
if(data1.end !== undefined){
let data3 = data1.end;
if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){
const err8 = {instancePath:instancePath+"/span/end",schemaPath:"#/definitions/TextSpan/properties/end/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema15.properties.end.type,parentSchema:schema15.properties.end,data:data3};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 < 0 || isNaN(data3)){
const err9 = {instancePath:instancePath+"/span/end",schemaPath:"#/definitions/TextSpan/properties/end/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema15.properties.end,data:data3};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
}
}
else {
const err10 = {instancePath:instancePath+"/span",schemaPath:"#/definitions/TextSpan/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema15.type,parentSchema:schema15,data:data1};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.place !== undefined){
if(!(validate12(data.place, {instancePath:instancePath+"/place",parentData:data,parentDataProperty:"place",rootData}))){
vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors);
errors = vErrors.length;
}
}
if(data.date !== undefined){
if(!(validate16(data.date, {instancePath:instancePath+"/date",parentData:data,parentDataProperty:"date",rootData}))){
vErrors = vErrors === null ? validate16.errors : vErrors.concat(validate16.errors);
errors = vErrors.length;
}
}
}
else {
const err11 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema17.type,parentSchema:schema17,data};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
validate11.errors = vErrors;
return errors === 0;
}

const schema32 = {"description":"A byline: who wrote the story, as written and as people.\nninjs: `by`, `people[rel=author]` · schema.org: `author` · NewsML-G2: `by`, `creator`.","type":"object","properties":{"text":{"description":"The byline as written.","type":"string"},"span":{"$ref":"#/definitions/TextSpan","description":"Where the byline stands in the original text."},"authors":{"description":"The authors it names. schema.org: `author` (Person).","type":"array","items":{"$ref":"#/definitions/PersonWithPosts"}}},"additionalProperties":false,"required":["text"]};
const schema34 = {"description":"A person together with the posts the text gives them.\n\nPopolo: `Person` with `memberships[]` · schema.org: `Person` with `jobTitle`.","type":"object","properties":{"posts":{"description":"The posts the text gives the person, as written; empty or absent when it gives none.","type":"array","items":{"$ref":"#/definitions/Post"}},"id":{"$ref":"#/definitions/LocalId","description":"The person's id within this document, used by quotes and participants to point at them."},"name":{"description":"The full name as written, e.g. `Lim Sung-nam`. Popolo/schema.org: `name`.","type":"string"},"givenName":{"description":"The given name, e.g. `Sung-nam`. Popolo: `given_name` · schema.org: `givenName`.","type":"string"},"familyName":{"description":"The family name, e.g. `Lim`. Popolo: `family_name` · schema.org: `familyName`.","type":"string"},"nameOrder":{"description":"Which part of `name` comes first: `family-given` for Korean, Chinese, Japanese or Hungarian\nnames written in their own order, `given-family` otherwise.","enum":["family-given","given-family"],"type":"string"},"identifiers":{"description":"Identifiers in external schemes (Wikidata, ORCID, …). Popolo: `identifiers` · PLOVER: `identifier_id`.","type":"array","items":{"$ref":"#/definitions/Identifier"}},"mentions":{"description":"Every place the person is named in the text.","type":"array","items":{"$ref":"#/definitions/Mention"}}},"additionalProperties":false,"required":["name"]};
const schema35 = {"description":"A post or title a person holds, as written, with what can be read off it.\n\nPopolo: `Post` (`label`, `role`, `organization_id`, `area_id`) and `Membership` · schema.org:\n`Person.jobTitle`, `OrganizationRole.roleName` · FollowTheMoney: `Position` · PLOVER: `office`.","type":"object","properties":{"title":{"description":"The title exactly as written, e.g. `Acting Under Secretary of State for Arms Control and\nInternational Security`.","type":"string"},"span":{"$ref":"#/definitions/TextSpan","description":"Where `title` stands in the source text."},"label":{"description":"The post without modifiers such as \"acting\" or \"former\", e.g. `Under Secretary of State for …`.","type":"string"},"organization":{"description":"The organization the post belongs to, by name, e.g. `Ministry of Foreign Affairs`, when the text says it.","type":"string"},"country":{"$ref":"#/definitions/PostCountryCode","description":"The country whose post it is, when the text says it (`US Acting Under Secretary…`, `South\nKorea's Vice Foreign Minister`), or `EU` for a post of the European Union's institutions."},"acting":{"description":"Whether the holder serves in an acting capacity.","type":"boolean"},"former":{"description":"Whether the holder held the post before and no longer does (`former`, `then-`).","type":"boolean"}},"additionalProperties":false,"required":["title"]};
const schema37 = {"description":"Whose a post is: an ISO 3166-1 alpha-2 country code, or `EU` for a post in the European Union's\ninstitutions (`President of the European Commission`, `EU High Representative`), the code ISO\n3166-1 reserves for the Union. The schema checks the shape; the validators also check that the\ncode is assigned or `EU` (see `isPostCountryCode`).\n\nPopolo: `Post.area_id` · schema.org: `OrganizationRole` within a `Country` or the Union.","pattern":"^[A-Z]{2}$","type":"string"};

function validate21(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.title === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "title"},message:"must have required property '"+"title"+"'",schema:schema35.required,parentSchema:schema35,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!(((((((key0 === "title") || (key0 === "span")) || (key0 === "label")) || (key0 === "organization")) || (key0 === "country")) || (key0 === "acting")) || (key0 === "former"))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema35,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.title !== undefined){
let data0 = data.title;
if(typeof data0 !== "string"){
const err2 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema35.properties.title.type,parentSchema:schema35.properties.title,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.span !== undefined){
let data1 = data.span;
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
if(data1.end === undefined){
const err3 = {instancePath:instancePath+"/span",schemaPath:"#/definitions/TextSpan/required",keyword:"required",params:{missingProperty: "end"},message:"must have required property '"+"end"+"'",schema:schema15.required,parentSchema:schema15,data:data1};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data1.start === undefined){
const err4 = {instancePath:instancePath+"/span",schemaPath:"#/definitions/TextSpan/required",keyword:"required",params:{missingProperty: "start"},message:"must have required property '"+"start"+"'",schema:schema15.required,parentSchema:schema15,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
for(const key1 in data1){
if(!((key1 === "start") || (key1 === "end"))){
const err5 = {instancePath:instancePath+"/span",schemaPath:"#/definitions/TextSpan/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema15,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data1.start !== undefined){
let data2 = data1.start;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
const err6 = {instancePath:instancePath+"/span/start",schemaPath:"#/definitions/TextSpan/properties/start/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema15.properties.start.type,parentSchema:schema15.properties.start,data:data2};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 < 0 || isNaN(data2)){
const err7 = {instancePath:instancePath+"/span/start",schemaPath:"#/definitions/TextSpan/properties/start/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema15.properties.start,data:data2};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
}
if(data1.end !== undefined){
let data3 = data1.end;
if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){
const err8 = {instancePath:instancePath+"/span/end",schemaPath:"#/definitions/TextSpan/properties/end/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema15.properties.end.type,parentSchema:schema15.properties.end,data:data3};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 < 0 || isNaN(data3)){
const err9 = {instancePath:instancePath+"/span/end",schemaPath:"#/definitions/TextSpan/properties/end/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema15.properties.end,data:data3};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
}
}
else {
const err10 = {instancePath:instancePath+"/span",schemaPath:"#/definitions/TextSpan/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema15.type,parentSchema:schema15,data:data1};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.label !== undefined){
let data4 = data.label;
if(typeof data4 !== "string"){
const err11 = {instancePath:instancePath+"/label",schemaPath:"#/properties/label/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema35.properties.label.type,parentSchema:schema35.properties.label,data:data4};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.organization !== undefined){
let data5 = data.organization;
if(typeof data5 !== "string"){
const err12 = {instancePath:instancePath+"/organization",schemaPath:"#/properties/organization/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema35.properties.organization.type,parentSchema:schema35.properties.organization,data:data5};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.country !== undefined){
let data6 = data.country;
if(typeof data6 === "string"){
if(!pattern2.test(data6)){
const err13 = {instancePath:instancePath+"/country",schemaPath:"#/definitions/PostCountryCode/pattern",keyword:"pattern",params:{pattern: "^[A-Z]{2}$"},message:"must match pattern \""+"^[A-Z]{2}$"+"\"",schema:"^[A-Z]{2}$",parentSchema:schema37,data:data6};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
else {
const err14 = {instancePath:instancePath+"/country",schemaPath:"#/definitions/PostCountryCode/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema37.type,parentSchema:schema37,data:data6};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.acting !== undefined){
let data7 = data.acting;
if(typeof data7 !== "boolean"){
const err15 = {instancePath:instancePath+"/acting",schemaPath:"#/properties/acting/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema35.properties.acting.type,parentSchema:schema35.properties.acting,data:data7};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.former !== undefined){
let data8 = data.former;
if(typeof data8 !== "boolean"){
const err16 = {instancePath:instancePath+"/former",schemaPath:"#/properties/former/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema35.properties.former.type,parentSchema:schema35.properties.former,data:data8};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
}
else {
const err17 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema35.type,parentSchema:schema35,data};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
validate21.errors = vErrors;
return errors === 0;
}


function validate20(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.name === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema34.required,parentSchema:schema34,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!((((((((key0 === "posts") || (key0 === "id")) || (key0 === "name")) || (key0 === "givenName")) || (key0 === "familyName")) || (key0 === "nameOrder")) || (key0 === "identifiers")) || (key0 === "mentions"))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema34,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.posts !== undefined){
let data0 = data.posts;
if(Array.isArray(data0)){
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
if(!(validate21(data0[i0], {instancePath:instancePath+"/posts/" + i0,parentData:data0,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
errors = vErrors.length;
}
}
}
else {
const err2 = {instancePath:instancePath+"/posts",schemaPath:"#/properties/posts/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema34.properties.posts.type,parentSchema:schema34.properties.posts,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.id !== undefined){
let data2 = data.id;
if(typeof data2 === "string"){
if(!pattern1.test(data2)){
const err3 = {instancePath:instancePath+"/id",schemaPath:"#/definitions/LocalId/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(-[a-z0-9]+)*$"},message:"must match pattern \""+"^[a-z0-9]+(-[a-z0-9]+)*$"+"\"",schema:"^[a-z0-9]+(-[a-z0-9]+)*$",parentSchema:schema20,data:data2};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath:instancePath+"/id",schemaPath:"#/definitions/LocalId/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.type,parentSchema:schema20,data:data2};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.name !== undefined){
let data3 = data.name;
if(typeof data3 !== "string"){
const err5 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema34.properties.name.type,parentSchema:schema34.properties.name,data:data3};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.givenName !== undefined){
let data4 = data.givenName;
if(typeof data4 !== "string"){
const err6 = {instancePath:instancePath+"/givenName",schemaPath:"#/properties/givenName/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema34.properties.givenName.type,parentSchema:schema34.properties.givenName,data:data4};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.familyName !== undefined){
let data5 = data.familyName;
if(typeof data5 !== "string"){
const err7 = {instancePath:instancePath+"/familyName",schemaPath:"#/properties/familyName/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema34.properties.familyName.type,parentSchema:schema34.properties.familyName,data:data5};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.nameOrder !== undefined){
let data6 = data.nameOrder;
if(typeof data6 !== "string"){
const err8 = {instancePath:instancePath+"/nameOrder",schemaPath:"#/properties/nameOrder/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema34.properties.nameOrder.type,parentSchema:schema34.properties.nameOrder,data:data6};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(!((data6 === "family-given") || (data6 === "given-family"))){
const err9 = {instancePath:instancePath+"/nameOrder",schemaPath:"#/properties/nameOrder/enum",keyword:"enum",params:{allowedValues: schema34.properties.nameOrder.enum},message:"must be equal to one of the allowed values",schema:schema34.properties.nameOrder.enum,parentSchema:schema34.properties.nameOrder,data:data6};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.identifiers !== undefined){
let data7 = data.identifiers;
if(Array.isArray(data7)){
const len1 = data7.length;
for(let i1=0; i1<len1; i1++){
let data8 = data7[i1];
if(data8 && typeof data8 == "object" && !Array.isArray(data8)){
if(data8.scheme === undefined){
const err10 = {instancePath:instancePath+"/identifiers/" + i1,schemaPath:"#/definitions/Identifier/required",keyword:"required",params:{missingProperty: "scheme"},message:"must have required property '"+"scheme"+"'",schema:schema23.required,parentSchema:schema23,data:data8};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(data8.value === undefined){
const err11 = {instancePath:instancePath+"/identifiers/" + i1,schemaPath:"#/definitions/Identifier/required",keyword:"required",params:{missingProperty: "value"},message:"must have required property '"+"value"+"'",schema:schema23.required,parentSchema:schema23,data:data8};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
for(const key1 in data8){
if(!((key1 === "scheme") || (key1 === "value"))){
const err12 = {instancePath:instancePath+"/identifiers/" + i1,schemaPath:"#/definitions/Identifier/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema23,data:data8};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data8.scheme !== undefined){
let data9 = data8.scheme;
if(typeof data9 !== "string"){
const err13 = {instancePath:instancePath+"/identifiers/" + i1+"/scheme",schemaPath:"#/definitions/Identifier/properties/scheme/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema23.properties.scheme.type,parentSchema:schema23.properties.scheme,data:data9};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data8.value !== undefined){
let data10 = data8.value;
if(typeof data10 !== "string"){
const err14 = {instancePath:instancePath+"/identifiers/" + i1+"/value",schemaPath:"#/definitions/Identifier/properties/value/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema23.properties.value.type,parentSchema:schema23.properties.value,data:data10};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
}
else {
const err15 = {instancePath:instancePath+"/identifiers/" + i1,schemaPath:"#/definitions/Identifier/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema23.type,parentSchema:schema23,data:data8};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
}
else {
const err16 = {instancePath:instancePath+"/identifiers",schemaPath:"#/properties/identifiers/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema34.properties.identifiers.type,parentSchema:schema34.properties.identifiers,data:data7};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.mentions !== undefined){
let data11 = data.mentions;
if(Array.isArray(data11)){
const len2 = data11.length;
for(let i2=0; i2<len2; i2++){
if(!(validate13(data11[i2], {instancePath:instancePath+"/mentions/" + i2,parentData:data11,parentDataProperty:i2,rootData}))){
vErrors = vErrors === null ? validate13.errors : vErrors.concat(validate13.errors);
errors = vErrors.length;
}
}
}
else {
const err17 = {instancePath:instancePath+"/mentions",schemaPath:"#/properties/mentions/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema34.properties.mentions.type,parentSchema:schema34.properties.mentions,data:data11};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
}
else {
const err18 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema34.type,parentSchema:schema34,data};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
validate20.errors = vErrors;
return errors === 0;
}


function validate19(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.text === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "text"},message:"must have required property '"+"text"+"'",schema:schema32.required,parentSchema:schema32,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!(((key0 === "text") || (key0 === "span")) || (key0 === "authors"))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema32,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.text !== undefined){
let data0 = data.text;
if(typeof data0 !== "string"){
const err2 = {instancePath:instancePath+"/text",schemaPath:"#/properties/text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.properties.text.type,parentSchema:schema32.properties.text,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.span !== undefined){
let data1 = data.span;
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
if(data1.end === undefined){
const err3 = {instancePath:instancePath+"/span",schemaPath:"#/definitions/TextSpan/required",keyword:"required",params:{missingProperty: "end"},message:"must have required property '"+"end"+"'",schema:schema15.required,parentSchema:schema15,data:data1};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data1.start === undefined){
const err4 = {instancePath:instancePath+"/span",schemaPath:"#/definitions/TextSpan/required",keyword:"required",params:{missingProperty: "start"},message:"must have required property '"+"start"+"'",schema:schema15.required,parentSchema:schema15,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
for(const key1 in data1){
if(!((key1 === "start") || (key1 === "end"))){
const err5 = {instancePath:instancePath+"/span",schemaPath:"#/definitions/TextSpan/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema15,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data1.start !== undefined){
let data2 = data1.start;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
const err6 = {instancePath:instancePath+"/span/start",schemaPath:"#/definitions/TextSpan/properties/start/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema15.properties.start.type,parentSchema:schema15.properties.start,data:data2};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 < 0 || isNaN(data2)){
const err7 = {instancePath:instancePath+"/span/start",schemaPath:"#/definitions/TextSpan/properties/start/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema15.properties.start,data:data2};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
}
if(data1.end !== undefined){
let data3 = data1.end;
if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){
const err8 = {instancePath:instancePath+"/span/end",schemaPath:"#/definitions/TextSpan/properties/end/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema15.properties.end.type,parentSchema:schema15.properties.end,data:data3};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 < 0 || isNaN(data3)){
const err9 = {instancePath:instancePath+"/span/end",schemaPath:"#/definitions/TextSpan/properties/end/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema15.properties.end,data:data3};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
}
}
else {
const err10 = {instancePath:instancePath+"/span",schemaPath:"#/definitions/TextSpan/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema15.type,parentSchema:schema15,data:data1};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.authors !== undefined){
let data4 = data.authors;
if(Array.isArray(data4)){
const len0 = data4.length;
for(let i0=0; i0<len0; i0++){
if(!(validate20(data4[i0], {instancePath:instancePath+"/authors/" + i0,parentData:data4,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? validate20.errors : vErrors.concat(validate20.errors);
errors = vErrors.length;
}
}
}
else {
const err11 = {instancePath:instancePath+"/authors",schemaPath:"#/properties/authors/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema32.properties.authors.type,parentSchema:schema32.properties.authors,data:data4};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
}
else {
const err12 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema32.type,parentSchema:schema32,data};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
validate19.errors = vErrors;
return errors === 0;
}

const schema40 = {"description":"The credit line: who provided the story.\n\nninjs: `infoSources[role=source]` · schema.org: `sourceOrganization`/`publisher` ·\nNewsML-G2: `creditline`, `provider`.","type":"object","properties":{"text":{"description":"The credit line as written, e.g. `Source: Qatar News Agency`.","type":"string"},"span":{"$ref":"#/definitions/TextSpan","description":"Where the credit line stands in the original text."},"provider":{"$ref":"#/definitions/Organization","description":"The provider it names, e.g. the news agency."}},"additionalProperties":false,"required":["provider","text"]};
const schema42 = {"description":"An organization: a government body, a forum, a news agency.\n\nPopolo: `Organization` (`name`, `other_names`, `classification`) · schema.org: `Organization`\n(`name`, `alternateName`) · Akoma Ntoso: `TLCOrganization` · ninjs: `organisations[]`.","type":"object","properties":{"id":{"$ref":"#/definitions/LocalId","description":"The organization's id within this document."},"name":{"description":"The full name as written, e.g. `Extended Deterrence Strategy and Consultation Group`.","type":"string"},"acronym":{"description":"The acronym the text gives, e.g. `EDSCG`. schema.org: `alternateName` · Popolo: `other_names`.","type":"string"},"kind":{"$ref":"#/definitions/OrganizationKind","description":"What kind of body it is. Popolo: `classification`."},"country":{"$ref":"#/definitions/CountryCode","description":"The country it belongs to, for national bodies."},"identifiers":{"description":"Identifiers in external schemes.","type":"array","items":{"$ref":"#/definitions/Identifier"}},"mentions":{"description":"Every place the organization is named in the text.","type":"array","items":{"$ref":"#/definitions/Mention"}}},"additionalProperties":false,"required":["name"]};
const schema44 = {"description":"What kind of body an organization is.","enum":["company","forum","government","intergovernmental","legislature","military","ministry","news-agency","non-governmental","other","political-party"],"type":"string"};

function validate27(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.name === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema42.required,parentSchema:schema42,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!(((((((key0 === "id") || (key0 === "name")) || (key0 === "acronym")) || (key0 === "kind")) || (key0 === "country")) || (key0 === "identifiers")) || (key0 === "mentions"))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema42,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.id !== undefined){
let data0 = data.id;
if(typeof data0 === "string"){
if(!pattern1.test(data0)){
const err2 = {instancePath:instancePath+"/id",schemaPath:"#/definitions/LocalId/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(-[a-z0-9]+)*$"},message:"must match pattern \""+"^[a-z0-9]+(-[a-z0-9]+)*$"+"\"",schema:"^[a-z0-9]+(-[a-z0-9]+)*$",parentSchema:schema20,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
else {
const err3 = {instancePath:instancePath+"/id",schemaPath:"#/definitions/LocalId/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.type,parentSchema:schema20,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.name !== undefined){
let data1 = data.name;
if(typeof data1 !== "string"){
const err4 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema42.properties.name.type,parentSchema:schema42.properties.name,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.acronym !== undefined){
let data2 = data.acronym;
if(typeof data2 !== "string"){
const err5 = {instancePath:instancePath+"/acronym",schemaPath:"#/properties/acronym/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema42.properties.acronym.type,parentSchema:schema42.properties.acronym,data:data2};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.kind !== undefined){
let data3 = data.kind;
if(typeof data3 !== "string"){
const err6 = {instancePath:instancePath+"/kind",schemaPath:"#/definitions/OrganizationKind/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema44.type,parentSchema:schema44,data:data3};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(!(((((((((((data3 === "company") || (data3 === "forum")) || (data3 === "government")) || (data3 === "intergovernmental")) || (data3 === "legislature")) || (data3 === "military")) || (data3 === "ministry")) || (data3 === "news-agency")) || (data3 === "non-governmental")) || (data3 === "other")) || (data3 === "political-party"))){
const err7 = {instancePath:instancePath+"/kind",schemaPath:"#/definitions/OrganizationKind/enum",keyword:"enum",params:{allowedValues: schema44.enum},message:"must be equal to one of the allowed values",schema:schema44.enum,parentSchema:schema44,data:data3};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.country !== undefined){
let data4 = data.country;
if(typeof data4 === "string"){
if(!pattern2.test(data4)){
const err8 = {instancePath:instancePath+"/country",schemaPath:"#/definitions/CountryCode/pattern",keyword:"pattern",params:{pattern: "^[A-Z]{2}$"},message:"must match pattern \""+"^[A-Z]{2}$"+"\"",schema:"^[A-Z]{2}$",parentSchema:schema22,data:data4};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/country",schemaPath:"#/definitions/CountryCode/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema22.type,parentSchema:schema22,data:data4};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.identifiers !== undefined){
let data5 = data.identifiers;
if(Array.isArray(data5)){
const len0 = data5.length;
for(let i0=0; i0<len0; i0++){
let data6 = data5[i0];
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
if(data6.scheme === undefined){
const err10 = {instancePath:instancePath+"/identifiers/" + i0,schemaPath:"#/definitions/Identifier/required",keyword:"required",params:{missingProperty: "scheme"},message:"must have required property '"+"scheme"+"'",schema:schema23.required,parentSchema:schema23,data:data6};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(data6.value === undefined){
const err11 = {instancePath:instancePath+"/identifiers/" + i0,schemaPath:"#/definitions/Identifier/required",keyword:"required",params:{missingProperty: "value"},message:"must have required property '"+"value"+"'",schema:schema23.required,parentSchema:schema23,data:data6};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
for(const key1 in data6){
if(!((key1 === "scheme") || (key1 === "value"))){
const err12 = {instancePath:instancePath+"/identifiers/" + i0,schemaPath:"#/definitions/Identifier/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema23,data:data6};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data6.scheme !== undefined){
let data7 = data6.scheme;
if(typeof data7 !== "string"){
const err13 = {instancePath:instancePath+"/identifiers/" + i0+"/scheme",schemaPath:"#/definitions/Identifier/properties/scheme/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema23.properties.scheme.type,parentSchema:schema23.properties.scheme,data:data7};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data6.value !== undefined){
let data8 = data6.value;
if(typeof data8 !== "string"){
const err14 = {instancePath:instancePath+"/identifiers/" + i0+"/value",schemaPath:"#/definitions/Identifier/properties/value/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema23.properties.value.type,parentSchema:schema23.properties.value,data:data8};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
}
else {
const err15 = {instancePath:instancePath+"/identifiers/" + i0,schemaPath:"#/definitions/Identifier/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema23.type,parentSchema:schema23,data:data6};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
}
else {
const err16 = {instancePath:instancePath+"/identifiers",schemaPath:"#/properties/identifiers/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema42.properties.identifiers.type,parentSchema:schema42.properties.identifiers,data:data5};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.mentions !== undefined){
let data9 = data.mentions;
if(Array.isArray(data9)){
const len1 = data9.length;
for(let i1=0; i1<len1; i1++){
if(!(validate13(data9[i1], {instancePath:instancePath+"/mentions/" + i1,parentData:data9,parentDataProperty:i1,rootData}))){
vErrors = vErrors === null ? validate13.errors : vErrors.concat(validate13.errors);
errors = vErrors.length;
}
}
}
else {
const err17 = {instancePath:instancePath+"/mentions",schemaPath:"#/properties/mentions/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema42.properties.mentions.type,parentSchema:schema42.properties.mentions,data:data9};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
}
else {
const err18 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema42.type,parentSchema:schema42,data};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
validate27.errors = vErrors;
return errors === 0;
}


function validate26(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.provider === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "provider"},message:"must have required property '"+"provider"+"'",schema:schema40.required,parentSchema:schema40,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.text === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "text"},message:"must have required property '"+"text"+"'",schema:schema40.required,parentSchema:schema40,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!(((key0 === "text") || (key0 === "span")) || (key0 === "provider"))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema40,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.text !== undefined){
let data0 = data.text;
if(typeof data0 !== "string"){
const err3 = {instancePath:instancePath+"/text",schemaPath:"#/properties/text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema40.properties.text.type,parentSchema:schema40.properties.text,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.span !== undefined){
let data1 = data.span;
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
if(data1.end === undefined){
const err4 = {instancePath:instancePath+"/span",schemaPath:"#/definitions/TextSpan/required",keyword:"required",params:{missingProperty: "end"},message:"must have required property '"+"end"+"'",schema:schema15.required,parentSchema:schema15,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data1.start === undefined){
const err5 = {instancePath:instancePath+"/span",schemaPath:"#/definitions/TextSpan/required",keyword:"required",params:{missingProperty: "start"},message:"must have required property '"+"start"+"'",schema:schema15.required,parentSchema:schema15,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
for(const key1 in data1){
if(!((key1 === "start") || (key1 === "end"))){
const err6 = {instancePath:instancePath+"/span",schemaPath:"#/definitions/TextSpan/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema15,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data1.start !== undefined){
let data2 = data1.start;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
const err7 = {instancePath:instancePath+"/span/start",schemaPath:"#/definitions/TextSpan/properties/start/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema15.properties.start.type,parentSchema:schema15.properties.start,data:data2};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 < 0 || isNaN(data2)){
const err8 = {instancePath:instancePath+"/span/start",schemaPath:"#/definitions/TextSpan/properties/start/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema15.properties.start,data:data2};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
}
if(data1.end !== undefined){
let data3 = data1.end;
if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){
const err9 = {instancePath:instancePath+"/span/end",schemaPath:"#/definitions/TextSpan/properties/end/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema15.properties.end.type,parentSchema:schema15.properties.end,data:data3};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 < 0 || isNaN(data3)){
const err10 = {instancePath:instancePath+"/span/end",schemaPath:"#/definitions/TextSpan/properties/end/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema15.properties.end,data:data3};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
}
}
else {
const err11 = {instancePath:instancePath+"/span",schemaPath:"#/definitions/TextSpan/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema15.type,parentSchema:schema15,data:data1};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.provider !== undefined){
if(!(validate27(data.provider, {instancePath:instancePath+"/provider",parentData:data,parentDataProperty:"provider",rootData}))){
vErrors = vErrors === null ? validate27.errors : vErrors.concat(validate27.errors);
errors = vErrors.length;
}
}
}
else {
const err12 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema40.type,parentSchema:schema40,data};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
validate26.errors = vErrors;
return errors === 0;
}

const schema49 = {"description":"The article body. ninjs: `bodies[]` · schema.org: `articleBody` · NewsML-G2: `inlineXML`/`inlineData`.","type":"object","properties":{"paragraphs":{"description":"The paragraphs in reading order, each verbatim.","minItems":1,"type":"array","items":{"$ref":"#/definitions/Paragraph"}},"forms":{"description":"The body in other forms beside its paragraphs, as sent: HTML, NITF, a plain-text form.\nninjs: `bodies[]` · schema.org: `articleBody` · NewsML-G2: `contentSet`.","type":"array","items":{"$ref":"#/definitions/BodyForm"}}},"additionalProperties":false,"required":["paragraphs"]};
const schema52 = {"description":"The body in one form, as sent. ninjs: `bodies[]` · NewsML-G2: `inlineXML`, `inlineData`.","type":"object","properties":{"value":{"description":"The content as sent, markup and all. ninjs: `bodies[].value`.","type":"string"},"contentType":{"description":"The IANA media type of `value`, e.g. `text/html`. ninjs: `bodies[].contentType` · NewsML-G2: `@contenttype`.","type":"string"},"role":{"description":"Its role, e.g. `main`, `richtext`. ninjs: `bodies[].role`.","type":"string"},"charCount":{"description":"Its length in characters, as the provider counted. ninjs: `bodies[].charCount`.","type":"integer","minimum":0},"wordCount":{"description":"Its length in words, as the provider counted. ninjs: `bodies[].wordCount`.","type":"integer","minimum":0}},"additionalProperties":false,"required":["value"]};
const schema50 = {"description":"One paragraph of the body, verbatim, with its position in the original text. ninjs: `<p>` in `bodies[].value`.","type":"object","properties":{"text":{"description":"The paragraph's text exactly as written.","minLength":1,"type":"string"},"span":{"$ref":"#/definitions/TextSpan","description":"Where the paragraph stands in the original text."}},"additionalProperties":false,"required":["span","text"]};

function validate32(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.span === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "span"},message:"must have required property '"+"span"+"'",schema:schema50.required,parentSchema:schema50,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.text === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "text"},message:"must have required property '"+"text"+"'",schema:schema50.required,parentSchema:schema50,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!((key0 === "text") || (key0 === "span"))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema50,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.text !== undefined){
let data0 = data.text;
if(typeof data0 === "string"){
if(data0.length < 1){
const err3 = {instancePath:instancePath+"/text",schemaPath:"#/properties/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema50.properties.text,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath:instancePath+"/text",schemaPath:"#/properties/text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema50.properties.text.type,parentSchema:schema50.properties.text,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.span !== undefined){
let data1 = data.span;
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
if(data1.end === undefined){
const err5 = {instancePath:instancePath+"/span",schemaPath:"#/definitions/TextSpan/required",keyword:"required",params:{missingProperty: "end"},message:"must have required property '"+"end"+"'",schema:schema15.required,parentSchema:schema15,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data1.start === undefined){
const err6 = {instancePath:instancePath+"/span",schemaPath:"#/definitions/TextSpan/required",keyword:"required",params:{missingProperty: "start"},message:"must have required property '"+"start"+"'",schema:schema15.required,parentSchema:schema15,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
for(const key1 in data1){
if(!((key1 === "start") || (key1 === "end"))){
const err7 = {instancePath:instancePath+"/span",schemaPath:"#/definitions/TextSpan/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema15,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data1.start !== undefined){
let data2 = data1.start;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
const err8 = {instancePath:instancePath+"/span/start",schemaPath:"#/definitions/TextSpan/properties/start/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema15.properties.start.type,parentSchema:schema15.properties.start,data:data2};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 < 0 || isNaN(data2)){
const err9 = {instancePath:instancePath+"/span/start",schemaPath:"#/definitions/TextSpan/properties/start/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema15.properties.start,data:data2};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
}
if(data1.end !== undefined){
let data3 = data1.end;
if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){
const err10 = {instancePath:instancePath+"/span/end",schemaPath:"#/definitions/TextSpan/properties/end/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema15.properties.end.type,parentSchema:schema15.properties.end,data:data3};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 < 0 || isNaN(data3)){
const err11 = {instancePath:instancePath+"/span/end",schemaPath:"#/definitions/TextSpan/properties/end/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema15.properties.end,data:data3};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
}
}
else {
const err12 = {instancePath:instancePath+"/span",schemaPath:"#/definitions/TextSpan/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema15.type,parentSchema:schema15,data:data1};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
}
else {
const err13 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema50.type,parentSchema:schema50,data};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
validate32.errors = vErrors;
return errors === 0;
}


function validate31(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.paragraphs === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "paragraphs"},message:"must have required property '"+"paragraphs"+"'",schema:schema49.required,parentSchema:schema49,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!((key0 === "paragraphs") || (key0 === "forms"))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema49,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.paragraphs !== undefined){
let data0 = data.paragraphs;
if(Array.isArray(data0)){
if(data0.length < 1){
const err2 = {instancePath:instancePath+"/paragraphs",schemaPath:"#/properties/paragraphs/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema49.properties.paragraphs,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
if(!(validate32(data0[i0], {instancePath:instancePath+"/paragraphs/" + i0,parentData:data0,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? validate32.errors : vErrors.concat(validate32.errors);
errors = vErrors.length;
}
}
}
else {
const err3 = {instancePath:instancePath+"/paragraphs",schemaPath:"#/properties/paragraphs/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema49.properties.paragraphs.type,parentSchema:schema49.properties.paragraphs,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.forms !== undefined){
let data2 = data.forms;
if(Array.isArray(data2)){
const len1 = data2.length;
for(let i1=0; i1<len1; i1++){
let data3 = data2[i1];
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
if(data3.value === undefined){
const err4 = {instancePath:instancePath+"/forms/" + i1,schemaPath:"#/definitions/BodyForm/required",keyword:"required",params:{missingProperty: "value"},message:"must have required property '"+"value"+"'",schema:schema52.required,parentSchema:schema52,data:data3};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
for(const key1 in data3){
if(!(((((key1 === "value") || (key1 === "contentType")) || (key1 === "role")) || (key1 === "charCount")) || (key1 === "wordCount"))){
const err5 = {instancePath:instancePath+"/forms/" + i1,schemaPath:"#/definitions/BodyForm/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema52,data:data3};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data3.value !== undefined){
let data4 = data3.value;
if(typeof data4 !== "string"){
const err6 = {instancePath:instancePath+"/forms/" + i1+"/value",schemaPath:"#/definitions/BodyForm/properties/value/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema52.properties.value.type,parentSchema:schema52.properties.value,data:data4};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data3.contentType !== undefined){
let data5 = data3.contentType;
if(typeof data5 !== "string"){
const err7 = {instancePath:instancePath+"/forms/" + i1+"/contentType",schemaPath:"#/definitions/BodyForm/properties/contentType/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema52.properties.contentType.type,parentSchema:schema52.properties.contentType,data:data5};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data3.role !== undefined){
let data6 = data3.role;
if(typeof data6 !== "string"){
const err8 = {instancePath:instancePath+"/forms/" + i1+"/role",schemaPath:"#/definitions/BodyForm/properties/role/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema52.properties.role.type,parentSchema:schema52.properties.role,data:data6};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data3.charCount !== undefined){
let data7 = data3.charCount;
if(!(((typeof data7 == "number") && (!(data7 % 1) && !isNaN(data7))) && (isFinite(data7)))){
const err9 = {instancePath:instancePath+"/forms/" + i1+"/charCount",schemaPath:"#/definitions/BodyForm/properties/charCount/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema52.properties.charCount.type,parentSchema:schema52.properties.charCount,data:data7};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if((typeof data7 == "number") && (isFinite(data7))){
if(data7 < 0 || isNaN(data7)){
const err10 = {instancePath:instancePath+"/forms/" + i1+"/charCount",schemaPath:"#/definitions/BodyForm/properties/charCount/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema52.properties.charCount,data:data7};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
}
if(data3.wordCount !== undefined){
let data8 = data3.wordCount;
if(!(((typeof data8 == "number") && (!(data8 % 1) && !isNaN(data8))) && (isFinite(data8)))){
const err11 = {instancePath:instancePath+"/forms/" + i1+"/wordCount",schemaPath:"#/definitions/BodyForm/properties/wordCount/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema52.properties.wordCount.type,parentSchema:schema52.properties.wordCount,data:data8};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if((typeof data8 == "number") && (isFinite(data8))){
if(data8 < 0 || isNaN(data8)){
const err12 = {instancePath:instancePath+"/forms/" + i1+"/wordCount",schemaPath:"#/definitions/BodyForm/properties/wordCount/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema52.properties.wordCount,data:data8};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
}
}
else {
const err13 = {instancePath:instancePath+"/forms/" + i1,schemaPath:"#/definitions/BodyForm/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema52.type,parentSchema:schema52,data:data3};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
}
else {
const err14 = {instancePath:instancePath+"/forms",schemaPath:"#/properties/forms/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema49.properties.forms.type,parentSchema:schema49.properties.forms,data:data2};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
}
else {
const err15 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema49.type,parentSchema:schema49,data};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
validate31.errors = vErrors;
return errors === 0;
}

const schema55 = {"description":"A country, normalized to ISO 3166-1, with every place it is named in the text as written.\n\nninjs: `places[]` (`name`, `uri`, `literal`) · schema.org: `Country` · PLOVER: actor `code` (alpha-3) ·\nWikidata: country (P17).","type":"object","properties":{"code":{"$ref":"#/definitions/CountryCode","description":"The ISO 3166-1 alpha-2 code."},"alpha3":{"$ref":"#/definitions/CountryCodeAlpha3","description":"The ISO 3166-1 alpha-3 code, when event data needs it."},"name":{"description":"The country's English short name, e.g. `South Korea`.","type":"string"},"mentions":{"description":"Every place the country is named in the text, as written.","type":"array","items":{"$ref":"#/definitions/CountryMention"}}},"additionalProperties":false,"required":["code","name"]};
const schema57 = {"description":"An ISO 3166-1 alpha-3 country code, e.g. `KOR`, the form event data such as PLOVER, CAMEO and\nICEWS use.","pattern":"^[A-Z]{3}$","type":"string"};
const pattern12 = new RegExp("^[A-Z]{3}$", "u");
const schema58 = {"description":"One place where a country is named, with the form of the naming.","type":"object","properties":{"form":{"$ref":"#/definitions/CountryNameForm","description":"The form of the naming, e.g. `capital` for `Seoul` standing for South Korea's government."},"text":{"description":"The words as written, e.g. `\"ROK\"` or `\"Seoul\"`.","type":"string"},"span":{"$ref":"#/definitions/TextSpan","description":"Where `text` stands in the source text."}},"additionalProperties":false,"required":["form","span","text"]};
const schema59 = {"description":"How a country is named at one place in the text. Governments are often named by their capital\n(`Seoul`), by a short form (`ROK`, `US`), by a demonym (`South Korean side`) or by a description\n(`the Northeast Asian ally`).","enum":["acronym","capital","demonym","description","name","official-name"],"type":"string"};

function validate39(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.form === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "form"},message:"must have required property '"+"form"+"'",schema:schema58.required,parentSchema:schema58,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.span === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "span"},message:"must have required property '"+"span"+"'",schema:schema58.required,parentSchema:schema58,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.text === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "text"},message:"must have required property '"+"text"+"'",schema:schema58.required,parentSchema:schema58,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
for(const key0 in data){
if(!(((key0 === "form") || (key0 === "text")) || (key0 === "span"))){
const err3 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema58,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.form !== undefined){
let data0 = data.form;
if(typeof data0 !== "string"){
const err4 = {instancePath:instancePath+"/form",schemaPath:"#/definitions/CountryNameForm/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema59.type,parentSchema:schema59,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(!((((((data0 === "acronym") || (data0 === "capital")) || (data0 === "demonym")) || (data0 === "description")) || (data0 === "name")) || (data0 === "official-name"))){
const err5 = {instancePath:instancePath+"/form",schemaPath:"#/definitions/CountryNameForm/enum",keyword:"enum",params:{allowedValues: schema59.enum},message:"must be equal to one of the allowed values",schema:schema59.enum,parentSchema:schema59,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.text !== undefined){
let data1 = data.text;
if(typeof data1 !== "string"){
const err6 = {instancePath:instancePath+"/text",schemaPath:"#/properties/text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema58.properties.text.type,parentSchema:schema58.properties.text,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.span !== undefined){
let data2 = data.span;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
if(data2.end === undefined){
const err7 = {instancePath:instancePath+"/span",schemaPath:"#/definitions/TextSpan/required",keyword:"required",params:{missingProperty: "end"},message:"must have required property '"+"end"+"'",schema:schema15.required,parentSchema:schema15,data:data2};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data2.start === undefined){
const err8 = {instancePath:instancePath+"/span",schemaPath:"#/definitions/TextSpan/required",keyword:"required",params:{missingProperty: "start"},message:"must have required property '"+"start"+"'",schema:schema15.required,parentSchema:schema15,data:data2};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
for(const key1 in data2){
if(!((key1 === "start") || (key1 === "end"))){
const err9 = {instancePath:instancePath+"/span",schemaPath:"#/definitions/TextSpan/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema15,data:data2};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data2.start !== undefined){
let data3 = data2.start;
if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){
const err10 = {instancePath:instancePath+"/span/start",schemaPath:"#/definitions/TextSpan/properties/start/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema15.properties.start.type,parentSchema:schema15.properties.start,data:data3};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 < 0 || isNaN(data3)){
const err11 = {instancePath:instancePath+"/span/start",schemaPath:"#/definitions/TextSpan/properties/start/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema15.properties.start,data:data3};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
}
if(data2.end !== undefined){
let data4 = data2.end;
if(!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))){
const err12 = {instancePath:instancePath+"/span/end",schemaPath:"#/definitions/TextSpan/properties/end/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema15.properties.end.type,parentSchema:schema15.properties.end,data:data4};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if((typeof data4 == "number") && (isFinite(data4))){
if(data4 < 0 || isNaN(data4)){
const err13 = {instancePath:instancePath+"/span/end",schemaPath:"#/definitions/TextSpan/properties/end/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema15.properties.end,data:data4};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
}
}
else {
const err14 = {instancePath:instancePath+"/span",schemaPath:"#/definitions/TextSpan/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema15.type,parentSchema:schema15,data:data2};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
}
else {
const err15 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema58.type,parentSchema:schema58,data};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
validate39.errors = vErrors;
return errors === 0;
}


function validate38(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.code === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "code"},message:"must have required property '"+"code"+"'",schema:schema55.required,parentSchema:schema55,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.name === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema55.required,parentSchema:schema55,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!((((key0 === "code") || (key0 === "alpha3")) || (key0 === "name")) || (key0 === "mentions"))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema55,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.code !== undefined){
let data0 = data.code;
if(typeof data0 === "string"){
if(!pattern2.test(data0)){
const err3 = {instancePath:instancePath+"/code",schemaPath:"#/definitions/CountryCode/pattern",keyword:"pattern",params:{pattern: "^[A-Z]{2}$"},message:"must match pattern \""+"^[A-Z]{2}$"+"\"",schema:"^[A-Z]{2}$",parentSchema:schema22,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath:instancePath+"/code",schemaPath:"#/definitions/CountryCode/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema22.type,parentSchema:schema22,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.alpha3 !== undefined){
let data1 = data.alpha3;
if(typeof data1 === "string"){
if(!pattern12.test(data1)){
const err5 = {instancePath:instancePath+"/alpha3",schemaPath:"#/definitions/CountryCodeAlpha3/pattern",keyword:"pattern",params:{pattern: "^[A-Z]{3}$"},message:"must match pattern \""+"^[A-Z]{3}$"+"\"",schema:"^[A-Z]{3}$",parentSchema:schema57,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/alpha3",schemaPath:"#/definitions/CountryCodeAlpha3/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema57.type,parentSchema:schema57,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.name !== undefined){
let data2 = data.name;
if(typeof data2 !== "string"){
const err7 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema55.properties.name.type,parentSchema:schema55.properties.name,data:data2};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.mentions !== undefined){
let data3 = data.mentions;
if(Array.isArray(data3)){
const len0 = data3.length;
for(let i0=0; i0<len0; i0++){
if(!(validate39(data3[i0], {instancePath:instancePath+"/mentions/" + i0,parentData:data3,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? validate39.errors : vErrors.concat(validate39.errors);
errors = vErrors.length;
}
}
}
else {
const err8 = {instancePath:instancePath+"/mentions",schemaPath:"#/properties/mentions/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema55.properties.mentions.type,parentSchema:schema55.properties.mentions,data:data3};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
}
else {
const err9 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema55.type,parentSchema:schema55,data};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
validate38.errors = vErrors;
return errors === 0;
}

const schema61 = {"description":"A passage quoted verbatim, with its attribution.\n\nschema.org: `Quotation` (`text`, `creator`) · Akoma Ntoso: `quotedText` · Popolo: `Speech` ·\nNewsML-G2: `inlineRef`.","type":"object","properties":{"text":{"description":"The quoted words exactly as written, without the quotation marks.","type":"string"},"span":{"$ref":"#/definitions/TextSpan","description":"Where `text` stands in the source text (inside the marks)."},"attribution":{"$ref":"#/definitions/Attribution","description":"Who or what the quotation is attributed to."}},"additionalProperties":false,"required":["attribution","span","text"]};
const schema63 = {"description":"The source a quotation is attributed to.\n\nschema.org: `Quotation.creator`/`isBasedOn` · Popolo: `Speech.creator_id` · Akoma Ntoso:\n`quotedText@for`.","type":"object","properties":{"kind":{"$ref":"#/definitions/AttributionKind","description":"What kind of source it is."},"ref":{"description":"Who it is: the local id of a person or organization in the same document (`lim-sung-nam`), or\nthe document id of a statement (`urn:communique:joint-statement:…`). Absent when `kind` is `unknown`.","type":"string"},"cue":{"$ref":"#/definitions/Mention","description":"The words that attribute the quotation, e.g. `the allies said in their joint statement`."}},"additionalProperties":false,"required":["kind"]};
const schema64 = {"description":"Who a quotation is attributed to: a person, an organization, a statement (a document), or no\none the text names.","enum":["organization","person","statement","unknown"],"type":"string"};

function validate43(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.kind === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'",schema:schema63.required,parentSchema:schema63,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!(((key0 === "kind") || (key0 === "ref")) || (key0 === "cue"))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema63,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.kind !== undefined){
let data0 = data.kind;
if(typeof data0 !== "string"){
const err2 = {instancePath:instancePath+"/kind",schemaPath:"#/definitions/AttributionKind/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema64.type,parentSchema:schema64,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(!((((data0 === "organization") || (data0 === "person")) || (data0 === "statement")) || (data0 === "unknown"))){
const err3 = {instancePath:instancePath+"/kind",schemaPath:"#/definitions/AttributionKind/enum",keyword:"enum",params:{allowedValues: schema64.enum},message:"must be equal to one of the allowed values",schema:schema64.enum,parentSchema:schema64,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.ref !== undefined){
let data1 = data.ref;
if(typeof data1 !== "string"){
const err4 = {instancePath:instancePath+"/ref",schemaPath:"#/properties/ref/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema63.properties.ref.type,parentSchema:schema63.properties.ref,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.cue !== undefined){
if(!(validate13(data.cue, {instancePath:instancePath+"/cue",parentData:data,parentDataProperty:"cue",rootData}))){
vErrors = vErrors === null ? validate13.errors : vErrors.concat(validate13.errors);
errors = vErrors.length;
}
}
}
else {
const err5 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema63.type,parentSchema:schema63,data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
validate43.errors = vErrors;
return errors === 0;
}


function validate42(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.attribution === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "attribution"},message:"must have required property '"+"attribution"+"'",schema:schema61.required,parentSchema:schema61,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.span === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "span"},message:"must have required property '"+"span"+"'",schema:schema61.required,parentSchema:schema61,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.text === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "text"},message:"must have required property '"+"text"+"'",schema:schema61.required,parentSchema:schema61,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
for(const key0 in data){
if(!(((key0 === "text") || (key0 === "span")) || (key0 === "attribution"))){
const err3 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema61,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.text !== undefined){
let data0 = data.text;
if(typeof data0 !== "string"){
const err4 = {instancePath:instancePath+"/text",schemaPath:"#/properties/text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema61.properties.text.type,parentSchema:schema61.properties.text,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.span !== undefined){
let data1 = data.span;
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
if(data1.end === undefined){
const err5 = {instancePath:instancePath+"/span",schemaPath:"#/definitions/TextSpan/required",keyword:"required",params:{missingProperty: "end"},message:"must have required property '"+"end"+"'",schema:schema15.required,parentSchema:schema15,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data1.start === undefined){
const err6 = {instancePath:instancePath+"/span",schemaPath:"#/definitions/TextSpan/required",keyword:"required",params:{missingProperty: "start"},message:"must have required property '"+"start"+"'",schema:schema15.required,parentSchema:schema15,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
for(const key1 in data1){
if(!((key1 === "start") || (key1 === "end"))){
const err7 = {instancePath:instancePath+"/span",schemaPath:"#/definitions/TextSpan/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema15,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data1.start !== undefined){
let data2 = data1.start;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
const err8 = {instancePath:instancePath+"/span/start",schemaPath:"#/definitions/TextSpan/properties/start/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema15.properties.start.type,parentSchema:schema15.properties.start,data:data2};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 < 0 || isNaN(data2)){
const err9 = {instancePath:instancePath+"/span/start",schemaPath:"#/definitions/TextSpan/properties/start/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema15.properties.start,data:data2};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
}
if(data1.end !== undefined){
let data3 = data1.end;
if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){
const err10 = {instancePath:instancePath+"/span/end",schemaPath:"#/definitions/TextSpan/properties/end/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema15.properties.end.type,parentSchema:schema15.properties.end,data:data3};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 < 0 || isNaN(data3)){
const err11 = {instancePath:instancePath+"/span/end",schemaPath:"#/definitions/TextSpan/properties/end/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema15.properties.end,data:data3};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
}
}
else {
const err12 = {instancePath:instancePath+"/span",schemaPath:"#/definitions/TextSpan/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema15.type,parentSchema:schema15,data:data1};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.attribution !== undefined){
if(!(validate43(data.attribution, {instancePath:instancePath+"/attribution",parentData:data,parentDataProperty:"attribution",rootData}))){
vErrors = vErrors === null ? validate43.errors : vErrors.concat(validate43.errors);
errors = vErrors.length;
}
}
}
else {
const err13 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema61.type,parentSchema:schema61,data};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
validate42.errors = vErrors;
return errors === 0;
}

const schema66 = {"description":"A picture, video, audio clip or graphic that goes with the article, with its caption, credit and\nfiles. ninjs: `associations[]` (items whose `type` is picture, video, audio or graphic) ·\nschema.org: `image`, `video`, `associatedMedia` (`ImageObject`, `VideoObject`) · NewsML-G2:\n`link`, `remoteContent`.","type":"object","properties":{"type":{"description":"What kind of media it is. ninjs: `type` · schema.org: `@type`.","enum":["audio","graphic","picture","video"],"type":"string"},"id":{"description":"The media item's id. ninjs: `uri` · schema.org: `@id`.","format":"uri","type":"string"},"url":{"description":"Where the media can be fetched, when it is one file. schema.org: `contentUrl`, `url`.","format":"uri","type":"string"},"name":{"description":"The name of the association, e.g. `a001` or `featureimage`. ninjs: `associations[].name`.","type":"string"},"rel":{"description":"How the media relates to the article. ninjs: `associations[].rel`.","type":"string"},"headline":{"description":"The media's own headline or title. ninjs: `headlines[]` · schema.org: `name`.","type":"string"},"caption":{"description":"The caption as written. ninjs: `descriptions[]` · schema.org: `caption` · NewsML-G2: `description@role=caption`.","type":"string"},"altText":{"description":"A text alternative for readers who cannot see it. ninjs: `descriptions[role=alt]` · HTML: `alt`.","type":"string"},"by":{"description":"Who made it, as written, e.g. `Karl Melander/TT`. ninjs: `by` · schema.org: `creator` · NewsML-G2: `by`.","type":"string"},"credit":{"description":"The credit line, e.g. `Photo: Reuters`. schema.org: `creditText` · NewsML-G2: `creditline`.","type":"string"},"copyrightHolder":{"description":"Who holds its copyright. ninjs: `copyrightHolder` · schema.org: `copyrightHolder`.","type":"string"},"representation":{"description":"Whether the association is the full item or a part of it. ninjs: `representationType`.","enum":["full","partial"],"type":"string"},"renditions":{"description":"The files it comes in: sizes and formats. ninjs: `renditions[]` · schema.org: `associatedMedia` · NewsML-G2: `remoteContent`.","type":"array","items":{"$ref":"#/definitions/Rendition"}}},"additionalProperties":false,"required":["type"]};
const schema67 = {"description":"One file of a media object: a size, format or resolution.\nninjs: `renditions[]` · schema.org: `MediaObject` · NewsML-G2: `remoteContent`.","type":"object","properties":{"name":{"description":"Its name among the renditions, e.g. `thumbnail`. ninjs: `renditions[].name`.","type":"string"},"title":{"description":"A title for the link, e.g. `Hires`. ninjs: `renditions[].title`.","type":"string"},"href":{"description":"Where the file is. ninjs: `renditions[].href` · schema.org: `contentUrl`.","format":"uri","type":"string"},"contentType":{"description":"The IANA media type, e.g. `image/jpeg`. ninjs: `renditions[].contentType` · schema.org: `encodingFormat`.","type":"string"},"width":{"description":"The width in pixels. ninjs: `renditions[].width` · schema.org: `width`.","type":"integer","minimum":0},"height":{"description":"The height in pixels. ninjs: `renditions[].height` · schema.org: `height`.","type":"integer","minimum":0},"sizeInBytes":{"description":"The file's size in bytes. ninjs: `renditions[].sizeInBytes` · schema.org: `contentSize`.","type":"integer","minimum":0},"duration":{"description":"The running time in seconds. ninjs: `renditions[].duration` · schema.org: `duration`.","minimum":0,"type":"number"}},"additionalProperties":false};

function validate47(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.type === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'",schema:schema66.required,parentSchema:schema66,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!(func2.call(schema66.properties, key0))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema66,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.type !== undefined){
let data0 = data.type;
if(typeof data0 !== "string"){
const err2 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema66.properties.type.type,parentSchema:schema66.properties.type,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(!((((data0 === "audio") || (data0 === "graphic")) || (data0 === "picture")) || (data0 === "video"))){
const err3 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/enum",keyword:"enum",params:{allowedValues: schema66.properties.type.enum},message:"must be equal to one of the allowed values",schema:schema66.properties.type.enum,parentSchema:schema66.properties.type,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.id !== undefined){
let data1 = data.id;
if(typeof data1 === "string"){
if(!(formats0(data1))){
const err4 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/format",keyword:"format",params:{format: "uri"},message:"must match format \""+"uri"+"\"",schema:"uri",parentSchema:schema66.properties.id,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema66.properties.id.type,parentSchema:schema66.properties.id,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.url !== undefined){
let data2 = data.url;
if(typeof data2 === "string"){
if(!(formats0(data2))){
const err6 = {instancePath:instancePath+"/url",schemaPath:"#/properties/url/format",keyword:"format",params:{format: "uri"},message:"must match format \""+"uri"+"\"",schema:"uri",parentSchema:schema66.properties.url,data:data2};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/url",schemaPath:"#/properties/url/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema66.properties.url.type,parentSchema:schema66.properties.url,data:data2};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.name !== undefined){
let data3 = data.name;
if(typeof data3 !== "string"){
const err8 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema66.properties.name.type,parentSchema:schema66.properties.name,data:data3};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.rel !== undefined){
let data4 = data.rel;
if(typeof data4 !== "string"){
const err9 = {instancePath:instancePath+"/rel",schemaPath:"#/properties/rel/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema66.properties.rel.type,parentSchema:schema66.properties.rel,data:data4};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.headline !== undefined){
let data5 = data.headline;
if(typeof data5 !== "string"){
const err10 = {instancePath:instancePath+"/headline",schemaPath:"#/properties/headline/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema66.properties.headline.type,parentSchema:schema66.properties.headline,data:data5};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.caption !== undefined){
let data6 = data.caption;
if(typeof data6 !== "string"){
const err11 = {instancePath:instancePath+"/caption",schemaPath:"#/properties/caption/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema66.properties.caption.type,parentSchema:schema66.properties.caption,data:data6};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.altText !== undefined){
let data7 = data.altText;
if(typeof data7 !== "string"){
const err12 = {instancePath:instancePath+"/altText",schemaPath:"#/properties/altText/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema66.properties.altText.type,parentSchema:schema66.properties.altText,data:data7};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.by !== undefined){
let data8 = data.by;
if(typeof data8 !== "string"){
const err13 = {instancePath:instancePath+"/by",schemaPath:"#/properties/by/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema66.properties.by.type,parentSchema:schema66.properties.by,data:data8};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.credit !== undefined){
let data9 = data.credit;
if(typeof data9 !== "string"){
const err14 = {instancePath:instancePath+"/credit",schemaPath:"#/properties/credit/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema66.properties.credit.type,parentSchema:schema66.properties.credit,data:data9};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.copyrightHolder !== undefined){
let data10 = data.copyrightHolder;
if(typeof data10 !== "string"){
const err15 = {instancePath:instancePath+"/copyrightHolder",schemaPath:"#/properties/copyrightHolder/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema66.properties.copyrightHolder.type,parentSchema:schema66.properties.copyrightHolder,data:data10};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.representation !== undefined){
let data11 = data.representation;
if(typeof data11 !== "string"){
const err16 = {instancePath:instancePath+"/representation",schemaPath:"#/properties/representation/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema66.properties.representation.type,parentSchema:schema66.properties.representation,data:data11};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if(!((data11 === "full") || (data11 === "partial"))){
const err17 = {instancePath:instancePath+"/representation",schemaPath:"#/properties/representation/enum",keyword:"enum",params:{allowedValues: schema66.properties.representation.enum},message:"must be equal to one of the allowed values",schema:schema66.properties.representation.enum,parentSchema:schema66.properties.representation,data:data11};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.renditions !== undefined){
let data12 = data.renditions;
if(Array.isArray(data12)){
const len0 = data12.length;
for(let i0=0; i0<len0; i0++){
let data13 = data12[i0];
if(data13 && typeof data13 == "object" && !Array.isArray(data13)){
for(const key1 in data13){
if(!((((((((key1 === "name") || (key1 === "title")) || (key1 === "href")) || (key1 === "contentType")) || (key1 === "width")) || (key1 === "height")) || (key1 === "sizeInBytes")) || (key1 === "duration"))){
const err18 = {instancePath:instancePath+"/renditions/" + i0,schemaPath:"#/definitions/Rendition/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema67,data:data13};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data13.name !== undefined){
let data14 = data13.name;
if(typeof data14 !== "string"){
const err19 = {instancePath:instancePath+"/renditions/" + i0+"/name",schemaPath:"#/definitions/Rendition/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema67.properties.name.type,parentSchema:schema67.properties.name,data:data14};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data13.title !== undefined){
let data15 = data13.title;
if(typeof data15 !== "string"){
const err20 = {instancePath:instancePath+"/renditions/" + i0+"/title",schemaPath:"#/definitions/Rendition/properties/title/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema67.properties.title.type,parentSchema:schema67.properties.title,data:data15};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data13.href !== undefined){
let data16 = data13.href;
if(typeof data16 === "string"){
if(!(formats0(data16))){
const err21 = {instancePath:instancePath+"/renditions/" + i0+"/href",schemaPath:"#/definitions/Rendition/properties/href/format",keyword:"format",params:{format: "uri"},message:"must match format \""+"uri"+"\"",schema:"uri",parentSchema:schema67.properties.href,data:data16};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
else {
const err22 = {instancePath:instancePath+"/renditions/" + i0+"/href",schemaPath:"#/definitions/Rendition/properties/href/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema67.properties.href.type,parentSchema:schema67.properties.href,data:data16};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data13.contentType !== undefined){
let data17 = data13.contentType;
if(typeof data17 !== "string"){
const err23 = {instancePath:instancePath+"/renditions/" + i0+"/contentType",schemaPath:"#/definitions/Rendition/properties/contentType/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema67.properties.contentType.type,parentSchema:schema67.properties.contentType,data:data17};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data13.width !== undefined){
let data18 = data13.width;
if(!(((typeof data18 == "number") && (!(data18 % 1) && !isNaN(data18))) && (isFinite(data18)))){
const err24 = {instancePath:instancePath+"/renditions/" + i0+"/width",schemaPath:"#/definitions/Rendition/properties/width/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema67.properties.width.type,parentSchema:schema67.properties.width,data:data18};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
if((typeof data18 == "number") && (isFinite(data18))){
if(data18 < 0 || isNaN(data18)){
const err25 = {instancePath:instancePath+"/renditions/" + i0+"/width",schemaPath:"#/definitions/Rendition/properties/width/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema67.properties.width,data:data18};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
}
if(data13.height !== undefined){
let data19 = data13.height;
if(!(((typeof data19 == "number") && (!(data19 % 1) && !isNaN(data19))) && (isFinite(data19)))){
const err26 = {instancePath:instancePath+"/renditions/" + i0+"/height",schemaPath:"#/definitions/Rendition/properties/height/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema67.properties.height.type,parentSchema:schema67.properties.height,data:data19};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
if((typeof data19 == "number") && (isFinite(data19))){
if(data19 < 0 || isNaN(data19)){
const err27 = {instancePath:instancePath+"/renditions/" + i0+"/height",schemaPath:"#/definitions/Rendition/properties/height/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema67.properties.height,data:data19};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
}
if(data13.sizeInBytes !== undefined){
let data20 = data13.sizeInBytes;
if(!(((typeof data20 == "number") && (!(data20 % 1) && !isNaN(data20))) && (isFinite(data20)))){
const err28 = {instancePath:instancePath+"/renditions/" + i0+"/sizeInBytes",schemaPath:"#/definitions/Rendition/properties/sizeInBytes/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema67.properties.sizeInBytes.type,parentSchema:schema67.properties.sizeInBytes,data:data20};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
if((typeof data20 == "number") && (isFinite(data20))){
if(data20 < 0 || isNaN(data20)){
const err29 = {instancePath:instancePath+"/renditions/" + i0+"/sizeInBytes",schemaPath:"#/definitions/Rendition/properties/sizeInBytes/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema67.properties.sizeInBytes,data:data20};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
}
if(data13.duration !== undefined){
let data21 = data13.duration;
if((typeof data21 == "number") && (isFinite(data21))){
if(data21 < 0 || isNaN(data21)){
const err30 = {instancePath:instancePath+"/renditions/" + i0+"/duration",schemaPath:"#/definitions/Rendition/properties/duration/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema67.properties.duration,data:data21};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
else {
const err31 = {instancePath:instancePath+"/renditions/" + i0+"/duration",schemaPath:"#/definitions/Rendition/properties/duration/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema67.properties.duration.type,parentSchema:schema67.properties.duration,data:data21};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
}
else {
const err32 = {instancePath:instancePath+"/renditions/" + i0,schemaPath:"#/definitions/Rendition/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema67.type,parentSchema:schema67,data:data13};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
}
else {
const err33 = {instancePath:instancePath+"/renditions",schemaPath:"#/properties/renditions/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema66.properties.renditions.type,parentSchema:schema66.properties.renditions,data:data12};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
}
else {
const err34 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema66.type,parentSchema:schema66,data};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
validate47.errors = vErrors;
return errors === 0;
}

const schema68 = {"description":"Where an instance came from, and a fingerprint of the original text that its spans point into.\n\nschema.org: `isBasedOn`/`sdPublisher` · Akoma Ntoso: `FRBRManifestation`, `workflow/step` · PLOVER:\n`cite_info`, `coder`, `coded_date` · W3C PROV: `wasDerivedFrom`.","type":"object","properties":{"source":{"description":"The source the text came from: a file name, URL or feed name.","type":"string"},"sha256":{"description":"SHA-256 of the original text's UTF-8 bytes, as 64 lowercase hex digits. Every span in the\ninstance is an offset into that text.","pattern":"^[0-9a-f]{64}$","type":"string"},"method":{"description":"How the structured form was made: by a person reading the text, or by a program.","enum":["extracted","manual"],"type":"string"},"tool":{"description":"The program (name and version) that made the instance, when `method` is `extracted`.","type":"string"},"created":{"description":"When the instance was made, as a date-time with an offset.","format":"date-time","type":"string"},"derivedFrom":{"$ref":"#/definitions/SourceDocument","description":"The document the text was taken from, when the text is not that document itself: a web page\nwhose article text was extracted, say. W3C PROV: `wasDerivedFrom` · schema.org: `isBasedOn`."}},"additionalProperties":false,"required":["method","sha256","source"]};
const schema69 = {"description":"A document a text was taken from, fingerprinted as it was read.","type":"object","properties":{"mediaType":{"description":"The document's IANA media type, e.g. `text/html`. schema.org: `encodingFormat`.","type":"string"},"sha256":{"description":"SHA-256 of the document's bytes as read, as 64 lowercase hex digits.","pattern":"^[0-9a-f]{64}$","type":"string"},"url":{"description":"Where the document is on the web, when known. schema.org: `url`.","format":"uri","type":"string"}},"additionalProperties":false,"required":["mediaType","sha256"]};
const pattern14 = new RegExp("^[0-9a-f]{64}$", "u");

function validate49(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.method === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "method"},message:"must have required property '"+"method"+"'",schema:schema68.required,parentSchema:schema68,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.sha256 === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "sha256"},message:"must have required property '"+"sha256"+"'",schema:schema68.required,parentSchema:schema68,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.source === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "source"},message:"must have required property '"+"source"+"'",schema:schema68.required,parentSchema:schema68,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
for(const key0 in data){
if(!((((((key0 === "source") || (key0 === "sha256")) || (key0 === "method")) || (key0 === "tool")) || (key0 === "created")) || (key0 === "derivedFrom"))){
const err3 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema68,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.source !== undefined){
let data0 = data.source;
if(typeof data0 !== "string"){
const err4 = {instancePath:instancePath+"/source",schemaPath:"#/properties/source/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema68.properties.source.type,parentSchema:schema68.properties.source,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.sha256 !== undefined){
let data1 = data.sha256;
if(typeof data1 === "string"){
if(!pattern14.test(data1)){
const err5 = {instancePath:instancePath+"/sha256",schemaPath:"#/properties/sha256/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{64}$"},message:"must match pattern \""+"^[0-9a-f]{64}$"+"\"",schema:"^[0-9a-f]{64}$",parentSchema:schema68.properties.sha256,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/sha256",schemaPath:"#/properties/sha256/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema68.properties.sha256.type,parentSchema:schema68.properties.sha256,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.method !== undefined){
let data2 = data.method;
if(typeof data2 !== "string"){
const err7 = {instancePath:instancePath+"/method",schemaPath:"#/properties/method/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema68.properties.method.type,parentSchema:schema68.properties.method,data:data2};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(!((data2 === "extracted") || (data2 === "manual"))){
const err8 = {instancePath:instancePath+"/method",schemaPath:"#/properties/method/enum",keyword:"enum",params:{allowedValues: schema68.properties.method.enum},message:"must be equal to one of the allowed values",schema:schema68.properties.method.enum,parentSchema:schema68.properties.method,data:data2};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.tool !== undefined){
let data3 = data.tool;
if(typeof data3 !== "string"){
const err9 = {instancePath:instancePath+"/tool",schemaPath:"#/properties/tool/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema68.properties.tool.type,parentSchema:schema68.properties.tool,data:data3};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.created !== undefined){
let data4 = data.created;
if(typeof data4 === "string"){
if(!(formats4(data4))){
const err10 = {instancePath:instancePath+"/created",schemaPath:"#/properties/created/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\"",schema:"date-time",parentSchema:schema68.properties.created,data:data4};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
else {
const err11 = {instancePath:instancePath+"/created",schemaPath:"#/properties/created/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema68.properties.created.type,parentSchema:schema68.properties.created,data:data4};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.derivedFrom !== undefined){
let data5 = data.derivedFrom;
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
if(data5.mediaType === undefined){
const err12 = {instancePath:instancePath+"/derivedFrom",schemaPath:"#/definitions/SourceDocument/required",keyword:"required",params:{missingProperty: "mediaType"},message:"must have required property '"+"mediaType"+"'",schema:schema69.required,parentSchema:schema69,data:data5};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(data5.sha256 === undefined){
const err13 = {instancePath:instancePath+"/derivedFrom",schemaPath:"#/definitions/SourceDocument/required",keyword:"required",params:{missingProperty: "sha256"},message:"must have required property '"+"sha256"+"'",schema:schema69.required,parentSchema:schema69,data:data5};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
for(const key1 in data5){
if(!(((key1 === "mediaType") || (key1 === "sha256")) || (key1 === "url"))){
const err14 = {instancePath:instancePath+"/derivedFrom",schemaPath:"#/definitions/SourceDocument/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema69,data:data5};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data5.mediaType !== undefined){
let data6 = data5.mediaType;
if(typeof data6 !== "string"){
const err15 = {instancePath:instancePath+"/derivedFrom/mediaType",schemaPath:"#/definitions/SourceDocument/properties/mediaType/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema69.properties.mediaType.type,parentSchema:schema69.properties.mediaType,data:data6};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data5.sha256 !== undefined){
let data7 = data5.sha256;
if(typeof data7 === "string"){
if(!pattern14.test(data7)){
const err16 = {instancePath:instancePath+"/derivedFrom/sha256",schemaPath:"#/definitions/SourceDocument/properties/sha256/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{64}$"},message:"must match pattern \""+"^[0-9a-f]{64}$"+"\"",schema:"^[0-9a-f]{64}$",parentSchema:schema69.properties.sha256,data:data7};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
else {
const err17 = {instancePath:instancePath+"/derivedFrom/sha256",schemaPath:"#/definitions/SourceDocument/properties/sha256/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema69.properties.sha256.type,parentSchema:schema69.properties.sha256,data:data7};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data5.url !== undefined){
let data8 = data5.url;
if(typeof data8 === "string"){
if(!(formats0(data8))){
const err18 = {instancePath:instancePath+"/derivedFrom/url",schemaPath:"#/definitions/SourceDocument/properties/url/format",keyword:"format",params:{format: "uri"},message:"must match format \""+"uri"+"\"",schema:"uri",parentSchema:schema69.properties.url,data:data8};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
else {
const err19 = {instancePath:instancePath+"/derivedFrom/url",schemaPath:"#/definitions/SourceDocument/properties/url/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema69.properties.url.type,parentSchema:schema69.properties.url,data:data8};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
}
else {
const err20 = {instancePath:instancePath+"/derivedFrom",schemaPath:"#/definitions/SourceDocument/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema69.type,parentSchema:schema69,data:data5};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
}
else {
const err21 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema68.type,parentSchema:schema68,data};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
validate49.errors = vErrors;
return errors === 0;
}


function validate10(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://communique.dev/schemas/news-article/v1.json" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.body === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "body"},message:"must have required property '"+"body"+"'",schema:schema11.required,parentSchema:schema11,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.headline === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "headline"},message:"must have required property '"+"headline"+"'",schema:schema11.required,parentSchema:schema11,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.id === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema11.required,parentSchema:schema11,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.language === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "language"},message:"must have required property '"+"language"+"'",schema:schema11.required,parentSchema:schema11,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.provenance === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "provenance"},message:"must have required property '"+"provenance"+"'",schema:schema11.required,parentSchema:schema11,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.type === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'",schema:schema11.required,parentSchema:schema11,data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
for(const key0 in data){
if(!(func2.call(schema11.properties, key0))){
const err6 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema11,data};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.$schema !== undefined){
let data0 = data.$schema;
if(typeof data0 !== "string"){
const err7 = {instancePath:instancePath+"/$schema",schemaPath:"#/properties/%24schema/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.$schema.type,parentSchema:schema11.properties.$schema,data:data0};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if("https://communique.dev/schemas/news-article/v1.json" !== data0){
const err8 = {instancePath:instancePath+"/$schema",schemaPath:"#/properties/%24schema/const",keyword:"const",params:{allowedValue: "https://communique.dev/schemas/news-article/v1.json"},message:"must be equal to constant",schema:"https://communique.dev/schemas/news-article/v1.json",parentSchema:schema11.properties.$schema,data:data0};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.type !== undefined){
let data1 = data.type;
if(typeof data1 !== "string"){
const err9 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.type.type,parentSchema:schema11.properties.type,data:data1};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if("NewsArticle" !== data1){
const err10 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/const",keyword:"const",params:{allowedValue: "NewsArticle"},message:"must be equal to constant",schema:"NewsArticle",parentSchema:schema11.properties.type,data:data1};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.id !== undefined){
let data2 = data.id;
if(typeof data2 === "string"){
if(!pattern0.test(data2)){
const err11 = {instancePath:instancePath+"/id",schemaPath:"#/definitions/DocumentId/pattern",keyword:"pattern",params:{pattern: "^[a-zA-Z][a-zA-Z0-9+.-]*:[^\\s]+$"},message:"must match pattern \""+"^[a-zA-Z][a-zA-Z0-9+.-]*:[^\\s]+$"+"\"",schema:"^[a-zA-Z][a-zA-Z0-9+.-]*:[^\\s]+$",parentSchema:schema12,data:data2};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
else {
const err12 = {instancePath:instancePath+"/id",schemaPath:"#/definitions/DocumentId/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.type,parentSchema:schema12,data:data2};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.altIds !== undefined){
let data3 = data.altIds;
if(Array.isArray(data3)){
const len0 = data3.length;
for(let i0=0; i0<len0; i0++){
let data4 = data3[i0];
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
if(data4.value === undefined){
const err13 = {instancePath:instancePath+"/altIds/" + i0,schemaPath:"#/definitions/AlternativeId/required",keyword:"required",params:{missingProperty: "value"},message:"must have required property '"+"value"+"'",schema:schema13.required,parentSchema:schema13,data:data4};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
for(const key1 in data4){
if(!((key1 === "value") || (key1 === "role"))){
const err14 = {instancePath:instancePath+"/altIds/" + i0,schemaPath:"#/definitions/AlternativeId/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema13,data:data4};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data4.value !== undefined){
let data5 = data4.value;
if(typeof data5 !== "string"){
const err15 = {instancePath:instancePath+"/altIds/" + i0+"/value",schemaPath:"#/definitions/AlternativeId/properties/value/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema13.properties.value.type,parentSchema:schema13.properties.value,data:data5};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data4.role !== undefined){
let data6 = data4.role;
if(typeof data6 !== "string"){
const err16 = {instancePath:instancePath+"/altIds/" + i0+"/role",schemaPath:"#/definitions/AlternativeId/properties/role/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema13.properties.role.type,parentSchema:schema13.properties.role,data:data6};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
}
else {
const err17 = {instancePath:instancePath+"/altIds/" + i0,schemaPath:"#/definitions/AlternativeId/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema13.type,parentSchema:schema13,data:data4};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
}
else {
const err18 = {instancePath:instancePath+"/altIds",schemaPath:"#/properties/altIds/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.altIds.type,parentSchema:schema11.properties.altIds,data:data3};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data.url !== undefined){
let data7 = data.url;
if(typeof data7 === "string"){
if(!(formats0(data7))){
const err19 = {instancePath:instancePath+"/url",schemaPath:"#/properties/url/format",keyword:"format",params:{format: "uri"},message:"must match format \""+"uri"+"\"",schema:"uri",parentSchema:schema11.properties.url,data:data7};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
else {
const err20 = {instancePath:instancePath+"/url",schemaPath:"#/properties/url/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.url.type,parentSchema:schema11.properties.url,data:data7};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data.links !== undefined){
let data8 = data.links;
if(Array.isArray(data8)){
const len1 = data8.length;
for(let i1=0; i1<len1; i1++){
let data9 = data8[i1];
if(data9 && typeof data9 == "object" && !Array.isArray(data9)){
if(data9.href === undefined){
const err21 = {instancePath:instancePath+"/links/" + i1,schemaPath:"#/definitions/Link/required",keyword:"required",params:{missingProperty: "href"},message:"must have required property '"+"href"+"'",schema:schema14.required,parentSchema:schema14,data:data9};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
for(const key2 in data9){
if(!(((((key2 === "href") || (key2 === "rel")) || (key2 === "contentType")) || (key2 === "language")) || (key2 === "title"))){
const err22 = {instancePath:instancePath+"/links/" + i1,schemaPath:"#/definitions/Link/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema14,data:data9};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data9.href !== undefined){
let data10 = data9.href;
if(typeof data10 === "string"){
if(!(formats0(data10))){
const err23 = {instancePath:instancePath+"/links/" + i1+"/href",schemaPath:"#/definitions/Link/properties/href/format",keyword:"format",params:{format: "uri"},message:"must match format \""+"uri"+"\"",schema:"uri",parentSchema:schema14.properties.href,data:data10};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
else {
const err24 = {instancePath:instancePath+"/links/" + i1+"/href",schemaPath:"#/definitions/Link/properties/href/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema14.properties.href.type,parentSchema:schema14.properties.href,data:data10};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data9.rel !== undefined){
let data11 = data9.rel;
if(typeof data11 !== "string"){
const err25 = {instancePath:instancePath+"/links/" + i1+"/rel",schemaPath:"#/definitions/Link/properties/rel/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema14.properties.rel.type,parentSchema:schema14.properties.rel,data:data11};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data9.contentType !== undefined){
let data12 = data9.contentType;
if(typeof data12 !== "string"){
const err26 = {instancePath:instancePath+"/links/" + i1+"/contentType",schemaPath:"#/definitions/Link/properties/contentType/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema14.properties.contentType.type,parentSchema:schema14.properties.contentType,data:data12};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data9.language !== undefined){
let data13 = data9.language;
if(typeof data13 !== "string"){
const err27 = {instancePath:instancePath+"/links/" + i1+"/language",schemaPath:"#/definitions/Link/properties/language/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema14.properties.language.type,parentSchema:schema14.properties.language,data:data13};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
if(data9.title !== undefined){
let data14 = data9.title;
if(typeof data14 !== "string"){
const err28 = {instancePath:instancePath+"/links/" + i1+"/title",schemaPath:"#/definitions/Link/properties/title/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema14.properties.title.type,parentSchema:schema14.properties.title,data:data14};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
}
else {
const err29 = {instancePath:instancePath+"/links/" + i1,schemaPath:"#/definitions/Link/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema14.type,parentSchema:schema14,data:data9};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
}
else {
const err30 = {instancePath:instancePath+"/links",schemaPath:"#/properties/links/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.links.type,parentSchema:schema11.properties.links,data:data8};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
if(data.headline !== undefined){
let data15 = data.headline;
if(typeof data15 === "string"){
if(data15.length < 1){
const err31 = {instancePath:instancePath+"/headline",schemaPath:"#/properties/headline/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema11.properties.headline,data:data15};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
else {
const err32 = {instancePath:instancePath+"/headline",schemaPath:"#/properties/headline/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.headline.type,parentSchema:schema11.properties.headline,data:data15};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
if(data.headlineSpan !== undefined){
let data16 = data.headlineSpan;
if(data16 && typeof data16 == "object" && !Array.isArray(data16)){
if(data16.end === undefined){
const err33 = {instancePath:instancePath+"/headlineSpan",schemaPath:"#/definitions/TextSpan/required",keyword:"required",params:{missingProperty: "end"},message:"must have required property '"+"end"+"'",schema:schema15.required,parentSchema:schema15,data:data16};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
if(data16.start === undefined){
const err34 = {instancePath:instancePath+"/headlineSpan",schemaPath:"#/definitions/TextSpan/required",keyword:"required",params:{missingProperty: "start"},message:"must have required property '"+"start"+"'",schema:schema15.required,parentSchema:schema15,data:data16};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
for(const key3 in data16){
if(!((key3 === "start") || (key3 === "end"))){
const err35 = {instancePath:instancePath+"/headlineSpan",schemaPath:"#/definitions/TextSpan/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties",schema:false,parentSchema:schema15,data:data16};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
if(data16.start !== undefined){
let data17 = data16.start;
if(!(((typeof data17 == "number") && (!(data17 % 1) && !isNaN(data17))) && (isFinite(data17)))){
const err36 = {instancePath:instancePath+"/headlineSpan/start",schemaPath:"#/definitions/TextSpan/properties/start/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema15.properties.start.type,parentSchema:schema15.properties.start,data:data17};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
if((typeof data17 == "number") && (isFinite(data17))){
if(data17 < 0 || isNaN(data17)){
const err37 = {instancePath:instancePath+"/headlineSpan/start",schemaPath:"#/definitions/TextSpan/properties/start/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema15.properties.start,data:data17};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
}
if(data16.end !== undefined){
let data18 = data16.end;
if(!(((typeof data18 == "number") && (!(data18 % 1) && !isNaN(data18))) && (isFinite(data18)))){
const err38 = {instancePath:instancePath+"/headlineSpan/end",schemaPath:"#/definitions/TextSpan/properties/end/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema15.properties.end.type,parentSchema:schema15.properties.end,data:data18};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
if((typeof data18 == "number") && (isFinite(data18))){
if(data18 < 0 || isNaN(data18)){
const err39 = {instancePath:instancePath+"/headlineSpan/end",schemaPath:"#/definitions/TextSpan/properties/end/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema15.properties.end,data:data18};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
}
}
else {
const err40 = {instancePath:instancePath+"/headlineSpan",schemaPath:"#/definitions/TextSpan/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema15.type,parentSchema:schema15,data:data16};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
if(data.alternativeHeadlines !== undefined){
let data19 = data.alternativeHeadlines;
if(Array.isArray(data19)){
const len2 = data19.length;
for(let i2=0; i2<len2; i2++){
let data20 = data19[i2];
if(data20 && typeof data20 == "object" && !Array.isArray(data20)){
if(data20.text === undefined){
const err41 = {instancePath:instancePath+"/alternativeHeadlines/" + i2,schemaPath:"#/definitions/AlternativeHeadline/required",keyword:"required",params:{missingProperty: "text"},message:"must have required property '"+"text"+"'",schema:schema16.required,parentSchema:schema16,data:data20};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
for(const key4 in data20){
if(!(((key4 === "text") || (key4 === "role")) || (key4 === "contentType"))){
const err42 = {instancePath:instancePath+"/alternativeHeadlines/" + i2,schemaPath:"#/definitions/AlternativeHeadline/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties",schema:false,parentSchema:schema16,data:data20};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
if(data20.text !== undefined){
let data21 = data20.text;
if(typeof data21 === "string"){
if(data21.length < 1){
const err43 = {instancePath:instancePath+"/alternativeHeadlines/" + i2+"/text",schemaPath:"#/definitions/AlternativeHeadline/properties/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema16.properties.text,data:data21};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
else {
const err44 = {instancePath:instancePath+"/alternativeHeadlines/" + i2+"/text",schemaPath:"#/definitions/AlternativeHeadline/properties/text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema16.properties.text.type,parentSchema:schema16.properties.text,data:data21};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
if(data20.role !== undefined){
let data22 = data20.role;
if(typeof data22 !== "string"){
const err45 = {instancePath:instancePath+"/alternativeHeadlines/" + i2+"/role",schemaPath:"#/definitions/AlternativeHeadline/properties/role/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema16.properties.role.type,parentSchema:schema16.properties.role,data:data22};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
if(data20.contentType !== undefined){
let data23 = data20.contentType;
if(typeof data23 !== "string"){
const err46 = {instancePath:instancePath+"/alternativeHeadlines/" + i2+"/contentType",schemaPath:"#/definitions/AlternativeHeadline/properties/contentType/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema16.properties.contentType.type,parentSchema:schema16.properties.contentType,data:data23};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
}
else {
const err47 = {instancePath:instancePath+"/alternativeHeadlines/" + i2,schemaPath:"#/definitions/AlternativeHeadline/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema16.type,parentSchema:schema16,data:data20};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
}
}
else {
const err48 = {instancePath:instancePath+"/alternativeHeadlines",schemaPath:"#/properties/alternativeHeadlines/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.alternativeHeadlines.type,parentSchema:schema11.properties.alternativeHeadlines,data:data19};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
}
if(data.title !== undefined){
let data24 = data.title;
if(typeof data24 !== "string"){
const err49 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.title.type,parentSchema:schema11.properties.title,data:data24};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
}
if(data.slugline !== undefined){
let data25 = data.slugline;
if(typeof data25 !== "string"){
const err50 = {instancePath:instancePath+"/slugline",schemaPath:"#/properties/slugline/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.slugline.type,parentSchema:schema11.properties.slugline,data:data25};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
}
if(data.dateline !== undefined){
if(!(validate11(data.dateline, {instancePath:instancePath+"/dateline",parentData:data,parentDataProperty:"dateline",rootData}))){
vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);
errors = vErrors.length;
}
}
if(data.published !== undefined){
let data27 = data.published;
if(typeof data27 === "string"){
if(!(formats4(data27))){
const err51 = {instancePath:instancePath+"/published",schemaPath:"#/properties/published/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\"",schema:"date-time",parentSchema:schema11.properties.published,data:data27};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
}
else {
const err52 = {instancePath:instancePath+"/published",schemaPath:"#/properties/published/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.published.type,parentSchema:schema11.properties.published,data:data27};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
}
if(data.modified !== undefined){
let data28 = data.modified;
if(typeof data28 === "string"){
if(!(formats4(data28))){
const err53 = {instancePath:instancePath+"/modified",schemaPath:"#/properties/modified/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\"",schema:"date-time",parentSchema:schema11.properties.modified,data:data28};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
}
else {
const err54 = {instancePath:instancePath+"/modified",schemaPath:"#/properties/modified/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.modified.type,parentSchema:schema11.properties.modified,data:data28};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
}
if(data.created !== undefined){
let data29 = data.created;
if(typeof data29 === "string"){
if(!(formats4(data29))){
const err55 = {instancePath:instancePath+"/created",schemaPath:"#/properties/created/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\"",schema:"date-time",parentSchema:schema11.properties.created,data:data29};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
}
else {
const err56 = {instancePath:instancePath+"/created",schemaPath:"#/properties/created/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.created.type,parentSchema:schema11.properties.created,data:data29};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
}
if(data.embargoedUntil !== undefined){
let data30 = data.embargoedUntil;
if(typeof data30 === "string"){
if(!(formats4(data30))){
const err57 = {instancePath:instancePath+"/embargoedUntil",schemaPath:"#/properties/embargoedUntil/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\"",schema:"date-time",parentSchema:schema11.properties.embargoedUntil,data:data30};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
}
else {
const err58 = {instancePath:instancePath+"/embargoedUntil",schemaPath:"#/properties/embargoedUntil/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.embargoedUntil.type,parentSchema:schema11.properties.embargoedUntil,data:data30};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
}
if(data.expires !== undefined){
let data31 = data.expires;
if(typeof data31 === "string"){
if(!(formats4(data31))){
const err59 = {instancePath:instancePath+"/expires",schemaPath:"#/properties/expires/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\"",schema:"date-time",parentSchema:schema11.properties.expires,data:data31};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
}
else {
const err60 = {instancePath:instancePath+"/expires",schemaPath:"#/properties/expires/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.expires.type,parentSchema:schema11.properties.expires,data:data31};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
}
if(data.version !== undefined){
let data32 = data.version;
if(typeof data32 !== "string"){
const err61 = {instancePath:instancePath+"/version",schemaPath:"#/properties/version/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.version.type,parentSchema:schema11.properties.version,data:data32};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
}
if(data.pubStatus !== undefined){
let data33 = data.pubStatus;
if(typeof data33 !== "string"){
const err62 = {instancePath:instancePath+"/pubStatus",schemaPath:"#/definitions/PublicationStatus/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema30.type,parentSchema:schema30,data:data33};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
if(!(((data33 === "canceled") || (data33 === "usable")) || (data33 === "withheld"))){
const err63 = {instancePath:instancePath+"/pubStatus",schemaPath:"#/definitions/PublicationStatus/enum",keyword:"enum",params:{allowedValues: schema30.enum},message:"must be equal to one of the allowed values",schema:schema30.enum,parentSchema:schema30,data:data33};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
}
if(data.urgency !== undefined){
let data34 = data.urgency;
if(!(((typeof data34 == "number") && (!(data34 % 1) && !isNaN(data34))) && (isFinite(data34)))){
const err64 = {instancePath:instancePath+"/urgency",schemaPath:"#/properties/urgency/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema11.properties.urgency.type,parentSchema:schema11.properties.urgency,data:data34};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
if((typeof data34 == "number") && (isFinite(data34))){
if(data34 > 9 || isNaN(data34)){
const err65 = {instancePath:instancePath+"/urgency",schemaPath:"#/properties/urgency/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9},message:"must be <= 9",schema:9,parentSchema:schema11.properties.urgency,data:data34};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
if(data34 < 1 || isNaN(data34)){
const err66 = {instancePath:instancePath+"/urgency",schemaPath:"#/properties/urgency/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema11.properties.urgency,data:data34};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
}
}
if(data.language !== undefined){
let data35 = data.language;
if(typeof data35 === "string"){
if(!pattern4.test(data35)){
const err67 = {instancePath:instancePath+"/language",schemaPath:"#/definitions/LanguageTag/pattern",keyword:"pattern",params:{pattern: "^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{1,8})*$"},message:"must match pattern \""+"^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{1,8})*$"+"\"",schema:"^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{1,8})*$",parentSchema:schema31,data:data35};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
}
else {
const err68 = {instancePath:instancePath+"/language",schemaPath:"#/definitions/LanguageTag/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.type,parentSchema:schema31,data:data35};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
}
}
if(data.byline !== undefined){
if(!(validate19(data.byline, {instancePath:instancePath+"/byline",parentData:data,parentDataProperty:"byline",rootData}))){
vErrors = vErrors === null ? validate19.errors : vErrors.concat(validate19.errors);
errors = vErrors.length;
}
}
if(data.credit !== undefined){
if(!(validate26(data.credit, {instancePath:instancePath+"/credit",parentData:data,parentDataProperty:"credit",rootData}))){
vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
errors = vErrors.length;
}
}
if(data.rights !== undefined){
let data38 = data.rights;
if(data38 && typeof data38 == "object" && !Array.isArray(data38)){
for(const key5 in data38){
if(!(((key5 === "copyrightHolder") || (key5 === "copyrightNotice")) || (key5 === "usageTerms"))){
const err69 = {instancePath:instancePath+"/rights",schemaPath:"#/definitions/Rights/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties",schema:false,parentSchema:schema47,data:data38};
if(vErrors === null){
vErrors = [err69];
}
else {
vErrors.push(err69);
}
errors++;
}
}
if(data38.copyrightHolder !== undefined){
let data39 = data38.copyrightHolder;
if(typeof data39 !== "string"){
const err70 = {instancePath:instancePath+"/rights/copyrightHolder",schemaPath:"#/definitions/Rights/properties/copyrightHolder/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema47.properties.copyrightHolder.type,parentSchema:schema47.properties.copyrightHolder,data:data39};
if(vErrors === null){
vErrors = [err70];
}
else {
vErrors.push(err70);
}
errors++;
}
}
if(data38.copyrightNotice !== undefined){
let data40 = data38.copyrightNotice;
if(typeof data40 !== "string"){
const err71 = {instancePath:instancePath+"/rights/copyrightNotice",schemaPath:"#/definitions/Rights/properties/copyrightNotice/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema47.properties.copyrightNotice.type,parentSchema:schema47.properties.copyrightNotice,data:data40};
if(vErrors === null){
vErrors = [err71];
}
else {
vErrors.push(err71);
}
errors++;
}
}
if(data38.usageTerms !== undefined){
let data41 = data38.usageTerms;
if(typeof data41 !== "string"){
const err72 = {instancePath:instancePath+"/rights/usageTerms",schemaPath:"#/definitions/Rights/properties/usageTerms/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema47.properties.usageTerms.type,parentSchema:schema47.properties.usageTerms,data:data41};
if(vErrors === null){
vErrors = [err72];
}
else {
vErrors.push(err72);
}
errors++;
}
}
}
else {
const err73 = {instancePath:instancePath+"/rights",schemaPath:"#/definitions/Rights/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema47.type,parentSchema:schema47,data:data38};
if(vErrors === null){
vErrors = [err73];
}
else {
vErrors.push(err73);
}
errors++;
}
}
if(data.descriptions !== undefined){
let data42 = data.descriptions;
if(Array.isArray(data42)){
const len3 = data42.length;
for(let i3=0; i3<len3; i3++){
let data43 = data42[i3];
if(data43 && typeof data43 == "object" && !Array.isArray(data43)){
if(data43.text === undefined){
const err74 = {instancePath:instancePath+"/descriptions/" + i3,schemaPath:"#/definitions/Description/required",keyword:"required",params:{missingProperty: "text"},message:"must have required property '"+"text"+"'",schema:schema48.required,parentSchema:schema48,data:data43};
if(vErrors === null){
vErrors = [err74];
}
else {
vErrors.push(err74);
}
errors++;
}
for(const key6 in data43){
if(!(((key6 === "text") || (key6 === "role")) || (key6 === "contentType"))){
const err75 = {instancePath:instancePath+"/descriptions/" + i3,schemaPath:"#/definitions/Description/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key6},message:"must NOT have additional properties",schema:false,parentSchema:schema48,data:data43};
if(vErrors === null){
vErrors = [err75];
}
else {
vErrors.push(err75);
}
errors++;
}
}
if(data43.text !== undefined){
let data44 = data43.text;
if(typeof data44 !== "string"){
const err76 = {instancePath:instancePath+"/descriptions/" + i3+"/text",schemaPath:"#/definitions/Description/properties/text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema48.properties.text.type,parentSchema:schema48.properties.text,data:data44};
if(vErrors === null){
vErrors = [err76];
}
else {
vErrors.push(err76);
}
errors++;
}
}
if(data43.role !== undefined){
let data45 = data43.role;
if(typeof data45 !== "string"){
const err77 = {instancePath:instancePath+"/descriptions/" + i3+"/role",schemaPath:"#/definitions/Description/properties/role/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema48.properties.role.type,parentSchema:schema48.properties.role,data:data45};
if(vErrors === null){
vErrors = [err77];
}
else {
vErrors.push(err77);
}
errors++;
}
}
if(data43.contentType !== undefined){
let data46 = data43.contentType;
if(typeof data46 !== "string"){
const err78 = {instancePath:instancePath+"/descriptions/" + i3+"/contentType",schemaPath:"#/definitions/Description/properties/contentType/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema48.properties.contentType.type,parentSchema:schema48.properties.contentType,data:data46};
if(vErrors === null){
vErrors = [err78];
}
else {
vErrors.push(err78);
}
errors++;
}
}
}
else {
const err79 = {instancePath:instancePath+"/descriptions/" + i3,schemaPath:"#/definitions/Description/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema48.type,parentSchema:schema48,data:data43};
if(vErrors === null){
vErrors = [err79];
}
else {
vErrors.push(err79);
}
errors++;
}
}
}
else {
const err80 = {instancePath:instancePath+"/descriptions",schemaPath:"#/properties/descriptions/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.descriptions.type,parentSchema:schema11.properties.descriptions,data:data42};
if(vErrors === null){
vErrors = [err80];
}
else {
vErrors.push(err80);
}
errors++;
}
}
if(data.body !== undefined){
if(!(validate31(data.body, {instancePath:instancePath+"/body",parentData:data,parentDataProperty:"body",rootData}))){
vErrors = vErrors === null ? validate31.errors : vErrors.concat(validate31.errors);
errors = vErrors.length;
}
}
if(data.subjects !== undefined){
let data48 = data.subjects;
if(Array.isArray(data48)){
const len4 = data48.length;
for(let i4=0; i4<len4; i4++){
let data49 = data48[i4];
if(data49 && typeof data49 == "object" && !Array.isArray(data49)){
for(const key7 in data49){
if(!((((((((key7 === "uri") || (key7 === "qcode")) || (key7 === "code")) || (key7 === "name")) || (key7 === "rel")) || (key7 === "creator")) || (key7 === "relevance")) || (key7 === "confidence"))){
const err81 = {instancePath:instancePath+"/subjects/" + i4,schemaPath:"#/definitions/Subject/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key7},message:"must NOT have additional properties",schema:false,parentSchema:schema53,data:data49};
if(vErrors === null){
vErrors = [err81];
}
else {
vErrors.push(err81);
}
errors++;
}
}
if(data49.uri !== undefined){
let data50 = data49.uri;
if(typeof data50 === "string"){
if(!(formats0(data50))){
const err82 = {instancePath:instancePath+"/subjects/" + i4+"/uri",schemaPath:"#/definitions/Subject/properties/uri/format",keyword:"format",params:{format: "uri"},message:"must match format \""+"uri"+"\"",schema:"uri",parentSchema:schema53.properties.uri,data:data50};
if(vErrors === null){
vErrors = [err82];
}
else {
vErrors.push(err82);
}
errors++;
}
}
else {
const err83 = {instancePath:instancePath+"/subjects/" + i4+"/uri",schemaPath:"#/definitions/Subject/properties/uri/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema53.properties.uri.type,parentSchema:schema53.properties.uri,data:data50};
if(vErrors === null){
vErrors = [err83];
}
else {
vErrors.push(err83);
}
errors++;
}
}
if(data49.qcode !== undefined){
let data51 = data49.qcode;
if(typeof data51 === "string"){
if(!pattern9.test(data51)){
const err84 = {instancePath:instancePath+"/subjects/" + i4+"/qcode",schemaPath:"#/definitions/Subject/properties/qcode/pattern",keyword:"pattern",params:{pattern: "^[a-zA-Z][a-zA-Z0-9-]*:[^\\s:]+$"},message:"must match pattern \""+"^[a-zA-Z][a-zA-Z0-9-]*:[^\\s:]+$"+"\"",schema:"^[a-zA-Z][a-zA-Z0-9-]*:[^\\s:]+$",parentSchema:schema53.properties.qcode,data:data51};
if(vErrors === null){
vErrors = [err84];
}
else {
vErrors.push(err84);
}
errors++;
}
}
else {
const err85 = {instancePath:instancePath+"/subjects/" + i4+"/qcode",schemaPath:"#/definitions/Subject/properties/qcode/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema53.properties.qcode.type,parentSchema:schema53.properties.qcode,data:data51};
if(vErrors === null){
vErrors = [err85];
}
else {
vErrors.push(err85);
}
errors++;
}
}
if(data49.code !== undefined){
let data52 = data49.code;
if(typeof data52 !== "string"){
const err86 = {instancePath:instancePath+"/subjects/" + i4+"/code",schemaPath:"#/definitions/Subject/properties/code/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema53.properties.code.type,parentSchema:schema53.properties.code,data:data52};
if(vErrors === null){
vErrors = [err86];
}
else {
vErrors.push(err86);
}
errors++;
}
}
if(data49.name !== undefined){
let data53 = data49.name;
if(typeof data53 !== "string"){
const err87 = {instancePath:instancePath+"/subjects/" + i4+"/name",schemaPath:"#/definitions/Subject/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema53.properties.name.type,parentSchema:schema53.properties.name,data:data53};
if(vErrors === null){
vErrors = [err87];
}
else {
vErrors.push(err87);
}
errors++;
}
}
if(data49.rel !== undefined){
let data54 = data49.rel;
if(typeof data54 !== "string"){
const err88 = {instancePath:instancePath+"/subjects/" + i4+"/rel",schemaPath:"#/definitions/Subject/properties/rel/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema53.properties.rel.type,parentSchema:schema53.properties.rel,data:data54};
if(vErrors === null){
vErrors = [err88];
}
else {
vErrors.push(err88);
}
errors++;
}
}
if(data49.creator !== undefined){
let data55 = data49.creator;
if(typeof data55 !== "string"){
const err89 = {instancePath:instancePath+"/subjects/" + i4+"/creator",schemaPath:"#/definitions/Subject/properties/creator/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema53.properties.creator.type,parentSchema:schema53.properties.creator,data:data55};
if(vErrors === null){
vErrors = [err89];
}
else {
vErrors.push(err89);
}
errors++;
}
}
if(data49.relevance !== undefined){
let data56 = data49.relevance;
if(!(((typeof data56 == "number") && (!(data56 % 1) && !isNaN(data56))) && (isFinite(data56)))){
const err90 = {instancePath:instancePath+"/subjects/" + i4+"/relevance",schemaPath:"#/definitions/Subject/properties/relevance/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema53.properties.relevance.type,parentSchema:schema53.properties.relevance,data:data56};
if(vErrors === null){
vErrors = [err90];
}
else {
vErrors.push(err90);
}
errors++;
}
if((typeof data56 == "number") && (isFinite(data56))){
if(data56 > 100 || isNaN(data56)){
const err91 = {instancePath:instancePath+"/subjects/" + i4+"/relevance",schemaPath:"#/definitions/Subject/properties/relevance/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100},message:"must be <= 100",schema:100,parentSchema:schema53.properties.relevance,data:data56};
if(vErrors === null){
vErrors = [err91];
}
else {
vErrors.push(err91);
}
errors++;
}
if(data56 < 0 || isNaN(data56)){
const err92 = {instancePath:instancePath+"/subjects/" + i4+"/relevance",schemaPath:"#/definitions/Subject/properties/relevance/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema53.properties.relevance,data:data56};
if(vErrors === null){
vErrors = [err92];
}
else {
vErrors.push(err92);
}
errors++;
}
}
}
if(data49.confidence !== undefined){
let data57 = data49.confidence;
if(!(((typeof data57 == "number") && (!(data57 % 1) && !isNaN(data57))) && (isFinite(data57)))){
const err93 = {instancePath:instancePath+"/subjects/" + i4+"/confidence",schemaPath:"#/definitions/Subject/properties/confidence/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema53.properties.confidence.type,parentSchema:schema53.properties.confidence,data:data57};
if(vErrors === null){
vErrors = [err93];
}
else {
vErrors.push(err93);
}
errors++;
}
if((typeof data57 == "number") && (isFinite(data57))){
if(data57 > 100 || isNaN(data57)){
const err94 = {instancePath:instancePath+"/subjects/" + i4+"/confidence",schemaPath:"#/definitions/Subject/properties/confidence/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100},message:"must be <= 100",schema:100,parentSchema:schema53.properties.confidence,data:data57};
if(vErrors === null){
vErrors = [err94];
}
else {
vErrors.push(err94);
}
errors++;
}
if(data57 < 0 || isNaN(data57)){
const err95 = {instancePath:instancePath+"/subjects/" + i4+"/confidence",schemaPath:"#/definitions/Subject/properties/confidence/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema53.properties.confidence,data:data57};
if(vErrors === null){
vErrors = [err95];
}
else {
vErrors.push(err95);
}
errors++;
}
}
}
}
else {
const err96 = {instancePath:instancePath+"/subjects/" + i4,schemaPath:"#/definitions/Subject/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema53.type,parentSchema:schema53,data:data49};
if(vErrors === null){
vErrors = [err96];
}
else {
vErrors.push(err96);
}
errors++;
}
}
}
else {
const err97 = {instancePath:instancePath+"/subjects",schemaPath:"#/properties/subjects/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.subjects.type,parentSchema:schema11.properties.subjects,data:data48};
if(vErrors === null){
vErrors = [err97];
}
else {
vErrors.push(err97);
}
errors++;
}
}
if(data.keywords !== undefined){
let data58 = data.keywords;
if(Array.isArray(data58)){
const len5 = data58.length;
for(let i5=0; i5<len5; i5++){
let data59 = data58[i5];
if(typeof data59 === "string"){
if(data59.length < 1){
const err98 = {instancePath:instancePath+"/keywords/" + i5,schemaPath:"#/properties/keywords/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema11.properties.keywords.items,data:data59};
if(vErrors === null){
vErrors = [err98];
}
else {
vErrors.push(err98);
}
errors++;
}
}
else {
const err99 = {instancePath:instancePath+"/keywords/" + i5,schemaPath:"#/properties/keywords/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.keywords.items.type,parentSchema:schema11.properties.keywords.items,data:data59};
if(vErrors === null){
vErrors = [err99];
}
else {
vErrors.push(err99);
}
errors++;
}
}
}
else {
const err100 = {instancePath:instancePath+"/keywords",schemaPath:"#/properties/keywords/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.keywords.type,parentSchema:schema11.properties.keywords,data:data58};
if(vErrors === null){
vErrors = [err100];
}
else {
vErrors.push(err100);
}
errors++;
}
}
if(data.section !== undefined){
let data60 = data.section;
if(typeof data60 !== "string"){
const err101 = {instancePath:instancePath+"/section",schemaPath:"#/properties/section/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.section.type,parentSchema:schema11.properties.section,data:data60};
if(vErrors === null){
vErrors = [err101];
}
else {
vErrors.push(err101);
}
errors++;
}
}
if(data.genre !== undefined){
let data61 = data.genre;
if(data61 && typeof data61 == "object" && !Array.isArray(data61)){
if(data61.uri === undefined){
const err102 = {instancePath:instancePath+"/genre",schemaPath:"#/definitions/ConceptRef/required",keyword:"required",params:{missingProperty: "uri"},message:"must have required property '"+"uri"+"'",schema:schema54.required,parentSchema:schema54,data:data61};
if(vErrors === null){
vErrors = [err102];
}
else {
vErrors.push(err102);
}
errors++;
}
for(const key8 in data61){
if(!(((key8 === "uri") || (key8 === "qcode")) || (key8 === "name"))){
const err103 = {instancePath:instancePath+"/genre",schemaPath:"#/definitions/ConceptRef/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key8},message:"must NOT have additional properties",schema:false,parentSchema:schema54,data:data61};
if(vErrors === null){
vErrors = [err103];
}
else {
vErrors.push(err103);
}
errors++;
}
}
if(data61.uri !== undefined){
let data62 = data61.uri;
if(typeof data62 === "string"){
if(!(formats0(data62))){
const err104 = {instancePath:instancePath+"/genre/uri",schemaPath:"#/definitions/ConceptRef/properties/uri/format",keyword:"format",params:{format: "uri"},message:"must match format \""+"uri"+"\"",schema:"uri",parentSchema:schema54.properties.uri,data:data62};
if(vErrors === null){
vErrors = [err104];
}
else {
vErrors.push(err104);
}
errors++;
}
}
else {
const err105 = {instancePath:instancePath+"/genre/uri",schemaPath:"#/definitions/ConceptRef/properties/uri/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema54.properties.uri.type,parentSchema:schema54.properties.uri,data:data62};
if(vErrors === null){
vErrors = [err105];
}
else {
vErrors.push(err105);
}
errors++;
}
}
if(data61.qcode !== undefined){
let data63 = data61.qcode;
if(typeof data63 === "string"){
if(!pattern9.test(data63)){
const err106 = {instancePath:instancePath+"/genre/qcode",schemaPath:"#/definitions/ConceptRef/properties/qcode/pattern",keyword:"pattern",params:{pattern: "^[a-zA-Z][a-zA-Z0-9-]*:[^\\s:]+$"},message:"must match pattern \""+"^[a-zA-Z][a-zA-Z0-9-]*:[^\\s:]+$"+"\"",schema:"^[a-zA-Z][a-zA-Z0-9-]*:[^\\s:]+$",parentSchema:schema54.properties.qcode,data:data63};
if(vErrors === null){
vErrors = [err106];
}
else {
vErrors.push(err106);
}
errors++;
}
}
else {
const err107 = {instancePath:instancePath+"/genre/qcode",schemaPath:"#/definitions/ConceptRef/properties/qcode/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema54.properties.qcode.type,parentSchema:schema54.properties.qcode,data:data63};
if(vErrors === null){
vErrors = [err107];
}
else {
vErrors.push(err107);
}
errors++;
}
}
if(data61.name !== undefined){
let data64 = data61.name;
if(typeof data64 !== "string"){
const err108 = {instancePath:instancePath+"/genre/name",schemaPath:"#/definitions/ConceptRef/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema54.properties.name.type,parentSchema:schema54.properties.name,data:data64};
if(vErrors === null){
vErrors = [err108];
}
else {
vErrors.push(err108);
}
errors++;
}
}
}
else {
const err109 = {instancePath:instancePath+"/genre",schemaPath:"#/definitions/ConceptRef/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema54.type,parentSchema:schema54,data:data61};
if(vErrors === null){
vErrors = [err109];
}
else {
vErrors.push(err109);
}
errors++;
}
}
if(data.people !== undefined){
let data65 = data.people;
if(Array.isArray(data65)){
const len6 = data65.length;
for(let i6=0; i6<len6; i6++){
if(!(validate20(data65[i6], {instancePath:instancePath+"/people/" + i6,parentData:data65,parentDataProperty:i6,rootData}))){
vErrors = vErrors === null ? validate20.errors : vErrors.concat(validate20.errors);
errors = vErrors.length;
}
}
}
else {
const err110 = {instancePath:instancePath+"/people",schemaPath:"#/properties/people/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.people.type,parentSchema:schema11.properties.people,data:data65};
if(vErrors === null){
vErrors = [err110];
}
else {
vErrors.push(err110);
}
errors++;
}
}
if(data.organizations !== undefined){
let data67 = data.organizations;
if(Array.isArray(data67)){
const len7 = data67.length;
for(let i7=0; i7<len7; i7++){
if(!(validate27(data67[i7], {instancePath:instancePath+"/organizations/" + i7,parentData:data67,parentDataProperty:i7,rootData}))){
vErrors = vErrors === null ? validate27.errors : vErrors.concat(validate27.errors);
errors = vErrors.length;
}
}
}
else {
const err111 = {instancePath:instancePath+"/organizations",schemaPath:"#/properties/organizations/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.organizations.type,parentSchema:schema11.properties.organizations,data:data67};
if(vErrors === null){
vErrors = [err111];
}
else {
vErrors.push(err111);
}
errors++;
}
}
if(data.places !== undefined){
let data69 = data.places;
if(Array.isArray(data69)){
const len8 = data69.length;
for(let i8=0; i8<len8; i8++){
if(!(validate12(data69[i8], {instancePath:instancePath+"/places/" + i8,parentData:data69,parentDataProperty:i8,rootData}))){
vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors);
errors = vErrors.length;
}
}
}
else {
const err112 = {instancePath:instancePath+"/places",schemaPath:"#/properties/places/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.places.type,parentSchema:schema11.properties.places,data:data69};
if(vErrors === null){
vErrors = [err112];
}
else {
vErrors.push(err112);
}
errors++;
}
}
if(data.countries !== undefined){
let data71 = data.countries;
if(Array.isArray(data71)){
const len9 = data71.length;
for(let i9=0; i9<len9; i9++){
if(!(validate38(data71[i9], {instancePath:instancePath+"/countries/" + i9,parentData:data71,parentDataProperty:i9,rootData}))){
vErrors = vErrors === null ? validate38.errors : vErrors.concat(validate38.errors);
errors = vErrors.length;
}
}
}
else {
const err113 = {instancePath:instancePath+"/countries",schemaPath:"#/properties/countries/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.countries.type,parentSchema:schema11.properties.countries,data:data71};
if(vErrors === null){
vErrors = [err113];
}
else {
vErrors.push(err113);
}
errors++;
}
}
if(data.quotes !== undefined){
let data73 = data.quotes;
if(Array.isArray(data73)){
const len10 = data73.length;
for(let i10=0; i10<len10; i10++){
if(!(validate42(data73[i10], {instancePath:instancePath+"/quotes/" + i10,parentData:data73,parentDataProperty:i10,rootData}))){
vErrors = vErrors === null ? validate42.errors : vErrors.concat(validate42.errors);
errors = vErrors.length;
}
}
}
else {
const err114 = {instancePath:instancePath+"/quotes",schemaPath:"#/properties/quotes/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.quotes.type,parentSchema:schema11.properties.quotes,data:data73};
if(vErrors === null){
vErrors = [err114];
}
else {
vErrors.push(err114);
}
errors++;
}
}
if(data.reports !== undefined){
let data75 = data.reports;
if(Array.isArray(data75)){
const len11 = data75.length;
for(let i11=0; i11<len11; i11++){
let data76 = data75[i11];
if(typeof data76 === "string"){
if(!pattern0.test(data76)){
const err115 = {instancePath:instancePath+"/reports/" + i11,schemaPath:"#/definitions/DocumentId/pattern",keyword:"pattern",params:{pattern: "^[a-zA-Z][a-zA-Z0-9+.-]*:[^\\s]+$"},message:"must match pattern \""+"^[a-zA-Z][a-zA-Z0-9+.-]*:[^\\s]+$"+"\"",schema:"^[a-zA-Z][a-zA-Z0-9+.-]*:[^\\s]+$",parentSchema:schema12,data:data76};
if(vErrors === null){
vErrors = [err115];
}
else {
vErrors.push(err115);
}
errors++;
}
}
else {
const err116 = {instancePath:instancePath+"/reports/" + i11,schemaPath:"#/definitions/DocumentId/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.type,parentSchema:schema12,data:data76};
if(vErrors === null){
vErrors = [err116];
}
else {
vErrors.push(err116);
}
errors++;
}
}
}
else {
const err117 = {instancePath:instancePath+"/reports",schemaPath:"#/properties/reports/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.reports.type,parentSchema:schema11.properties.reports,data:data75};
if(vErrors === null){
vErrors = [err117];
}
else {
vErrors.push(err117);
}
errors++;
}
}
if(data.media !== undefined){
let data77 = data.media;
if(Array.isArray(data77)){
const len12 = data77.length;
for(let i12=0; i12<len12; i12++){
if(!(validate47(data77[i12], {instancePath:instancePath+"/media/" + i12,parentData:data77,parentDataProperty:i12,rootData}))){
vErrors = vErrors === null ? validate47.errors : vErrors.concat(validate47.errors);
errors = vErrors.length;
}
}
}
else {
const err118 = {instancePath:instancePath+"/media",schemaPath:"#/properties/media/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.media.type,parentSchema:schema11.properties.media,data:data77};
if(vErrors === null){
vErrors = [err118];
}
else {
vErrors.push(err118);
}
errors++;
}
}
if(data.editorialNote !== undefined){
let data79 = data.editorialNote;
if(typeof data79 !== "string"){
const err119 = {instancePath:instancePath+"/editorialNote",schemaPath:"#/properties/editorialNote/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.editorialNote.type,parentSchema:schema11.properties.editorialNote,data:data79};
if(vErrors === null){
vErrors = [err119];
}
else {
vErrors.push(err119);
}
errors++;
}
}
if(data.profile !== undefined){
let data80 = data.profile;
if(typeof data80 !== "string"){
const err120 = {instancePath:instancePath+"/profile",schemaPath:"#/properties/profile/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.profile.type,parentSchema:schema11.properties.profile,data:data80};
if(vErrors === null){
vErrors = [err120];
}
else {
vErrors.push(err120);
}
errors++;
}
}
if(data.representation !== undefined){
let data81 = data.representation;
if(typeof data81 !== "string"){
const err121 = {instancePath:instancePath+"/representation",schemaPath:"#/properties/representation/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.representation.type,parentSchema:schema11.properties.representation,data:data81};
if(vErrors === null){
vErrors = [err121];
}
else {
vErrors.push(err121);
}
errors++;
}
if(!((data81 === "full") || (data81 === "partial"))){
const err122 = {instancePath:instancePath+"/representation",schemaPath:"#/properties/representation/enum",keyword:"enum",params:{allowedValues: schema11.properties.representation.enum},message:"must be equal to one of the allowed values",schema:schema11.properties.representation.enum,parentSchema:schema11.properties.representation,data:data81};
if(vErrors === null){
vErrors = [err122];
}
else {
vErrors.push(err122);
}
errors++;
}
}
if(data.provenance !== undefined){
if(!(validate49(data.provenance, {instancePath:instancePath+"/provenance",parentData:data,parentDataProperty:"provenance",rootData}))){
vErrors = vErrors === null ? validate49.errors : vErrors.concat(validate49.errors);
errors = vErrors.length;
}
}
if(data.extensions !== undefined){
let data83 = data.extensions;
if(data83 && typeof data83 == "object" && !Array.isArray(data83)){
for(const key9 in data83){
const _errs181 = errors;
if(typeof key9 === "string"){
if(!pattern16.test(key9)){
const err123 = {instancePath:instancePath+"/extensions",schemaPath:"#/definitions/Extensions/propertyNames/pattern",keyword:"pattern",params:{pattern: "^([a-z][a-z0-9]*(\\.[a-z0-9-]+)+:[A-Za-z0-9._-]+|x-[a-z0-9-]+)$"},message:"must match pattern \""+"^([a-z][a-z0-9]*(\\.[a-z0-9-]+)+:[A-Za-z0-9._-]+|x-[a-z0-9-]+)$"+"\"",schema:"^([a-z][a-z0-9]*(\\.[a-z0-9-]+)+:[A-Za-z0-9._-]+|x-[a-z0-9-]+)$",parentSchema:schema70.propertyNames,data:key9,propertyName:key9};
if(vErrors === null){
vErrors = [err123];
}
else {
vErrors.push(err123);
}
errors++;
}
}
var valid48 = _errs181 === errors;
if(!valid48){
const err124 = {instancePath:instancePath+"/extensions",schemaPath:"#/definitions/Extensions/propertyNames",keyword:"propertyNames",params:{propertyName: key9},message:"property name must be valid",schema:schema70.propertyNames,parentSchema:schema70,data:data83};
if(vErrors === null){
vErrors = [err124];
}
else {
vErrors.push(err124);
}
errors++;
}
}
}
else {
const err125 = {instancePath:instancePath+"/extensions",schemaPath:"#/definitions/Extensions/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema70.type,parentSchema:schema70,data:data83};
if(vErrors === null){
vErrors = [err125];
}
else {
vErrors.push(err125);
}
errors++;
}
}
}
else {
const err126 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.type,parentSchema:schema11,data};
if(vErrors === null){
vErrors = [err126];
}
else {
vErrors.push(err126);
}
errors++;
}
validate10.errors = vErrors;
return errors === 0;
}
