// @ts-nocheck
// Generated from schema/joint-statement.schema.json by `npm run generate` (@communique/schema-build); do not edit by hand.
import { schemaFormats as runtime0 } from "@communique/core";
export const schemaId = "https://communique.dev/schemas/joint-statement/v1.json";
export const definitionPaths = {
  "CountryCode": [
    "/issued/place/country",
    "/meeting/forum/country",
    "/meeting/place/country",
    "/parties/*/country",
    "/parties/*/organization/country",
    "/provisions/*/recipients/*/country",
    "/related/*/place/country"
  ],
  "PostCountryCode": [
    "/participants/*/post/country"
  ],
  "CountryRef": [],
  "TextSpan": [
    "/issued/date/span",
    "/issued/place/mentions/*/span",
    "/kindMentions/*/span",
    "/meeting/date/span",
    "/meeting/endDate/span",
    "/meeting/forum/mentions/*/span",
    "/meeting/ordinalMention/span",
    "/meeting/place/mentions/*/span",
    "/participants/*/person/mentions/*/span",
    "/participants/*/post/span",
    "/participants/*/roleMention/span",
    "/parties/*/mentions/*/span",
    "/parties/*/organization/mentions/*/span",
    "/provisions/*/recipients/*/mention/span",
    "/provisions/*/restatements/*/span",
    "/provisions/*/span",
    "/quotations/*/attribution/cue/span",
    "/quotations/*/span",
    "/related/*/date/span",
    "/related/*/description/span",
    "/related/*/place/mentions/*/span"
  ],
  "Byline": [],
  "CountryMention": [
    "/parties/*/mentions/*"
  ],
  "CreditLine": [],
  "Dateline": [],
  "Mention": [
    "/issued/place/mentions/*",
    "/kindMentions/*",
    "/meeting/forum/mentions/*",
    "/meeting/ordinalMention",
    "/meeting/place/mentions/*",
    "/participants/*/person/mentions/*",
    "/participants/*/roleMention",
    "/parties/*/organization/mentions/*",
    "/provisions/*/recipients/*/mention",
    "/provisions/*/restatements/*",
    "/quotations/*/attribution/cue",
    "/related/*/description",
    "/related/*/place/mentions/*"
  ],
  "Paragraph": [],
  "PartialDate": [
    "/issued/date",
    "/meeting/date",
    "/meeting/endDate",
    "/related/*/date"
  ],
  "Provision": [
    "/provisions/*"
  ],
  "Quote": [
    "/quotations/*"
  ]
};
const escapeKey = (key) => key.replace(/~/g, "~0").replace(/\//g, "~1");
/** Runs each model rule on every value of its definition; generated from the schema, see @communique/schema-build. */
export function walkModelRules(data, rules, issues, toIssue) {
  const rule0 = rules.CountryCode;
  const rule1 = rules.PostCountryCode;
  const rule2 = rules.TextSpan;
  const rule3 = rules.CountryMention;
  const rule4 = rules.Mention;
  const rule5 = rules.PartialDate;
  const rule6 = rules.Provision;
  const rule7 = rules.Quote;
  let breach;
  if (typeof data === "object" && data !== null) {
    const v1 = data.issued;
    if (v1 !== undefined) {
      if (typeof v1 === "object" && v1 !== null) {
        const v2 = v1.place;
        if (v2 !== undefined) {
          if (typeof v2 === "object" && v2 !== null) {
            const v3 = v2.country;
            if (v3 !== undefined) {
              if ((breach = rule0(v3)) !== undefined) issues.push(toIssue(breach, "/issued/place/country"));
            }
            const v4 = v2.mentions;
            if (v4 !== undefined) {
              if (Array.isArray(v4)) {
                for (let i5 = 0; i5 < v4.length; i5++) {
                  const v5 = v4[i5];
                  if ((breach = rule4(v5)) !== undefined) issues.push(toIssue(breach, "/issued/place/mentions/" + i5));
                  if (typeof v5 === "object" && v5 !== null) {
                    const v6 = v5.span;
                    if (v6 !== undefined) {
                      if ((breach = rule2(v6)) !== undefined) issues.push(toIssue(breach, "/issued/place/mentions/" + i5 + "/span"));
                    }
                  }
                }
              }
            }
          }
        }
        const v7 = v1.date;
        if (v7 !== undefined) {
          if ((breach = rule5(v7)) !== undefined) issues.push(toIssue(breach, "/issued/date"));
          if (typeof v7 === "object" && v7 !== null) {
            const v8 = v7.span;
            if (v8 !== undefined) {
              if ((breach = rule2(v8)) !== undefined) issues.push(toIssue(breach, "/issued/date/span"));
            }
          }
        }
      }
    }
    const v9 = data.meeting;
    if (v9 !== undefined) {
      if (typeof v9 === "object" && v9 !== null) {
        const v10 = v9.forum;
        if (v10 !== undefined) {
          if (typeof v10 === "object" && v10 !== null) {
            const v11 = v10.country;
            if (v11 !== undefined) {
              if ((breach = rule0(v11)) !== undefined) issues.push(toIssue(breach, "/meeting/forum/country"));
            }
            const v12 = v10.mentions;
            if (v12 !== undefined) {
              if (Array.isArray(v12)) {
                for (let i13 = 0; i13 < v12.length; i13++) {
                  const v13 = v12[i13];
                  if ((breach = rule4(v13)) !== undefined) issues.push(toIssue(breach, "/meeting/forum/mentions/" + i13));
                  if (typeof v13 === "object" && v13 !== null) {
                    const v14 = v13.span;
                    if (v14 !== undefined) {
                      if ((breach = rule2(v14)) !== undefined) issues.push(toIssue(breach, "/meeting/forum/mentions/" + i13 + "/span"));
                    }
                  }
                }
              }
            }
          }
        }
        const v15 = v9.place;
        if (v15 !== undefined) {
          if (typeof v15 === "object" && v15 !== null) {
            const v16 = v15.country;
            if (v16 !== undefined) {
              if ((breach = rule0(v16)) !== undefined) issues.push(toIssue(breach, "/meeting/place/country"));
            }
            const v17 = v15.mentions;
            if (v17 !== undefined) {
              if (Array.isArray(v17)) {
                for (let i18 = 0; i18 < v17.length; i18++) {
                  const v18 = v17[i18];
                  if ((breach = rule4(v18)) !== undefined) issues.push(toIssue(breach, "/meeting/place/mentions/" + i18));
                  if (typeof v18 === "object" && v18 !== null) {
                    const v19 = v18.span;
                    if (v19 !== undefined) {
                      if ((breach = rule2(v19)) !== undefined) issues.push(toIssue(breach, "/meeting/place/mentions/" + i18 + "/span"));
                    }
                  }
                }
              }
            }
          }
        }
        const v20 = v9.date;
        if (v20 !== undefined) {
          if ((breach = rule5(v20)) !== undefined) issues.push(toIssue(breach, "/meeting/date"));
          if (typeof v20 === "object" && v20 !== null) {
            const v21 = v20.span;
            if (v21 !== undefined) {
              if ((breach = rule2(v21)) !== undefined) issues.push(toIssue(breach, "/meeting/date/span"));
            }
          }
        }
        const v22 = v9.endDate;
        if (v22 !== undefined) {
          if ((breach = rule5(v22)) !== undefined) issues.push(toIssue(breach, "/meeting/endDate"));
          if (typeof v22 === "object" && v22 !== null) {
            const v23 = v22.span;
            if (v23 !== undefined) {
              if ((breach = rule2(v23)) !== undefined) issues.push(toIssue(breach, "/meeting/endDate/span"));
            }
          }
        }
        const v24 = v9.ordinalMention;
        if (v24 !== undefined) {
          if ((breach = rule4(v24)) !== undefined) issues.push(toIssue(breach, "/meeting/ordinalMention"));
          if (typeof v24 === "object" && v24 !== null) {
            const v25 = v24.span;
            if (v25 !== undefined) {
              if ((breach = rule2(v25)) !== undefined) issues.push(toIssue(breach, "/meeting/ordinalMention/span"));
            }
          }
        }
      }
    }
    const v26 = data.parties;
    if (v26 !== undefined) {
      if (Array.isArray(v26)) {
        for (let i27 = 0; i27 < v26.length; i27++) {
          const v27 = v26[i27];
          if (typeof v27 === "object" && v27 !== null) {
            const v28 = v27.country;
            if (v28 !== undefined) {
              if ((breach = rule0(v28)) !== undefined) issues.push(toIssue(breach, "/parties/" + i27 + "/country"));
            }
            const v29 = v27.organization;
            if (v29 !== undefined) {
              if (typeof v29 === "object" && v29 !== null) {
                const v30 = v29.country;
                if (v30 !== undefined) {
                  if ((breach = rule0(v30)) !== undefined) issues.push(toIssue(breach, "/parties/" + i27 + "/organization/country"));
                }
                const v31 = v29.mentions;
                if (v31 !== undefined) {
                  if (Array.isArray(v31)) {
                    for (let i32 = 0; i32 < v31.length; i32++) {
                      const v32 = v31[i32];
                      if ((breach = rule4(v32)) !== undefined) issues.push(toIssue(breach, "/parties/" + i27 + "/organization/mentions/" + i32));
                      if (typeof v32 === "object" && v32 !== null) {
                        const v33 = v32.span;
                        if (v33 !== undefined) {
                          if ((breach = rule2(v33)) !== undefined) issues.push(toIssue(breach, "/parties/" + i27 + "/organization/mentions/" + i32 + "/span"));
                        }
                      }
                    }
                  }
                }
              }
            }
            const v34 = v27.mentions;
            if (v34 !== undefined) {
              if (Array.isArray(v34)) {
                for (let i35 = 0; i35 < v34.length; i35++) {
                  const v35 = v34[i35];
                  if ((breach = rule3(v35)) !== undefined) issues.push(toIssue(breach, "/parties/" + i27 + "/mentions/" + i35));
                  if (typeof v35 === "object" && v35 !== null) {
                    const v36 = v35.span;
                    if (v36 !== undefined) {
                      if ((breach = rule2(v36)) !== undefined) issues.push(toIssue(breach, "/parties/" + i27 + "/mentions/" + i35 + "/span"));
                    }
                  }
                }
              }
            }
          }
        }
      }
    }
    const v37 = data.provisions;
    if (v37 !== undefined) {
      if (Array.isArray(v37)) {
        for (let i38 = 0; i38 < v37.length; i38++) {
          const v38 = v37[i38];
          if ((breach = rule6(v38)) !== undefined) issues.push(toIssue(breach, "/provisions/" + i38));
          if (typeof v38 === "object" && v38 !== null) {
            const v39 = v38.recipients;
            if (v39 !== undefined) {
              if (Array.isArray(v39)) {
                for (let i40 = 0; i40 < v39.length; i40++) {
                  const v40 = v39[i40];
                  if (typeof v40 === "object" && v40 !== null) {
                    const v41 = v40.country;
                    if (v41 !== undefined) {
                      if ((breach = rule0(v41)) !== undefined) issues.push(toIssue(breach, "/provisions/" + i38 + "/recipients/" + i40 + "/country"));
                    }
                    const v42 = v40.mention;
                    if (v42 !== undefined) {
                      if ((breach = rule4(v42)) !== undefined) issues.push(toIssue(breach, "/provisions/" + i38 + "/recipients/" + i40 + "/mention"));
                      if (typeof v42 === "object" && v42 !== null) {
                        const v43 = v42.span;
                        if (v43 !== undefined) {
                          if ((breach = rule2(v43)) !== undefined) issues.push(toIssue(breach, "/provisions/" + i38 + "/recipients/" + i40 + "/mention/span"));
                        }
                      }
                    }
                  }
                }
              }
            }
            const v44 = v38.restatements;
            if (v44 !== undefined) {
              if (Array.isArray(v44)) {
                for (let i45 = 0; i45 < v44.length; i45++) {
                  const v45 = v44[i45];
                  if ((breach = rule4(v45)) !== undefined) issues.push(toIssue(breach, "/provisions/" + i38 + "/restatements/" + i45));
                  if (typeof v45 === "object" && v45 !== null) {
                    const v46 = v45.span;
                    if (v46 !== undefined) {
                      if ((breach = rule2(v46)) !== undefined) issues.push(toIssue(breach, "/provisions/" + i38 + "/restatements/" + i45 + "/span"));
                    }
                  }
                }
              }
            }
            const v47 = v38.span;
            if (v47 !== undefined) {
              if ((breach = rule2(v47)) !== undefined) issues.push(toIssue(breach, "/provisions/" + i38 + "/span"));
            }
          }
        }
      }
    }
    const v48 = data.related;
    if (v48 !== undefined) {
      if (Array.isArray(v48)) {
        for (let i49 = 0; i49 < v48.length; i49++) {
          const v49 = v48[i49];
          if (typeof v49 === "object" && v49 !== null) {
            const v50 = v49.place;
            if (v50 !== undefined) {
              if (typeof v50 === "object" && v50 !== null) {
                const v51 = v50.country;
                if (v51 !== undefined) {
                  if ((breach = rule0(v51)) !== undefined) issues.push(toIssue(breach, "/related/" + i49 + "/place/country"));
                }
                const v52 = v50.mentions;
                if (v52 !== undefined) {
                  if (Array.isArray(v52)) {
                    for (let i53 = 0; i53 < v52.length; i53++) {
                      const v53 = v52[i53];
                      if ((breach = rule4(v53)) !== undefined) issues.push(toIssue(breach, "/related/" + i49 + "/place/mentions/" + i53));
                      if (typeof v53 === "object" && v53 !== null) {
                        const v54 = v53.span;
                        if (v54 !== undefined) {
                          if ((breach = rule2(v54)) !== undefined) issues.push(toIssue(breach, "/related/" + i49 + "/place/mentions/" + i53 + "/span"));
                        }
                      }
                    }
                  }
                }
              }
            }
            const v55 = v49.date;
            if (v55 !== undefined) {
              if ((breach = rule5(v55)) !== undefined) issues.push(toIssue(breach, "/related/" + i49 + "/date"));
              if (typeof v55 === "object" && v55 !== null) {
                const v56 = v55.span;
                if (v56 !== undefined) {
                  if ((breach = rule2(v56)) !== undefined) issues.push(toIssue(breach, "/related/" + i49 + "/date/span"));
                }
              }
            }
            const v57 = v49.description;
            if (v57 !== undefined) {
              if ((breach = rule4(v57)) !== undefined) issues.push(toIssue(breach, "/related/" + i49 + "/description"));
              if (typeof v57 === "object" && v57 !== null) {
                const v58 = v57.span;
                if (v58 !== undefined) {
                  if ((breach = rule2(v58)) !== undefined) issues.push(toIssue(breach, "/related/" + i49 + "/description/span"));
                }
              }
            }
          }
        }
      }
    }
    const v59 = data.participants;
    if (v59 !== undefined) {
      if (Array.isArray(v59)) {
        for (let i60 = 0; i60 < v59.length; i60++) {
          const v60 = v59[i60];
          if (typeof v60 === "object" && v60 !== null) {
            const v61 = v60.post;
            if (v61 !== undefined) {
              if (typeof v61 === "object" && v61 !== null) {
                const v62 = v61.country;
                if (v62 !== undefined) {
                  if ((breach = rule1(v62)) !== undefined) issues.push(toIssue(breach, "/participants/" + i60 + "/post/country"));
                }
                const v63 = v61.span;
                if (v63 !== undefined) {
                  if ((breach = rule2(v63)) !== undefined) issues.push(toIssue(breach, "/participants/" + i60 + "/post/span"));
                }
              }
            }
            const v64 = v60.person;
            if (v64 !== undefined) {
              if (typeof v64 === "object" && v64 !== null) {
                const v65 = v64.mentions;
                if (v65 !== undefined) {
                  if (Array.isArray(v65)) {
                    for (let i66 = 0; i66 < v65.length; i66++) {
                      const v66 = v65[i66];
                      if ((breach = rule4(v66)) !== undefined) issues.push(toIssue(breach, "/participants/" + i60 + "/person/mentions/" + i66));
                      if (typeof v66 === "object" && v66 !== null) {
                        const v67 = v66.span;
                        if (v67 !== undefined) {
                          if ((breach = rule2(v67)) !== undefined) issues.push(toIssue(breach, "/participants/" + i60 + "/person/mentions/" + i66 + "/span"));
                        }
                      }
                    }
                  }
                }
              }
            }
            const v68 = v60.roleMention;
            if (v68 !== undefined) {
              if ((breach = rule4(v68)) !== undefined) issues.push(toIssue(breach, "/participants/" + i60 + "/roleMention"));
              if (typeof v68 === "object" && v68 !== null) {
                const v69 = v68.span;
                if (v69 !== undefined) {
                  if ((breach = rule2(v69)) !== undefined) issues.push(toIssue(breach, "/participants/" + i60 + "/roleMention/span"));
                }
              }
            }
          }
        }
      }
    }
    const v70 = data.kindMentions;
    if (v70 !== undefined) {
      if (Array.isArray(v70)) {
        for (let i71 = 0; i71 < v70.length; i71++) {
          const v71 = v70[i71];
          if ((breach = rule4(v71)) !== undefined) issues.push(toIssue(breach, "/kindMentions/" + i71));
          if (typeof v71 === "object" && v71 !== null) {
            const v72 = v71.span;
            if (v72 !== undefined) {
              if ((breach = rule2(v72)) !== undefined) issues.push(toIssue(breach, "/kindMentions/" + i71 + "/span"));
            }
          }
        }
      }
    }
    const v73 = data.quotations;
    if (v73 !== undefined) {
      if (Array.isArray(v73)) {
        for (let i74 = 0; i74 < v73.length; i74++) {
          const v74 = v73[i74];
          if ((breach = rule7(v74)) !== undefined) issues.push(toIssue(breach, "/quotations/" + i74));
          if (typeof v74 === "object" && v74 !== null) {
            const v75 = v74.attribution;
            if (v75 !== undefined) {
              if (typeof v75 === "object" && v75 !== null) {
                const v76 = v75.cue;
                if (v76 !== undefined) {
                  if ((breach = rule4(v76)) !== undefined) issues.push(toIssue(breach, "/quotations/" + i74 + "/attribution/cue"));
                  if (typeof v76 === "object" && v76 !== null) {
                    const v77 = v76.span;
                    if (v77 !== undefined) {
                      if ((breach = rule2(v77)) !== undefined) issues.push(toIssue(breach, "/quotations/" + i74 + "/attribution/cue/span"));
                    }
                  }
                }
              }
            }
            const v78 = v74.span;
            if (v78 !== undefined) {
              if ((breach = rule2(v78)) !== undefined) issues.push(toIssue(breach, "/quotations/" + i74 + "/span"));
            }
          }
        }
      }
    }
  }
}
export const validate = validate10;
export default validate10;
const schema11 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://communique.dev/schemas/joint-statement/v1.json","$comment":"Generated from src/joint-statement.ts (JointStatement) by `npm run generate`; do not edit by hand.","title":"JointStatement","description":"A diplomatic joint statement (or communiqué, joint press release, declaration) issued by two or\nmore parties, or by one body in its members' name (the ASEAN foreign ministers' joint communiqué,\nthe APEC Leaders' Declaration), with the meeting it came from, who took part, and what it says\nthey do.\n\nAkoma Ntoso: `statement` document (`@name=\"jointStatement\"`) · schema.org: `CreativeWork`.","type":"object","properties":{"$schema":{"description":"The URI of the schema this instance follows; optional, and when given it must be this schema's `$id`.","type":"string","const":"https://communique.dev/schemas/joint-statement/v1.json"},"type":{"description":"The model this document is an instance of.","type":"string","const":"JointStatement"},"id":{"$ref":"#/definitions/DocumentId","description":"The statement's id. Akoma Ntoso: `FRBRthis` · schema.org: `@id` · PLOVER: `id`."},"kind":{"$ref":"#/definitions/StatementKind","description":"What kind of document it is. Akoma Ntoso: `FRBRsubtype`/`@name` · Wikidata: instance of (P31)."},"kindMentions":{"description":"The words the source uses for the document, e.g. `joint statement`, each where it stands.","type":"array","items":{"$ref":"#/definitions/Mention"}},"title":{"description":"The document's title, when it has one. Akoma Ntoso: `docTitle` · schema.org: `name`.","type":"string"},"language":{"$ref":"#/definitions/LanguageTag","description":"The language of the statement's text, when known. Akoma Ntoso: `FRBRlanguage` · schema.org: `inLanguage`."},"parties":{"description":"The parties that issue the statement: countries or organizations, two or more, or one\norganization that issues it in its members' name (the validators check that a lone party is\nan organization).\nAkoma Ntoso: `FRBRauthor`, `docProponent`, `party` · PLOVER: `actor[]` · Wikidata: signatory (P1891).","minItems":1,"type":"array","items":{"$ref":"#/definitions/Party"}},"issued":{"$ref":"#/definitions/Issuance","description":"When and where the statement was issued, as the source gives it. Akoma Ntoso: `FRBRdate`, `docDate`, `location`."},"meeting":{"$ref":"#/definitions/Meeting","description":"The meeting the statement came out of. Akoma Ntoso: `TLCEvent` · Popolo: `Event` · schema.org: `Event`."},"participants":{"description":"The officials who took part, each with the post as written and the party they act for. Popolo: `Membership`.","type":"array","items":{"$ref":"#/definitions/Participant"}},"provisions":{"description":"What the statement says the parties do: reaffirm, commit, agree, condemn, … PLOVER: event records.","type":"array","items":{"$ref":"#/definitions/Provision"}},"quotations":{"description":"Passages of the statement quoted verbatim. Akoma Ntoso: `quotedText` · schema.org: `Quotation`.","type":"array","items":{"$ref":"#/definitions/Quote"}},"related":{"description":"Earlier meetings and documents the source relates to this one. Akoma Ntoso: `references` · schema.org: `isBasedOn`.","type":"array","items":{"$ref":"#/definitions/RelatedEvent"}},"reportedIn":{"description":"The ids of the news articles that report the statement. schema.org: `subjectOf`.","items":{"$ref":"#/definitions/DocumentId"},"type":"array"},"provenance":{"$ref":"#/definitions/Provenance","description":"Where the instance came from. Spans point into the text it fingerprints: the statement itself,\nor the article that reports it."},"extensions":{"$ref":"#/definitions/Extensions","description":"Data outside the model, under namespaced keys."}},"additionalProperties":false,"required":["id","kind","parties","provenance","type"],"definitions":{"ActionClass":{"description":"What a provision does, in the words diplomatic statements use.","enum":["agree","call-on","commit","condemn","decide","express-concern","launch","note","other","reaffirm","support","welcome"],"type":"string"},"Attribution":{"description":"The source a quotation is attributed to.\n\nschema.org: `Quotation.creator`/`isBasedOn` · Popolo: `Speech.creator_id` · Akoma Ntoso:\n`quotedText@for`.","type":"object","properties":{"kind":{"$ref":"#/definitions/AttributionKind","description":"What kind of source it is."},"ref":{"description":"Who it is: the local id of a person or organization in the same document (`lim-sung-nam`), or\nthe document id of a statement (`urn:communique:joint-statement:…`). Absent when `kind` is `unknown`.","type":"string"},"cue":{"$ref":"#/definitions/Mention","description":"The words that attribute the quotation, e.g. `the allies said in their joint statement`."}},"additionalProperties":false,"required":["kind"]},"AttributionKind":{"description":"Who a quotation is attributed to: a person, an organization, a statement (a document), or no\none the text names.","enum":["organization","person","statement","unknown"],"type":"string"},"CountryCode":{"description":"An ISO 3166-1 alpha-2 country code, e.g. `KR`, `US`, `KP`. The schema checks the shape; the\nvalidators also check that the code is assigned (see `isCountryCode`).\n\nninjs: `places[].literal` (with the country's IPTC URI in `uri`) · schema.org: `addressCountry` ·\nAkoma Ntoso: `FRBRcountry` · Popolo: `area`.","pattern":"^[A-Z]{2}$","type":"string"},"CountryCodeAlpha3":{"description":"An ISO 3166-1 alpha-3 country code, e.g. `KOR`, the form event data such as PLOVER, CAMEO and\nICEWS use.","pattern":"^[A-Z]{3}$","type":"string"},"CountryMention":{"description":"One place where a country is named, with the form of the naming.","type":"object","properties":{"form":{"$ref":"#/definitions/CountryNameForm","description":"The form of the naming, e.g. `capital` for `Seoul` standing for South Korea's government."},"text":{"description":"The words as written, e.g. `\"ROK\"` or `\"Seoul\"`.","type":"string"},"span":{"$ref":"#/definitions/TextSpan","description":"Where `text` stands in the source text."}},"additionalProperties":false,"required":["form","span","text"]},"CountryNameForm":{"description":"How a country is named at one place in the text. Governments are often named by their capital\n(`Seoul`), by a short form (`ROK`, `US`), by a demonym (`South Korean side`) or by a description\n(`the Northeast Asian ally`).","enum":["acronym","capital","demonym","description","name","official-name"],"type":"string"},"DatePrecision":{"description":"How much of a date is known: a year, a month, a day, or a full date-time with an offset.","enum":["datetime","day","month","year"],"type":"string"},"DateValue":{"description":"A normalized date: `YYYY`, `YYYY-MM`, `YYYY-MM-DD`, or a date-time with an offset\n(`YYYY-MM-DDThh:mm[:ss[.fff]](Z|±hh:mm)`).","pattern":"^[0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01])(T([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9](\\.[0-9]+)?)?(Z|[+-]([01][0-9]|2[0-3]):[0-5][0-9]))?)?)?$","type":"string"},"DocumentId":{"description":"The id of a document: a URI (a URN such as `urn:communique:news-article:…`, or an http(s) URL).\n\nninjs: `uri` · schema.org: `@id`/`identifier` · Akoma Ntoso: `FRBRthis`.","pattern":"^[a-zA-Z][a-zA-Z0-9+.-]*:[^\\s]+$","type":"string"},"EventRelation":{"description":"How an earlier event relates to this statement.","enum":["follow-up-to","launched-at","part-of","preceded-by"],"type":"string"},"Extensions":{"description":"Data that the models do not define, kept under namespaced keys such as `org.example:desk` or\n`x-newsroom`, so that it cannot collide with a later version of the model.\n\nninjs: properties outside the schema · NewsML-G2: elements from other namespaces · Akoma Ntoso:\n`proprietary`.","propertyNames":{"pattern":"^([a-z][a-z0-9]*(\\.[a-z0-9-]+)+:[A-Za-z0-9._-]+|x-[a-z0-9-]+)$"},"type":"object","additionalProperties":{}},"Identifier":{"description":"An identifier a thing has in some external scheme, e.g. `{ scheme: \"wikidata\", value: \"Q30\" }`.\n\nPopolo: `identifiers[]` · schema.org: `identifier` (PropertyValue) · PLOVER: `identifier_id`.","type":"object","properties":{"scheme":{"description":"The scheme, e.g. `wikidata`, `geonames`, `iso3166-1`.","type":"string"},"value":{"description":"The identifier within that scheme, e.g. `Q884`.","type":"string"}},"additionalProperties":false,"required":["scheme","value"]},"Issuance":{"description":"When and where a statement was issued. Akoma Ntoso: `FRBRdate@name=\"issued\"`, `docDate` · schema.org: `datePublished`.","type":"object","properties":{"date":{"$ref":"#/definitions/PartialDate","description":"The date, as written and, when known, normalized."},"place":{"$ref":"#/definitions/Place","description":"The place."}},"additionalProperties":false},"LanguageTag":{"description":"A BCP 47 language tag, e.g. `en`, `en-US`, `ko`.\n\nninjs: `language` · schema.org: `inLanguage` · NewsML-G2: `@xml:lang`.","pattern":"^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{1,8})*$","type":"string"},"LocalId":{"description":"The id of a thing inside one document (a person, a party, a provision), used by other parts of\nthe same document to point at it: lowercase words joined by hyphens, e.g. `lim-sung-nam`.\n\nAkoma Ntoso: `@eId` · Popolo: `id`.","pattern":"^[a-z0-9]+(-[a-z0-9]+)*$","type":"string"},"Meeting":{"description":"A meeting: a session of a forum, a summit, a ministerial.\n\nAkoma Ntoso: `TLCEvent` · Popolo: `Event` (`name`, `start_date`, `end_date`, `location`,\n`parent_id`) · schema.org: `Event` (`superEvent`) · PLOVER: CONSULT.","type":"object","properties":{"name":{"description":"How the source names the meeting, e.g. `inaugural meeting of the Extended Deterrence Strategy and Consultation Group`.","type":"string"},"forum":{"$ref":"#/definitions/Organization","description":"The forum the meeting is a session of, with its acronym. Popolo: `organization_id` · Wikidata: meeting of (P13188)."},"ordinal":{"description":"Which session of the forum it is: 1 for `inaugural` or `first`.","type":"integer","minimum":1},"ordinalMention":{"$ref":"#/definitions/Mention","description":"The words that give the ordinal, e.g. `inaugural`."},"date":{"$ref":"#/definitions/PartialDate","description":"When the meeting took place, or began. Popolo: `start_date` · schema.org: `startDate`."},"endDate":{"$ref":"#/definitions/PartialDate","description":"When a meeting of several days ended. Popolo: `end_date` · schema.org: `endDate`."},"place":{"$ref":"#/definitions/Place","description":"Where it took place. Popolo: `location` · schema.org: `location` · PLOVER: `event_loc`."},"partOf":{"description":"The larger event it was part of, e.g. a summit. Popolo: `parent_id` · schema.org: `superEvent`.","type":"string"}},"additionalProperties":false},"Mention":{"description":"A place in the source text where something is named, with the words exactly as written.\n\nschema.org: `mentions` (of a CreativeWork) · Akoma Ntoso: inline `person`/`organization`/`location`\nelements · PLOVER: `entity_text`.","type":"object","properties":{"text":{"description":"The words as written, e.g. `\"ROK\"` or `\"Seoul\"`.","type":"string"},"span":{"$ref":"#/definitions/TextSpan","description":"Where `text` stands in the source text."}},"additionalProperties":false,"required":["span","text"]},"Modality":{"description":"How the provision holds: stated as fact, promised, intended, conditional, or denied. PLOVER's\nauxiliary modes: `historical`, `future`, `hypothetical`, `negation`.","enum":["asserted","committed","conditional","intended","negated"],"type":"string"},"Organization":{"description":"An organization: a government body, a forum, a news agency.\n\nPopolo: `Organization` (`name`, `other_names`, `classification`) · schema.org: `Organization`\n(`name`, `alternateName`) · Akoma Ntoso: `TLCOrganization` · ninjs: `organisations[]`.","type":"object","properties":{"id":{"$ref":"#/definitions/LocalId","description":"The organization's id within this document."},"name":{"description":"The full name as written, e.g. `Extended Deterrence Strategy and Consultation Group`.","type":"string"},"acronym":{"description":"The acronym the text gives, e.g. `EDSCG`. schema.org: `alternateName` · Popolo: `other_names`.","type":"string"},"kind":{"$ref":"#/definitions/OrganizationKind","description":"What kind of body it is. Popolo: `classification`."},"country":{"$ref":"#/definitions/CountryCode","description":"The country it belongs to, for national bodies."},"identifiers":{"description":"Identifiers in external schemes.","type":"array","items":{"$ref":"#/definitions/Identifier"}},"mentions":{"description":"Every place the organization is named in the text.","type":"array","items":{"$ref":"#/definitions/Mention"}}},"additionalProperties":false,"required":["name"]},"OrganizationKind":{"description":"What kind of body an organization is.","enum":["company","forum","government","intergovernmental","legislature","military","ministry","news-agency","non-governmental","other","political-party"],"type":"string"},"PartialDate":{"description":"A date as the text gives it, beside its normalized value when the text (or the publication date)\nfixes one. `\"Tuesday (US time)\"` in an undated article stays text with precision `day` and no\nvalue; resolved against a publication date it becomes `2016-12-20`.\n\nAkoma Ntoso: `date@date` with its text content · schema.org: `Date`/`DateTime` · Popolo: dates of\nreduced precision · PLOVER: `date` (YYYY-MM-DD).","type":"object","properties":{"text":{"description":"The date as written, e.g. `\"Tuesday (US time)\"`, `\"in October\"`.","type":"string"},"span":{"$ref":"#/definitions/TextSpan","description":"Where `text` stands in the source text."},"value":{"$ref":"#/definitions/DateValue","description":"The normalized date, present only when it is known; its length matches `precision`."},"precision":{"$ref":"#/definitions/DatePrecision","description":"How precise the date is: what `value` holds, or, without a value, what the text names."}},"additionalProperties":false,"required":["precision"]},"Participant":{"description":"An official who took part, with the post as written and the party they act for.\n\nPopolo: `Membership` (`person_id`, `post_id`, `on_behalf_of_id`, `role`) · Akoma Ntoso: `person@as` ·\nschema.org: `Role` · Wikidata: participant (P710).","type":"object","properties":{"person":{"$ref":"#/definitions/Person","description":"The person, as named."},"post":{"$ref":"#/definitions/Post","description":"The post the source gives them, as written; absent when the source gives none."},"onBehalfOf":{"$ref":"#/definitions/LocalId","description":"The id of the party they act for. Popolo: `on_behalf_of_id`."},"role":{"$ref":"#/definitions/ParticipantRole","description":"What they did at the meeting, when the source says it. Popolo: `Membership.role`."},"roleMention":{"$ref":"#/definitions/Mention","description":"The words that give the role, e.g. `headed the South Korean side`."}},"additionalProperties":false,"required":["onBehalfOf","person"]},"ParticipantRole":{"description":"What a participant did at the meeting.","enum":["chair","co-chair","delegate","head-of-delegation","representative","signatory"],"type":"string"},"Party":{"description":"A party to the statement: a country or an organization, normalized, with every naming as written.\n\nAkoma Ntoso: `TLCOrganization` with `party@as` · PLOVER: actor (`code`, `sector`) · Popolo:\n`Organization` · Wikidata: signatory (P1891).","type":"object","properties":{"id":{"$ref":"#/definitions/LocalId","description":"The party's id within this document, used by participants and provisions, e.g. `kr`."},"kind":{"description":"Whether the party is a country or an organization.","enum":["country","organization"],"type":"string"},"name":{"description":"The party's English name, e.g. `South Korea`.","type":"string"},"country":{"$ref":"#/definitions/CountryCode","description":"The ISO 3166-1 alpha-2 code, for a country."},"alpha3":{"$ref":"#/definitions/CountryCodeAlpha3","description":"The ISO 3166-1 alpha-3 code, for a country, as PLOVER and CAMEO use it."},"organization":{"$ref":"#/definitions/Organization","description":"The organization, for an organization party (e.g. the European Union)."},"mentions":{"description":"Every place the party is named in the source, as written (`ROK`, `Seoul`, `Republic of Korea`).","type":"array","items":{"$ref":"#/definitions/CountryMention"}}},"additionalProperties":false,"required":["id","kind","name"]},"Person":{"description":"A person, named as the text names them.\n\nPopolo: `Person` · schema.org: `Person` · Akoma Ntoso: `TLCPerson` · ninjs: `people[]` · PLOVER:\nentity with `entity_text`.","type":"object","properties":{"id":{"$ref":"#/definitions/LocalId","description":"The person's id within this document, used by quotes and participants to point at them."},"name":{"description":"The full name as written, e.g. `Lim Sung-nam`. Popolo/schema.org: `name`.","type":"string"},"givenName":{"description":"The given name, e.g. `Sung-nam`. Popolo: `given_name` · schema.org: `givenName`.","type":"string"},"familyName":{"description":"The family name, e.g. `Lim`. Popolo: `family_name` · schema.org: `familyName`.","type":"string"},"nameOrder":{"description":"Which part of `name` comes first: `family-given` for Korean, Chinese, Japanese or Hungarian\nnames written in their own order, `given-family` otherwise.","enum":["family-given","given-family"],"type":"string"},"identifiers":{"description":"Identifiers in external schemes (Wikidata, ORCID, …). Popolo: `identifiers` · PLOVER: `identifier_id`.","type":"array","items":{"$ref":"#/definitions/Identifier"}},"mentions":{"description":"Every place the person is named in the text.","type":"array","items":{"$ref":"#/definitions/Mention"}}},"additionalProperties":false,"required":["name"]},"Place":{"description":"A place: a city, a region, a geographic feature.\n\nninjs: `places[]` (`name`, `uri`, `literal`) · schema.org: `Place` · Akoma Ntoso: `TLCLocation` ·\nPLOVER: `event_loc`.","type":"object","properties":{"id":{"$ref":"#/definitions/LocalId","description":"The place's id within this document."},"name":{"description":"The place's name, e.g. `Washington`, `Korean Peninsula`.","type":"string"},"kind":{"$ref":"#/definitions/PlaceKind","description":"What kind of place it is."},"country":{"$ref":"#/definitions/CountryCode","description":"The country the place lies in, when it lies in one."},"identifiers":{"description":"Identifiers in external schemes (GeoNames, Wikidata).","type":"array","items":{"$ref":"#/definitions/Identifier"}},"mentions":{"description":"Every place in the text where it is named.","type":"array","items":{"$ref":"#/definitions/Mention"}}},"additionalProperties":false,"required":["name"]},"PlaceKind":{"description":"What kind of place it is.","enum":["city","country","geographic-feature","other","region","venue"],"type":"string"},"PloverCoding":{"description":"A provision coded in PLOVER (Political Language Ontology for Verifiable Event Records).","type":"object","properties":{"event":{"$ref":"#/definitions/PloverEvent","description":"The event type. PLOVER: `event`."},"mode":{"description":"The event's mode, lowercase as in the codebook, e.g. `visit`, `disapprove`. PLOVER: `mode`.","pattern":"^[a-z][a-z-]*$","type":"string"},"context":{"description":"Contexts, lowercase as in the codebook, e.g. `military`, `diplomatic`. PLOVER: `context`.","items":{"pattern":"^[a-z][a-z_-]*$","type":"string"},"type":"array"}},"additionalProperties":false,"required":["event"]},"PloverEvent":{"description":"The PLOVER event types.","enum":["ACCUSE","AGREE","AID","ASSAULT","COERCE","CONCEDE","CONSULT","COOPERATE","MOBILIZE","PROTEST","REJECT","REQUEST","RETREAT","SANCTION","SUPPORT","THREATEN"],"type":"string"},"Post":{"description":"A post or title a person holds, as written, with what can be read off it.\n\nPopolo: `Post` (`label`, `role`, `organization_id`, `area_id`) and `Membership` · schema.org:\n`Person.jobTitle`, `OrganizationRole.roleName` · FollowTheMoney: `Position` · PLOVER: `office`.","type":"object","properties":{"title":{"description":"The title exactly as written, e.g. `Acting Under Secretary of State for Arms Control and\nInternational Security`.","type":"string"},"span":{"$ref":"#/definitions/TextSpan","description":"Where `title` stands in the source text."},"label":{"description":"The post without modifiers such as \"acting\" or \"former\", e.g. `Under Secretary of State for …`.","type":"string"},"organization":{"description":"The organization the post belongs to, by name, e.g. `Ministry of Foreign Affairs`, when the text says it.","type":"string"},"country":{"$ref":"#/definitions/PostCountryCode","description":"The country whose post it is, when the text says it (`US Acting Under Secretary…`, `South\nKorea's Vice Foreign Minister`), or `EU` for a post of the European Union's institutions."},"acting":{"description":"Whether the holder serves in an acting capacity.","type":"boolean"},"former":{"description":"Whether the holder held the post before and no longer does (`former`, `then-`).","type":"boolean"}},"additionalProperties":false,"required":["title"]},"PostCountryCode":{"description":"Whose a post is: an ISO 3166-1 alpha-2 country code, or `EU` for a post in the European Union's\ninstitutions (`President of the European Commission`, `EU High Representative`), the code ISO\n3166-1 reserves for the Union. The schema checks the shape; the validators also check that the\ncode is assigned or `EU` (see `isPostCountryCode`).\n\nPopolo: `Post.area_id` · schema.org: `OrganizationRole` within a `Country` or the Union.","pattern":"^[A-Z]{2}$","type":"string"},"Provenance":{"description":"Where an instance came from, and a fingerprint of the original text that its spans point into.\n\nschema.org: `isBasedOn`/`sdPublisher` · Akoma Ntoso: `FRBRManifestation`, `workflow/step` · PLOVER:\n`cite_info`, `coder`, `coded_date` · W3C PROV: `wasDerivedFrom`.","type":"object","properties":{"source":{"description":"The source the text came from: a file name, URL or feed name.","type":"string"},"sha256":{"description":"SHA-256 of the original text's UTF-8 bytes, as 64 lowercase hex digits. Every span in the\ninstance is an offset into that text.","pattern":"^[0-9a-f]{64}$","type":"string"},"method":{"description":"How the structured form was made: by a person reading the text, or by a program.","enum":["extracted","manual"],"type":"string"},"tool":{"description":"The program (name and version) that made the instance, when `method` is `extracted`.","type":"string"},"created":{"description":"When the instance was made, as a date-time with an offset.","format":"date-time","type":"string"},"derivedFrom":{"$ref":"#/definitions/SourceDocument","description":"The document the text was taken from, when the text is not that document itself: a web page\nwhose article text was extracted, say. W3C PROV: `wasDerivedFrom` · schema.org: `isBasedOn`."}},"additionalProperties":false,"required":["method","sha256","source"]},"Provision":{"description":"One thing the statement says the parties do or hold, verbatim where the source quotes it.\n\nAkoma Ntoso: a `mainBody` paragraph · PLOVER: an event record (`event`, `mode`, `context`, `actor`,\n`recipient`, `event_text`) · schema.org: `Claim`.","type":"object","properties":{"id":{"$ref":"#/definitions/LocalId","description":"The provision's id within this document."},"action":{"$ref":"#/definitions/ActionClass","description":"What the provision does."},"text":{"description":"The provision's words as the source gives them. PLOVER: `event_text`.","type":"string"},"span":{"$ref":"#/definitions/TextSpan","description":"Where `text` stands in the source. PLOVER: `text_info`."},"wording":{"description":"Whether `text` quotes the statement itself or is the source's report of it.","enum":["quoted","reported"],"type":"string"},"restatements":{"description":"Other places in the source that report the same provision in other words.","type":"array","items":{"$ref":"#/definitions/Mention"}},"actors":{"description":"The ids of the parties that act. PLOVER: `actor[]`.","minItems":1,"items":{"$ref":"#/definitions/LocalId"},"type":"array"},"recipients":{"description":"Who the action is for or against: parties by id, or other countries by code. PLOVER: `recipient[]`.","type":"array","items":{"$ref":"#/definitions/Recipient"}},"modality":{"$ref":"#/definitions/Modality","description":"How the provision holds."},"plover":{"$ref":"#/definitions/PloverCoding","description":"The PLOVER coding, when the provision has been coded."},"cameo":{"description":"The CAMEO event code, for ICEWS/GDELT users, e.g. `0312`.","pattern":"^[0-9]{2,4}$","type":"string"}},"additionalProperties":false,"required":["action","actors","id","modality","text","wording"]},"Quote":{"description":"A passage quoted verbatim, with its attribution.\n\nschema.org: `Quotation` (`text`, `creator`) · Akoma Ntoso: `quotedText` · Popolo: `Speech` ·\nNewsML-G2: `inlineRef`.","type":"object","properties":{"text":{"description":"The quoted words exactly as written, without the quotation marks.","type":"string"},"span":{"$ref":"#/definitions/TextSpan","description":"Where `text` stands in the source text (inside the marks)."},"attribution":{"$ref":"#/definitions/Attribution","description":"Who or what the quotation is attributed to."}},"additionalProperties":false,"required":["attribution","span","text"]},"Recipient":{"description":"Who a provision is for or against.","type":"object","properties":{"party":{"$ref":"#/definitions/LocalId","description":"The id of a party to the statement, when the recipient is one."},"country":{"$ref":"#/definitions/CountryCode","description":"The country's ISO 3166-1 alpha-2 code, when it is a country."},"mention":{"$ref":"#/definitions/Mention","description":"The recipient as the source names it."}},"additionalProperties":false},"RelatedEvent":{"description":"An earlier meeting or document the source relates to this statement, e.g. the ministers'\nmeeting where the forum was launched.\n\nAkoma Ntoso: `references/passiveRef` · Popolo: `Event` · schema.org: `Event`, `isBasedOn`.","type":"object","properties":{"relation":{"$ref":"#/definitions/EventRelation","description":"How it relates."},"description":{"$ref":"#/definitions/Mention","description":"How the source describes it, as written."},"date":{"$ref":"#/definitions/PartialDate","description":"When it took place."},"place":{"$ref":"#/definitions/Place","description":"Where it took place."},"ref":{"$ref":"#/definitions/DocumentId","description":"The document's id, when it is a document this library knows."}},"additionalProperties":false,"required":["description","relation"]},"SourceDocument":{"description":"A document a text was taken from, fingerprinted as it was read.","type":"object","properties":{"mediaType":{"description":"The document's IANA media type, e.g. `text/html`. schema.org: `encodingFormat`.","type":"string"},"sha256":{"description":"SHA-256 of the document's bytes as read, as 64 lowercase hex digits.","pattern":"^[0-9a-f]{64}$","type":"string"},"url":{"description":"Where the document is on the web, when known. schema.org: `url`.","format":"uri","type":"string"}},"additionalProperties":false,"required":["mediaType","sha256"]},"StatementKind":{"description":"The kinds of document the model holds.","enum":["chairs-statement","communique","declaration","joint-communique","joint-declaration","joint-press-release","joint-statement","other"],"type":"string"},"TextSpan":{"description":"A stretch of the source text, as character offsets: `source.slice(start, end)` is the text it\ncovers. Offsets count UTF-16 code units (JavaScript string indices), which equal Unicode code\npoints for text without astral characters.\n\nAkoma Ntoso: `@eId` anchors · PLOVER: `text_info.start`/`text_info.end` · W3C Web Annotation:\nTextPositionSelector.","type":"object","properties":{"start":{"description":"Offset of the first character covered.","type":"integer","minimum":0},"end":{"description":"Offset just past the last character covered.","type":"integer","minimum":0}},"additionalProperties":false,"required":["end","start"]}}};
const schema12 = {"description":"The id of a document: a URI (a URN such as `urn:communique:news-article:…`, or an http(s) URL).\n\nninjs: `uri` · schema.org: `@id`/`identifier` · Akoma Ntoso: `FRBRthis`.","pattern":"^[a-zA-Z][a-zA-Z0-9+.-]*:[^\\s]+$","type":"string"};
const schema13 = {"description":"The kinds of document the model holds.","enum":["chairs-statement","communique","declaration","joint-communique","joint-declaration","joint-press-release","joint-statement","other"],"type":"string"};
const schema16 = {"description":"A BCP 47 language tag, e.g. `en`, `en-US`, `ko`.\n\nninjs: `language` · schema.org: `inLanguage` · NewsML-G2: `@xml:lang`.","pattern":"^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{1,8})*$","type":"string"};
const schema70 = {"description":"Data that the models do not define, kept under namespaced keys such as `org.example:desk` or\n`x-newsroom`, so that it cannot collide with a later version of the model.\n\nninjs: properties outside the schema · NewsML-G2: elements from other namespaces · Akoma Ntoso:\n`proprietary`.","propertyNames":{"pattern":"^([a-z][a-z0-9]*(\\.[a-z0-9-]+)+:[A-Za-z0-9._-]+|x-[a-z0-9-]+)$"},"type":"object","additionalProperties":{}};
const func2 = Object.prototype.hasOwnProperty;
const pattern0 = new RegExp("^[a-zA-Z][a-zA-Z0-9+.-]*:[^\\s]+$", "u");
const pattern1 = new RegExp("^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{1,8})*$", "u");
const pattern24 = new RegExp("^([a-z][a-z0-9]*(\\.[a-z0-9-]+)+:[A-Za-z0-9._-]+|x-[a-z0-9-]+)$", "u");
const schema14 = {"description":"A place in the source text where something is named, with the words exactly as written.\n\nschema.org: `mentions` (of a CreativeWork) · Akoma Ntoso: inline `person`/`organization`/`location`\nelements · PLOVER: `entity_text`.","type":"object","properties":{"text":{"description":"The words as written, e.g. `\"ROK\"` or `\"Seoul\"`.","type":"string"},"span":{"$ref":"#/definitions/TextSpan","description":"Where `text` stands in the source text."}},"additionalProperties":false,"required":["span","text"]};
const schema15 = {"description":"A stretch of the source text, as character offsets: `source.slice(start, end)` is the text it\ncovers. Offsets count UTF-16 code units (JavaScript string indices), which equal Unicode code\npoints for text without astral characters.\n\nAkoma Ntoso: `@eId` anchors · PLOVER: `text_info.start`/`text_info.end` · W3C Web Annotation:\nTextPositionSelector.","type":"object","properties":{"start":{"description":"Offset of the first character covered.","type":"integer","minimum":0},"end":{"description":"Offset just past the last character covered.","type":"integer","minimum":0}},"additionalProperties":false,"required":["end","start"]};

function validate11(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.span === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "span"},message:"must have required property '"+"span"+"'",schema:schema14.required,parentSchema:schema14,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.text === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "text"},message:"must have required property '"+"text"+"'",schema:schema14.required,parentSchema:schema14,data};
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
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema14,data};
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
const err3 = {instancePath:instancePath+"/text",schemaPath:"#/properties/text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema14.properties.text.type,parentSchema:schema14.properties.text,data:data0};
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
const err12 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema14.type,parentSchema:schema14,data};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
validate11.errors = vErrors;
return errors === 0;
}

