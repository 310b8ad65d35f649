import type { PartialDate } from "@communique/core";
import type { ExtractResult } from "@communique/extract";
import { jointStatementSchemaId, validateJointStatement } from "@communique/joint-statement";
import { newsArticleSchemaId, validateNewsArticle } from "@communique/news-article";

const LABEL = 15;

/** What was found in one text, in words for a person at a terminal, with both models checked again. */
export function summary(file: string, result: ExtractResult, text: string): string {
  const { article, statements } = result;
  const lines: string[] = [file];
  const row = (label: string, value: string | undefined, indent = "  ") => {
    if (value !== undefined && value.length > 0) lines.push(`${indent}${label.padEnd(LABEL)}${value}`);
  };
  row("headline", article.headline);
  if (article.dateline !== undefined)
    row(
      "dateline",
      `${article.dateline.text}${article.dateline.place?.country === undefined ? "" : ` (${article.dateline.place.country})`}${dateText(article.dateline.date)}`,
    );
  if (article.credit !== undefined) row("credit", `${article.credit.text} → ${article.credit.provider.name}`);
  row(
    "body",
    `${article.body.paragraphs.length} paragraphs, ${text.length} characters, ${article.quotes?.length ?? 0} quotations`,
  );
  row(
    "people",
    article.people
      ?.map(
        (person) =>
          `${person.name}${person.posts?.[0] === undefined ? "" : `, ${person.posts[0].title}${person.posts[0].country === undefined ? "" : ` (${person.posts[0].country})`}`}`,
      )
      .join("; "),
  );
  row(
    "organizations",
    article.organizations
      ?.map(
        (org) =>
          `${org.name}${org.acronym === undefined ? "" : ` (${org.acronym})`}${org.kind === undefined ? "" : ` [${org.kind}]`}`,
      )
      .join("; "),
  );
  row(
    "places",
    article.places
      ?.map((place) => `${place.name}${place.country === undefined ? "" : ` (${place.country})`}`)
      .join("; "),
  );
  row(
    "countries",
    article.countries
      ?.map((country) => `${country.code} ${country.name} ×${country.mentions?.length ?? 0}`)
      .join(", "),
  );
  row("subjects", article.subjects?.map((subject) => subject.qcode ?? subject.uri).join(", "));
  for (const statement of statements) {
    lines.push(`  ${statement.kind.replace(/-/g, " ")} ${statement.id}`);
    const inner = "    ";
    row(
      "parties",
      statement.parties.map((party) => `${party.name} (${party.country ?? party.id})`).join(", "),
      inner,
    );
    const meeting = statement.meeting;
    if (meeting !== undefined)
      row(
        "meeting",
        `${meeting.name ?? meeting.forum?.name ?? ""}${meeting.place === undefined ? "" : `, ${meeting.place.name}`}${dateText(meeting.date)}`,
        inner,
      );
    row(
      "participants",
      statement.participants
        ?.map(
          (participant) =>
            `${participant.person.name} for ${participant.onBehalfOf}${participant.role === undefined ? "" : `, ${participant.role}`}`,
        )
        .join("; "),
      inner,
    );
    for (const [index, provision] of (statement.provisions ?? []).entries())
      row(
        index === 0 ? "provisions" : "",
        `${provision.action} (${provision.modality}) by ${provision.actors.join(", ")}${provision.recipients === undefined ? "" : ` for ${provision.recipients.map((recipient) => recipient.party ?? recipient.country).join(", ")}`}: “${clip(provision.text)}”${provision.restatements === undefined ? "" : `, reported ${provision.restatements.length} more times`}`,
        inner,
      );
    for (const related of statement.related ?? [])
      row(
        "related",
        `${related.relation}: ${clip(related.description.text)}${dateText(related.date)}`,
        inner,
      );
  }
  const articleCheck = validateNewsArticle(article);
  const statementChecks = statements.map((statement) => validateJointStatement(statement));
  const valid = articleCheck.ok && statementChecks.every((check) => check.ok);
  row(
    "valid",
    valid
      ? `yes: the article against ${newsArticleSchemaId}${statements.length === 0 ? "" : `, ${statements.length} statement(s) against ${jointStatementSchemaId}`}`
      : "no (please report this: extract output must always validate)",
  );
  row("warnings", result.warnings.length === 0 ? "none" : `${result.warnings.length} (on standard error)`);
  return `${lines.join("\n")}\n`;
}

function dateText(date: PartialDate | undefined): string {
  if (date === undefined) return "";
  return `, ${date.text ?? ""}${date.value === undefined ? ` (${date.precision}, not resolved)` : ` = ${date.value}`}`;
}

function clip(text: string): string {
  return text.length <= 72 ? text : `${text.slice(0, 71)}…`;
}
