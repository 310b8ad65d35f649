// @ts-nocheck
// Generated from schema/news-article.schema.json by `npm run generate` (@communique/schema-build); do not edit by hand.
const runtime0 = function ucs2length(str) {
    const len = str.length;
    let length = 0;
    let pos = 0;
    let value;
    while (pos < len) {
        length++;
        value = str.charCodeAt(pos++);
        if (value >= 0xd800 && value <= 0xdbff && pos < len) {
            // high surrogate, and there is a next character
            value = str.charCodeAt(pos);
            if ((value & 0xfc00) === 0xdc00)
                pos++; // low surrogate
        }
    }
    return length;
};
import { fullFormats as runtime1 } from "ajv-formats/dist/formats.js";
export const schemaId = "https://communique.dev/schemas/news-article/v1.json";
export const definitionPaths = {
  "CountryCode": [
    "/byline/authors/*/posts/*/country",
    "/countries/*/code",
    "/credit/provider/country",
    "/dateline/place/country",
    "/organizations/*/country",
    "/people/*/posts/*/country",
    "/places/*/country"
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
  "PartialDate": [
    "/dateline/date"
  ],
  "CountryRef": [
    "/countries/*"
  ]
};
const escapeKey = (key) => key.replace(/~/g, "~0").replace(/\//g, "~1");
/** Runs each model rule on every value of its definition; generated from the schema, see @communique/schema-build. */
export function walkModelRules(data, rules, issues, toIssue) {
  const rule0 = rules.CountryCode;
  const rule1 = rules.TextSpan;
  const rule2 = rules.PartialDate;
  const rule3 = rules.CountryRef;
  let breach;
  if (typeof data === "object" && data !== null) {
    const v1 = data.byline;
    if (v1 !== undefined) {
      if (typeof v1 === "object" && v1 !== null) {
        const v2 = v1.authors;
        if (v2 !== undefined) {
          if (Array.isArray(v2)) {
            for (let i3 = 0; i3 < v2.length; i3++) {
              const v3 = v2[i3];
              if (typeof v3 === "object" && v3 !== null) {
                const v4 = v3.posts;
                if (v4 !== undefined) {
                  if (Array.isArray(v4)) {
                    for (let i5 = 0; i5 < v4.length; i5++) {
                      const v5 = v4[i5];
                      if (typeof v5 === "object" && v5 !== null) {
                        const v6 = v5.country;
                        if (v6 !== undefined) {
                          if ((breach = rule0(v6)) !== undefined) issues.push(toIssue(breach, "/byline/authors/" + i3 + "/posts/" + i5 + "/country"));
                        }
                        const v7 = v5.span;
                        if (v7 !== undefined) {
                          if ((breach = rule1(v7)) !== undefined) issues.push(toIssue(breach, "/byline/authors/" + i3 + "/posts/" + i5 + "/span"));
                        }
                      }
                    }
                  }
                }
                const v8 = v3.mentions;
                if (v8 !== undefined) {
                  if (Array.isArray(v8)) {
                    for (let i9 = 0; i9 < v8.length; i9++) {
                      const v9 = v8[i9];
                      if (typeof v9 === "object" && v9 !== null) {
                        const v10 = v9.span;
                        if (v10 !== undefined) {
                          if ((breach = rule1(v10)) !== undefined) issues.push(toIssue(breach, "/byline/authors/" + i3 + "/mentions/" + i9 + "/span"));
                        }
                      }
                    }
                  }
                }
              }
            }
          }
        }
        const v11 = v1.span;
        if (v11 !== undefined) {
          if ((breach = rule1(v11)) !== undefined) issues.push(toIssue(breach, "/byline/span"));
        }
      }
    }
    const v12 = data.countries;
    if (v12 !== undefined) {
      if (Array.isArray(v12)) {
        for (let i13 = 0; i13 < v12.length; i13++) {
          const v13 = v12[i13];
          if ((breach = rule3(v13)) !== undefined) issues.push(toIssue(breach, "/countries/" + i13));
          if (typeof v13 === "object" && v13 !== null) {
            const v14 = v13.code;
            if (v14 !== undefined) {
              if ((breach = rule0(v14)) !== undefined) issues.push(toIssue(breach, "/countries/" + i13 + "/code"));
            }
            const v15 = v13.mentions;
            if (v15 !== undefined) {
              if (Array.isArray(v15)) {
                for (let i16 = 0; i16 < v15.length; i16++) {
                  const v16 = v15[i16];
                  if (typeof v16 === "object" && v16 !== null) {
                    const v17 = v16.span;
                    if (v17 !== undefined) {
                      if ((breach = rule1(v17)) !== undefined) issues.push(toIssue(breach, "/countries/" + i13 + "/mentions/" + i16 + "/span"));
                    }
                  }
                }
              }
            }
          }
        }
      }
    }
    const v18 = data.credit;
    if (v18 !== undefined) {
      if (typeof v18 === "object" && v18 !== null) {
        const v19 = v18.provider;
        if (v19 !== undefined) {
          if (typeof v19 === "object" && v19 !== null) {
            const v20 = v19.country;
            if (v20 !== undefined) {
              if ((breach = rule0(v20)) !== undefined) issues.push(toIssue(breach, "/credit/provider/country"));
            }
            const v21 = v19.mentions;
            if (v21 !== undefined) {
              if (Array.isArray(v21)) {
                for (let i22 = 0; i22 < v21.length; i22++) {
                  const v22 = v21[i22];
                  if (typeof v22 === "object" && v22 !== null) {
                    const v23 = v22.span;
                    if (v23 !== undefined) {
                      if ((breach = rule1(v23)) !== undefined) issues.push(toIssue(breach, "/credit/provider/mentions/" + i22 + "/span"));
                    }
                  }
                }
              }
            }
          }
        }
        const v24 = v18.span;
        if (v24 !== undefined) {
          if ((breach = rule1(v24)) !== undefined) issues.push(toIssue(breach, "/credit/span"));
        }
      }
    }
    const v25 = data.dateline;
    if (v25 !== undefined) {
      if (typeof v25 === "object" && v25 !== null) {
        const v26 = v25.place;
        if (v26 !== undefined) {
          if (typeof v26 === "object" && v26 !== null) {
            const v27 = v26.country;
            if (v27 !== undefined) {
              if ((breach = rule0(v27)) !== undefined) issues.push(toIssue(breach, "/dateline/place/country"));
            }
            const v28 = v26.mentions;
            if (v28 !== undefined) {
              if (Array.isArray(v28)) {
                for (let i29 = 0; i29 < v28.length; i29++) {
                  const v29 = v28[i29];
                  if (typeof v29 === "object" && v29 !== null) {
                    const v30 = v29.span;
                    if (v30 !== undefined) {
                      if ((breach = rule1(v30)) !== undefined) issues.push(toIssue(breach, "/dateline/place/mentions/" + i29 + "/span"));
                    }
                  }
                }
              }
            }
          }
        }
        const v31 = v25.date;
        if (v31 !== undefined) {
          if ((breach = rule2(v31)) !== undefined) issues.push(toIssue(breach, "/dateline/date"));
          if (typeof v31 === "object" && v31 !== null) {
            const v32 = v31.span;
            if (v32 !== undefined) {
              if ((breach = rule1(v32)) !== undefined) issues.push(toIssue(breach, "/dateline/date/span"));
            }
          }
        }
        const v33 = v25.span;
        if (v33 !== undefined) {
          if ((breach = rule1(v33)) !== undefined) issues.push(toIssue(breach, "/dateline/span"));
        }
      }
    }
    const v34 = data.organizations;
    if (v34 !== undefined) {
      if (Array.isArray(v34)) {
        for (let i35 = 0; i35 < v34.length; i35++) {
          const v35 = v34[i35];
          if (typeof v35 === "object" && v35 !== null) {
            const v36 = v35.country;
            if (v36 !== undefined) {
              if ((breach = rule0(v36)) !== undefined) issues.push(toIssue(breach, "/organizations/" + i35 + "/country"));
            }
            const v37 = v35.mentions;
            if (v37 !== undefined) {
              if (Array.isArray(v37)) {
                for (let i38 = 0; i38 < v37.length; i38++) {
                  const v38 = v37[i38];
                  if (typeof v38 === "object" && v38 !== null) {
                    const v39 = v38.span;
                    if (v39 !== undefined) {
                      if ((breach = rule1(v39)) !== undefined) issues.push(toIssue(breach, "/organizations/" + i35 + "/mentions/" + i38 + "/span"));
                    }
                  }
                }
              }
            }
          }
        }
      }
    }
    const v40 = data.people;
    if (v40 !== undefined) {
      if (Array.isArray(v40)) {
        for (let i41 = 0; i41 < v40.length; i41++) {
          const v41 = v40[i41];
          if (typeof v41 === "object" && v41 !== null) {
            const v42 = v41.posts;
            if (v42 !== undefined) {
              if (Array.isArray(v42)) {
                for (let i43 = 0; i43 < v42.length; i43++) {
                  const v43 = v42[i43];
                  if (typeof v43 === "object" && v43 !== null) {
                    const v44 = v43.country;
                    if (v44 !== undefined) {
                      if ((breach = rule0(v44)) !== undefined) issues.push(toIssue(breach, "/people/" + i41 + "/posts/" + i43 + "/country"));
                    }
                    const v45 = v43.span;
                    if (v45 !== undefined) {
                      if ((breach = rule1(v45)) !== undefined) issues.push(toIssue(breach, "/people/" + i41 + "/posts/" + i43 + "/span"));
                    }
                  }
                }
              }
            }
            const v46 = v41.mentions;
            if (v46 !== undefined) {
              if (Array.isArray(v46)) {
                for (let i47 = 0; i47 < v46.length; i47++) {
                  const v47 = v46[i47];
                  if (typeof v47 === "object" && v47 !== null) {
                    const v48 = v47.span;
                    if (v48 !== undefined) {
                      if ((breach = rule1(v48)) !== undefined) issues.push(toIssue(breach, "/people/" + i41 + "/mentions/" + i47 + "/span"));
                    }
                  }
                }
              }
            }
          }
        }
      }
    }
    const v49 = data.places;
    if (v49 !== undefined) {
      if (Array.isArray(v49)) {
        for (let i50 = 0; i50 < v49.length; i50++) {
          const v50 = v49[i50];
          if (typeof v50 === "object" && v50 !== null) {
            const v51 = v50.country;
            if (v51 !== undefined) {
              if ((breach = rule0(v51)) !== undefined) issues.push(toIssue(breach, "/places/" + i50 + "/country"));
            }
            const v52 = v50.mentions;
            if (v52 !== undefined) {
              if (Array.isArray(v52)) {
                for (let i53 = 0; i53 < v52.length; i53++) {
                  const v53 = v52[i53];
                  if (typeof v53 === "object" && v53 !== null) {
                    const v54 = v53.span;
                    if (v54 !== undefined) {
                      if ((breach = rule1(v54)) !== undefined) issues.push(toIssue(breach, "/places/" + i50 + "/mentions/" + i53 + "/span"));
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
              if (typeof v57 === "object" && v57 !== null) {
                const v58 = v57.span;
                if (v58 !== undefined) {
                  if ((breach = rule1(v58)) !== undefined) issues.push(toIssue(breach, "/body/paragraphs/" + i57 + "/span"));
                }
              }
            }
          }
        }
      }
    }
    const v59 = data.headlineSpan;
    if (v59 !== undefined) {
      if ((breach = rule1(v59)) !== undefined) issues.push(toIssue(breach, "/headlineSpan"));
    }
    const v60 = data.quotes;
    if (v60 !== undefined) {
      if (Array.isArray(v60)) {
        for (let i61 = 0; i61 < v60.length; i61++) {
          const v61 = v60[i61];
          if (typeof v61 === "object" && v61 !== null) {
            const v62 = v61.attribution;
            if (v62 !== undefined) {
              if (typeof v62 === "object" && v62 !== null) {
                const v63 = v62.cue;
                if (v63 !== undefined) {
                  if (typeof v63 === "object" && v63 !== null) {
                    const v64 = v63.span;
                    if (v64 !== undefined) {
                      if ((breach = rule1(v64)) !== undefined) issues.push(toIssue(breach, "/quotes/" + i61 + "/attribution/cue/span"));
                    }
                  }
                }
              }
            }
            const v65 = v61.span;
            if (v65 !== undefined) {
              if ((breach = rule1(v65)) !== undefined) issues.push(toIssue(breach, "/quotes/" + i61 + "/span"));
            }
          }
        }
      }
    }
  }
}
export const validate = validate10;
export default validate10;
const schema11 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://communique.dev/schemas/news-article/v1.json","$comment":"Generated from src/news-article.ts (NewsArticle) by `npm run generate`; do not edit by hand.","title":"NewsArticle","description":"A news article: a wire story or web article, its metadata, its body with exact positions in the\noriginal text, and what it mentions, quotes and reports.\n\nninjs: a `type: \"text\"` item · schema.org: `NewsArticle` · NewsML-G2: `newsItem`.","type":"object","properties":{"$schema":{"description":"The URI of the schema this instance follows; optional, and when given it must be this schema's `$id`.","type":"string","const":"https://communique.dev/schemas/news-article/v1.json"},"type":{"description":"The model this document is an instance of. schema.org: `@type`.","type":"string","const":"NewsArticle"},"id":{"$ref":"#/definitions/DocumentId","description":"The article's id. ninjs: `uri` · schema.org: `@id`/`identifier` · NewsML-G2: `@guid`."},"headline":{"description":"The main headline, as written.\nninjs: `headlines[role=main].value` · schema.org: `headline` · NewsML-G2: `headline`.","minLength":1,"type":"string"},"headlineSpan":{"$ref":"#/definitions/TextSpan","description":"Where the headline stands in the original text."},"dateline":{"$ref":"#/definitions/Dateline","description":"Where and when the story was filed, as the dateline gives it.\nninjs: `located` · schema.org: `dateline`, `locationCreated` · NewsML-G2: `dateline`, `located`."},"published":{"description":"When the article was first published, as a date-time with an offset.\nninjs: `firstcreated` · schema.org: `datePublished` · NewsML-G2: `firstCreated`.","format":"date-time","type":"string"},"modified":{"description":"When this version was last changed.\nninjs: `versioncreated` · schema.org: `dateModified` · NewsML-G2: `versionCreated`.","format":"date-time","type":"string"},"language":{"$ref":"#/definitions/LanguageTag","description":"The language of the text. ninjs: `language` · schema.org: `inLanguage` · NewsML-G2: `@xml:lang`."},"byline":{"$ref":"#/definitions/Byline","description":"The byline as written, e.g. `By Jane Doe, Staff Writer`. ninjs: `bylines[].byline` · NewsML-G2: `by`."},"credit":{"$ref":"#/definitions/CreditLine","description":"The credit line naming the provider, e.g. `Source: Qatar News Agency`."},"body":{"$ref":"#/definitions/Body","description":"The article body: its paragraphs, in order. ninjs: `bodies[]` · schema.org: `articleBody` · NewsML-G2: `contentSet`."},"subjects":{"description":"What the article is about, as IPTC Media Topics. ninjs: `subjects[]` · schema.org: `about` · NewsML-G2: `subject`.","type":"array","items":{"$ref":"#/definitions/ConceptRef"}},"genre":{"$ref":"#/definitions/ConceptRef","description":"The journalistic genre, as an IPTC genre concept. ninjs: `genres[]` · schema.org: `genre` · NewsML-G2: `genre`."},"people":{"description":"The people the article names, with the posts it gives them. ninjs: `people[]` · schema.org: `mentions` (Person).","type":"array","items":{"$ref":"#/definitions/PersonWithPosts"}},"organizations":{"description":"The organizations the article names. ninjs: `organisations[]` · schema.org: `mentions` (Organization).","type":"array","items":{"$ref":"#/definitions/Organization"}},"places":{"description":"The places the article names. ninjs: `places[]` · schema.org: `contentLocation`/`mentions` (Place).","type":"array","items":{"$ref":"#/definitions/Place"}},"countries":{"description":"The countries the article names, normalized, with every naming as written. ninjs: `places[]` · schema.org: `mentions` (Country).","type":"array","items":{"$ref":"#/definitions/CountryRef"}},"quotes":{"description":"Passages the article quotes, with their attribution. schema.org: `Quotation` · NewsML-G2: `inlineRef`.","type":"array","items":{"$ref":"#/definitions/Quote"}},"reports":{"description":"The ids of the joint statements the article reports. schema.org: `isBasedOn`/`about` · NewsML-G2: `link[rel=irel:reports]`.","items":{"$ref":"#/definitions/DocumentId"},"type":"array"},"provenance":{"$ref":"#/definitions/Provenance","description":"Where the instance came from, and a fingerprint of the original text its spans point into."},"extensions":{"$ref":"#/definitions/Extensions","description":"Data outside the model, under namespaced keys."}},"additionalProperties":false,"required":["body","headline","id","language","provenance","type"],"definitions":{"Attribution":{"description":"The source a quotation is attributed to.\n\nschema.org: `Quotation.creator`/`isBasedOn` · Popolo: `Speech.creator_id` · Akoma Ntoso:\n`quotedText@for`.","type":"object","properties":{"kind":{"$ref":"#/definitions/AttributionKind","description":"What kind of source it is."},"ref":{"description":"Who it is: the local id of a person or organization in the same document (`lim-sung-nam`), or\nthe document id of a statement (`urn:communique:joint-statement:…`). Absent when `kind` is `unknown`.","type":"string"},"cue":{"$ref":"#/definitions/Mention","description":"The words that attribute the quotation, e.g. `the allies said in their joint statement`."}},"additionalProperties":false,"required":["kind"]},"AttributionKind":{"description":"Who a quotation is attributed to: a person, an organization, a statement (a document), or no\none the text names.","enum":["organization","person","statement","unknown"],"type":"string"},"Body":{"description":"The article body. ninjs: `bodies[]` · schema.org: `articleBody` · NewsML-G2: `inlineXML`/`inlineData`.","type":"object","properties":{"paragraphs":{"description":"The paragraphs in reading order, each verbatim.","minItems":1,"type":"array","items":{"$ref":"#/definitions/Paragraph"}}},"additionalProperties":false,"required":["paragraphs"]},"Byline":{"description":"A byline: who wrote the story, as written and as people. ninjs: `bylines[]` · schema.org: `author` · NewsML-G2: `by`, `creator`.","type":"object","properties":{"text":{"description":"The byline as written.","type":"string"},"span":{"$ref":"#/definitions/TextSpan","description":"Where the byline stands in the original text."},"authors":{"description":"The authors it names. schema.org: `author` (Person).","type":"array","items":{"$ref":"#/definitions/PersonWithPosts"}}},"additionalProperties":false,"required":["text"]},"ConceptRef":{"description":"A concept from a controlled vocabulary, such as an IPTC Media Topic\n(`http://cv.iptc.org/newscodes/mediatopic/11000000`, qcode `medtop:11000000`) or an IPTC genre.\n\nninjs: `subjects[]`/`genres[]` (`uri`, `name`) · schema.org: `about`/`genre` · NewsML-G2:\n`subject@qcode`, `genre@qcode`.","type":"object","properties":{"uri":{"description":"The concept's URI.","format":"uri","type":"string"},"qcode":{"description":"The concept's qualified code, `scheme:code`, e.g. `medtop:11000000`.","pattern":"^[a-zA-Z][a-zA-Z0-9-]*:[^\\s:]+$","type":"string"},"name":{"description":"The concept's name in the vocabulary (English), e.g. `politics`.","type":"string"}},"additionalProperties":false,"required":["uri"]},"CountryCode":{"description":"An ISO 3166-1 alpha-2 country code, e.g. `KR`, `US`, `KP`. The schema checks the shape; the\nvalidators also check that the code is assigned (see `isCountryCode`).\n\nninjs: `places[].locationCode` · schema.org: `addressCountry` · Akoma Ntoso: `FRBRcountry` · Popolo:\n`area`.","pattern":"^[A-Z]{2}$","type":"string"},"CountryCodeAlpha3":{"description":"An ISO 3166-1 alpha-3 country code, e.g. `KOR`, the form event data such as PLOVER, CAMEO and\nICEWS use.","pattern":"^[A-Z]{3}$","type":"string"},"CountryMention":{"description":"One place where a country is named, with the form of the naming.","type":"object","properties":{"form":{"$ref":"#/definitions/CountryNameForm","description":"The form of the naming, e.g. `capital` for `Seoul` standing for South Korea's government."},"text":{"description":"The words as written, e.g. `\"ROK\"` or `\"Seoul\"`.","type":"string"},"span":{"$ref":"#/definitions/TextSpan","description":"Where `text` stands in the source text."}},"additionalProperties":false,"required":["form","span","text"]},"CountryNameForm":{"description":"How a country is named at one place in the text. Governments are often named by their capital\n(`Seoul`), by a short form (`ROK`, `US`), by a demonym (`South Korean side`) or by a description\n(`the Northeast Asian ally`).","enum":["acronym","capital","demonym","description","name","official-name"],"type":"string"},"CountryRef":{"description":"A country, normalized to ISO 3166-1, with every place it is named in the text as written.\n\nninjs: `places[]` with `locationCode` · schema.org: `Country` · PLOVER: actor `code` (alpha-3) ·\nWikidata: country (P17).","type":"object","properties":{"code":{"$ref":"#/definitions/CountryCode","description":"The ISO 3166-1 alpha-2 code."},"alpha3":{"$ref":"#/definitions/CountryCodeAlpha3","description":"The ISO 3166-1 alpha-3 code, when event data needs it."},"name":{"description":"The country's English short name, e.g. `South Korea`.","type":"string"},"mentions":{"description":"Every place the country is named in the text, as written.","type":"array","items":{"$ref":"#/definitions/CountryMention"}}},"additionalProperties":false,"required":["code","name"]},"CreditLine":{"description":"The credit line: who provided the story.\n\nninjs: `infoSources[role=source]`, `copyrightholder` · schema.org: `sourceOrganization`/`publisher` ·\nNewsML-G2: `creditline`, `provider`.","type":"object","properties":{"text":{"description":"The credit line as written, e.g. `Source: Qatar News Agency`.","type":"string"},"span":{"$ref":"#/definitions/TextSpan","description":"Where the credit line stands in the original text."},"provider":{"$ref":"#/definitions/Organization","description":"The provider it names, e.g. the news agency."}},"additionalProperties":false,"required":["provider","text"]},"DatePrecision":{"description":"How much of a date is known: a year, a month, a day, or a full date-time with an offset.","enum":["datetime","day","month","year"],"type":"string"},"DateValue":{"description":"A normalized date: `YYYY`, `YYYY-MM`, `YYYY-MM-DD`, or a date-time with an offset\n(`YYYY-MM-DDThh:mm[:ss[.fff]](Z|±hh:mm)`).","pattern":"^[0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01])(T([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9](\\.[0-9]+)?)?(Z|[+-]([01][0-9]|2[0-3]):[0-5][0-9]))?)?)?$","type":"string"},"Dateline":{"description":"A dateline: the place (and sometimes date) a story was filed from, as written, with what it resolves to.\n\nninjs: `located` · schema.org: `dateline` (text), `locationCreated` (Place) · NewsML-G2: `dateline`, `located`.","type":"object","properties":{"text":{"description":"The dateline as written, e.g. `Washington` or `SEOUL, Dec 21 (Yonhap)`.","type":"string"},"span":{"$ref":"#/definitions/TextSpan","description":"Where the dateline stands in the original text."},"place":{"$ref":"#/definitions/Place","description":"The place it names, resolved."},"date":{"$ref":"#/definitions/PartialDate","description":"The date it gives, when it gives one."}},"additionalProperties":false,"required":["text"]},"DocumentId":{"description":"The id of a document: a URI (a URN such as `urn:communique:news-article:…`, or an http(s) URL).\n\nninjs: `uri` · schema.org: `@id`/`identifier` · Akoma Ntoso: `FRBRthis`.","pattern":"^[a-zA-Z][a-zA-Z0-9+.-]*:[^\\s]+$","type":"string"},"Extensions":{"description":"Data that the models do not define, kept under namespaced keys such as `org.example:desk` or\n`x-newsroom`, so that it cannot collide with a later version of the model.\n\nninjs: properties outside the schema · NewsML-G2: elements from other namespaces · Akoma Ntoso:\n`proprietary`.","propertyNames":{"pattern":"^([a-z][a-z0-9]*(\\.[a-z0-9-]+)+:[A-Za-z0-9._-]+|x-[a-z0-9-]+)$"},"type":"object","additionalProperties":{}},"Identifier":{"description":"An identifier a thing has in some external scheme, e.g. `{ scheme: \"wikidata\", value: \"Q30\" }`.\n\nPopolo: `identifiers[]` · schema.org: `identifier` (PropertyValue) · PLOVER: `identifier_id`.","type":"object","properties":{"scheme":{"description":"The scheme, e.g. `wikidata`, `geonames`, `iso3166-1`.","type":"string"},"value":{"description":"The identifier within that scheme, e.g. `Q884`.","type":"string"}},"additionalProperties":false,"required":["scheme","value"]},"LanguageTag":{"description":"A BCP 47 language tag, e.g. `en`, `en-US`, `ko`.\n\nninjs: `language` · schema.org: `inLanguage` · NewsML-G2: `@xml:lang`.","pattern":"^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{1,8})*$","type":"string"},"LocalId":{"description":"The id of a thing inside one document (a person, a party, a provision), used by other parts of\nthe same document to point at it: lowercase words joined by hyphens, e.g. `lim-sung-nam`.\n\nAkoma Ntoso: `@eId` · Popolo: `id`.","pattern":"^[a-z0-9]+(-[a-z0-9]+)*$","type":"string"},"Mention":{"description":"A place in the source text where something is named, with the words exactly as written.\n\nschema.org: `mentions` (of a CreativeWork) · Akoma Ntoso: inline `person`/`organization`/`location`\nelements · PLOVER: `entity_text`.","type":"object","properties":{"text":{"description":"The words as written, e.g. `\"ROK\"` or `\"Seoul\"`.","type":"string"},"span":{"$ref":"#/definitions/TextSpan","description":"Where `text` stands in the source text."}},"additionalProperties":false,"required":["span","text"]},"Organization":{"description":"An organization: a government body, a forum, a news agency.\n\nPopolo: `Organization` (`name`, `other_names`, `classification`) · schema.org: `Organization`\n(`name`, `alternateName`) · Akoma Ntoso: `TLCOrganization` · ninjs: `organisations[]`.","type":"object","properties":{"id":{"$ref":"#/definitions/LocalId","description":"The organization's id within this document."},"name":{"description":"The full name as written, e.g. `Extended Deterrence Strategy and Consultation Group`.","type":"string"},"acronym":{"description":"The acronym the text gives, e.g. `EDSCG`. schema.org: `alternateName` · Popolo: `other_names`.","type":"string"},"kind":{"$ref":"#/definitions/OrganizationKind","description":"What kind of body it is. Popolo: `classification`."},"country":{"$ref":"#/definitions/CountryCode","description":"The country it belongs to, for national bodies."},"identifiers":{"description":"Identifiers in external schemes.","type":"array","items":{"$ref":"#/definitions/Identifier"}},"mentions":{"description":"Every place the organization is named in the text.","type":"array","items":{"$ref":"#/definitions/Mention"}}},"additionalProperties":false,"required":["name"]},"OrganizationKind":{"description":"What kind of body an organization is.","enum":["company","forum","government","intergovernmental","legislature","military","ministry","news-agency","non-governmental","other","political-party"],"type":"string"},"Paragraph":{"description":"One paragraph of the body, verbatim, with its position in the original text. ninjs: `<p>` in `bodies[].value`.","type":"object","properties":{"text":{"description":"The paragraph's text exactly as written.","minLength":1,"type":"string"},"span":{"$ref":"#/definitions/TextSpan","description":"Where the paragraph stands in the original text."}},"additionalProperties":false,"required":["span","text"]},"PartialDate":{"description":"A date as the text gives it, beside its normalized value when the text (or the publication date)\nfixes one. `\"Tuesday (US time)\"` in an undated article stays text with precision `day` and no\nvalue; resolved against a publication date it becomes `2016-12-20`.\n\nAkoma Ntoso: `date@date` with its text content · schema.org: `Date`/`DateTime` · Popolo: dates of\nreduced precision · PLOVER: `date` (YYYY-MM-DD).","type":"object","properties":{"text":{"description":"The date as written, e.g. `\"Tuesday (US time)\"`, `\"in October\"`.","type":"string"},"span":{"$ref":"#/definitions/TextSpan","description":"Where `text` stands in the source text."},"value":{"$ref":"#/definitions/DateValue","description":"The normalized date, present only when it is known; its length matches `precision`."},"precision":{"$ref":"#/definitions/DatePrecision","description":"How precise the date is: what `value` holds, or, without a value, what the text names."}},"additionalProperties":false,"required":["precision"]},"PersonWithPosts":{"description":"A person together with the posts the text gives them.\n\nPopolo: `Person` with `memberships[]` · schema.org: `Person` with `jobTitle`.","type":"object","properties":{"posts":{"description":"The posts the text gives the person, as written; empty or absent when it gives none.","type":"array","items":{"$ref":"#/definitions/Post"}},"id":{"$ref":"#/definitions/LocalId","description":"The person's id within this document, used by quotes and participants to point at them."},"name":{"description":"The full name as written, e.g. `Lim Sung-nam`. Popolo/schema.org: `name`.","type":"string"},"givenName":{"description":"The given name, e.g. `Sung-nam`. Popolo: `given_name` · schema.org: `givenName`.","type":"string"},"familyName":{"description":"The family name, e.g. `Lim`. Popolo: `family_name` · schema.org: `familyName`.","type":"string"},"nameOrder":{"description":"Which part of `name` comes first: `family-given` for Korean, Chinese, Japanese or Hungarian\nnames written in their own order, `given-family` otherwise.","enum":["family-given","given-family"],"type":"string"},"identifiers":{"description":"Identifiers in external schemes (Wikidata, ORCID, …). Popolo: `identifiers` · PLOVER: `identifier_id`.","type":"array","items":{"$ref":"#/definitions/Identifier"}},"mentions":{"description":"Every place the person is named in the text.","type":"array","items":{"$ref":"#/definitions/Mention"}}},"additionalProperties":false,"required":["name"]},"Place":{"description":"A place: a city, a region, a geographic feature.\n\nninjs: `places[]` (`name`, `locationCode`) · schema.org: `Place` · Akoma Ntoso: `TLCLocation` ·\nPLOVER: `event_loc`.","type":"object","properties":{"id":{"$ref":"#/definitions/LocalId","description":"The place's id within this document."},"name":{"description":"The place's name, e.g. `Washington`, `Korean Peninsula`.","type":"string"},"kind":{"$ref":"#/definitions/PlaceKind","description":"What kind of place it is."},"country":{"$ref":"#/definitions/CountryCode","description":"The country the place lies in, when it lies in one."},"identifiers":{"description":"Identifiers in external schemes (GeoNames, Wikidata).","type":"array","items":{"$ref":"#/definitions/Identifier"}},"mentions":{"description":"Every place in the text where it is named.","type":"array","items":{"$ref":"#/definitions/Mention"}}},"additionalProperties":false,"required":["name"]},"PlaceKind":{"description":"What kind of place it is.","enum":["city","country","geographic-feature","other","region","venue"],"type":"string"},"Post":{"description":"A post or title a person holds, as written, with what can be read off it.\n\nPopolo: `Post` (`label`, `role`, `organization_id`, `area_id`) and `Membership` · schema.org:\n`Person.jobTitle`, `OrganizationRole.roleName` · FollowTheMoney: `Position` · PLOVER: `office`.","type":"object","properties":{"title":{"description":"The title exactly as written, e.g. `Acting Under Secretary of State for Arms Control and\nInternational Security`.","type":"string"},"span":{"$ref":"#/definitions/TextSpan","description":"Where `title` stands in the source text."},"label":{"description":"The post without modifiers such as \"acting\" or \"former\", e.g. `Under Secretary of State for …`.","type":"string"},"organization":{"description":"The organization the post belongs to, by name, e.g. `Ministry of Foreign Affairs`, when the text says it.","type":"string"},"country":{"$ref":"#/definitions/CountryCode","description":"The country whose post it is, when the text says it (`US Acting Under Secretary…`, `South Korea's Vice Foreign Minister`)."},"acting":{"description":"Whether the holder serves in an acting capacity.","type":"boolean"},"former":{"description":"Whether the holder held the post before and no longer does (`former`, `then-`).","type":"boolean"}},"additionalProperties":false,"required":["title"]},"Provenance":{"description":"Where an instance came from, and a fingerprint of the original text that its spans point into.\n\nschema.org: `isBasedOn`/`sdPublisher` · Akoma Ntoso: `FRBRManifestation`, `workflow/step` · PLOVER:\n`cite_info`, `coder`, `coded_date` · W3C PROV: `wasDerivedFrom`.","type":"object","properties":{"source":{"description":"The source the text came from: a file name, URL or feed name.","type":"string"},"sha256":{"description":"SHA-256 of the original text's UTF-8 bytes, as 64 lowercase hex digits. Every span in the\ninstance is an offset into that text.","pattern":"^[0-9a-f]{64}$","type":"string"},"method":{"description":"How the structured form was made: by a person reading the text, or by a program.","enum":["extracted","manual"],"type":"string"},"tool":{"description":"The program (name and version) that made the instance, when `method` is `extracted`.","type":"string"},"created":{"description":"When the instance was made, as a date-time with an offset.","format":"date-time","type":"string"}},"additionalProperties":false,"required":["method","sha256","source"]},"Quote":{"description":"A passage quoted verbatim, with its attribution.\n\nschema.org: `Quotation` (`text`, `creator`) · Akoma Ntoso: `quotedText` · Popolo: `Speech` ·\nNewsML-G2: `inlineRef`.","type":"object","properties":{"text":{"description":"The quoted words exactly as written, without the quotation marks.","type":"string"},"span":{"$ref":"#/definitions/TextSpan","description":"Where `text` stands in the source text (inside the marks)."},"attribution":{"$ref":"#/definitions/Attribution","description":"Who or what the quotation is attributed to."}},"additionalProperties":false,"required":["attribution","span","text"]},"TextSpan":{"description":"A stretch of the source text, as character offsets: `source.slice(start, end)` is the text it\ncovers. Offsets count UTF-16 code units (JavaScript string indices), which equal Unicode code\npoints for text without astral characters.\n\nAkoma Ntoso: `@eId` anchors · PLOVER: `text_info.start`/`text_info.end` · W3C Web Annotation:\nTextPositionSelector.","type":"object","properties":{"start":{"description":"Offset of the first character covered.","type":"integer","minimum":0},"end":{"description":"Offset just past the last character covered.","type":"integer","minimum":0}},"additionalProperties":false,"required":["end","start"]}}};
const schema12 = {"description":"The id of a document: a URI (a URN such as `urn:communique:news-article:…`, or an http(s) URL).\n\nninjs: `uri` · schema.org: `@id`/`identifier` · Akoma Ntoso: `FRBRthis`.","pattern":"^[a-zA-Z][a-zA-Z0-9+.-]*:[^\\s]+$","type":"string"};
const schema13 = {"description":"A stretch of the source text, as character offsets: `source.slice(start, end)` is the text it\ncovers. Offsets count UTF-16 code units (JavaScript string indices), which equal Unicode code\npoints for text without astral characters.\n\nAkoma Ntoso: `@eId` anchors · PLOVER: `text_info.start`/`text_info.end` · W3C Web Annotation:\nTextPositionSelector.","type":"object","properties":{"start":{"description":"Offset of the first character covered.","type":"integer","minimum":0},"end":{"description":"Offset just past the last character covered.","type":"integer","minimum":0}},"additionalProperties":false,"required":["end","start"]};
const schema27 = {"description":"A BCP 47 language tag, e.g. `en`, `en-US`, `ko`.\n\nninjs: `language` · schema.org: `inLanguage` · NewsML-G2: `@xml:lang`.","pattern":"^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{1,8})*$","type":"string"};
const schema46 = {"description":"A concept from a controlled vocabulary, such as an IPTC Media Topic\n(`http://cv.iptc.org/newscodes/mediatopic/11000000`, qcode `medtop:11000000`) or an IPTC genre.\n\nninjs: `subjects[]`/`genres[]` (`uri`, `name`) · schema.org: `about`/`genre` · NewsML-G2:\n`subject@qcode`, `genre@qcode`.","type":"object","properties":{"uri":{"description":"The concept's URI.","format":"uri","type":"string"},"qcode":{"description":"The concept's qualified code, `scheme:code`, e.g. `medtop:11000000`.","pattern":"^[a-zA-Z][a-zA-Z0-9-]*:[^\\s:]+$","type":"string"},"name":{"description":"The concept's name in the vocabulary (English), e.g. `politics`.","type":"string"}},"additionalProperties":false,"required":["uri"]};
const schema59 = {"description":"Where an instance came from, and a fingerprint of the original text that its spans point into.\n\nschema.org: `isBasedOn`/`sdPublisher` · Akoma Ntoso: `FRBRManifestation`, `workflow/step` · PLOVER:\n`cite_info`, `coder`, `coded_date` · W3C PROV: `wasDerivedFrom`.","type":"object","properties":{"source":{"description":"The source the text came from: a file name, URL or feed name.","type":"string"},"sha256":{"description":"SHA-256 of the original text's UTF-8 bytes, as 64 lowercase hex digits. Every span in the\ninstance is an offset into that text.","pattern":"^[0-9a-f]{64}$","type":"string"},"method":{"description":"How the structured form was made: by a person reading the text, or by a program.","enum":["extracted","manual"],"type":"string"},"tool":{"description":"The program (name and version) that made the instance, when `method` is `extracted`.","type":"string"},"created":{"description":"When the instance was made, as a date-time with an offset.","format":"date-time","type":"string"}},"additionalProperties":false,"required":["method","sha256","source"]};
const schema60 = {"description":"Data that the models do not define, kept under namespaced keys such as `org.example:desk` or\n`x-newsroom`, so that it cannot collide with a later version of the model.\n\nninjs: properties outside the schema · NewsML-G2: elements from other namespaces · Akoma Ntoso:\n`proprietary`.","propertyNames":{"pattern":"^([a-z][a-z0-9]*(\\.[a-z0-9-]+)+:[A-Za-z0-9._-]+|x-[a-z0-9-]+)$"},"type":"object","additionalProperties":{}};
const func2 = Object.prototype.hasOwnProperty;
const func3 = runtime0;
const pattern0 = new RegExp("^[a-zA-Z][a-zA-Z0-9+.-]*:[^\\s]+$", "u");
const pattern4 = new RegExp("^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{1,8})*$", "u");
const pattern9 = new RegExp("^[a-zA-Z][a-zA-Z0-9-]*:[^\\s:]+$", "u");
const pattern14 = new RegExp("^[0-9a-f]{64}$", "u");
const pattern15 = new RegExp("^([a-z][a-z0-9]*(\\.[a-z0-9-]+)+:[A-Za-z0-9._-]+|x-[a-z0-9-]+)$", "u");
const schema14 = {"description":"A dateline: the place (and sometimes date) a story was filed from, as written, with what it resolves to.\n\nninjs: `located` · schema.org: `dateline` (text), `locationCreated` (Place) · NewsML-G2: `dateline`, `located`.","type":"object","properties":{"text":{"description":"The dateline as written, e.g. `Washington` or `SEOUL, Dec 21 (Yonhap)`.","type":"string"},"span":{"$ref":"#/definitions/TextSpan","description":"Where the dateline stands in the original text."},"place":{"$ref":"#/definitions/Place","description":"The place it names, resolved."},"date":{"$ref":"#/definitions/PartialDate","description":"The date it gives, when it gives one."}},"additionalProperties":false,"required":["text"]};
const schema16 = {"description":"A place: a city, a region, a geographic feature.\n\nninjs: `places[]` (`name`, `locationCode`) · schema.org: `Place` · Akoma Ntoso: `TLCLocation` ·\nPLOVER: `event_loc`.","type":"object","properties":{"id":{"$ref":"#/definitions/LocalId","description":"The place's id within this document."},"name":{"description":"The place's name, e.g. `Washington`, `Korean Peninsula`.","type":"string"},"kind":{"$ref":"#/definitions/PlaceKind","description":"What kind of place it is."},"country":{"$ref":"#/definitions/CountryCode","description":"The country the place lies in, when it lies in one."},"identifiers":{"description":"Identifiers in external schemes (GeoNames, Wikidata).","type":"array","items":{"$ref":"#/definitions/Identifier"}},"mentions":{"description":"Every place in the text where it is named.","type":"array","items":{"$ref":"#/definitions/Mention"}}},"additionalProperties":false,"required":["name"]};
const schema17 = {"description":"The id of a thing inside one document (a person, a party, a provision), used by other parts of\nthe same document to point at it: lowercase words joined by hyphens, e.g. `lim-sung-nam`.\n\nAkoma Ntoso: `@eId` · Popolo: `id`.","pattern":"^[a-z0-9]+(-[a-z0-9]+)*$","type":"string"};
const schema18 = {"description":"What kind of place it is.","enum":["city","country","geographic-feature","other","region","venue"],"type":"string"};
const schema19 = {"description":"An ISO 3166-1 alpha-2 country code, e.g. `KR`, `US`, `KP`. The schema checks the shape; the\nvalidators also check that the code is assigned (see `isCountryCode`).\n\nninjs: `places[].locationCode` · schema.org: `addressCountry` · Akoma Ntoso: `FRBRcountry` · Popolo:\n`area`.","pattern":"^[A-Z]{2}$","type":"string"};
const schema20 = {"description":"An identifier a thing has in some external scheme, e.g. `{ scheme: \"wikidata\", value: \"Q30\" }`.\n\nPopolo: `identifiers[]` · schema.org: `identifier` (PropertyValue) · PLOVER: `identifier_id`.","type":"object","properties":{"scheme":{"description":"The scheme, e.g. `wikidata`, `geonames`, `iso3166-1`.","type":"string"},"value":{"description":"The identifier within that scheme, e.g. `Q884`.","type":"string"}},"additionalProperties":false,"required":["scheme","value"]};
const pattern1 = new RegExp("^[a-z0-9]+(-[a-z0-9]+)*$", "u");
const pattern2 = new RegExp("^[A-Z]{2}$", "u");
const schema21 = {"description":"A place in the source text where something is named, with the words exactly as written.\n\nschema.org: `mentions` (of a CreativeWork) · Akoma Ntoso: inline `person`/`organization`/`location`\nelements · PLOVER: `entity_text`.","type":"object","properties":{"text":{"description":"The words as written, e.g. `\"ROK\"` or `\"Seoul\"`.","type":"string"},"span":{"$ref":"#/definitions/TextSpan","description":"Where `text` stands in the source text."}},"additionalProperties":false,"required":["span","text"]};

function validate13(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.span === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "span"},message:"must have required property '"+"span"+"'",schema:schema21.required,parentSchema:schema21,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.text === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "text"},message:"must have required property '"+"text"+"'",schema:schema21.required,parentSchema:schema21,data};
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
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema21,data};
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
const err3 = {instancePath:instancePath+"/text",schemaPath:"#/properties/text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema21.properties.text.type,parentSchema:schema21.properties.text,data:data0};
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
const err4 = {instancePath:instancePath+"/span",schemaPath:"#/definitions/TextSpan/required",keyword:"required",params:{missingProperty: "end"},message:"must have required property '"+"end"+"'",schema:schema13.required,parentSchema:schema13,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data1.start === undefined){
const err5 = {instancePath:instancePath+"/span",schemaPath:"#/definitions/TextSpan/required",keyword:"required",params:{missingProperty: "start"},message:"must have required property '"+"start"+"'",schema:schema13.required,parentSchema:schema13,data:data1};
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
const err6 = {instancePath:instancePath+"/span",schemaPath:"#/definitions/TextSpan/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema13,data:data1};
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
const err7 = {instancePath:instancePath+"/span/start",schemaPath:"#/definitions/TextSpan/properties/start/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema13.properties.start.type,parentSchema:schema13.properties.start,data:data2};
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
const err8 = {instancePath:instancePath+"/span/start",schemaPath:"#/definitions/TextSpan/properties/start/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema13.properties.start,data:data2};
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
const err9 = {instancePath:instancePath+"/span/end",schemaPath:"#/definitions/TextSpan/properties/end/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema13.properties.end.type,parentSchema:schema13.properties.end,data:data3};
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
const err10 = {instancePath:instancePath+"/span/end",schemaPath:"#/definitions/TextSpan/properties/end/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema13.properties.end,data:data3};
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
const err11 = {instancePath:instancePath+"/span",schemaPath:"#/definitions/TextSpan/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema13.type,parentSchema:schema13,data:data1};
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
const err12 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema21.type,parentSchema:schema21,data};
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
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema16.required,parentSchema:schema16,data};
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
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema16,data};
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
const err2 = {instancePath:instancePath+"/id",schemaPath:"#/definitions/LocalId/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(-[a-z0-9]+)*$"},message:"must match pattern \""+"^[a-z0-9]+(-[a-z0-9]+)*$"+"\"",schema:"^[a-z0-9]+(-[a-z0-9]+)*$",parentSchema:schema17,data:data0};
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
const err3 = {instancePath:instancePath+"/id",schemaPath:"#/definitions/LocalId/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema17.type,parentSchema:schema17,data:data0};
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
const err4 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema16.properties.name.type,parentSchema:schema16.properties.name,data:data1};
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
const err5 = {instancePath:instancePath+"/kind",schemaPath:"#/definitions/PlaceKind/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema18.type,parentSchema:schema18,data:data2};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(!((((((data2 === "city") || (data2 === "country")) || (data2 === "geographic-feature")) || (data2 === "other")) || (data2 === "region")) || (data2 === "venue"))){
const err6 = {instancePath:instancePath+"/kind",schemaPath:"#/definitions/PlaceKind/enum",keyword:"enum",params:{allowedValues: schema18.enum},message:"must be equal to one of the allowed values",schema:schema18.enum,parentSchema:schema18,data:data2};
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
const err7 = {instancePath:instancePath+"/country",schemaPath:"#/definitions/CountryCode/pattern",keyword:"pattern",params:{pattern: "^[A-Z]{2}$"},message:"must match pattern \""+"^[A-Z]{2}$"+"\"",schema:"^[A-Z]{2}$",parentSchema:schema19,data:data3};
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
const err8 = {instancePath:instancePath+"/country",schemaPath:"#/definitions/CountryCode/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema19.type,parentSchema:schema19,data:data3};
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
const err9 = {instancePath:instancePath+"/identifiers/" + i0,schemaPath:"#/definitions/Identifier/required",keyword:"required",params:{missingProperty: "scheme"},message:"must have required property '"+"scheme"+"'",schema:schema20.required,parentSchema:schema20,data:data5};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(data5.value === undefined){
const err10 = {instancePath:instancePath+"/identifiers/" + i0,schemaPath:"#/definitions/Identifier/required",keyword:"required",params:{missingProperty: "value"},message:"must have required property '"+"value"+"'",schema:schema20.required,parentSchema:schema20,data:data5};
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
const err11 = {instancePath:instancePath+"/identifiers/" + i0,schemaPath:"#/definitions/Identifier/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema20,data:data5};
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
const err12 = {instancePath:instancePath+"/identifiers/" + i0+"/scheme",schemaPath:"#/definitions/Identifier/properties/scheme/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties.scheme.type,parentSchema:schema20.properties.scheme,data:data6};
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
const err13 = {instancePath:instancePath+"/identifiers/" + i0+"/value",schemaPath:"#/definitions/Identifier/properties/value/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties.value.type,parentSchema:schema20.properties.value,data:data7};
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
const err14 = {instancePath:instancePath+"/identifiers/" + i0,schemaPath:"#/definitions/Identifier/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema20.type,parentSchema:schema20,data:data5};
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
const err15 = {instancePath:instancePath+"/identifiers",schemaPath:"#/properties/identifiers/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema16.properties.identifiers.type,parentSchema:schema16.properties.identifiers,data:data4};
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
const err16 = {instancePath:instancePath+"/mentions",schemaPath:"#/properties/mentions/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema16.properties.mentions.type,parentSchema:schema16.properties.mentions,data:data8};
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
const err17 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema16.type,parentSchema:schema16,data};
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

const schema23 = {"description":"A date as the text gives it, beside its normalized value when the text (or the publication date)\nfixes one. `\"Tuesday (US time)\"` in an undated article stays text with precision `day` and no\nvalue; resolved against a publication date it becomes `2016-12-20`.\n\nAkoma Ntoso: `date@date` with its text content · schema.org: `Date`/`DateTime` · Popolo: dates of\nreduced precision · PLOVER: `date` (YYYY-MM-DD).","type":"object","properties":{"text":{"description":"The date as written, e.g. `\"Tuesday (US time)\"`, `\"in October\"`.","type":"string"},"span":{"$ref":"#/definitions/TextSpan","description":"Where `text` stands in the source text."},"value":{"$ref":"#/definitions/DateValue","description":"The normalized date, present only when it is known; its length matches `precision`."},"precision":{"$ref":"#/definitions/DatePrecision","description":"How precise the date is: what `value` holds, or, without a value, what the text names."}},"additionalProperties":false,"required":["precision"]};
const schema25 = {"description":"A normalized date: `YYYY`, `YYYY-MM`, `YYYY-MM-DD`, or a date-time with an offset\n(`YYYY-MM-DDThh:mm[:ss[.fff]](Z|±hh:mm)`).","pattern":"^[0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01])(T([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9](\\.[0-9]+)?)?(Z|[+-]([01][0-9]|2[0-3]):[0-5][0-9]))?)?)?$","type":"string"};
const schema26 = {"description":"How much of a date is known: a year, a month, a day, or a full date-time with an offset.","enum":["datetime","day","month","year"],"type":"string"};
const pattern3 = new RegExp("^[0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01])(T([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9](\\.[0-9]+)?)?(Z|[+-]([01][0-9]|2[0-3]):[0-5][0-9]))?)?)?$", "u");

function validate16(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.precision === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "precision"},message:"must have required property '"+"precision"+"'",schema:schema23.required,parentSchema:schema23,data};
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
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema23,data};
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
const err2 = {instancePath:instancePath+"/text",schemaPath:"#/properties/text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema23.properties.text.type,parentSchema:schema23.properties.text,data:data0};
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
const err3 = {instancePath:instancePath+"/span",schemaPath:"#/definitions/TextSpan/required",keyword:"required",params:{missingProperty: "end"},message:"must have required property '"+"end"+"'",schema:schema13.required,parentSchema:schema13,data:data1};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data1.start === undefined){
const err4 = {instancePath:instancePath+"/span",schemaPath:"#/definitions/TextSpan/required",keyword:"required",params:{missingProperty: "start"},message:"must have required property '"+"start"+"'",schema:schema13.required,parentSchema:schema13,data:data1};
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
const err5 = {instancePath:instancePath+"/span",schemaPath:"#/definitions/TextSpan/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema13,data:data1};
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
const err6 = {instancePath:instancePath+"/span/start",schemaPath:"#/definitions/TextSpan/properties/start/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema13.properties.start.type,parentSchema:schema13.properties.start,data:data2};
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
const err7 = {instancePath:instancePath+"/span/start",schemaPath:"#/definitions/TextSpan/properties/start/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema13.properties.start,data:data2};
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
const err8 = {instancePath:instancePath+"/span/end",schemaPath:"#/definitions/TextSpan/properties/end/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema13.properties.end.type,parentSchema:schema13.properties.end,data:data3};
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
const err9 = {instancePath:instancePath+"/span/end",schemaPath:"#/definitions/TextSpan/properties/end/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema13.properties.end,data:data3};
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
const err10 = {instancePath:instancePath+"/span",schemaPath:"#/definitions/TextSpan/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema13.type,parentSchema:schema13,data:data1};
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
const err11 = {instancePath:instancePath+"/value",schemaPath:"#/definitions/DateValue/pattern",keyword:"pattern",params:{pattern: "^[0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01])(T([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9](\\.[0-9]+)?)?(Z|[+-]([01][0-9]|2[0-3]):[0-5][0-9]))?)?)?$"},message:"must match pattern \""+"^[0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01])(T([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9](\\.[0-9]+)?)?(Z|[+-]([01][0-9]|2[0-3]):[0-5][0-9]))?)?)?$"+"\"",schema:"^[0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01])(T([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9](\\.[0-9]+)?)?(Z|[+-]([01][0-9]|2[0-3]):[0-5][0-9]))?)?)?$",parentSchema:schema25,data:data4};
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
const err12 = {instancePath:instancePath+"/value",schemaPath:"#/definitions/DateValue/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema25.type,parentSchema:schema25,data:data4};
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
const err13 = {instancePath:instancePath+"/precision",schemaPath:"#/definitions/DatePrecision/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema26.type,parentSchema:schema26,data:data5};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(!((((data5 === "datetime") || (data5 === "day")) || (data5 === "month")) || (data5 === "year"))){
const err14 = {instancePath:instancePath+"/precision",schemaPath:"#/definitions/DatePrecision/enum",keyword:"enum",params:{allowedValues: schema26.enum},message:"must be equal to one of the allowed values",schema:schema26.enum,parentSchema:schema26,data:data5};
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
const err15 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema23.type,parentSchema:schema23,data};
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
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "text"},message:"must have required property '"+"text"+"'",schema:schema14.required,parentSchema:schema14,data};
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
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema14,data};
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
const err2 = {instancePath:instancePath+"/text",schemaPath:"#/properties/text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema14.properties.text.type,parentSchema:schema14.properties.text,data:data0};
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
const err3 = {instancePath:instancePath+"/span",schemaPath:"#/definitions/TextSpan/required",keyword:"required",params:{missingProperty: "end"},message:"must have required property '"+"end"+"'",schema:schema13.required,parentSchema:schema13,data:data1};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data1.start === undefined){
const err4 = {instancePath:instancePath+"/span",schemaPath:"#/definitions/TextSpan/required",keyword:"required",params:{missingProperty: "start"},message:"must have required property '"+"start"+"'",schema:schema13.required,parentSchema:schema13,data:data1};
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
const err5 = {instancePath:instancePath+"/span",schemaPath:"#/definitions/TextSpan/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema13,data:data1};
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
const err6 = {instancePath:instancePath+"/span/start",schemaPath:"#/definitions/TextSpan/properties/start/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema13.properties.start.type,parentSchema:schema13.properties.start,data:data2};
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
const err7 = {instancePath:instancePath+"/span/start",schemaPath:"#/definitions/TextSpan/properties/start/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema13.properties.start,data:data2};
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
const err8 = {instancePath:instancePath+"/span/end",schemaPath:"#/definitions/TextSpan/properties/end/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema13.properties.end.type,parentSchema:schema13.properties.end,data:data3};
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
const err9 = {instancePath:instancePath+"/span/end",schemaPath:"#/definitions/TextSpan/properties/end/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema13.properties.end,data:data3};
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
const err10 = {instancePath:instancePath+"/span",schemaPath:"#/definitions/TextSpan/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema13.type,parentSchema:schema13,data:data1};
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
const err11 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema14.type,parentSchema:schema14,data};
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

const schema28 = {"description":"A byline: who wrote the story, as written and as people. ninjs: `bylines[]` · schema.org: `author` · NewsML-G2: `by`, `creator`.","type":"object","properties":{"text":{"description":"The byline as written.","type":"string"},"span":{"$ref":"#/definitions/TextSpan","description":"Where the byline stands in the original text."},"authors":{"description":"The authors it names. schema.org: `author` (Person).","type":"array","items":{"$ref":"#/definitions/PersonWithPosts"}}},"additionalProperties":false,"required":["text"]};
const schema30 = {"description":"A person together with the posts the text gives them.\n\nPopolo: `Person` with `memberships[]` · schema.org: `Person` with `jobTitle`.","type":"object","properties":{"posts":{"description":"The posts the text gives the person, as written; empty or absent when it gives none.","type":"array","items":{"$ref":"#/definitions/Post"}},"id":{"$ref":"#/definitions/LocalId","description":"The person's id within this document, used by quotes and participants to point at them."},"name":{"description":"The full name as written, e.g. `Lim Sung-nam`. Popolo/schema.org: `name`.","type":"string"},"givenName":{"description":"The given name, e.g. `Sung-nam`. Popolo: `given_name` · schema.org: `givenName`.","type":"string"},"familyName":{"description":"The family name, e.g. `Lim`. Popolo: `family_name` · schema.org: `familyName`.","type":"string"},"nameOrder":{"description":"Which part of `name` comes first: `family-given` for Korean, Chinese, Japanese or Hungarian\nnames written in their own order, `given-family` otherwise.","enum":["family-given","given-family"],"type":"string"},"identifiers":{"description":"Identifiers in external schemes (Wikidata, ORCID, …). Popolo: `identifiers` · PLOVER: `identifier_id`.","type":"array","items":{"$ref":"#/definitions/Identifier"}},"mentions":{"description":"Every place the person is named in the text.","type":"array","items":{"$ref":"#/definitions/Mention"}}},"additionalProperties":false,"required":["name"]};
const schema31 = {"description":"A post or title a person holds, as written, with what can be read off it.\n\nPopolo: `Post` (`label`, `role`, `organization_id`, `area_id`) and `Membership` · schema.org:\n`Person.jobTitle`, `OrganizationRole.roleName` · FollowTheMoney: `Position` · PLOVER: `office`.","type":"object","properties":{"title":{"description":"The title exactly as written, e.g. `Acting Under Secretary of State for Arms Control and\nInternational Security`.","type":"string"},"span":{"$ref":"#/definitions/TextSpan","description":"Where `title` stands in the source text."},"label":{"description":"The post without modifiers such as \"acting\" or \"former\", e.g. `Under Secretary of State for …`.","type":"string"},"organization":{"description":"The organization the post belongs to, by name, e.g. `Ministry of Foreign Affairs`, when the text says it.","type":"string"},"country":{"$ref":"#/definitions/CountryCode","description":"The country whose post it is, when the text says it (`US Acting Under Secretary…`, `South Korea's Vice Foreign Minister`)."},"acting":{"description":"Whether the holder serves in an acting capacity.","type":"boolean"},"former":{"description":"Whether the holder held the post before and no longer does (`former`, `then-`).","type":"boolean"}},"additionalProperties":false,"required":["title"]};

function validate21(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.title === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "title"},message:"must have required property '"+"title"+"'",schema:schema31.required,parentSchema:schema31,data};
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
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema31,data};
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
const err2 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.title.type,parentSchema:schema31.properties.title,data:data0};
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
const err3 = {instancePath:instancePath+"/span",schemaPath:"#/definitions/TextSpan/required",keyword:"required",params:{missingProperty: "end"},message:"must have required property '"+"end"+"'",schema:schema13.required,parentSchema:schema13,data:data1};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data1.start === undefined){
const err4 = {instancePath:instancePath+"/span",schemaPath:"#/definitions/TextSpan/required",keyword:"required",params:{missingProperty: "start"},message:"must have required property '"+"start"+"'",schema:schema13.required,parentSchema:schema13,data:data1};
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
const err5 = {instancePath:instancePath+"/span",schemaPath:"#/definitions/TextSpan/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema13,data:data1};
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
const err6 = {instancePath:instancePath+"/span/start",schemaPath:"#/definitions/TextSpan/properties/start/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema13.properties.start.type,parentSchema:schema13.properties.start,data:data2};
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
const err7 = {instancePath:instancePath+"/span/start",schemaPath:"#/definitions/TextSpan/properties/start/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema13.properties.start,data:data2};
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
const err8 = {instancePath:instancePath+"/span/end",schemaPath:"#/definitions/TextSpan/properties/end/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema13.properties.end.type,parentSchema:schema13.properties.end,data:data3};
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
const err9 = {instancePath:instancePath+"/span/end",schemaPath:"#/definitions/TextSpan/properties/end/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema13.properties.end,data:data3};
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
const err10 = {instancePath:instancePath+"/span",schemaPath:"#/definitions/TextSpan/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema13.type,parentSchema:schema13,data:data1};
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
const err11 = {instancePath:instancePath+"/label",schemaPath:"#/properties/label/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.label.type,parentSchema:schema31.properties.label,data:data4};
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
const err12 = {instancePath:instancePath+"/organization",schemaPath:"#/properties/organization/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.organization.type,parentSchema:schema31.properties.organization,data:data5};
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
const err13 = {instancePath:instancePath+"/country",schemaPath:"#/definitions/CountryCode/pattern",keyword:"pattern",params:{pattern: "^[A-Z]{2}$"},message:"must match pattern \""+"^[A-Z]{2}$"+"\"",schema:"^[A-Z]{2}$",parentSchema:schema19,data:data6};
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
const err14 = {instancePath:instancePath+"/country",schemaPath:"#/definitions/CountryCode/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema19.type,parentSchema:schema19,data:data6};
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
const err15 = {instancePath:instancePath+"/acting",schemaPath:"#/properties/acting/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema31.properties.acting.type,parentSchema:schema31.properties.acting,data:data7};
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
const err16 = {instancePath:instancePath+"/former",schemaPath:"#/properties/former/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema31.properties.former.type,parentSchema:schema31.properties.former,data:data8};
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
const err17 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.type,parentSchema:schema31,data};
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
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema30.required,parentSchema:schema30,data};
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
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema30,data};
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
const err2 = {instancePath:instancePath+"/posts",schemaPath:"#/properties/posts/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema30.properties.posts.type,parentSchema:schema30.properties.posts,data:data0};
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
const err3 = {instancePath:instancePath+"/id",schemaPath:"#/definitions/LocalId/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(-[a-z0-9]+)*$"},message:"must match pattern \""+"^[a-z0-9]+(-[a-z0-9]+)*$"+"\"",schema:"^[a-z0-9]+(-[a-z0-9]+)*$",parentSchema:schema17,data:data2};
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
const err4 = {instancePath:instancePath+"/id",schemaPath:"#/definitions/LocalId/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema17.type,parentSchema:schema17,data:data2};
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
const err5 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema30.properties.name.type,parentSchema:schema30.properties.name,data:data3};
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
const err6 = {instancePath:instancePath+"/givenName",schemaPath:"#/properties/givenName/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema30.properties.givenName.type,parentSchema:schema30.properties.givenName,data:data4};
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
const err7 = {instancePath:instancePath+"/familyName",schemaPath:"#/properties/familyName/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema30.properties.familyName.type,parentSchema:schema30.properties.familyName,data:data5};
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
const err8 = {instancePath:instancePath+"/nameOrder",schemaPath:"#/properties/nameOrder/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema30.properties.nameOrder.type,parentSchema:schema30.properties.nameOrder,data:data6};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(!((data6 === "family-given") || (data6 === "given-family"))){
const err9 = {instancePath:instancePath+"/nameOrder",schemaPath:"#/properties/nameOrder/enum",keyword:"enum",params:{allowedValues: schema30.properties.nameOrder.enum},message:"must be equal to one of the allowed values",schema:schema30.properties.nameOrder.enum,parentSchema:schema30.properties.nameOrder,data:data6};
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
const err10 = {instancePath:instancePath+"/identifiers/" + i1,schemaPath:"#/definitions/Identifier/required",keyword:"required",params:{missingProperty: "scheme"},message:"must have required property '"+"scheme"+"'",schema:schema20.required,parentSchema:schema20,data:data8};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(data8.value === undefined){
const err11 = {instancePath:instancePath+"/identifiers/" + i1,schemaPath:"#/definitions/Identifier/required",keyword:"required",params:{missingProperty: "value"},message:"must have required property '"+"value"+"'",schema:schema20.required,parentSchema:schema20,data:data8};
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
const err12 = {instancePath:instancePath+"/identifiers/" + i1,schemaPath:"#/definitions/Identifier/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema20,data:data8};
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
const err13 = {instancePath:instancePath+"/identifiers/" + i1+"/scheme",schemaPath:"#/definitions/Identifier/properties/scheme/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties.scheme.type,parentSchema:schema20.properties.scheme,data:data9};
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
const err14 = {instancePath:instancePath+"/identifiers/" + i1+"/value",schemaPath:"#/definitions/Identifier/properties/value/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties.value.type,parentSchema:schema20.properties.value,data:data10};
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
const err15 = {instancePath:instancePath+"/identifiers/" + i1,schemaPath:"#/definitions/Identifier/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema20.type,parentSchema:schema20,data:data8};
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
const err16 = {instancePath:instancePath+"/identifiers",schemaPath:"#/properties/identifiers/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema30.properties.identifiers.type,parentSchema:schema30.properties.identifiers,data:data7};
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
const err17 = {instancePath:instancePath+"/mentions",schemaPath:"#/properties/mentions/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema30.properties.mentions.type,parentSchema:schema30.properties.mentions,data:data11};
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
const err18 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema30.type,parentSchema:schema30,data};
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
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "text"},message:"must have required property '"+"text"+"'",schema:schema28.required,parentSchema:schema28,data};
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
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema28,data};
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
const err2 = {instancePath:instancePath+"/text",schemaPath:"#/properties/text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema28.properties.text.type,parentSchema:schema28.properties.text,data:data0};
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
const err3 = {instancePath:instancePath+"/span",schemaPath:"#/definitions/TextSpan/required",keyword:"required",params:{missingProperty: "end"},message:"must have required property '"+"end"+"'",schema:schema13.required,parentSchema:schema13,data:data1};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data1.start === undefined){
const err4 = {instancePath:instancePath+"/span",schemaPath:"#/definitions/TextSpan/required",keyword:"required",params:{missingProperty: "start"},message:"must have required property '"+"start"+"'",schema:schema13.required,parentSchema:schema13,data:data1};
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
const err5 = {instancePath:instancePath+"/span",schemaPath:"#/definitions/TextSpan/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema13,data:data1};
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
const err6 = {instancePath:instancePath+"/span/start",schemaPath:"#/definitions/TextSpan/properties/start/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema13.properties.start.type,parentSchema:schema13.properties.start,data:data2};
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
const err7 = {instancePath:instancePath+"/span/start",schemaPath:"#/definitions/TextSpan/properties/start/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema13.properties.start,data:data2};
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
const err8 = {instancePath:instancePath+"/span/end",schemaPath:"#/definitions/TextSpan/properties/end/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema13.properties.end.type,parentSchema:schema13.properties.end,data:data3};
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
const err9 = {instancePath:instancePath+"/span/end",schemaPath:"#/definitions/TextSpan/properties/end/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema13.properties.end,data:data3};
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
const err10 = {instancePath:instancePath+"/span",schemaPath:"#/definitions/TextSpan/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema13.type,parentSchema:schema13,data:data1};
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
const err11 = {instancePath:instancePath+"/authors",schemaPath:"#/properties/authors/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema28.properties.authors.type,parentSchema:schema28.properties.authors,data:data4};
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
const err12 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema28.type,parentSchema:schema28,data};
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

const schema36 = {"description":"The credit line: who provided the story.\n\nninjs: `infoSources[role=source]`, `copyrightholder` · schema.org: `sourceOrganization`/`publisher` ·\nNewsML-G2: `creditline`, `provider`.","type":"object","properties":{"text":{"description":"The credit line as written, e.g. `Source: Qatar News Agency`.","type":"string"},"span":{"$ref":"#/definitions/TextSpan","description":"Where the credit line stands in the original text."},"provider":{"$ref":"#/definitions/Organization","description":"The provider it names, e.g. the news agency."}},"additionalProperties":false,"required":["provider","text"]};
const schema38 = {"description":"An organization: a government body, a forum, a news agency.\n\nPopolo: `Organization` (`name`, `other_names`, `classification`) · schema.org: `Organization`\n(`name`, `alternateName`) · Akoma Ntoso: `TLCOrganization` · ninjs: `organisations[]`.","type":"object","properties":{"id":{"$ref":"#/definitions/LocalId","description":"The organization's id within this document."},"name":{"description":"The full name as written, e.g. `Extended Deterrence Strategy and Consultation Group`.","type":"string"},"acronym":{"description":"The acronym the text gives, e.g. `EDSCG`. schema.org: `alternateName` · Popolo: `other_names`.","type":"string"},"kind":{"$ref":"#/definitions/OrganizationKind","description":"What kind of body it is. Popolo: `classification`."},"country":{"$ref":"#/definitions/CountryCode","description":"The country it belongs to, for national bodies."},"identifiers":{"description":"Identifiers in external schemes.","type":"array","items":{"$ref":"#/definitions/Identifier"}},"mentions":{"description":"Every place the organization is named in the text.","type":"array","items":{"$ref":"#/definitions/Mention"}}},"additionalProperties":false,"required":["name"]};
const schema40 = {"description":"What kind of body an organization is.","enum":["company","forum","government","intergovernmental","legislature","military","ministry","news-agency","non-governmental","other","political-party"],"type":"string"};

function validate27(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.name === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema38.required,parentSchema:schema38,data};
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
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema38,data};
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
const err2 = {instancePath:instancePath+"/id",schemaPath:"#/definitions/LocalId/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(-[a-z0-9]+)*$"},message:"must match pattern \""+"^[a-z0-9]+(-[a-z0-9]+)*$"+"\"",schema:"^[a-z0-9]+(-[a-z0-9]+)*$",parentSchema:schema17,data:data0};
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
const err3 = {instancePath:instancePath+"/id",schemaPath:"#/definitions/LocalId/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema17.type,parentSchema:schema17,data:data0};
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
const err4 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema38.properties.name.type,parentSchema:schema38.properties.name,data:data1};
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
const err5 = {instancePath:instancePath+"/acronym",schemaPath:"#/properties/acronym/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema38.properties.acronym.type,parentSchema:schema38.properties.acronym,data:data2};
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
const err6 = {instancePath:instancePath+"/kind",schemaPath:"#/definitions/OrganizationKind/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema40.type,parentSchema:schema40,data:data3};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(!(((((((((((data3 === "company") || (data3 === "forum")) || (data3 === "government")) || (data3 === "intergovernmental")) || (data3 === "legislature")) || (data3 === "military")) || (data3 === "ministry")) || (data3 === "news-agency")) || (data3 === "non-governmental")) || (data3 === "other")) || (data3 === "political-party"))){
const err7 = {instancePath:instancePath+"/kind",schemaPath:"#/definitions/OrganizationKind/enum",keyword:"enum",params:{allowedValues: schema40.enum},message:"must be equal to one of the allowed values",schema:schema40.enum,parentSchema:schema40,data:data3};
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
const err8 = {instancePath:instancePath+"/country",schemaPath:"#/definitions/CountryCode/pattern",keyword:"pattern",params:{pattern: "^[A-Z]{2}$"},message:"must match pattern \""+"^[A-Z]{2}$"+"\"",schema:"^[A-Z]{2}$",parentSchema:schema19,data:data4};
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
const err9 = {instancePath:instancePath+"/country",schemaPath:"#/definitions/CountryCode/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema19.type,parentSchema:schema19,data:data4};
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
const err10 = {instancePath:instancePath+"/identifiers/" + i0,schemaPath:"#/definitions/Identifier/required",keyword:"required",params:{missingProperty: "scheme"},message:"must have required property '"+"scheme"+"'",schema:schema20.required,parentSchema:schema20,data:data6};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(data6.value === undefined){
const err11 = {instancePath:instancePath+"/identifiers/" + i0,schemaPath:"#/definitions/Identifier/required",keyword:"required",params:{missingProperty: "value"},message:"must have required property '"+"value"+"'",schema:schema20.required,parentSchema:schema20,data:data6};
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
const err12 = {instancePath:instancePath+"/identifiers/" + i0,schemaPath:"#/definitions/Identifier/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema20,data:data6};
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
const err13 = {instancePath:instancePath+"/identifiers/" + i0+"/scheme",schemaPath:"#/definitions/Identifier/properties/scheme/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties.scheme.type,parentSchema:schema20.properties.scheme,data:data7};
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
const err14 = {instancePath:instancePath+"/identifiers/" + i0+"/value",schemaPath:"#/definitions/Identifier/properties/value/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties.value.type,parentSchema:schema20.properties.value,data:data8};
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
const err15 = {instancePath:instancePath+"/identifiers/" + i0,schemaPath:"#/definitions/Identifier/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema20.type,parentSchema:schema20,data:data6};
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
const err16 = {instancePath:instancePath+"/identifiers",schemaPath:"#/properties/identifiers/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema38.properties.identifiers.type,parentSchema:schema38.properties.identifiers,data:data5};
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
const err17 = {instancePath:instancePath+"/mentions",schemaPath:"#/properties/mentions/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema38.properties.mentions.type,parentSchema:schema38.properties.mentions,data:data9};
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
const err18 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema38.type,parentSchema:schema38,data};
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
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "provider"},message:"must have required property '"+"provider"+"'",schema:schema36.required,parentSchema:schema36,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.text === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "text"},message:"must have required property '"+"text"+"'",schema:schema36.required,parentSchema:schema36,data};
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
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema36,data};
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
const err3 = {instancePath:instancePath+"/text",schemaPath:"#/properties/text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema36.properties.text.type,parentSchema:schema36.properties.text,data:data0};
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
const err4 = {instancePath:instancePath+"/span",schemaPath:"#/definitions/TextSpan/required",keyword:"required",params:{missingProperty: "end"},message:"must have required property '"+"end"+"'",schema:schema13.required,parentSchema:schema13,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data1.start === undefined){
const err5 = {instancePath:instancePath+"/span",schemaPath:"#/definitions/TextSpan/required",keyword:"required",params:{missingProperty: "start"},message:"must have required property '"+"start"+"'",schema:schema13.required,parentSchema:schema13,data:data1};
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
const err6 = {instancePath:instancePath+"/span",schemaPath:"#/definitions/TextSpan/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema13,data:data1};
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
const err7 = {instancePath:instancePath+"/span/start",schemaPath:"#/definitions/TextSpan/properties/start/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema13.properties.start.type,parentSchema:schema13.properties.start,data:data2};
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
const err8 = {instancePath:instancePath+"/span/start",schemaPath:"#/definitions/TextSpan/properties/start/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema13.properties.start,data:data2};
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
const err9 = {instancePath:instancePath+"/span/end",schemaPath:"#/definitions/TextSpan/properties/end/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema13.properties.end.type,parentSchema:schema13.properties.end,data:data3};
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
const err10 = {instancePath:instancePath+"/span/end",schemaPath:"#/definitions/TextSpan/properties/end/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema13.properties.end,data:data3};
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
const err11 = {instancePath:instancePath+"/span",schemaPath:"#/definitions/TextSpan/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema13.type,parentSchema:schema13,data:data1};
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
const err12 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema36.type,parentSchema:schema36,data};
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

const schema43 = {"description":"The article body. ninjs: `bodies[]` · schema.org: `articleBody` · NewsML-G2: `inlineXML`/`inlineData`.","type":"object","properties":{"paragraphs":{"description":"The paragraphs in reading order, each verbatim.","minItems":1,"type":"array","items":{"$ref":"#/definitions/Paragraph"}}},"additionalProperties":false,"required":["paragraphs"]};
const schema44 = {"description":"One paragraph of the body, verbatim, with its position in the original text. ninjs: `<p>` in `bodies[].value`.","type":"object","properties":{"text":{"description":"The paragraph's text exactly as written.","minLength":1,"type":"string"},"span":{"$ref":"#/definitions/TextSpan","description":"Where the paragraph stands in the original text."}},"additionalProperties":false,"required":["span","text"]};

function validate32(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.span === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "span"},message:"must have required property '"+"span"+"'",schema:schema44.required,parentSchema:schema44,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.text === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "text"},message:"must have required property '"+"text"+"'",schema:schema44.required,parentSchema:schema44,data};
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
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema44,data};
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
if(func3(data0) < 1){
const err3 = {instancePath:instancePath+"/text",schemaPath:"#/properties/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema44.properties.text,data:data0};
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
const err4 = {instancePath:instancePath+"/text",schemaPath:"#/properties/text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema44.properties.text.type,parentSchema:schema44.properties.text,data:data0};
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
const err5 = {instancePath:instancePath+"/span",schemaPath:"#/definitions/TextSpan/required",keyword:"required",params:{missingProperty: "end"},message:"must have required property '"+"end"+"'",schema:schema13.required,parentSchema:schema13,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data1.start === undefined){
const err6 = {instancePath:instancePath+"/span",schemaPath:"#/definitions/TextSpan/required",keyword:"required",params:{missingProperty: "start"},message:"must have required property '"+"start"+"'",schema:schema13.required,parentSchema:schema13,data:data1};
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
const err7 = {instancePath:instancePath+"/span",schemaPath:"#/definitions/TextSpan/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema13,data:data1};
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
const err8 = {instancePath:instancePath+"/span/start",schemaPath:"#/definitions/TextSpan/properties/start/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema13.properties.start.type,parentSchema:schema13.properties.start,data:data2};
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
const err9 = {instancePath:instancePath+"/span/start",schemaPath:"#/definitions/TextSpan/properties/start/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema13.properties.start,data:data2};
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
const err10 = {instancePath:instancePath+"/span/end",schemaPath:"#/definitions/TextSpan/properties/end/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema13.properties.end.type,parentSchema:schema13.properties.end,data:data3};
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
const err11 = {instancePath:instancePath+"/span/end",schemaPath:"#/definitions/TextSpan/properties/end/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema13.properties.end,data:data3};
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
const err12 = {instancePath:instancePath+"/span",schemaPath:"#/definitions/TextSpan/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema13.type,parentSchema:schema13,data:data1};
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
const err13 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema44.type,parentSchema:schema44,data};
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
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "paragraphs"},message:"must have required property '"+"paragraphs"+"'",schema:schema43.required,parentSchema:schema43,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!(key0 === "paragraphs")){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema43,data};
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
const err2 = {instancePath:instancePath+"/paragraphs",schemaPath:"#/properties/paragraphs/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema43.properties.paragraphs,data:data0};
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
const err3 = {instancePath:instancePath+"/paragraphs",schemaPath:"#/properties/paragraphs/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema43.properties.paragraphs.type,parentSchema:schema43.properties.paragraphs,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
}
else {
const err4 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema43.type,parentSchema:schema43,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
validate31.errors = vErrors;
return errors === 0;
}

const schema48 = {"description":"A country, normalized to ISO 3166-1, with every place it is named in the text as written.\n\nninjs: `places[]` with `locationCode` · schema.org: `Country` · PLOVER: actor `code` (alpha-3) ·\nWikidata: country (P17).","type":"object","properties":{"code":{"$ref":"#/definitions/CountryCode","description":"The ISO 3166-1 alpha-2 code."},"alpha3":{"$ref":"#/definitions/CountryCodeAlpha3","description":"The ISO 3166-1 alpha-3 code, when event data needs it."},"name":{"description":"The country's English short name, e.g. `South Korea`.","type":"string"},"mentions":{"description":"Every place the country is named in the text, as written.","type":"array","items":{"$ref":"#/definitions/CountryMention"}}},"additionalProperties":false,"required":["code","name"]};
const schema50 = {"description":"An ISO 3166-1 alpha-3 country code, e.g. `KOR`, the form event data such as PLOVER, CAMEO and\nICEWS use.","pattern":"^[A-Z]{3}$","type":"string"};
const pattern12 = new RegExp("^[A-Z]{3}$", "u");
const schema51 = {"description":"One place where a country is named, with the form of the naming.","type":"object","properties":{"form":{"$ref":"#/definitions/CountryNameForm","description":"The form of the naming, e.g. `capital` for `Seoul` standing for South Korea's government."},"text":{"description":"The words as written, e.g. `\"ROK\"` or `\"Seoul\"`.","type":"string"},"span":{"$ref":"#/definitions/TextSpan","description":"Where `text` stands in the source text."}},"additionalProperties":false,"required":["form","span","text"]};
const schema52 = {"description":"How a country is named at one place in the text. Governments are often named by their capital\n(`Seoul`), by a short form (`ROK`, `US`), by a demonym (`South Korean side`) or by a description\n(`the Northeast Asian ally`).","enum":["acronym","capital","demonym","description","name","official-name"],"type":"string"};

function validate39(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.form === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "form"},message:"must have required property '"+"form"+"'",schema:schema51.required,parentSchema:schema51,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.span === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "span"},message:"must have required property '"+"span"+"'",schema:schema51.required,parentSchema:schema51,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.text === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "text"},message:"must have required property '"+"text"+"'",schema:schema51.required,parentSchema:schema51,data};
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
const err3 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema51,data};
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
const err4 = {instancePath:instancePath+"/form",schemaPath:"#/definitions/CountryNameForm/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema52.type,parentSchema:schema52,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(!((((((data0 === "acronym") || (data0 === "capital")) || (data0 === "demonym")) || (data0 === "description")) || (data0 === "name")) || (data0 === "official-name"))){
const err5 = {instancePath:instancePath+"/form",schemaPath:"#/definitions/CountryNameForm/enum",keyword:"enum",params:{allowedValues: schema52.enum},message:"must be equal to one of the allowed values",schema:schema52.enum,parentSchema:schema52,data:data0};
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
const err6 = {instancePath:instancePath+"/text",schemaPath:"#/properties/text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema51.properties.text.type,parentSchema:schema51.properties.text,data:data1};
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
const err7 = {instancePath:instancePath+"/span",schemaPath:"#/definitions/TextSpan/required",keyword:"required",params:{missingProperty: "end"},message:"must have required property '"+"end"+"'",schema:schema13.required,parentSchema:schema13,data:data2};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data2.start === undefined){
const err8 = {instancePath:instancePath+"/span",schemaPath:"#/definitions/TextSpan/required",keyword:"required",params:{missingProperty: "start"},message:"must have required property '"+"start"+"'",schema:schema13.required,parentSchema:schema13,data:data2};
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
const err9 = {instancePath:instancePath+"/span",schemaPath:"#/definitions/TextSpan/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema13,data:data2};
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
const err10 = {instancePath:instancePath+"/span/start",schemaPath:"#/definitions/TextSpan/properties/start/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema13.properties.start.type,parentSchema:schema13.properties.start,data:data3};
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
const err11 = {instancePath:instancePath+"/span/start",schemaPath:"#/definitions/TextSpan/properties/start/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema13.properties.start,data:data3};
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
const err12 = {instancePath:instancePath+"/span/end",schemaPath:"#/definitions/TextSpan/properties/end/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema13.properties.end.type,parentSchema:schema13.properties.end,data:data4};
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
const err13 = {instancePath:instancePath+"/span/end",schemaPath:"#/definitions/TextSpan/properties/end/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema13.properties.end,data:data4};
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
const err14 = {instancePath:instancePath+"/span",schemaPath:"#/definitions/TextSpan/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema13.type,parentSchema:schema13,data:data2};
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
const err15 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema51.type,parentSchema:schema51,data};
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
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "code"},message:"must have required property '"+"code"+"'",schema:schema48.required,parentSchema:schema48,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.name === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema48.required,parentSchema:schema48,data};
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
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema48,data};
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
const err3 = {instancePath:instancePath+"/code",schemaPath:"#/definitions/CountryCode/pattern",keyword:"pattern",params:{pattern: "^[A-Z]{2}$"},message:"must match pattern \""+"^[A-Z]{2}$"+"\"",schema:"^[A-Z]{2}$",parentSchema:schema19,data:data0};
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
const err4 = {instancePath:instancePath+"/code",schemaPath:"#/definitions/CountryCode/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema19.type,parentSchema:schema19,data:data0};
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
const err5 = {instancePath:instancePath+"/alpha3",schemaPath:"#/definitions/CountryCodeAlpha3/pattern",keyword:"pattern",params:{pattern: "^[A-Z]{3}$"},message:"must match pattern \""+"^[A-Z]{3}$"+"\"",schema:"^[A-Z]{3}$",parentSchema:schema50,data:data1};
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
const err6 = {instancePath:instancePath+"/alpha3",schemaPath:"#/definitions/CountryCodeAlpha3/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema50.type,parentSchema:schema50,data:data1};
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
const err7 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema48.properties.name.type,parentSchema:schema48.properties.name,data:data2};
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
const err8 = {instancePath:instancePath+"/mentions",schemaPath:"#/properties/mentions/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema48.properties.mentions.type,parentSchema:schema48.properties.mentions,data:data3};
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
const err9 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema48.type,parentSchema:schema48,data};
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

const schema54 = {"description":"A passage quoted verbatim, with its attribution.\n\nschema.org: `Quotation` (`text`, `creator`) · Akoma Ntoso: `quotedText` · Popolo: `Speech` ·\nNewsML-G2: `inlineRef`.","type":"object","properties":{"text":{"description":"The quoted words exactly as written, without the quotation marks.","type":"string"},"span":{"$ref":"#/definitions/TextSpan","description":"Where `text` stands in the source text (inside the marks)."},"attribution":{"$ref":"#/definitions/Attribution","description":"Who or what the quotation is attributed to."}},"additionalProperties":false,"required":["attribution","span","text"]};
const schema56 = {"description":"The source a quotation is attributed to.\n\nschema.org: `Quotation.creator`/`isBasedOn` · Popolo: `Speech.creator_id` · Akoma Ntoso:\n`quotedText@for`.","type":"object","properties":{"kind":{"$ref":"#/definitions/AttributionKind","description":"What kind of source it is."},"ref":{"description":"Who it is: the local id of a person or organization in the same document (`lim-sung-nam`), or\nthe document id of a statement (`urn:communique:joint-statement:…`). Absent when `kind` is `unknown`.","type":"string"},"cue":{"$ref":"#/definitions/Mention","description":"The words that attribute the quotation, e.g. `the allies said in their joint statement`."}},"additionalProperties":false,"required":["kind"]};
const schema57 = {"description":"Who a quotation is attributed to: a person, an organization, a statement (a document), or no\none the text names.","enum":["organization","person","statement","unknown"],"type":"string"};

function validate43(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.kind === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'",schema:schema56.required,parentSchema:schema56,data};
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
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema56,data};
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
const err2 = {instancePath:instancePath+"/kind",schemaPath:"#/definitions/AttributionKind/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema57.type,parentSchema:schema57,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(!((((data0 === "organization") || (data0 === "person")) || (data0 === "statement")) || (data0 === "unknown"))){
const err3 = {instancePath:instancePath+"/kind",schemaPath:"#/definitions/AttributionKind/enum",keyword:"enum",params:{allowedValues: schema57.enum},message:"must be equal to one of the allowed values",schema:schema57.enum,parentSchema:schema57,data:data0};
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
const err4 = {instancePath:instancePath+"/ref",schemaPath:"#/properties/ref/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema56.properties.ref.type,parentSchema:schema56.properties.ref,data:data1};
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
const err5 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema56.type,parentSchema:schema56,data};
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
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "attribution"},message:"must have required property '"+"attribution"+"'",schema:schema54.required,parentSchema:schema54,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.span === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "span"},message:"must have required property '"+"span"+"'",schema:schema54.required,parentSchema:schema54,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.text === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "text"},message:"must have required property '"+"text"+"'",schema:schema54.required,parentSchema:schema54,data};
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
const err3 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema54,data};
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
const err4 = {instancePath:instancePath+"/text",schemaPath:"#/properties/text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema54.properties.text.type,parentSchema:schema54.properties.text,data:data0};
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
const err5 = {instancePath:instancePath+"/span",schemaPath:"#/definitions/TextSpan/required",keyword:"required",params:{missingProperty: "end"},message:"must have required property '"+"end"+"'",schema:schema13.required,parentSchema:schema13,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data1.start === undefined){
const err6 = {instancePath:instancePath+"/span",schemaPath:"#/definitions/TextSpan/required",keyword:"required",params:{missingProperty: "start"},message:"must have required property '"+"start"+"'",schema:schema13.required,parentSchema:schema13,data:data1};
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
const err7 = {instancePath:instancePath+"/span",schemaPath:"#/definitions/TextSpan/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema13,data:data1};
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
const err8 = {instancePath:instancePath+"/span/start",schemaPath:"#/definitions/TextSpan/properties/start/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema13.properties.start.type,parentSchema:schema13.properties.start,data:data2};
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
const err9 = {instancePath:instancePath+"/span/start",schemaPath:"#/definitions/TextSpan/properties/start/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema13.properties.start,data:data2};
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
const err10 = {instancePath:instancePath+"/span/end",schemaPath:"#/definitions/TextSpan/properties/end/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema13.properties.end.type,parentSchema:schema13.properties.end,data:data3};
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
const err11 = {instancePath:instancePath+"/span/end",schemaPath:"#/definitions/TextSpan/properties/end/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema13.properties.end,data:data3};
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
const err12 = {instancePath:instancePath+"/span",schemaPath:"#/definitions/TextSpan/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema13.type,parentSchema:schema13,data:data1};
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
const err13 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema54.type,parentSchema:schema54,data};
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

const formats0 = runtime1["date-time"];
const formats4 = runtime1.uri;

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
if(data.headline !== undefined){
let data3 = data.headline;
if(typeof data3 === "string"){
if(func3(data3) < 1){
const err13 = {instancePath:instancePath+"/headline",schemaPath:"#/properties/headline/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema11.properties.headline,data:data3};
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
const err14 = {instancePath:instancePath+"/headline",schemaPath:"#/properties/headline/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.headline.type,parentSchema:schema11.properties.headline,data:data3};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.headlineSpan !== undefined){
let data4 = data.headlineSpan;
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
if(data4.end === undefined){
const err15 = {instancePath:instancePath+"/headlineSpan",schemaPath:"#/definitions/TextSpan/required",keyword:"required",params:{missingProperty: "end"},message:"must have required property '"+"end"+"'",schema:schema13.required,parentSchema:schema13,data:data4};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if(data4.start === undefined){
const err16 = {instancePath:instancePath+"/headlineSpan",schemaPath:"#/definitions/TextSpan/required",keyword:"required",params:{missingProperty: "start"},message:"must have required property '"+"start"+"'",schema:schema13.required,parentSchema:schema13,data:data4};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
for(const key1 in data4){
if(!((key1 === "start") || (key1 === "end"))){
const err17 = {instancePath:instancePath+"/headlineSpan",schemaPath:"#/definitions/TextSpan/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema13,data:data4};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data4.start !== undefined){
let data5 = data4.start;
if(!(((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5))) && (isFinite(data5)))){
const err18 = {instancePath:instancePath+"/headlineSpan/start",schemaPath:"#/definitions/TextSpan/properties/start/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema13.properties.start.type,parentSchema:schema13.properties.start,data:data5};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
if((typeof data5 == "number") && (isFinite(data5))){
if(data5 < 0 || isNaN(data5)){
const err19 = {instancePath:instancePath+"/headlineSpan/start",schemaPath:"#/definitions/TextSpan/properties/start/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema13.properties.start,data:data5};
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
if(data4.end !== undefined){
let data6 = data4.end;
if(!(((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6))) && (isFinite(data6)))){
const err20 = {instancePath:instancePath+"/headlineSpan/end",schemaPath:"#/definitions/TextSpan/properties/end/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema13.properties.end.type,parentSchema:schema13.properties.end,data:data6};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
if((typeof data6 == "number") && (isFinite(data6))){
if(data6 < 0 || isNaN(data6)){
const err21 = {instancePath:instancePath+"/headlineSpan/end",schemaPath:"#/definitions/TextSpan/properties/end/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema13.properties.end,data:data6};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
}
}
else {
const err22 = {instancePath:instancePath+"/headlineSpan",schemaPath:"#/definitions/TextSpan/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema13.type,parentSchema:schema13,data:data4};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
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
let data8 = data.published;
if(typeof data8 === "string"){
if(!(formats0.validate(data8))){
const err23 = {instancePath:instancePath+"/published",schemaPath:"#/properties/published/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\"",schema:"date-time",parentSchema:schema11.properties.published,data:data8};
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
const err24 = {instancePath:instancePath+"/published",schemaPath:"#/properties/published/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.published.type,parentSchema:schema11.properties.published,data:data8};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data.modified !== undefined){
let data9 = data.modified;
if(typeof data9 === "string"){
if(!(formats0.validate(data9))){
const err25 = {instancePath:instancePath+"/modified",schemaPath:"#/properties/modified/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\"",schema:"date-time",parentSchema:schema11.properties.modified,data:data9};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
else {
const err26 = {instancePath:instancePath+"/modified",schemaPath:"#/properties/modified/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.modified.type,parentSchema:schema11.properties.modified,data:data9};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data.language !== undefined){
let data10 = data.language;
if(typeof data10 === "string"){
if(!pattern4.test(data10)){
const err27 = {instancePath:instancePath+"/language",schemaPath:"#/definitions/LanguageTag/pattern",keyword:"pattern",params:{pattern: "^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{1,8})*$"},message:"must match pattern \""+"^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{1,8})*$"+"\"",schema:"^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{1,8})*$",parentSchema:schema27,data:data10};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
else {
const err28 = {instancePath:instancePath+"/language",schemaPath:"#/definitions/LanguageTag/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema27.type,parentSchema:schema27,data:data10};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
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
if(data.body !== undefined){
if(!(validate31(data.body, {instancePath:instancePath+"/body",parentData:data,parentDataProperty:"body",rootData}))){
vErrors = vErrors === null ? validate31.errors : vErrors.concat(validate31.errors);
errors = vErrors.length;
}
}
if(data.subjects !== undefined){
let data14 = data.subjects;
if(Array.isArray(data14)){
const len0 = data14.length;
for(let i0=0; i0<len0; i0++){
let data15 = data14[i0];
if(data15 && typeof data15 == "object" && !Array.isArray(data15)){
if(data15.uri === undefined){
const err29 = {instancePath:instancePath+"/subjects/" + i0,schemaPath:"#/definitions/ConceptRef/required",keyword:"required",params:{missingProperty: "uri"},message:"must have required property '"+"uri"+"'",schema:schema46.required,parentSchema:schema46,data:data15};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
for(const key2 in data15){
if(!(((key2 === "uri") || (key2 === "qcode")) || (key2 === "name"))){
const err30 = {instancePath:instancePath+"/subjects/" + i0,schemaPath:"#/definitions/ConceptRef/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema46,data:data15};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
if(data15.uri !== undefined){
let data16 = data15.uri;
if(typeof data16 === "string"){
if(!(formats4(data16))){
const err31 = {instancePath:instancePath+"/subjects/" + i0+"/uri",schemaPath:"#/definitions/ConceptRef/properties/uri/format",keyword:"format",params:{format: "uri"},message:"must match format \""+"uri"+"\"",schema:"uri",parentSchema:schema46.properties.uri,data:data16};
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
const err32 = {instancePath:instancePath+"/subjects/" + i0+"/uri",schemaPath:"#/definitions/ConceptRef/properties/uri/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema46.properties.uri.type,parentSchema:schema46.properties.uri,data:data16};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
if(data15.qcode !== undefined){
let data17 = data15.qcode;
if(typeof data17 === "string"){
if(!pattern9.test(data17)){
const err33 = {instancePath:instancePath+"/subjects/" + i0+"/qcode",schemaPath:"#/definitions/ConceptRef/properties/qcode/pattern",keyword:"pattern",params:{pattern: "^[a-zA-Z][a-zA-Z0-9-]*:[^\\s:]+$"},message:"must match pattern \""+"^[a-zA-Z][a-zA-Z0-9-]*:[^\\s:]+$"+"\"",schema:"^[a-zA-Z][a-zA-Z0-9-]*:[^\\s:]+$",parentSchema:schema46.properties.qcode,data:data17};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
else {
const err34 = {instancePath:instancePath+"/subjects/" + i0+"/qcode",schemaPath:"#/definitions/ConceptRef/properties/qcode/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema46.properties.qcode.type,parentSchema:schema46.properties.qcode,data:data17};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
if(data15.name !== undefined){
let data18 = data15.name;
if(typeof data18 !== "string"){
const err35 = {instancePath:instancePath+"/subjects/" + i0+"/name",schemaPath:"#/definitions/ConceptRef/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema46.properties.name.type,parentSchema:schema46.properties.name,data:data18};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
}
else {
const err36 = {instancePath:instancePath+"/subjects/" + i0,schemaPath:"#/definitions/ConceptRef/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema46.type,parentSchema:schema46,data:data15};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
}
else {
const err37 = {instancePath:instancePath+"/subjects",schemaPath:"#/properties/subjects/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.subjects.type,parentSchema:schema11.properties.subjects,data:data14};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
if(data.genre !== undefined){
let data19 = data.genre;
if(data19 && typeof data19 == "object" && !Array.isArray(data19)){
if(data19.uri === undefined){
const err38 = {instancePath:instancePath+"/genre",schemaPath:"#/definitions/ConceptRef/required",keyword:"required",params:{missingProperty: "uri"},message:"must have required property '"+"uri"+"'",schema:schema46.required,parentSchema:schema46,data:data19};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
for(const key3 in data19){
if(!(((key3 === "uri") || (key3 === "qcode")) || (key3 === "name"))){
const err39 = {instancePath:instancePath+"/genre",schemaPath:"#/definitions/ConceptRef/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties",schema:false,parentSchema:schema46,data:data19};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
if(data19.uri !== undefined){
let data20 = data19.uri;
if(typeof data20 === "string"){
if(!(formats4(data20))){
const err40 = {instancePath:instancePath+"/genre/uri",schemaPath:"#/definitions/ConceptRef/properties/uri/format",keyword:"format",params:{format: "uri"},message:"must match format \""+"uri"+"\"",schema:"uri",parentSchema:schema46.properties.uri,data:data20};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
else {
const err41 = {instancePath:instancePath+"/genre/uri",schemaPath:"#/definitions/ConceptRef/properties/uri/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema46.properties.uri.type,parentSchema:schema46.properties.uri,data:data20};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
if(data19.qcode !== undefined){
let data21 = data19.qcode;
if(typeof data21 === "string"){
if(!pattern9.test(data21)){
const err42 = {instancePath:instancePath+"/genre/qcode",schemaPath:"#/definitions/ConceptRef/properties/qcode/pattern",keyword:"pattern",params:{pattern: "^[a-zA-Z][a-zA-Z0-9-]*:[^\\s:]+$"},message:"must match pattern \""+"^[a-zA-Z][a-zA-Z0-9-]*:[^\\s:]+$"+"\"",schema:"^[a-zA-Z][a-zA-Z0-9-]*:[^\\s:]+$",parentSchema:schema46.properties.qcode,data:data21};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
else {
const err43 = {instancePath:instancePath+"/genre/qcode",schemaPath:"#/definitions/ConceptRef/properties/qcode/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema46.properties.qcode.type,parentSchema:schema46.properties.qcode,data:data21};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
if(data19.name !== undefined){
let data22 = data19.name;
if(typeof data22 !== "string"){
const err44 = {instancePath:instancePath+"/genre/name",schemaPath:"#/definitions/ConceptRef/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema46.properties.name.type,parentSchema:schema46.properties.name,data:data22};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
}
else {
const err45 = {instancePath:instancePath+"/genre",schemaPath:"#/definitions/ConceptRef/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema46.type,parentSchema:schema46,data:data19};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
if(data.people !== undefined){
let data23 = data.people;
if(Array.isArray(data23)){
const len1 = data23.length;
for(let i1=0; i1<len1; i1++){
if(!(validate20(data23[i1], {instancePath:instancePath+"/people/" + i1,parentData:data23,parentDataProperty:i1,rootData}))){
vErrors = vErrors === null ? validate20.errors : vErrors.concat(validate20.errors);
errors = vErrors.length;
}
}
}
else {
const err46 = {instancePath:instancePath+"/people",schemaPath:"#/properties/people/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.people.type,parentSchema:schema11.properties.people,data:data23};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
if(data.organizations !== undefined){
let data25 = data.organizations;
if(Array.isArray(data25)){
const len2 = data25.length;
for(let i2=0; i2<len2; i2++){
if(!(validate27(data25[i2], {instancePath:instancePath+"/organizations/" + i2,parentData:data25,parentDataProperty:i2,rootData}))){
vErrors = vErrors === null ? validate27.errors : vErrors.concat(validate27.errors);
errors = vErrors.length;
}
}
}
else {
const err47 = {instancePath:instancePath+"/organizations",schemaPath:"#/properties/organizations/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.organizations.type,parentSchema:schema11.properties.organizations,data:data25};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
}
if(data.places !== undefined){
let data27 = data.places;
if(Array.isArray(data27)){
const len3 = data27.length;
for(let i3=0; i3<len3; i3++){
if(!(validate12(data27[i3], {instancePath:instancePath+"/places/" + i3,parentData:data27,parentDataProperty:i3,rootData}))){
vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors);
errors = vErrors.length;
}
}
}
else {
const err48 = {instancePath:instancePath+"/places",schemaPath:"#/properties/places/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.places.type,parentSchema:schema11.properties.places,data:data27};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
}
if(data.countries !== undefined){
let data29 = data.countries;
if(Array.isArray(data29)){
const len4 = data29.length;
for(let i4=0; i4<len4; i4++){
if(!(validate38(data29[i4], {instancePath:instancePath+"/countries/" + i4,parentData:data29,parentDataProperty:i4,rootData}))){
vErrors = vErrors === null ? validate38.errors : vErrors.concat(validate38.errors);
errors = vErrors.length;
}
}
}
else {
const err49 = {instancePath:instancePath+"/countries",schemaPath:"#/properties/countries/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.countries.type,parentSchema:schema11.properties.countries,data:data29};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
}
if(data.quotes !== undefined){
let data31 = data.quotes;
if(Array.isArray(data31)){
const len5 = data31.length;
for(let i5=0; i5<len5; i5++){
if(!(validate42(data31[i5], {instancePath:instancePath+"/quotes/" + i5,parentData:data31,parentDataProperty:i5,rootData}))){
vErrors = vErrors === null ? validate42.errors : vErrors.concat(validate42.errors);
errors = vErrors.length;
}
}
}
else {
const err50 = {instancePath:instancePath+"/quotes",schemaPath:"#/properties/quotes/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.quotes.type,parentSchema:schema11.properties.quotes,data:data31};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
}
if(data.reports !== undefined){
let data33 = data.reports;
if(Array.isArray(data33)){
const len6 = data33.length;
for(let i6=0; i6<len6; i6++){
let data34 = data33[i6];
if(typeof data34 === "string"){
if(!pattern0.test(data34)){
const err51 = {instancePath:instancePath+"/reports/" + i6,schemaPath:"#/definitions/DocumentId/pattern",keyword:"pattern",params:{pattern: "^[a-zA-Z][a-zA-Z0-9+.-]*:[^\\s]+$"},message:"must match pattern \""+"^[a-zA-Z][a-zA-Z0-9+.-]*:[^\\s]+$"+"\"",schema:"^[a-zA-Z][a-zA-Z0-9+.-]*:[^\\s]+$",parentSchema:schema12,data:data34};
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
const err52 = {instancePath:instancePath+"/reports/" + i6,schemaPath:"#/definitions/DocumentId/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.type,parentSchema:schema12,data:data34};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
}
}
else {
const err53 = {instancePath:instancePath+"/reports",schemaPath:"#/properties/reports/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.reports.type,parentSchema:schema11.properties.reports,data:data33};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
}
if(data.provenance !== undefined){
let data35 = data.provenance;
if(data35 && typeof data35 == "object" && !Array.isArray(data35)){
if(data35.method === undefined){
const err54 = {instancePath:instancePath+"/provenance",schemaPath:"#/definitions/Provenance/required",keyword:"required",params:{missingProperty: "method"},message:"must have required property '"+"method"+"'",schema:schema59.required,parentSchema:schema59,data:data35};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
if(data35.sha256 === undefined){
const err55 = {instancePath:instancePath+"/provenance",schemaPath:"#/definitions/Provenance/required",keyword:"required",params:{missingProperty: "sha256"},message:"must have required property '"+"sha256"+"'",schema:schema59.required,parentSchema:schema59,data:data35};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
if(data35.source === undefined){
const err56 = {instancePath:instancePath+"/provenance",schemaPath:"#/definitions/Provenance/required",keyword:"required",params:{missingProperty: "source"},message:"must have required property '"+"source"+"'",schema:schema59.required,parentSchema:schema59,data:data35};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
for(const key4 in data35){
if(!(((((key4 === "source") || (key4 === "sha256")) || (key4 === "method")) || (key4 === "tool")) || (key4 === "created"))){
const err57 = {instancePath:instancePath+"/provenance",schemaPath:"#/definitions/Provenance/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties",schema:false,parentSchema:schema59,data:data35};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
}
if(data35.source !== undefined){
let data36 = data35.source;
if(typeof data36 !== "string"){
const err58 = {instancePath:instancePath+"/provenance/source",schemaPath:"#/definitions/Provenance/properties/source/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema59.properties.source.type,parentSchema:schema59.properties.source,data:data36};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
}
if(data35.sha256 !== undefined){
let data37 = data35.sha256;
if(typeof data37 === "string"){
if(!pattern14.test(data37)){
const err59 = {instancePath:instancePath+"/provenance/sha256",schemaPath:"#/definitions/Provenance/properties/sha256/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{64}$"},message:"must match pattern \""+"^[0-9a-f]{64}$"+"\"",schema:"^[0-9a-f]{64}$",parentSchema:schema59.properties.sha256,data:data37};
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
const err60 = {instancePath:instancePath+"/provenance/sha256",schemaPath:"#/definitions/Provenance/properties/sha256/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema59.properties.sha256.type,parentSchema:schema59.properties.sha256,data:data37};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
}
if(data35.method !== undefined){
let data38 = data35.method;
if(typeof data38 !== "string"){
const err61 = {instancePath:instancePath+"/provenance/method",schemaPath:"#/definitions/Provenance/properties/method/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema59.properties.method.type,parentSchema:schema59.properties.method,data:data38};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
if(!((data38 === "extracted") || (data38 === "manual"))){
const err62 = {instancePath:instancePath+"/provenance/method",schemaPath:"#/definitions/Provenance/properties/method/enum",keyword:"enum",params:{allowedValues: schema59.properties.method.enum},message:"must be equal to one of the allowed values",schema:schema59.properties.method.enum,parentSchema:schema59.properties.method,data:data38};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
}
if(data35.tool !== undefined){
let data39 = data35.tool;
if(typeof data39 !== "string"){
const err63 = {instancePath:instancePath+"/provenance/tool",schemaPath:"#/definitions/Provenance/properties/tool/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema59.properties.tool.type,parentSchema:schema59.properties.tool,data:data39};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
}
if(data35.created !== undefined){
let data40 = data35.created;
if(typeof data40 === "string"){
if(!(formats0.validate(data40))){
const err64 = {instancePath:instancePath+"/provenance/created",schemaPath:"#/definitions/Provenance/properties/created/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\"",schema:"date-time",parentSchema:schema59.properties.created,data:data40};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
}
else {
const err65 = {instancePath:instancePath+"/provenance/created",schemaPath:"#/definitions/Provenance/properties/created/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema59.properties.created.type,parentSchema:schema59.properties.created,data:data40};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
}
}
else {
const err66 = {instancePath:instancePath+"/provenance",schemaPath:"#/definitions/Provenance/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema59.type,parentSchema:schema59,data:data35};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
}
if(data.extensions !== undefined){
let data41 = data.extensions;
if(data41 && typeof data41 == "object" && !Array.isArray(data41)){
for(const key5 in data41){
const _errs90 = errors;
if(typeof key5 === "string"){
if(!pattern15.test(key5)){
const err67 = {instancePath:instancePath+"/extensions",schemaPath:"#/definitions/Extensions/propertyNames/pattern",keyword:"pattern",params:{pattern: "^([a-z][a-z0-9]*(\\.[a-z0-9-]+)+:[A-Za-z0-9._-]+|x-[a-z0-9-]+)$"},message:"must match pattern \""+"^([a-z][a-z0-9]*(\\.[a-z0-9-]+)+:[A-Za-z0-9._-]+|x-[a-z0-9-]+)$"+"\"",schema:"^([a-z][a-z0-9]*(\\.[a-z0-9-]+)+:[A-Za-z0-9._-]+|x-[a-z0-9-]+)$",parentSchema:schema60.propertyNames,data:key5,propertyName:key5};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
}
var valid27 = _errs90 === errors;
if(!valid27){
const err68 = {instancePath:instancePath+"/extensions",schemaPath:"#/definitions/Extensions/propertyNames",keyword:"propertyNames",params:{propertyName: key5},message:"property name must be valid",schema:schema60.propertyNames,parentSchema:schema60,data:data41};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
}
}
}
else {
const err69 = {instancePath:instancePath+"/extensions",schemaPath:"#/definitions/Extensions/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema60.type,parentSchema:schema60,data:data41};
if(vErrors === null){
vErrors = [err69];
}
else {
vErrors.push(err69);
}
errors++;
}
}
}
else {
const err70 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.type,parentSchema:schema11,data};
if(vErrors === null){
vErrors = [err70];
}
else {
vErrors.push(err70);
}
errors++;
}
validate10.errors = vErrors;
return errors === 0;
}