const schema17 = {"description":"A party to the statement: a country or an organization, normalized, with every naming as written.\n\nAkoma Ntoso: `TLCOrganization` with `party@as` · PLOVER: actor (`code`, `sector`) · Popolo:\n`Organization` · Wikidata: signatory (P1891).","type":"object","properties":{"id":{"$ref":"#/definitions/LocalId","description":"The party's id within this document, used by participants and provisions, e.g. `kr`."},"kind":{"description":"Whether the party is a country or an organization.","enum":["country","organization"],"type":"string"},"name":{"description":"The party's English name, e.g. `South Korea`.","type":"string"},"country":{"$ref":"#/definitions/CountryCode","description":"The ISO 3166-1 alpha-2 code, for a country."},"alpha3":{"$ref":"#/definitions/CountryCodeAlpha3","description":"The ISO 3166-1 alpha-3 code, for a country, as PLOVER and CAMEO use it."},"organization":{"$ref":"#/definitions/Organization","description":"The organization, for an organization party (e.g. the European Union)."},"mentions":{"description":"Every place the party is named in the source, as written (`ROK`, `Seoul`, `Republic of Korea`).","type":"array","items":{"$ref":"#/definitions/CountryMention"}}},"additionalProperties":false,"required":["id","kind","name"]};
const schema18 = {"description":"The id of a thing inside one document (a person, a party, a provision), used by other parts of\nthe same document to point at it: lowercase words joined by hyphens, e.g. `lim-sung-nam`.\n\nAkoma Ntoso: `@eId` · Popolo: `id`.","pattern":"^[a-z0-9]+(-[a-z0-9]+)*$","type":"string"};
const schema19 = {"description":"An ISO 3166-1 alpha-2 country code, e.g. `KR`, `US`, `KP`. The schema checks the shape; the\nvalidators also check that the code is assigned (see `isCountryCode`).\n\nninjs: `places[].literal` (with the country's IPTC URI in `uri`) · schema.org: `addressCountry` ·\nAkoma Ntoso: `FRBRcountry` · Popolo: `area`.","pattern":"^[A-Z]{2}$","type":"string"};
const schema20 = {"description":"An ISO 3166-1 alpha-3 country code, e.g. `KOR`, the form event data such as PLOVER, CAMEO and\nICEWS use.","pattern":"^[A-Z]{3}$","type":"string"};
const pattern2 = new RegExp("^[a-z0-9]+(-[a-z0-9]+)*$", "u");
const pattern3 = new RegExp("^[A-Z]{2}$", "u");
const pattern4 = new RegExp("^[A-Z]{3}$", "u");
const schema21 = {"description":"An organization: a government body, a forum, a news agency.\n\nPopolo: `Organization` (`name`, `other_names`, `classification`) · schema.org: `Organization`\n(`name`, `alternateName`) · Akoma Ntoso: `TLCOrganization` · ninjs: `organisations[]`.","type":"object","properties":{"id":{"$ref":"#/definitions/LocalId","description":"The organization's id within this document."},"name":{"description":"The full name as written, e.g. `Extended Deterrence Strategy and Consultation Group`.","type":"string"},"acronym":{"description":"The acronym the text gives, e.g. `EDSCG`. schema.org: `alternateName` · Popolo: `other_names`.","type":"string"},"kind":{"$ref":"#/definitions/OrganizationKind","description":"What kind of body it is. Popolo: `classification`."},"country":{"$ref":"#/definitions/CountryCode","description":"The country it belongs to, for national bodies."},"identifiers":{"description":"Identifiers in external schemes.","type":"array","items":{"$ref":"#/definitions/Identifier"}},"mentions":{"description":"Every place the organization is named in the text.","type":"array","items":{"$ref":"#/definitions/Mention"}}},"additionalProperties":false,"required":["name"]};
const schema23 = {"description":"What kind of body an organization is.","enum":["company","forum","government","intergovernmental","legislature","military","ministry","news-agency","non-governmental","other","political-party"],"type":"string"};
const schema25 = {"description":"An identifier a thing has in some external scheme, e.g. `{ scheme: \"wikidata\", value: \"Q30\" }`.\n\nPopolo: `identifiers[]` · schema.org: `identifier` (PropertyValue) · PLOVER: `identifier_id`.","type":"object","properties":{"scheme":{"description":"The scheme, e.g. `wikidata`, `geonames`, `iso3166-1`.","type":"string"},"value":{"description":"The identifier within that scheme, e.g. `Q884`.","type":"string"}},"additionalProperties":false,"required":["scheme","value"]};

