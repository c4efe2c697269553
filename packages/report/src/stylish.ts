import type { Severity } from '@kindling/rules';
import { painter, type Paint, type Style } from './ansi.js';
import { COUNT, LESSON_COUNT, LOCATION, SEVERITY_LABEL, TEXT } from './labels.js';
import { DraftPlaces, describeBatchDrafts, describeLocation, describeProblem } from './location.js';
import type { DraftLocation, Report, ReportBatchFinding, ReportResult } from './model.js';
import { walkInSourceOrder } from './source-order.js';
import { lessonRows, runVerdict, scoreText } from './summary-rows.js';
import { alignColumns } from './table.js';
import { fill, plural } from './template.js';

export interface StylishOptions {
  /** ANSI colours; the CLI turns them off when stdout is not a TTY or NO_COLOR is set. */
  color: boolean;
}

const SEVERITY_STYLE: Record<Severity, Style> = { error: 'red', warning: 'yellow', info: 'blue' };

function findingRows(result: ReportResult, paint: Paint): string[][] {
  return result.findings.map((finding) => [
    paint('dim', `${finding.line}:${finding.column}`),
    paint(SEVERITY_STYLE[finding.severity], SEVERITY_LABEL[finding.severity]),
    finding.message,
    paint('dim', finding.ruleId),
  ]);
}

function batchRows(findings: readonly ReportBatchFinding[], locations: readonly DraftLocation[], paint: Paint): string[][] {
  const places = new DraftPlaces(locations);
  return findings.map((finding) => [
    paint(SEVERITY_STYLE[finding.severity], SEVERITY_LABEL[finding.severity]),
    `${finding.message} ${paint('dim', fill(TEXT.concerns, { drafts: describeBatchDrafts(finding.source, finding.drafts, places) }))}`,
    paint('dim', finding.ruleId),
  ]);
}

function group(heading: string, rows: string[][], paint: Paint): string[] {
  return rows.length === 0 ? [] : [paint('underline', heading), ...alignColumns(rows), ''];
}

/** Every line followed by a line break, which is how the whole report is joined too. */
function asText(lines: readonly string[]): string {
  let text = '';
  for (const line of lines) text += `${line}\n`;
  return text;
}

/**
 * One draft's part of the stylish report: its place, then one aligned line per finding; '' for a
 * clean draft. With `formatStylishCalendar` and `formatStylishSummary` this lets a caller write a
 * large report as results arrive, and get the same text as `formatStylish`.
 */
export function formatStylishResult(result: ReportResult, options: StylishOptions): string {
  if (result.findings.length === 0) return '';
  const paint = painter(options.color);
  return asText(group(describeLocation(result), findingRows(result, paint), paint));
}

/**
 * A source's calendar findings, printed after its last draft. `places` are where the drafts the
 * findings name sit (results, or bare locations), so they read `row 2` rather than `[1]`.
 */
export function formatStylishCalendar(source: string, findings: readonly ReportBatchFinding[], places: readonly DraftLocation[], options: StylishOptions): string {
  const paint = painter(options.color);
  return asText(group(fill(LOCATION.calendar, { source }), batchRows(findings, places, paint), paint));
}

/** What follows the findings: input problems, the per-lesson summary and the totals. */
export function formatStylishSummary(report: Pick<Report, 'problems' | 'summary'>, options: StylishOptions): string {
  const paint = painter(options.color);
  return asText([...problemLines(report, paint), ...lessonLines(report, paint), ...totalLines(report, paint)]);
}

/** Results and calendar findings, grouped by source in input order; clean drafts are left out. */
function findingsText(report: Report, options: StylishOptions): string {
  let text = '';
  walkInSourceOrder(report, {
    result: (result) => (text += formatStylishResult(result, options)),
    calendar: (source, findings, places) => (text += formatStylishCalendar(source, findings, places, options)),
  });
  return text;
}

function problemLines(report: Pick<Report, 'problems'>, paint: Paint): string[] {
  const rows = report.problems.map((problem) => [
    describeLocation(problem),
    paint('red', describeProblem(problem)),
  ]);
  return group(TEXT.problemsHeading, rows, paint);
}

function lessonLines(report: Pick<Report, 'summary'>, paint: Paint): string[] {
  const rows = lessonRows(report.summary).map((lesson) => [
    String(lesson.number),
    lesson.title,
    paint('green', fill(LESSON_COUNT.pass, { count: lesson.pass })),
    lesson.fail > 0 ? paint('red', fill(LESSON_COUNT.fail, { count: lesson.fail })) : fill(LESSON_COUNT.fail, { count: lesson.fail }),
    paint('dim', fill(LESSON_COUNT['n/a'], { count: lesson.notApplicable })),
    lesson.meanScore === null ? paint('dim', TEXT.notApplicable) : fill(TEXT.meanScore, { score: lesson.meanScore }),
  ]);
  return group(TEXT.lessonsHeading, rows, paint);
}

function totalLines(report: Pick<Report, 'summary'>, paint: Paint): string[] {
  const { drafts, score, problems } = report.summary;
  const verdict = runVerdict(report.summary);
  const line =
    verdict.tone === 'clean'
      ? paint('green', `\u2714 ${verdict.text}`)
      : paint(verdict.tone === 'warnings' ? 'yellow' : 'red', paint('bold', `\u2716 ${verdict.text}`));
  if (verdict.tone === 'noDrafts') return [line];
  const scope = [plural(drafts, COUNT.drafts), `${TEXT.overallScore.toLowerCase()} ${scoreText(score)}`];
  if (problems > 0) scope.push(paint('red', plural(problems, COUNT.inputProblems)));
  return [line, scope.join(', ')];
}

/** The terminal report: ESLint's stylish layout, then a per-lesson summary and totals. */
export function formatStylish(report: Report, options: StylishOptions): string {
  return findingsText(report, options) + formatStylishSummary(report, options);
}
