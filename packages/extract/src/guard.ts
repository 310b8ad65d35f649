import { type JointStatement, validateJointStatement } from "@communique/joint-statement";
import { type NewsArticle, validateNewsArticle } from "@communique/news-article";
import type { ExtractResult } from "./extract.js";
import { merged } from "./objects.js";
import type { Segment } from "./text/span.js";
import { spanOf } from "./text/span.js";
import { type ExtractWarning, warning } from "./warnings.js";

// The output must validate whatever the input: a statement that does not is left out, and an
// article that does not falls back to its headline and paragraphs, each with a warning that says why.
export function checked(
  article: NewsArticle,
  statements: JointStatement[],
  warnings: ExtractWarning[],
  body: readonly Segment[],
): ExtractResult {
  const valid = statements.filter((statement) => {
    const result = validateJointStatement(statement);
    if (!result.ok)
      warnings.push(
        warning("statement-invalid", `a joint statement was found but left out: ${describe(result.issues)}`),
      );
    return result.ok;
  });
  const ids = new Set(valid.map((statement) => statement.id));
  const reports = article.reports?.filter((id) => ids.has(id)) ?? [];
  let output: NewsArticle = merged(article, article.reports === undefined ? {} : { reports });
  if (output.reports?.length === 0) delete output.reports;
  if (statements.length !== valid.length) output = withoutStatementRefs(output, ids);
  const result = validateNewsArticle(output);
  if (!result.ok) {
    warnings.push(
      warning(
        "article-reduced",
        `what was found did not make a valid article (${describe(result.issues)}); only the headline and paragraphs are kept`,
      ),
    );
    const { type, id, headline, headlineSpan, language, provenance, extensions } = output;
    output = {
      $schema: "https://communique.dev/schemas/news-article/v1.json",
      type,
      id,
      headline,
      ...(headlineSpan === undefined ? {} : { headlineSpan }),
      language,
      body: { paragraphs: body.map((part) => ({ text: part.text, span: spanOf(part) })) },
      provenance,
      // The page furniture is plain text with its place: kept, so nothing of the input goes missing.
      ...(extensions === undefined ? {} : { extensions }),
    };
    return { article: output, statements: [], warnings };
  }
  return { article: output, statements: valid, warnings };
}

function withoutStatementRefs(article: NewsArticle, ids: ReadonlySet<string>): NewsArticle {
  if (article.quotes === undefined) return article;
  return {
    ...article,
    quotes: article.quotes.map((quote) =>
      quote.attribution.kind === "statement" &&
      quote.attribution.ref !== undefined &&
      !ids.has(quote.attribution.ref)
        ? {
            ...quote,
            // The statement it named was left out: the quotation is kept, put down to no one.
            attribution: {
              kind: "unknown",
              ...(quote.attribution.cue === undefined ? {} : { cue: quote.attribution.cue }),
            },
          }
        : quote,
    ),
  };
}

function describe(issues: readonly { path: string; message: string }[]): string {
  return issues
    .slice(0, 3)
    .map((issue) => `${issue.path || "/"} ${issue.message}`)
    .join("; ");
}