function validate14(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.name === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema21.required,parentSchema:schema21,data};
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
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema21,data};
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
if(!pattern2.test(data0)){
const err2 = {instancePath:instancePath+"/id",schemaPath:"#/definitions/LocalId/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(-[a-z0-9]+)*$"},message:"must match pattern \""+"^[a-z0-9]+(-[a-z0-9]+)*$"+"\"",schema:"^[a-z0-9]+(-[a-z0-9]+)*$",parentSchema:schema18,data:data0};
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
const err3 = {instancePath:instancePath+"/id",schemaPath:"#/definitions/LocalId/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema18.type,parentSchema:schema18,data:data0};
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
const err4 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema21.properties.name.type,parentSchema:schema21.properties.name,data:data1};
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
const err5 = {instancePath:instancePath+"/acronym",schemaPath:"#/properties/acronym/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema21.properties.acronym.type,parentSchema:schema21.properties.acronym,data:data2};
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
const err6 = {instancePath:instancePath+"/kind",schemaPath:"#/definitions/OrganizationKind/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema23.type,parentSchema:schema23,data:data3};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(!(((((((((((data3 === "company") || (data3 === "forum")) || (data3 === "government")) || (data3 === "intergovernmental")) || (data3 === "legislature")) || (data3 === "military")) || (data3 === "ministry")) || (data3 === "news-agency")) || (data3 === "non-governmental")) || (data3 === "other")) || (data3 === "political-party"))){
const err7 = {instancePath:instancePath+"/kind",schemaPath:"#/definitions/OrganizationKind/enum",keyword:"enum",params:{allowedValues: schema23.enum},message:"must be equal to one of the allowed values",schema:schema23.enum,parentSchema:schema23,data:data3};
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
if(!pattern3.test(data4)){
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
const err10 = {instancePath:instancePath+"/identifiers/" + i0,schemaPath:"#/definitions/Identifier/required",keyword:"required",params:{missingProperty: "scheme"},message:"must have required property '"+"scheme"+"'",schema:schema25.required,parentSchema:schema25,data:data6};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(data6.value === undefined){
const err11 = {instancePath:instancePath+"/identifiers/" + i0,schemaPath:"#/definitions/Identifier/required",keyword:"required",params:{missingProperty: "value"},message:"must have required property '"+"value"+"'",schema:schema25.required,parentSchema:schema25,data:data6};
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
const err12 = {instancePath:instancePath+"/identifiers/" + i0,schemaPath:"#/definitions/Identifier/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema25,data:data6};
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
const err13 = {instancePath:instancePath+"/identifiers/" + i0+"/scheme",schemaPath:"#/definitions/Identifier/properties/scheme/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema25.properties.scheme.type,parentSchema:schema25.properties.scheme,data:data7};
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
const err14 = {instancePath:instancePath+"/identifiers/" + i0+"/value",schemaPath:"#/definitions/Identifier/properties/value/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema25.properties.value.type,parentSchema:schema25.properties.value,data:data8};
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
const err15 = {instancePath:instancePath+"/identifiers/" + i0,schemaPath:"#/definitions/Identifier/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema25.type,parentSchema:schema25,data:data6};
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
const err16 = {instancePath:instancePath+"/identifiers",schemaPath:"#/properties/identifiers/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema21.properties.identifiers.type,parentSchema:schema21.properties.identifiers,data:data5};
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
if(!(validate11(data9[i1], {instancePath:instancePath+"/mentions/" + i1,parentData:data9,parentDataProperty:i1,rootData}))){
vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);
errors = vErrors.length;
}
}
}
else {
const err17 = {instancePath:instancePath+"/mentions",schemaPath:"#/properties/mentions/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema21.properties.mentions.type,parentSchema:schema21.properties.mentions,data:data9};
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
const err18 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema21.type,parentSchema:schema21,data};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
validate14.errors = vErrors;
return errors === 0;
}

const schema26 = {"description":"One place where a country is named, with the form of the naming.","type":"object","properties":{"form":{"$ref":"#/definitions/CountryNameForm","description":"The form of the naming, e.g. `capital` for `Seoul` standing for South Korea's government."},"text":{"description":"The words as written, e.g. `\"ROK\"` or `\"Seoul\"`.","type":"string"},"span":{"$ref":"#/definitions/TextSpan","description":"Where `text` stands in the source text."}},"additionalProperties":false,"required":["form","span","text"]};
const schema27 = {"description":"How a country is named at one place in the text. Governments are often named by their capital\n(`Seoul`), by a short form (`ROK`, `US`), by a demonym (`South Korean side`) or by a description\n(`the Northeast Asian ally`).","enum":["acronym","capital","demonym","description","name","official-name"],"type":"string"};

function validate17(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.form === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "form"},message:"must have required property '"+"form"+"'",schema:schema26.required,parentSchema:schema26,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.span === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "span"},message:"must have required property '"+"span"+"'",schema:schema26.required,parentSchema:schema26,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.text === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "text"},message:"must have required property '"+"text"+"'",schema:schema26.required,parentSchema:schema26,data};
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
const err3 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema26,data};
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
const err4 = {instancePath:instancePath+"/form",schemaPath:"#/definitions/CountryNameForm/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema27.type,parentSchema:schema27,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(!((((((data0 === "acronym") || (data0 === "capital")) || (data0 === "demonym")) || (data0 === "description")) || (data0 === "name")) || (data0 === "official-name"))){
const err5 = {instancePath:instancePath+"/form",schemaPath:"#/definitions/CountryNameForm/enum",keyword:"enum",params:{allowedValues: schema27.enum},message:"must be equal to one of the allowed values",schema:schema27.enum,parentSchema:schema27,data:data0};
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
const err6 = {instancePath:instancePath+"/text",schemaPath:"#/properties/text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema26.properties.text.type,parentSchema:schema26.properties.text,data:data1};
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
const err15 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema26.type,parentSchema:schema26,data};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
validate17.errors = vErrors;
return errors === 0;
}


function validate13(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.id === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema17.required,parentSchema:schema17,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.kind === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'",schema:schema17.required,parentSchema:schema17,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.name === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema17.required,parentSchema:schema17,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
for(const key0 in data){
if(!(((((((key0 === "id") || (key0 === "kind")) || (key0 === "name")) || (key0 === "country")) || (key0 === "alpha3")) || (key0 === "organization")) || (key0 === "mentions"))){
const err3 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema17,data};
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
let data0 = data.id;
if(typeof data0 === "string"){
if(!pattern2.test(data0)){
const err4 = {instancePath:instancePath+"/id",schemaPath:"#/definitions/LocalId/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(-[a-z0-9]+)*$"},message:"must match pattern \""+"^[a-z0-9]+(-[a-z0-9]+)*$"+"\"",schema:"^[a-z0-9]+(-[a-z0-9]+)*$",parentSchema:schema18,data:data0};
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
const err5 = {instancePath:instancePath+"/id",schemaPath:"#/definitions/LocalId/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema18.type,parentSchema:schema18,data:data0};
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
let data1 = data.kind;
if(typeof data1 !== "string"){
const err6 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema17.properties.kind.type,parentSchema:schema17.properties.kind,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(!((data1 === "country") || (data1 === "organization"))){
const err7 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/enum",keyword:"enum",params:{allowedValues: schema17.properties.kind.enum},message:"must be equal to one of the allowed values",schema:schema17.properties.kind.enum,parentSchema:schema17.properties.kind,data:data1};
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
let data2 = data.name;
if(typeof data2 !== "string"){
const err8 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema17.properties.name.type,parentSchema:schema17.properties.name,data:data2};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.country !== undefined){
let data3 = data.country;
if(typeof data3 === "string"){
if(!pattern3.test(data3)){
const err9 = {instancePath:instancePath+"/country",schemaPath:"#/definitions/CountryCode/pattern",keyword:"pattern",params:{pattern: "^[A-Z]{2}$"},message:"must match pattern \""+"^[A-Z]{2}$"+"\"",schema:"^[A-Z]{2}$",parentSchema:schema19,data:data3};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
else {
const err10 = {instancePath:instancePath+"/country",schemaPath:"#/definitions/CountryCode/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema19.type,parentSchema:schema19,data:data3};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.alpha3 !== undefined){
let data4 = data.alpha3;
if(typeof data4 === "string"){
if(!pattern4.test(data4)){
const err11 = {instancePath:instancePath+"/alpha3",schemaPath:"#/definitions/CountryCodeAlpha3/pattern",keyword:"pattern",params:{pattern: "^[A-Z]{3}$"},message:"must match pattern \""+"^[A-Z]{3}$"+"\"",schema:"^[A-Z]{3}$",parentSchema:schema20,data:data4};
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
const err12 = {instancePath:instancePath+"/alpha3",schemaPath:"#/definitions/CountryCodeAlpha3/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.type,parentSchema:schema20,data:data4};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.organization !== undefined){
if(!(validate14(data.organization, {instancePath:instancePath+"/organization",parentData:data,parentDataProperty:"organization",rootData}))){
vErrors = vErrors === null ? validate14.errors : vErrors.concat(validate14.errors);
errors = vErrors.length;
}
}
if(data.mentions !== undefined){
let data6 = data.mentions;
if(Array.isArray(data6)){
const len0 = data6.length;
for(let i0=0; i0<len0; i0++){
if(!(validate17(data6[i0], {instancePath:instancePath+"/mentions/" + i0,parentData:data6,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? validate17.errors : vErrors.concat(validate17.errors);
errors = vErrors.length;
}
}
}
else {
const err13 = {instancePath:instancePath+"/mentions",schemaPath:"#/properties/mentions/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema17.properties.mentions.type,parentSchema:schema17.properties.mentions,data:data6};
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
const err14 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema17.type,parentSchema:schema17,data};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
validate13.errors = vErrors;
return errors === 0;
}

const schema29 = {"description":"When and where a statement was issued. Akoma Ntoso: `FRBRdate@name=\"issued\"`, `docDate` · schema.org: `datePublished`.","type":"object","properties":{"date":{"$ref":"#/definitions/PartialDate","description":"The date, as written and, when known, normalized."},"place":{"$ref":"#/definitions/Place","description":"The place."}},"additionalProperties":false};
const schema30 = {"description":"A date as the text gives it, beside its normalized value when the text (or the publication date)\nfixes one. `\"Tuesday (US time)\"` in an undated article stays text with precision `day` and no\nvalue; resolved against a publication date it becomes `2016-12-20`.\n\nAkoma Ntoso: `date@date` with its text content · schema.org: `Date`/`DateTime` · Popolo: dates of\nreduced precision · PLOVER: `date` (YYYY-MM-DD).","type":"object","properties":{"text":{"description":"The date as written, e.g. `\"Tuesday (US time)\"`, `\"in October\"`.","type":"string"},"span":{"$ref":"#/definitions/TextSpan","description":"Where `text` stands in the source text."},"value":{"$ref":"#/definitions/DateValue","description":"The normalized date, present only when it is known; its length matches `precision`."},"precision":{"$ref":"#/definitions/DatePrecision","description":"How precise the date is: what `value` holds, or, without a value, what the text names."}},"additionalProperties":false,"required":["precision"]};
const schema32 = {"description":"A normalized date: `YYYY`, `YYYY-MM`, `YYYY-MM-DD`, or a date-time with an offset\n(`YYYY-MM-DDThh:mm[:ss[.fff]](Z|±hh:mm)`).","pattern":"^[0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01])(T([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9](\\.[0-9]+)?)?(Z|[+-]([01][0-9]|2[0-3]):[0-5][0-9]))?)?)?$","type":"string"};
const schema33 = {"description":"How much of a date is known: a year, a month, a day, or a full date-time with an offset.","enum":["datetime","day","month","year"],"type":"string"};
const pattern7 = new RegExp("^[0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01])(T([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9](\\.[0-9]+)?)?(Z|[+-]([01][0-9]|2[0-3]):[0-5][0-9]))?)?)?$", "u");

function validate21(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.precision === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "precision"},message:"must have required property '"+"precision"+"'",schema:schema30.required,parentSchema:schema30,data};
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
if(data.text !== undefined){
let data0 = data.text;
if(typeof data0 !== "string"){
const err2 = {instancePath:instancePath+"/text",schemaPath:"#/properties/text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema30.properties.text.type,parentSchema:schema30.properties.text,data:data0};
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
if(!pattern7.test(data4)){
const err11 = {instancePath:instancePath+"/value",schemaPath:"#/definitions/DateValue/pattern",keyword:"pattern",params:{pattern: "^[0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01])(T([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9](\\.[0-9]+)?)?(Z|[+-]([01][0-9]|2[0-3]):[0-5][0-9]))?)?)?$"},message:"must match pattern \""+"^[0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01])(T([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9](\\.[0-9]+)?)?(Z|[+-]([01][0-9]|2[0-3]):[0-5][0-9]))?)?)?$"+"\"",schema:"^[0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01])(T([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9](\\.[0-9]+)?)?(Z|[+-]([01][0-9]|2[0-3]):[0-5][0-9]))?)?)?$",parentSchema:schema32,data:data4};
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
const err12 = {instancePath:instancePath+"/value",schemaPath:"#/definitions/DateValue/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.type,parentSchema:schema32,data:data4};
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
const err13 = {instancePath:instancePath+"/precision",schemaPath:"#/definitions/DatePrecision/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.type,parentSchema:schema33,data:data5};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(!((((data5 === "datetime") || (data5 === "day")) || (data5 === "month")) || (data5 === "year"))){
const err14 = {instancePath:instancePath+"/precision",schemaPath:"#/definitions/DatePrecision/enum",keyword:"enum",params:{allowedValues: schema33.enum},message:"must be equal to one of the allowed values",schema:schema33.enum,parentSchema:schema33,data:data5};
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
const err15 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema30.type,parentSchema:schema30,data};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
validate21.errors = vErrors;
return errors === 0;
}

const schema34 = {"description":"A place: a city, a region, a geographic feature.\n\nninjs: `places[]` (`name`, `uri`, `literal`) · schema.org: `Place` · Akoma Ntoso: `TLCLocation` ·\nPLOVER: `event_loc`.","type":"object","properties":{"id":{"$ref":"#/definitions/LocalId","description":"The place's id within this document."},"name":{"description":"The place's name, e.g. `Washington`, `Korean Peninsula`.","type":"string"},"kind":{"$ref":"#/definitions/PlaceKind","description":"What kind of place it is."},"country":{"$ref":"#/definitions/CountryCode","description":"The country the place lies in, when it lies in one."},"identifiers":{"description":"Identifiers in external schemes (GeoNames, Wikidata).","type":"array","items":{"$ref":"#/definitions/Identifier"}},"mentions":{"description":"Every place in the text where it is named.","type":"array","items":{"$ref":"#/definitions/Mention"}}},"additionalProperties":false,"required":["name"]};
const schema36 = {"description":"What kind of place it is.","enum":["city","country","geographic-feature","other","region","venue"],"type":"string"};

function validate23(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
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
if(!((((((key0 === "id") || (key0 === "name")) || (key0 === "kind")) || (key0 === "country")) || (key0 === "identifiers")) || (key0 === "mentions"))){
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
if(data.id !== undefined){
let data0 = data.id;
if(typeof data0 === "string"){
if(!pattern2.test(data0)){
const err2 = {instancePath:instancePath+"/id",schemaPath:"#/definitions/LocalId/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(-[a-z0-9]+)*$"},message:"must match pattern \""+"^[a-z0-9]+(-[a-z0-9]+)*$"+"\"",schema:"^[a-z0-9]+(-[a-z0-9]+)*$",parentSchema:schema18,data:data0};
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
const err3 = {instancePath:instancePath+"/id",schemaPath:"#/definitions/LocalId/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema18.type,parentSchema:schema18,data:data0};
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
const err4 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema34.properties.name.type,parentSchema:schema34.properties.name,data:data1};
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
const err5 = {instancePath:instancePath+"/kind",schemaPath:"#/definitions/PlaceKind/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema36.type,parentSchema:schema36,data:data2};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(!((((((data2 === "city") || (data2 === "country")) || (data2 === "geographic-feature")) || (data2 === "other")) || (data2 === "region")) || (data2 === "venue"))){
const err6 = {instancePath:instancePath+"/kind",schemaPath:"#/definitions/PlaceKind/enum",keyword:"enum",params:{allowedValues: schema36.enum},message:"must be equal to one of the allowed values",schema:schema36.enum,parentSchema:schema36,data:data2};
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
if(!pattern3.test(data3)){
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
const err9 = {instancePath:instancePath+"/identifiers/" + i0,schemaPath:"#/definitions/Identifier/required",keyword:"required",params:{missingProperty: "scheme"},message:"must have required property '"+"scheme"+"'",schema:schema25.required,parentSchema:schema25,data:data5};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(data5.value === undefined){
const err10 = {instancePath:instancePath+"/identifiers/" + i0,schemaPath:"#/definitions/Identifier/required",keyword:"required",params:{missingProperty: "value"},message:"must have required property '"+"value"+"'",schema:schema25.required,parentSchema:schema25,data:data5};
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
const err11 = {instancePath:instancePath+"/identifiers/" + i0,schemaPath:"#/definitions/Identifier/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema25,data:data5};
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
const err12 = {instancePath:instancePath+"/identifiers/" + i0+"/scheme",schemaPath:"#/definitions/Identifier/properties/scheme/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema25.properties.scheme.type,parentSchema:schema25.properties.scheme,data:data6};
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
const err13 = {instancePath:instancePath+"/identifiers/" + i0+"/value",schemaPath:"#/definitions/Identifier/properties/value/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema25.properties.value.type,parentSchema:schema25.properties.value,data:data7};
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
const err14 = {instancePath:instancePath+"/identifiers/" + i0,schemaPath:"#/definitions/Identifier/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema25.type,parentSchema:schema25,data:data5};
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
const err15 = {instancePath:instancePath+"/identifiers",schemaPath:"#/properties/identifiers/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema34.properties.identifiers.type,parentSchema:schema34.properties.identifiers,data:data4};
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
if(!(validate11(data8[i1], {instancePath:instancePath+"/mentions/" + i1,parentData:data8,parentDataProperty:i1,rootData}))){
vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);
errors = vErrors.length;
}
}
}
else {
const err16 = {instancePath:instancePath+"/mentions",schemaPath:"#/properties/mentions/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema34.properties.mentions.type,parentSchema:schema34.properties.mentions,data:data8};
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
const err17 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema34.type,parentSchema:schema34,data};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
validate23.errors = vErrors;
return errors === 0;
}


function validate20(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!((key0 === "date") || (key0 === "place"))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema29,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.date !== undefined){
if(!(validate21(data.date, {instancePath:instancePath+"/date",parentData:data,parentDataProperty:"date",rootData}))){
vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
errors = vErrors.length;
}
}
if(data.place !== undefined){
if(!(validate23(data.place, {instancePath:instancePath+"/place",parentData:data,parentDataProperty:"place",rootData}))){
vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
errors = vErrors.length;
}
}
}
else {
const err1 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema29.type,parentSchema:schema29,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
validate20.errors = vErrors;
return errors === 0;
}

const schema39 = {"description":"A meeting: a session of a forum, a summit, a ministerial.\n\nAkoma Ntoso: `TLCEvent` · Popolo: `Event` (`name`, `start_date`, `end_date`, `location`,\n`parent_id`) · schema.org: `Event` (`superEvent`) · PLOVER: CONSULT.","type":"object","properties":{"name":{"description":"How the source names the meeting, e.g. `inaugural meeting of the Extended Deterrence Strategy and Consultation Group`.","type":"string"},"forum":{"$ref":"#/definitions/Organization","description":"The forum the meeting is a session of, with its acronym. Popolo: `organization_id` · Wikidata: meeting of (P13188)."},"ordinal":{"description":"Which session of the forum it is: 1 for `inaugural` or `first`.","type":"integer","minimum":1},"ordinalMention":{"$ref":"#/definitions/Mention","description":"The words that give the ordinal, e.g. `inaugural`."},"date":{"$ref":"#/definitions/PartialDate","description":"When the meeting took place, or began. Popolo: `start_date` · schema.org: `startDate`."},"endDate":{"$ref":"#/definitions/PartialDate","description":"When a meeting of several days ended. Popolo: `end_date` · schema.org: `endDate`."},"place":{"$ref":"#/definitions/Place","description":"Where it took place. Popolo: `location` · schema.org: `location` · PLOVER: `event_loc`."},"partOf":{"description":"The larger event it was part of, e.g. a summit. Popolo: `parent_id` · schema.org: `superEvent`.","type":"string"}},"additionalProperties":false};

function validate27(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!((((((((key0 === "name") || (key0 === "forum")) || (key0 === "ordinal")) || (key0 === "ordinalMention")) || (key0 === "date")) || (key0 === "endDate")) || (key0 === "place")) || (key0 === "partOf"))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema39,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.name !== undefined){
let data0 = data.name;
if(typeof data0 !== "string"){
const err1 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema39.properties.name.type,parentSchema:schema39.properties.name,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.forum !== undefined){
if(!(validate14(data.forum, {instancePath:instancePath+"/forum",parentData:data,parentDataProperty:"forum",rootData}))){
vErrors = vErrors === null ? validate14.errors : vErrors.concat(validate14.errors);
errors = vErrors.length;
}
}
if(data.ordinal !== undefined){
let data2 = data.ordinal;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
const err2 = {instancePath:instancePath+"/ordinal",schemaPath:"#/properties/ordinal/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema39.properties.ordinal.type,parentSchema:schema39.properties.ordinal,data:data2};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 < 1 || isNaN(data2)){
const err3 = {instancePath:instancePath+"/ordinal",schemaPath:"#/properties/ordinal/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema39.properties.ordinal,data:data2};
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
if(data.ordinalMention !== undefined){
if(!(validate11(data.ordinalMention, {instancePath:instancePath+"/ordinalMention",parentData:data,parentDataProperty:"ordinalMention",rootData}))){
vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);
errors = vErrors.length;
}
}
if(data.date !== undefined){
if(!(validate21(data.date, {instancePath:instancePath+"/date",parentData:data,parentDataProperty:"date",rootData}))){
vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
errors = vErrors.length;
}
}
if(data.endDate !== undefined){
if(!(validate21(data.endDate, {instancePath:instancePath+"/endDate",parentData:data,parentDataProperty:"endDate",rootData}))){
vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
errors = vErrors.length;
}
}
if(data.place !== undefined){
if(!(validate23(data.place, {instancePath:instancePath+"/place",parentData:data,parentDataProperty:"place",rootData}))){
vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
errors = vErrors.length;
}
}
if(data.partOf !== undefined){
let data7 = data.partOf;
if(typeof data7 !== "string"){
const err4 = {instancePath:instancePath+"/partOf",schemaPath:"#/properties/partOf/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema39.properties.partOf.type,parentSchema:schema39.properties.partOf,data:data7};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
}
else {
const err5 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema39.type,parentSchema:schema39,data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
validate27.errors = vErrors;
return errors === 0;
}

const schema40 = {"description":"An official who took part, with the post as written and the party they act for.\n\nPopolo: `Membership` (`person_id`, `post_id`, `on_behalf_of_id`, `role`) · Akoma Ntoso: `person@as` ·\nschema.org: `Role` · Wikidata: participant (P710).","type":"object","properties":{"person":{"$ref":"#/definitions/Person","description":"The person, as named."},"post":{"$ref":"#/definitions/Post","description":"The post the source gives them, as written; absent when the source gives none."},"onBehalfOf":{"$ref":"#/definitions/LocalId","description":"The id of the party they act for. Popolo: `on_behalf_of_id`."},"role":{"$ref":"#/definitions/ParticipantRole","description":"What they did at the meeting, when the source says it. Popolo: `Membership.role`."},"roleMention":{"$ref":"#/definitions/Mention","description":"The words that give the role, e.g. `headed the South Korean side`."}},"additionalProperties":false,"required":["onBehalfOf","person"]};
const schema48 = {"description":"What a participant did at the meeting.","enum":["chair","co-chair","delegate","head-of-delegation","representative","signatory"],"type":"string"};
const schema41 = {"description":"A person, named as the text names them.\n\nPopolo: `Person` · schema.org: `Person` · Akoma Ntoso: `TLCPerson` · ninjs: `people[]` · PLOVER:\nentity with `entity_text`.","type":"object","properties":{"id":{"$ref":"#/definitions/LocalId","description":"The person's id within this document, used by quotes and participants to point at them."},"name":{"description":"The full name as written, e.g. `Lim Sung-nam`. Popolo/schema.org: `name`.","type":"string"},"givenName":{"description":"The given name, e.g. `Sung-nam`. Popolo: `given_name` · schema.org: `givenName`.","type":"string"},"familyName":{"description":"The family name, e.g. `Lim`. Popolo: `family_name` · schema.org: `familyName`.","type":"string"},"nameOrder":{"description":"Which part of `name` comes first: `family-given` for Korean, Chinese, Japanese or Hungarian\nnames written in their own order, `given-family` otherwise.","enum":["family-given","given-family"],"type":"string"},"identifiers":{"description":"Identifiers in external schemes (Wikidata, ORCID, …). Popolo: `identifiers` · PLOVER: `identifier_id`.","type":"array","items":{"$ref":"#/definitions/Identifier"}},"mentions":{"description":"Every place the person is named in the text.","type":"array","items":{"$ref":"#/definitions/Mention"}}},"additionalProperties":false,"required":["name"]};

function validate35(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.name === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema41.required,parentSchema:schema41,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!(((((((key0 === "id") || (key0 === "name")) || (key0 === "givenName")) || (key0 === "familyName")) || (key0 === "nameOrder")) || (key0 === "identifiers")) || (key0 === "mentions"))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema41,data};
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
if(!pattern2.test(data0)){
const err2 = {instancePath:instancePath+"/id",schemaPath:"#/definitions/LocalId/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(-[a-z0-9]+)*$"},message:"must match pattern \""+"^[a-z0-9]+(-[a-z0-9]+)*$"+"\"",schema:"^[a-z0-9]+(-[a-z0-9]+)*$",parentSchema:schema18,data:data0};
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
const err3 = {instancePath:instancePath+"/id",schemaPath:"#/definitions/LocalId/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema18.type,parentSchema:schema18,data:data0};
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
const err4 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema41.properties.name.type,parentSchema:schema41.properties.name,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.givenName !== undefined){
let data2 = data.givenName;
if(typeof data2 !== "string"){
const err5 = {instancePath:instancePath+"/givenName",schemaPath:"#/properties/givenName/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema41.properties.givenName.type,parentSchema:schema41.properties.givenName,data:data2};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.familyName !== undefined){
let data3 = data.familyName;
if(typeof data3 !== "string"){
const err6 = {instancePath:instancePath+"/familyName",schemaPath:"#/properties/familyName/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema41.properties.familyName.type,parentSchema:schema41.properties.familyName,data:data3};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.nameOrder !== undefined){
let data4 = data.nameOrder;
if(typeof data4 !== "string"){
const err7 = {instancePath:instancePath+"/nameOrder",schemaPath:"#/properties/nameOrder/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema41.properties.nameOrder.type,parentSchema:schema41.properties.nameOrder,data:data4};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(!((data4 === "family-given") || (data4 === "given-family"))){
const err8 = {instancePath:instancePath+"/nameOrder",schemaPath:"#/properties/nameOrder/enum",keyword:"enum",params:{allowedValues: schema41.properties.nameOrder.enum},message:"must be equal to one of the allowed values",schema:schema41.properties.nameOrder.enum,parentSchema:schema41.properties.nameOrder,data:data4};
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
let data5 = data.identifiers;
if(Array.isArray(data5)){
const len0 = data5.length;
for(let i0=0; i0<len0; i0++){
let data6 = data5[i0];
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
if(data6.scheme === undefined){
const err9 = {instancePath:instancePath+"/identifiers/" + i0,schemaPath:"#/definitions/Identifier/required",keyword:"required",params:{missingProperty: "scheme"},message:"must have required property '"+"scheme"+"'",schema:schema25.required,parentSchema:schema25,data:data6};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(data6.value === undefined){
const err10 = {instancePath:instancePath+"/identifiers/" + i0,schemaPath:"#/definitions/Identifier/required",keyword:"required",params:{missingProperty: "value"},message:"must have required property '"+"value"+"'",schema:schema25.required,parentSchema:schema25,data:data6};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
for(const key1 in data6){
if(!((key1 === "scheme") || (key1 === "value"))){
const err11 = {instancePath:instancePath+"/identifiers/" + i0,schemaPath:"#/definitions/Identifier/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema25,data:data6};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data6.scheme !== undefined){
let data7 = data6.scheme;
if(typeof data7 !== "string"){
const err12 = {instancePath:instancePath+"/identifiers/" + i0+"/scheme",schemaPath:"#/definitions/Identifier/properties/scheme/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema25.properties.scheme.type,parentSchema:schema25.properties.scheme,data:data7};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data6.value !== undefined){
let data8 = data6.value;
if(typeof data8 !== "string"){
const err13 = {instancePath:instancePath+"/identifiers/" + i0+"/value",schemaPath:"#/definitions/Identifier/properties/value/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema25.properties.value.type,parentSchema:schema25.properties.value,data:data8};
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
const err14 = {instancePath:instancePath+"/identifiers/" + i0,schemaPath:"#/definitions/Identifier/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema25.type,parentSchema:schema25,data:data6};
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
const err15 = {instancePath:instancePath+"/identifiers",schemaPath:"#/properties/identifiers/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema41.properties.identifiers.type,parentSchema:schema41.properties.identifiers,data:data5};
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
let data9 = data.mentions;
if(Array.isArray(data9)){
const len1 = data9.length;
for(let i1=0; i1<len1; i1++){
if(!(validate11(data9[i1], {instancePath:instancePath+"/mentions/" + i1,parentData:data9,parentDataProperty:i1,rootData}))){
vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);
errors = vErrors.length;
}
}
}
else {
const err16 = {instancePath:instancePath+"/mentions",schemaPath:"#/properties/mentions/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema41.properties.mentions.type,parentSchema:schema41.properties.mentions,data:data9};
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
const err17 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema41.type,parentSchema:schema41,data};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
validate35.errors = vErrors;
return errors === 0;
}

const schema44 = {"description":"A post or title a person holds, as written, with what can be read off it.\n\nPopolo: `Post` (`label`, `role`, `organization_id`, `area_id`) and `Membership` · schema.org:\n`Person.jobTitle`, `OrganizationRole.roleName` · FollowTheMoney: `Position` · PLOVER: `office`.","type":"object","properties":{"title":{"description":"The title exactly as written, e.g. `Acting Under Secretary of State for Arms Control and\nInternational Security`.","type":"string"},"span":{"$ref":"#/definitions/TextSpan","description":"Where `title` stands in the source text."},"label":{"description":"The post without modifiers such as \"acting\" or \"former\", e.g. `Under Secretary of State for …`.","type":"string"},"organization":{"description":"The organization the post belongs to, by name, e.g. `Ministry of Foreign Affairs`, when the text says it.","type":"string"},"country":{"$ref":"#/definitions/PostCountryCode","description":"The country whose post it is, when the text says it (`US Acting Under Secretary…`, `South\nKorea's Vice Foreign Minister`), or `EU` for a post of the European Union's institutions."},"acting":{"description":"Whether the holder serves in an acting capacity.","type":"boolean"},"former":{"description":"Whether the holder held the post before and no longer does (`former`, `then-`).","type":"boolean"}},"additionalProperties":false,"required":["title"]};
const schema46 = {"description":"Whose a post is: an ISO 3166-1 alpha-2 country code, or `EU` for a post in the European Union's\ninstitutions (`President of the European Commission`, `EU High Representative`), the code ISO\n3166-1 reserves for the Union. The schema checks the shape; the validators also check that the\ncode is assigned or `EU` (see `isPostCountryCode`).\n\nPopolo: `Post.area_id` · schema.org: `OrganizationRole` within a `Country` or the Union.","pattern":"^[A-Z]{2}$","type":"string"};

function validate38(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.title === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "title"},message:"must have required property '"+"title"+"'",schema:schema44.required,parentSchema:schema44,data};
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
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema44,data};
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
const err2 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema44.properties.title.type,parentSchema:schema44.properties.title,data:data0};
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
const err11 = {instancePath:instancePath+"/label",schemaPath:"#/properties/label/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema44.properties.label.type,parentSchema:schema44.properties.label,data:data4};
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
const err12 = {instancePath:instancePath+"/organization",schemaPath:"#/properties/organization/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema44.properties.organization.type,parentSchema:schema44.properties.organization,data:data5};
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
if(!pattern3.test(data6)){
const err13 = {instancePath:instancePath+"/country",schemaPath:"#/definitions/PostCountryCode/pattern",keyword:"pattern",params:{pattern: "^[A-Z]{2}$"},message:"must match pattern \""+"^[A-Z]{2}$"+"\"",schema:"^[A-Z]{2}$",parentSchema:schema46,data:data6};
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
const err14 = {instancePath:instancePath+"/country",schemaPath:"#/definitions/PostCountryCode/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema46.type,parentSchema:schema46,data:data6};
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
const err15 = {instancePath:instancePath+"/acting",schemaPath:"#/properties/acting/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema44.properties.acting.type,parentSchema:schema44.properties.acting,data:data7};
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
const err16 = {instancePath:instancePath+"/former",schemaPath:"#/properties/former/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema44.properties.former.type,parentSchema:schema44.properties.former,data:data8};
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
const err17 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema44.type,parentSchema:schema44,data};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
validate38.errors = vErrors;
return errors === 0;
}


function validate34(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.onBehalfOf === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "onBehalfOf"},message:"must have required property '"+"onBehalfOf"+"'",schema:schema40.required,parentSchema:schema40,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.person === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "person"},message:"must have required property '"+"person"+"'",schema:schema40.required,parentSchema:schema40,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!(((((key0 === "person") || (key0 === "post")) || (key0 === "onBehalfOf")) || (key0 === "role")) || (key0 === "roleMention"))){
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
if(data.person !== undefined){
if(!(validate35(data.person, {instancePath:instancePath+"/person",parentData:data,parentDataProperty:"person",rootData}))){
vErrors = vErrors === null ? validate35.errors : vErrors.concat(validate35.errors);
errors = vErrors.length;
}
}
if(data.post !== undefined){
if(!(validate38(data.post, {instancePath:instancePath+"/post",parentData:data,parentDataProperty:"post",rootData}))){
vErrors = vErrors === null ? validate38.errors : vErrors.concat(validate38.errors);
errors = vErrors.length;
}
}
if(data.onBehalfOf !== undefined){
let data2 = data.onBehalfOf;
if(typeof data2 === "string"){
if(!pattern2.test(data2)){
const err3 = {instancePath:instancePath+"/onBehalfOf",schemaPath:"#/definitions/LocalId/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(-[a-z0-9]+)*$"},message:"must match pattern \""+"^[a-z0-9]+(-[a-z0-9]+)*$"+"\"",schema:"^[a-z0-9]+(-[a-z0-9]+)*$",parentSchema:schema18,data:data2};
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
const err4 = {instancePath:instancePath+"/onBehalfOf",schemaPath:"#/definitions/LocalId/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema18.type,parentSchema:schema18,data:data2};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.role !== undefined){
let data3 = data.role;
if(typeof data3 !== "string"){
const err5 = {instancePath:instancePath+"/role",schemaPath:"#/definitions/ParticipantRole/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema48.type,parentSchema:schema48,data:data3};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(!((((((data3 === "chair") || (data3 === "co-chair")) || (data3 === "delegate")) || (data3 === "head-of-delegation")) || (data3 === "representative")) || (data3 === "signatory"))){
const err6 = {instancePath:instancePath+"/role",schemaPath:"#/definitions/ParticipantRole/enum",keyword:"enum",params:{allowedValues: schema48.enum},message:"must be equal to one of the allowed values",schema:schema48.enum,parentSchema:schema48,data:data3};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.roleMention !== undefined){
if(!(validate11(data.roleMention, {instancePath:instancePath+"/roleMention",parentData:data,parentDataProperty:"roleMention",rootData}))){
vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);
errors = vErrors.length;
}
}
}
else {
const err7 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema40.type,parentSchema:schema40,data};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
validate34.errors = vErrors;
return errors === 0;
}

const schema49 = {"description":"One thing the statement says the parties do or hold, verbatim where the source quotes it.\n\nAkoma Ntoso: a `mainBody` paragraph · PLOVER: an event record (`event`, `mode`, `context`, `actor`,\n`recipient`, `event_text`) · schema.org: `Claim`.","type":"object","properties":{"id":{"$ref":"#/definitions/LocalId","description":"The provision's id within this document."},"action":{"$ref":"#/definitions/ActionClass","description":"What the provision does."},"text":{"description":"The provision's words as the source gives them. PLOVER: `event_text`.","type":"string"},"span":{"$ref":"#/definitions/TextSpan","description":"Where `text` stands in the source. PLOVER: `text_info`."},"wording":{"description":"Whether `text` quotes the statement itself or is the source's report of it.","enum":["quoted","reported"],"type":"string"},"restatements":{"description":"Other places in the source that report the same provision in other words.","type":"array","items":{"$ref":"#/definitions/Mention"}},"actors":{"description":"The ids of the parties that act. PLOVER: `actor[]`.","minItems":1,"items":{"$ref":"#/definitions/LocalId"},"type":"array"},"recipients":{"description":"Who the action is for or against: parties by id, or other countries by code. PLOVER: `recipient[]`.","type":"array","items":{"$ref":"#/definitions/Recipient"}},"modality":{"$ref":"#/definitions/Modality","description":"How the provision holds."},"plover":{"$ref":"#/definitions/PloverCoding","description":"The PLOVER coding, when the provision has been coded."},"cameo":{"description":"The CAMEO event code, for ICEWS/GDELT users, e.g. `0312`.","pattern":"^[0-9]{2,4}$","type":"string"}},"additionalProperties":false,"required":["action","actors","id","modality","text","wording"]};
const schema51 = {"description":"What a provision does, in the words diplomatic statements use.","enum":["agree","call-on","commit","condemn","decide","express-concern","launch","note","other","reaffirm","support","welcome"],"type":"string"};
const schema57 = {"description":"How the provision holds: stated as fact, promised, intended, conditional, or denied. PLOVER's\nauxiliary modes: `historical`, `future`, `hypothetical`, `negation`.","enum":["asserted","committed","conditional","intended","negated"],"type":"string"};
const pattern19 = new RegExp("^[0-9]{2,4}$", "u");
const schema54 = {"description":"Who a provision is for or against.","type":"object","properties":{"party":{"$ref":"#/definitions/LocalId","description":"The id of a party to the statement, when the recipient is one."},"country":{"$ref":"#/definitions/CountryCode","description":"The country's ISO 3166-1 alpha-2 code, when it is a country."},"mention":{"$ref":"#/definitions/Mention","description":"The recipient as the source names it."}},"additionalProperties":false};

function validate44(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(((key0 === "party") || (key0 === "country")) || (key0 === "mention"))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema54,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.party !== undefined){
let data0 = data.party;
if(typeof data0 === "string"){
if(!pattern2.test(data0)){
const err1 = {instancePath:instancePath+"/party",schemaPath:"#/definitions/LocalId/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(-[a-z0-9]+)*$"},message:"must match pattern \""+"^[a-z0-9]+(-[a-z0-9]+)*$"+"\"",schema:"^[a-z0-9]+(-[a-z0-9]+)*$",parentSchema:schema18,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
else {
const err2 = {instancePath:instancePath+"/party",schemaPath:"#/definitions/LocalId/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema18.type,parentSchema:schema18,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.country !== undefined){
let data1 = data.country;
if(typeof data1 === "string"){
if(!pattern3.test(data1)){
const err3 = {instancePath:instancePath+"/country",schemaPath:"#/definitions/CountryCode/pattern",keyword:"pattern",params:{pattern: "^[A-Z]{2}$"},message:"must match pattern \""+"^[A-Z]{2}$"+"\"",schema:"^[A-Z]{2}$",parentSchema:schema19,data:data1};
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
const err4 = {instancePath:instancePath+"/country",schemaPath:"#/definitions/CountryCode/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema19.type,parentSchema:schema19,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.mention !== undefined){
if(!(validate11(data.mention, {instancePath:instancePath+"/mention",parentData:data,parentDataProperty:"mention",rootData}))){
vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);
errors = vErrors.length;
}
}
}
else {
const err5 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema54.type,parentSchema:schema54,data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
validate44.errors = vErrors;
return errors === 0;
}

const schema58 = {"description":"A provision coded in PLOVER (Political Language Ontology for Verifiable Event Records).","type":"object","properties":{"event":{"$ref":"#/definitions/PloverEvent","description":"The event type. PLOVER: `event`."},"mode":{"description":"The event's mode, lowercase as in the codebook, e.g. `visit`, `disapprove`. PLOVER: `mode`.","pattern":"^[a-z][a-z-]*$","type":"string"},"context":{"description":"Contexts, lowercase as in the codebook, e.g. `military`, `diplomatic`. PLOVER: `context`.","items":{"pattern":"^[a-z][a-z_-]*$","type":"string"},"type":"array"}},"additionalProperties":false,"required":["event"]};
const schema59 = {"description":"The PLOVER event types.","enum":["ACCUSE","AGREE","AID","ASSAULT","COERCE","CONCEDE","CONSULT","COOPERATE","MOBILIZE","PROTEST","REJECT","REQUEST","RETREAT","SANCTION","SUPPORT","THREATEN"],"type":"string"};
const pattern17 = new RegExp("^[a-z][a-z-]*$", "u");
const pattern18 = new RegExp("^[a-z][a-z_-]*$", "u");

function validate47(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.event === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "event"},message:"must have required property '"+"event"+"'",schema:schema58.required,parentSchema:schema58,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!(((key0 === "event") || (key0 === "mode")) || (key0 === "context"))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema58,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.event !== undefined){
let data0 = data.event;
if(typeof data0 !== "string"){
const err2 = {instancePath:instancePath+"/event",schemaPath:"#/definitions/PloverEvent/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema59.type,parentSchema:schema59,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(!((((((((((((((((data0 === "ACCUSE") || (data0 === "AGREE")) || (data0 === "AID")) || (data0 === "ASSAULT")) || (data0 === "COERCE")) || (data0 === "CONCEDE")) || (data0 === "CONSULT")) || (data0 === "COOPERATE")) || (data0 === "MOBILIZE")) || (data0 === "PROTEST")) || (data0 === "REJECT")) || (data0 === "REQUEST")) || (data0 === "RETREAT")) || (data0 === "SANCTION")) || (data0 === "SUPPORT")) || (data0 === "THREATEN"))){
const err3 = {instancePath:instancePath+"/event",schemaPath:"#/definitions/PloverEvent/enum",keyword:"enum",params:{allowedValues: schema59.enum},message:"must be equal to one of the allowed values",schema:schema59.enum,parentSchema:schema59,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.mode !== undefined){
let data1 = data.mode;
if(typeof data1 === "string"){
if(!pattern17.test(data1)){
const err4 = {instancePath:instancePath+"/mode",schemaPath:"#/properties/mode/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z-]*$"},message:"must match pattern \""+"^[a-z][a-z-]*$"+"\"",schema:"^[a-z][a-z-]*$",parentSchema:schema58.properties.mode,data:data1};
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
const err5 = {instancePath:instancePath+"/mode",schemaPath:"#/properties/mode/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema58.properties.mode.type,parentSchema:schema58.properties.mode,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.context !== undefined){
let data2 = data.context;
if(Array.isArray(data2)){
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
let data3 = data2[i0];
if(typeof data3 === "string"){
if(!pattern18.test(data3)){
const err6 = {instancePath:instancePath+"/context/" + i0,schemaPath:"#/properties/context/items/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z_-]*$"},message:"must match pattern \""+"^[a-z][a-z_-]*$"+"\"",schema:"^[a-z][a-z_-]*$",parentSchema:schema58.properties.context.items,data:data3};
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
const err7 = {instancePath:instancePath+"/context/" + i0,schemaPath:"#/properties/context/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema58.properties.context.items.type,parentSchema:schema58.properties.context.items,data:data3};
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
else {
const err8 = {instancePath:instancePath+"/context",schemaPath:"#/properties/context/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema58.properties.context.type,parentSchema:schema58.properties.context,data:data2};
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
const err9 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema58.type,parentSchema:schema58,data};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
validate47.errors = vErrors;
return errors === 0;
}


function validate42(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.action === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "action"},message:"must have required property '"+"action"+"'",schema:schema49.required,parentSchema:schema49,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.actors === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "actors"},message:"must have required property '"+"actors"+"'",schema:schema49.required,parentSchema:schema49,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.id === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema49.required,parentSchema:schema49,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.modality === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "modality"},message:"must have required property '"+"modality"+"'",schema:schema49.required,parentSchema:schema49,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.text === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "text"},message:"must have required property '"+"text"+"'",schema:schema49.required,parentSchema:schema49,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.wording === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "wording"},message:"must have required property '"+"wording"+"'",schema:schema49.required,parentSchema:schema49,data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
for(const key0 in data){
if(!(func2.call(schema49.properties, key0))){
const err6 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema49,data};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.id !== undefined){
let data0 = data.id;
if(typeof data0 === "string"){
if(!pattern2.test(data0)){
const err7 = {instancePath:instancePath+"/id",schemaPath:"#/definitions/LocalId/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(-[a-z0-9]+)*$"},message:"must match pattern \""+"^[a-z0-9]+(-[a-z0-9]+)*$"+"\"",schema:"^[a-z0-9]+(-[a-z0-9]+)*$",parentSchema:schema18,data:data0};
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
const err8 = {instancePath:instancePath+"/id",schemaPath:"#/definitions/LocalId/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema18.type,parentSchema:schema18,data:data0};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.action !== undefined){
let data1 = data.action;
if(typeof data1 !== "string"){
const err9 = {instancePath:instancePath+"/action",schemaPath:"#/definitions/ActionClass/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema51.type,parentSchema:schema51,data:data1};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(!((((((((((((data1 === "agree") || (data1 === "call-on")) || (data1 === "commit")) || (data1 === "condemn")) || (data1 === "decide")) || (data1 === "express-concern")) || (data1 === "launch")) || (data1 === "note")) || (data1 === "other")) || (data1 === "reaffirm")) || (data1 === "support")) || (data1 === "welcome"))){
const err10 = {instancePath:instancePath+"/action",schemaPath:"#/definitions/ActionClass/enum",keyword:"enum",params:{allowedValues: schema51.enum},message:"must be equal to one of the allowed values",schema:schema51.enum,parentSchema:schema51,data:data1};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.text !== undefined){
let data2 = data.text;
if(typeof data2 !== "string"){
const err11 = {instancePath:instancePath+"/text",schemaPath:"#/properties/text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema49.properties.text.type,parentSchema:schema49.properties.text,data:data2};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.span !== undefined){
let data3 = data.span;
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
if(data3.end === undefined){
const err12 = {instancePath:instancePath+"/span",schemaPath:"#/definitions/TextSpan/required",keyword:"required",params:{missingProperty: "end"},message:"must have required property '"+"end"+"'",schema:schema15.required,parentSchema:schema15,data:data3};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(data3.start === undefined){
const err13 = {instancePath:instancePath+"/span",schemaPath:"#/definitions/TextSpan/required",keyword:"required",params:{missingProperty: "start"},message:"must have required property '"+"start"+"'",schema:schema15.required,parentSchema:schema15,data:data3};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
for(const key1 in data3){
if(!((key1 === "start") || (key1 === "end"))){
const err14 = {instancePath:instancePath+"/span",schemaPath:"#/definitions/TextSpan/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema15,data:data3};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data3.start !== undefined){
let data4 = data3.start;
if(!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))){
const err15 = {instancePath:instancePath+"/span/start",schemaPath:"#/definitions/TextSpan/properties/start/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema15.properties.start.type,parentSchema:schema15.properties.start,data:data4};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if((typeof data4 == "number") && (isFinite(data4))){
if(data4 < 0 || isNaN(data4)){
const err16 = {instancePath:instancePath+"/span/start",schemaPath:"#/definitions/TextSpan/properties/start/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema15.properties.start,data:data4};
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
if(data3.end !== undefined){
let data5 = data3.end;
if(!(((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5))) && (isFinite(data5)))){
const err17 = {instancePath:instancePath+"/span/end",schemaPath:"#/definitions/TextSpan/properties/end/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema15.properties.end.type,parentSchema:schema15.properties.end,data:data5};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if((typeof data5 == "number") && (isFinite(data5))){
if(data5 < 0 || isNaN(data5)){
const err18 = {instancePath:instancePath+"/span/end",schemaPath:"#/definitions/TextSpan/properties/end/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema15.properties.end,data:data5};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
}
}
else {
const err19 = {instancePath:instancePath+"/span",schemaPath:"#/definitions/TextSpan/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema15.type,parentSchema:schema15,data:data3};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data.wording !== undefined){
let data6 = data.wording;
if(typeof data6 !== "string"){
const err20 = {instancePath:instancePath+"/wording",schemaPath:"#/properties/wording/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema49.properties.wording.type,parentSchema:schema49.properties.wording,data:data6};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
if(!((data6 === "quoted") || (data6 === "reported"))){
const err21 = {instancePath:instancePath+"/wording",schemaPath:"#/properties/wording/enum",keyword:"enum",params:{allowedValues: schema49.properties.wording.enum},message:"must be equal to one of the allowed values",schema:schema49.properties.wording.enum,parentSchema:schema49.properties.wording,data:data6};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data.restatements !== undefined){
let data7 = data.restatements;
if(Array.isArray(data7)){
const len0 = data7.length;
for(let i0=0; i0<len0; i0++){
if(!(validate11(data7[i0], {instancePath:instancePath+"/restatements/" + i0,parentData:data7,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);
errors = vErrors.length;
}
}
}
else {
const err22 = {instancePath:instancePath+"/restatements",schemaPath:"#/properties/restatements/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema49.properties.restatements.type,parentSchema:schema49.properties.restatements,data:data7};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data.actors !== undefined){
let data9 = data.actors;
if(Array.isArray(data9)){
if(data9.length < 1){
const err23 = {instancePath:instancePath+"/actors",schemaPath:"#/properties/actors/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema49.properties.actors,data:data9};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
const len1 = data9.length;
for(let i1=0; i1<len1; i1++){
let data10 = data9[i1];
if(typeof data10 === "string"){
if(!pattern2.test(data10)){
const err24 = {instancePath:instancePath+"/actors/" + i1,schemaPath:"#/definitions/LocalId/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(-[a-z0-9]+)*$"},message:"must match pattern \""+"^[a-z0-9]+(-[a-z0-9]+)*$"+"\"",schema:"^[a-z0-9]+(-[a-z0-9]+)*$",parentSchema:schema18,data:data10};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
else {
const err25 = {instancePath:instancePath+"/actors/" + i1,schemaPath:"#/definitions/LocalId/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema18.type,parentSchema:schema18,data:data10};
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
else {
const err26 = {instancePath:instancePath+"/actors",schemaPath:"#/properties/actors/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema49.properties.actors.type,parentSchema:schema49.properties.actors,data:data9};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data.recipients !== undefined){
let data11 = data.recipients;
if(Array.isArray(data11)){
const len2 = data11.length;
for(let i2=0; i2<len2; i2++){
if(!(validate44(data11[i2], {instancePath:instancePath+"/recipients/" + i2,parentData:data11,parentDataProperty:i2,rootData}))){
vErrors = vErrors === null ? validate44.errors : vErrors.concat(validate44.errors);
errors = vErrors.length;
}
}
}
else {
const err27 = {instancePath:instancePath+"/recipients",schemaPath:"#/properties/recipients/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema49.properties.recipients.type,parentSchema:schema49.properties.recipients,data:data11};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
if(data.modality !== undefined){
let data13 = data.modality;
if(typeof data13 !== "string"){
const err28 = {instancePath:instancePath+"/modality",schemaPath:"#/definitions/Modality/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema57.type,parentSchema:schema57,data:data13};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
if(!(((((data13 === "asserted") || (data13 === "committed")) || (data13 === "conditional")) || (data13 === "intended")) || (data13 === "negated"))){
const err29 = {instancePath:instancePath+"/modality",schemaPath:"#/definitions/Modality/enum",keyword:"enum",params:{allowedValues: schema57.enum},message:"must be equal to one of the allowed values",schema:schema57.enum,parentSchema:schema57,data:data13};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
if(data.plover !== undefined){
if(!(validate47(data.plover, {instancePath:instancePath+"/plover",parentData:data,parentDataProperty:"plover",rootData}))){
vErrors = vErrors === null ? validate47.errors : vErrors.concat(validate47.errors);
errors = vErrors.length;
}
}
if(data.cameo !== undefined){
let data15 = data.cameo;
if(typeof data15 === "string"){
if(!pattern19.test(data15)){
const err30 = {instancePath:instancePath+"/cameo",schemaPath:"#/properties/cameo/pattern",keyword:"pattern",params:{pattern: "^[0-9]{2,4}$"},message:"must match pattern \""+"^[0-9]{2,4}$"+"\"",schema:"^[0-9]{2,4}$",parentSchema:schema49.properties.cameo,data:data15};
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
const err31 = {instancePath:instancePath+"/cameo",schemaPath:"#/properties/cameo/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema49.properties.cameo.type,parentSchema:schema49.properties.cameo,data:data15};
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
const err32 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema49.type,parentSchema:schema49,data};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
validate42.errors = vErrors;
return errors === 0;
}

const schema60 = {"description":"A passage quoted verbatim, with its attribution.\n\nschema.org: `Quotation` (`text`, `creator`) · Akoma Ntoso: `quotedText` · Popolo: `Speech` ·\nNewsML-G2: `inlineRef`.","type":"object","properties":{"text":{"description":"The quoted words exactly as written, without the quotation marks.","type":"string"},"span":{"$ref":"#/definitions/TextSpan","description":"Where `text` stands in the source text (inside the marks)."},"attribution":{"$ref":"#/definitions/Attribution","description":"Who or what the quotation is attributed to."}},"additionalProperties":false,"required":["attribution","span","text"]};
const schema62 = {"description":"The source a quotation is attributed to.\n\nschema.org: `Quotation.creator`/`isBasedOn` · Popolo: `Speech.creator_id` · Akoma Ntoso:\n`quotedText@for`.","type":"object","properties":{"kind":{"$ref":"#/definitions/AttributionKind","description":"What kind of source it is."},"ref":{"description":"Who it is: the local id of a person or organization in the same document (`lim-sung-nam`), or\nthe document id of a statement (`urn:communique:joint-statement:…`). Absent when `kind` is `unknown`.","type":"string"},"cue":{"$ref":"#/definitions/Mention","description":"The words that attribute the quotation, e.g. `the allies said in their joint statement`."}},"additionalProperties":false,"required":["kind"]};
const schema63 = {"description":"Who a quotation is attributed to: a person, an organization, a statement (a document), or no\none the text names.","enum":["organization","person","statement","unknown"],"type":"string"};

function validate51(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.kind === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'",schema:schema62.required,parentSchema:schema62,data};
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
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema62,data};
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
const err2 = {instancePath:instancePath+"/kind",schemaPath:"#/definitions/AttributionKind/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema63.type,parentSchema:schema63,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(!((((data0 === "organization") || (data0 === "person")) || (data0 === "statement")) || (data0 === "unknown"))){
const err3 = {instancePath:instancePath+"/kind",schemaPath:"#/definitions/AttributionKind/enum",keyword:"enum",params:{allowedValues: schema63.enum},message:"must be equal to one of the allowed values",schema:schema63.enum,parentSchema:schema63,data:data0};
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
const err4 = {instancePath:instancePath+"/ref",schemaPath:"#/properties/ref/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema62.properties.ref.type,parentSchema:schema62.properties.ref,data:data1};
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
if(!(validate11(data.cue, {instancePath:instancePath+"/cue",parentData:data,parentDataProperty:"cue",rootData}))){
vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);
errors = vErrors.length;
}
}
}
else {
const err5 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema62.type,parentSchema:schema62,data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
validate51.errors = vErrors;
return errors === 0;
}


function validate50(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.attribution === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "attribution"},message:"must have required property '"+"attribution"+"'",schema:schema60.required,parentSchema:schema60,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.span === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "span"},message:"must have required property '"+"span"+"'",schema:schema60.required,parentSchema:schema60,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.text === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "text"},message:"must have required property '"+"text"+"'",schema:schema60.required,parentSchema:schema60,data};
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
const err3 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema60,data};
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
const err4 = {instancePath:instancePath+"/text",schemaPath:"#/properties/text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema60.properties.text.type,parentSchema:schema60.properties.text,data:data0};
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
if(!(validate51(data.attribution, {instancePath:instancePath+"/attribution",parentData:data,parentDataProperty:"attribution",rootData}))){
vErrors = vErrors === null ? validate51.errors : vErrors.concat(validate51.errors);
errors = vErrors.length;
}
}
}
else {
const err13 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema60.type,parentSchema:schema60,data};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
validate50.errors = vErrors;
return errors === 0;
}

const schema64 = {"description":"An earlier meeting or document the source relates to this statement, e.g. the ministers'\nmeeting where the forum was launched.\n\nAkoma Ntoso: `references/passiveRef` · Popolo: `Event` · schema.org: `Event`, `isBasedOn`.","type":"object","properties":{"relation":{"$ref":"#/definitions/EventRelation","description":"How it relates."},"description":{"$ref":"#/definitions/Mention","description":"How the source describes it, as written."},"date":{"$ref":"#/definitions/PartialDate","description":"When it took place."},"place":{"$ref":"#/definitions/Place","description":"Where it took place."},"ref":{"$ref":"#/definitions/DocumentId","description":"The document's id, when it is a document this library knows."}},"additionalProperties":false,"required":["description","relation"]};
const schema65 = {"description":"How an earlier event relates to this statement.","enum":["follow-up-to","launched-at","part-of","preceded-by"],"type":"string"};

function validate55(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.description === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "description"},message:"must have required property '"+"description"+"'",schema:schema64.required,parentSchema:schema64,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.relation === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "relation"},message:"must have required property '"+"relation"+"'",schema:schema64.required,parentSchema:schema64,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!(((((key0 === "relation") || (key0 === "description")) || (key0 === "date")) || (key0 === "place")) || (key0 === "ref"))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema64,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.relation !== undefined){
let data0 = data.relation;
if(typeof data0 !== "string"){
const err3 = {instancePath:instancePath+"/relation",schemaPath:"#/definitions/EventRelation/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema65.type,parentSchema:schema65,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(!((((data0 === "follow-up-to") || (data0 === "launched-at")) || (data0 === "part-of")) || (data0 === "preceded-by"))){
const err4 = {instancePath:instancePath+"/relation",schemaPath:"#/definitions/EventRelation/enum",keyword:"enum",params:{allowedValues: schema65.enum},message:"must be equal to one of the allowed values",schema:schema65.enum,parentSchema:schema65,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.description !== undefined){
if(!(validate11(data.description, {instancePath:instancePath+"/description",parentData:data,parentDataProperty:"description",rootData}))){
vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);
errors = vErrors.length;
}
}
if(data.date !== undefined){
if(!(validate21(data.date, {instancePath:instancePath+"/date",parentData:data,parentDataProperty:"date",rootData}))){
vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
errors = vErrors.length;
}
}
if(data.place !== undefined){
if(!(validate23(data.place, {instancePath:instancePath+"/place",parentData:data,parentDataProperty:"place",rootData}))){
vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
errors = vErrors.length;
}
}
if(data.ref !== undefined){
let data4 = data.ref;
if(typeof data4 === "string"){
if(!pattern0.test(data4)){
const err5 = {instancePath:instancePath+"/ref",schemaPath:"#/definitions/DocumentId/pattern",keyword:"pattern",params:{pattern: "^[a-zA-Z][a-zA-Z0-9+.-]*:[^\\s]+$"},message:"must match pattern \""+"^[a-zA-Z][a-zA-Z0-9+.-]*:[^\\s]+$"+"\"",schema:"^[a-zA-Z][a-zA-Z0-9+.-]*:[^\\s]+$",parentSchema:schema12,data:data4};
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
const err6 = {instancePath:instancePath+"/ref",schemaPath:"#/definitions/DocumentId/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.type,parentSchema:schema12,data:data4};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
else {
const err7 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema64.type,parentSchema:schema64,data};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
validate55.errors = vErrors;
return errors === 0;
}

const schema68 = {"description":"Where an instance came from, and a fingerprint of the original text that its spans point into.\n\nschema.org: `isBasedOn`/`sdPublisher` · Akoma Ntoso: `FRBRManifestation`, `workflow/step` · PLOVER:\n`cite_info`, `coder`, `coded_date` · W3C PROV: `wasDerivedFrom`.","type":"object","properties":{"source":{"description":"The source the text came from: a file name, URL or feed name.","type":"string"},"sha256":{"description":"SHA-256 of the original text's UTF-8 bytes, as 64 lowercase hex digits. Every span in the\ninstance is an offset into that text.","pattern":"^[0-9a-f]{64}$","type":"string"},"method":{"description":"How the structured form was made: by a person reading the text, or by a program.","enum":["extracted","manual"],"type":"string"},"tool":{"description":"The program (name and version) that made the instance, when `method` is `extracted`.","type":"string"},"created":{"description":"When the instance was made, as a date-time with an offset.","format":"date-time","type":"string"},"derivedFrom":{"$ref":"#/definitions/SourceDocument","description":"The document the text was taken from, when the text is not that document itself: a web page\nwhose article text was extracted, say. W3C PROV: `wasDerivedFrom` · schema.org: `isBasedOn`."}},"additionalProperties":false,"required":["method","sha256","source"]};
const schema69 = {"description":"A document a text was taken from, fingerprinted as it was read.","type":"object","properties":{"mediaType":{"description":"The document's IANA media type, e.g. `text/html`. schema.org: `encodingFormat`.","type":"string"},"sha256":{"description":"SHA-256 of the document's bytes as read, as 64 lowercase hex digits.","pattern":"^[0-9a-f]{64}$","type":"string"},"url":{"description":"Where the document is on the web, when known. schema.org: `url`.","format":"uri","type":"string"}},"additionalProperties":false,"required":["mediaType","sha256"]};
const pattern22 = new RegExp("^[0-9a-f]{64}$", "u");
const formats0 = runtime0["date-time"];
const formats2 = runtime0.uri;

function validate60(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
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
if(!pattern22.test(data1)){
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
if(!(formats0(data4))){
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
if(!pattern22.test(data7)){
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
if(!(formats2(data8))){
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
validate60.errors = vErrors;
return errors === 0;
}


function validate10(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://communique.dev/schemas/joint-statement/v1.json" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.id === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema11.required,parentSchema:schema11,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.kind === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'",schema:schema11.required,parentSchema:schema11,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.parties === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "parties"},message:"must have required property '"+"parties"+"'",schema:schema11.required,parentSchema:schema11,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.provenance === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "provenance"},message:"must have required property '"+"provenance"+"'",schema:schema11.required,parentSchema:schema11,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.type === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'",schema:schema11.required,parentSchema:schema11,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
for(const key0 in data){
if(!(func2.call(schema11.properties, key0))){
const err5 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema11,data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.$schema !== undefined){
let data0 = data.$schema;
if(typeof data0 !== "string"){
const err6 = {instancePath:instancePath+"/$schema",schemaPath:"#/properties/%24schema/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.$schema.type,parentSchema:schema11.properties.$schema,data:data0};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if("https://communique.dev/schemas/joint-statement/v1.json" !== data0){
const err7 = {instancePath:instancePath+"/$schema",schemaPath:"#/properties/%24schema/const",keyword:"const",params:{allowedValue: "https://communique.dev/schemas/joint-statement/v1.json"},message:"must be equal to constant",schema:"https://communique.dev/schemas/joint-statement/v1.json",parentSchema:schema11.properties.$schema,data:data0};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.type !== undefined){
let data1 = data.type;
if(typeof data1 !== "string"){
const err8 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.type.type,parentSchema:schema11.properties.type,data:data1};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if("JointStatement" !== data1){
const err9 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/const",keyword:"const",params:{allowedValue: "JointStatement"},message:"must be equal to constant",schema:"JointStatement",parentSchema:schema11.properties.type,data:data1};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.id !== undefined){
let data2 = data.id;
if(typeof data2 === "string"){
if(!pattern0.test(data2)){
const err10 = {instancePath:instancePath+"/id",schemaPath:"#/definitions/DocumentId/pattern",keyword:"pattern",params:{pattern: "^[a-zA-Z][a-zA-Z0-9+.-]*:[^\\s]+$"},message:"must match pattern \""+"^[a-zA-Z][a-zA-Z0-9+.-]*:[^\\s]+$"+"\"",schema:"^[a-zA-Z][a-zA-Z0-9+.-]*:[^\\s]+$",parentSchema:schema12,data:data2};
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
const err11 = {instancePath:instancePath+"/id",schemaPath:"#/definitions/DocumentId/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.type,parentSchema:schema12,data:data2};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.kind !== undefined){
let data3 = data.kind;
if(typeof data3 !== "string"){
const err12 = {instancePath:instancePath+"/kind",schemaPath:"#/definitions/StatementKind/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema13.type,parentSchema:schema13,data:data3};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(!((((((((data3 === "chairs-statement") || (data3 === "communique")) || (data3 === "declaration")) || (data3 === "joint-communique")) || (data3 === "joint-declaration")) || (data3 === "joint-press-release")) || (data3 === "joint-statement")) || (data3 === "other"))){
const err13 = {instancePath:instancePath+"/kind",schemaPath:"#/definitions/StatementKind/enum",keyword:"enum",params:{allowedValues: schema13.enum},message:"must be equal to one of the allowed values",schema:schema13.enum,parentSchema:schema13,data:data3};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.kindMentions !== undefined){
let data4 = data.kindMentions;
if(Array.isArray(data4)){
const len0 = data4.length;
for(let i0=0; i0<len0; i0++){
if(!(validate11(data4[i0], {instancePath:instancePath+"/kindMentions/" + i0,parentData:data4,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);
errors = vErrors.length;
}
}
}
else {
const err14 = {instancePath:instancePath+"/kindMentions",schemaPath:"#/properties/kindMentions/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.kindMentions.type,parentSchema:schema11.properties.kindMentions,data:data4};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.title !== undefined){
let data6 = data.title;
if(typeof data6 !== "string"){
const err15 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.title.type,parentSchema:schema11.properties.title,data:data6};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.language !== undefined){
let data7 = data.language;
if(typeof data7 === "string"){
if(!pattern1.test(data7)){
const err16 = {instancePath:instancePath+"/language",schemaPath:"#/definitions/LanguageTag/pattern",keyword:"pattern",params:{pattern: "^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{1,8})*$"},message:"must match pattern \""+"^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{1,8})*$"+"\"",schema:"^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{1,8})*$",parentSchema:schema16,data:data7};
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
const err17 = {instancePath:instancePath+"/language",schemaPath:"#/definitions/LanguageTag/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema16.type,parentSchema:schema16,data:data7};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.parties !== undefined){
let data8 = data.parties;
if(Array.isArray(data8)){
if(data8.length < 1){
const err18 = {instancePath:instancePath+"/parties",schemaPath:"#/properties/parties/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema11.properties.parties,data:data8};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
const len1 = data8.length;
for(let i1=0; i1<len1; i1++){
if(!(validate13(data8[i1], {instancePath:instancePath+"/parties/" + i1,parentData:data8,parentDataProperty:i1,rootData}))){
vErrors = vErrors === null ? validate13.errors : vErrors.concat(validate13.errors);
errors = vErrors.length;
}
}
}
else {
const err19 = {instancePath:instancePath+"/parties",schemaPath:"#/properties/parties/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.parties.type,parentSchema:schema11.properties.parties,data:data8};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data.issued !== undefined){
if(!(validate20(data.issued, {instancePath:instancePath+"/issued",parentData:data,parentDataProperty:"issued",rootData}))){
vErrors = vErrors === null ? validate20.errors : vErrors.concat(validate20.errors);
errors = vErrors.length;
}
}
if(data.meeting !== undefined){
if(!(validate27(data.meeting, {instancePath:instancePath+"/meeting",parentData:data,parentDataProperty:"meeting",rootData}))){
vErrors = vErrors === null ? validate27.errors : vErrors.concat(validate27.errors);
errors = vErrors.length;
}
}
if(data.participants !== undefined){
let data12 = data.participants;
if(Array.isArray(data12)){
const len2 = data12.length;
for(let i2=0; i2<len2; i2++){
if(!(validate34(data12[i2], {instancePath:instancePath+"/participants/" + i2,parentData:data12,parentDataProperty:i2,rootData}))){
vErrors = vErrors === null ? validate34.errors : vErrors.concat(validate34.errors);
errors = vErrors.length;
}
}
}
else {
const err20 = {instancePath:instancePath+"/participants",schemaPath:"#/properties/participants/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.participants.type,parentSchema:schema11.properties.participants,data:data12};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data.provisions !== undefined){
let data14 = data.provisions;
if(Array.isArray(data14)){
const len3 = data14.length;
for(let i3=0; i3<len3; i3++){
if(!(validate42(data14[i3], {instancePath:instancePath+"/provisions/" + i3,parentData:data14,parentDataProperty:i3,rootData}))){
vErrors = vErrors === null ? validate42.errors : vErrors.concat(validate42.errors);
errors = vErrors.length;
}
}
}
else {
const err21 = {instancePath:instancePath+"/provisions",schemaPath:"#/properties/provisions/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.provisions.type,parentSchema:schema11.properties.provisions,data:data14};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data.quotations !== undefined){
let data16 = data.quotations;
if(Array.isArray(data16)){
const len4 = data16.length;
for(let i4=0; i4<len4; i4++){
if(!(validate50(data16[i4], {instancePath:instancePath+"/quotations/" + i4,parentData:data16,parentDataProperty:i4,rootData}))){
vErrors = vErrors === null ? validate50.errors : vErrors.concat(validate50.errors);
errors = vErrors.length;
}
}
}
else {
const err22 = {instancePath:instancePath+"/quotations",schemaPath:"#/properties/quotations/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.quotations.type,parentSchema:schema11.properties.quotations,data:data16};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data.related !== undefined){
let data18 = data.related;
if(Array.isArray(data18)){
const len5 = data18.length;
for(let i5=0; i5<len5; i5++){
if(!(validate55(data18[i5], {instancePath:instancePath+"/related/" + i5,parentData:data18,parentDataProperty:i5,rootData}))){
vErrors = vErrors === null ? validate55.errors : vErrors.concat(validate55.errors);
errors = vErrors.length;
}
}
}
else {
const err23 = {instancePath:instancePath+"/related",schemaPath:"#/properties/related/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.related.type,parentSchema:schema11.properties.related,data:data18};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data.reportedIn !== undefined){
let data20 = data.reportedIn;
if(Array.isArray(data20)){
const len6 = data20.length;
for(let i6=0; i6<len6; i6++){
let data21 = data20[i6];
if(typeof data21 === "string"){
if(!pattern0.test(data21)){
const err24 = {instancePath:instancePath+"/reportedIn/" + i6,schemaPath:"#/definitions/DocumentId/pattern",keyword:"pattern",params:{pattern: "^[a-zA-Z][a-zA-Z0-9+.-]*:[^\\s]+$"},message:"must match pattern \""+"^[a-zA-Z][a-zA-Z0-9+.-]*:[^\\s]+$"+"\"",schema:"^[a-zA-Z][a-zA-Z0-9+.-]*:[^\\s]+$",parentSchema:schema12,data:data21};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
else {
const err25 = {instancePath:instancePath+"/reportedIn/" + i6,schemaPath:"#/definitions/DocumentId/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.type,parentSchema:schema12,data:data21};
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
else {
const err26 = {instancePath:instancePath+"/reportedIn",schemaPath:"#/properties/reportedIn/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.reportedIn.type,parentSchema:schema11.properties.reportedIn,data:data20};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data.provenance !== undefined){
if(!(validate60(data.provenance, {instancePath:instancePath+"/provenance",parentData:data,parentDataProperty:"provenance",rootData}))){
vErrors = vErrors === null ? validate60.errors : vErrors.concat(validate60.errors);
errors = vErrors.length;
}
}
if(data.extensions !== undefined){
let data23 = data.extensions;
if(data23 && typeof data23 == "object" && !Array.isArray(data23)){
for(const key1 in data23){
const _errs47 = errors;
if(typeof key1 === "string"){
if(!pattern24.test(key1)){
const err27 = {instancePath:instancePath+"/extensions",schemaPath:"#/definitions/Extensions/propertyNames/pattern",keyword:"pattern",params:{pattern: "^([a-z][a-z0-9]*(\\.[a-z0-9-]+)+:[A-Za-z0-9._-]+|x-[a-z0-9-]+)$"},message:"must match pattern \""+"^([a-z][a-z0-9]*(\\.[a-z0-9-]+)+:[A-Za-z0-9._-]+|x-[a-z0-9-]+)$"+"\"",schema:"^([a-z][a-z0-9]*(\\.[a-z0-9-]+)+:[A-Za-z0-9._-]+|x-[a-z0-9-]+)$",parentSchema:schema70.propertyNames,data:key1,propertyName:key1};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
var valid20 = _errs47 === errors;
if(!valid20){
const err28 = {instancePath:instancePath+"/extensions",schemaPath:"#/definitions/Extensions/propertyNames",keyword:"propertyNames",params:{propertyName: key1},message:"property name must be valid",schema:schema70.propertyNames,parentSchema:schema70,data:data23};
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
const err29 = {instancePath:instancePath+"/extensions",schemaPath:"#/definitions/Extensions/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema70.type,parentSchema:schema70,data:data23};
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
const err30 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.type,parentSchema:schema11,data};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
validate10.errors = vErrors;
return errors === 0;
}
