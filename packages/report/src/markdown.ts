import { LOCATION, SEVERITY_LABEL, TEXT } from './labels.js';
import { escapeMarkdownInline, markdownQuote } from './escape-markdown.js';
import { DraftPlaces, describeBatchDrafts, describeLocation, describeProblem, isWholeDraft } from './location.js';
import type { LocatedFinding, Report, ReportResult } from './model.js';
import { calendarRows, lessonRows, scoreText, suggestionText, summaryCounts } from './summary-rows.js';
import { fill } from './template.js';

function overview(report: Report): string[] {
  const counts = summaryCounts(report.summary);
  return [`# ${TEXT.reportTitle}`, '', `**${TEXT.overallScore}: ${scoreText(report.summary.score)}**`, '', `${counts.join(', ')}.`, ''];
}

function lessonTable(report: Report): string[] {
  const rows = lessonRows(report.summary).map(
    (lesson) =>
      `| ${lesson.number}. [${escapeMarkdownInline(lesson.title)}](${lesson.url}) | ${lesson.pass} | ${lesson.fail} | ${lesson.notApplicable} | ${lesson.meanScore ?? TEXT.notApplicable} |`,
  );
  return [`## ${TEXT.lessonsHeading}`, '', '| Lesson | Pass | Fail | Not applicable | Mean score |', '| --- | ---: | ---: | ---: | ---: |', ...rows, ''];
}

function calendarList(report: Report): string[] {
  const { calendar } = report.summary;
  if (calendar.total === 0) return [];
  const items = calendarRows(calendar).map((row) => `- ${row.label}: ${fill(TEXT.countOfTotal, { count: row.count, total: calendar.total })} (${row.percent}%)`);
  return [`## ${TEXT.calendarHeading}`, '', ...items, ''];
}

function findingItem(finding: LocatedFinding, draftText: string): string[] {
  const place = isWholeDraft(finding.range) ? TEXT.wholeDraft : `${finding.line}:${finding.column}`;
  const lines = [`- **${SEVERITY_LABEL[finding.severity]}** (${place}) ${escapeMarkdownInline(finding.message)} [\`${finding.ruleId}\`](${finding.url})`];
  for (const suggestion of finding.suggestions ?? []) {
    lines.push(`  - ${escapeMarkdownInline(suggestionText(suggestion, draftText))}`);
  }
  return lines;
}

function draftSection(result: ReportResult): string[] {
  const heading = `### ${escapeMarkdownInline(describeLocation(result))} (${fill(TEXT.draftScore, { score: result.score })})`;
  const findings = result.findings.length === 0 ? [`_${TEXT.noFindings}_`] : result.findings.flatMap((finding) => findingItem(finding, result.text));
  const praise = result.praise.map((item) => `- ${escapeMarkdownInline(item.message)} [\`${item.ruleId}\`](${item.url})`);
  const praiseBlock = praise.length === 0 ? [] : ['', `**${TEXT.doneWell}**`, '', ...praise];
  return [heading, '', markdownQuote(result.text), '', ...findings, ...praiseBlock, ''];
}

function batchSection(report: Report): string[] {
  if (report.batch.length === 0) return [];
  const places = new DraftPlaces(report.results);
  const items = report.batch.map((finding) => {
    const drafts = describeBatchDrafts(finding.source, finding.drafts, places);
    const where = escapeMarkdownInline(fill(LOCATION.calendar, { source: finding.source }));
    const concerns = escapeMarkdownInline(fill(TEXT.concerns, { drafts }));
    return `- **${SEVERITY_LABEL[finding.severity]}** ${where}: ${escapeMarkdownInline(finding.message)} ${concerns} [\`${finding.ruleId}\`](${finding.url})`;
  });
  return [`## ${TEXT.batchHeading}`, '', ...items, ''];
}

function problemSection(report: Report): string[] {
  if (report.problems.length === 0) return [];
  const items = report.problems.map((problem) => {
    return `- ${escapeMarkdownInline(describeLocation(problem))}: ${escapeMarkdownInline(describeProblem(problem))}`;
  });
  return [`## ${TEXT.problemsHeading}`, '', ...items, ''];
}

/** `--format markdown`: a report a coach can paste into an email or a document. */
export function formatMarkdown(report: Report): string {
  const drafts = report.results.length === 0 ? [] : [`## ${TEXT.draftsHeading}`, '', ...report.results.flatMap(draftSection)];
  const sections = [...overview(report), ...lessonTable(report), ...calendarList(report), ...drafts, ...batchSection(report), ...problemSection(report)];
  return `${sections.join('\n').trimEnd()}\n`;
}
