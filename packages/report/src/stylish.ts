import type { Severity } from '@kindling/rules';
import { painter, type Paint, type Style } from './ansi.js';
import { COUNT, LESSON_COUNT, LOCATION, SEVERITY_LABEL, TEXT } from './labels.js';
import { describeBatchDrafts, describeLocation, describeProblem } from './location.js';
import type { Report, ReportBatchFinding, ReportResult } from './model.js';
import { lessonRows, scoreText } from './summary-rows.js';
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

function batchRows(findings: readonly ReportBatchFinding[], results: readonly ReportResult[], paint: Paint): string[][] {
  return findings.map((finding) => [
    paint(SEVERITY_STYLE[finding.severity], SEVERITY_LABEL[finding.severity]),
    `${finding.message} ${paint('dim', fill(TEXT.concerns, { drafts: describeBatchDrafts(finding.source, finding.drafts, results) }))}`,
    paint('dim', finding.ruleId),
  ]);
}

function group(heading: string, rows: string[][], paint: Paint): string[] {
  return rows.length === 0 ? [] : [paint('underline', heading), ...alignColumns(rows), ''];
}

/** Results and calendar findings, grouped by source in input order; clean drafts are left out. */
function findingLines(report: Report, paint: Paint): string[] {
  const batchBySource = new Map<string, ReportBatchFinding[]>();
  for (const finding of report.batch) {
    const list = batchBySource.get(finding.source) ?? [];
    list.push(finding);
    batchBySource.set(finding.source, list);
  }
  const lines: string[] = [];
  const flushBatch = (source: string) => {
    const findings = batchBySource.get(source);
    if (!findings) return;
    batchBySource.delete(source);
    lines.push(...group(fill(LOCATION.calendar, { source }), batchRows(findings, report.results, paint), paint));
  };
  report.results.forEach((result, position) => {
    lines.push(...group(describeLocation(result), findingRows(result, paint), paint));
    if (report.results[position + 1]?.source !== result.source) flushBatch(result.source);
  });
  for (const source of [...batchBySource.keys()]) flushBatch(source);
  return lines;
}

function problemLines(report: Report, paint: Paint): string[] {
  const rows = report.problems.map((problem) => [
    describeLocation(problem),
    paint('red', describeProblem(problem)),
  ]);
  return group(TEXT.problemsHeading, rows, paint);
}

function lessonLines(report: Report, paint: Paint): string[] {
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

function totalLines(report: Report, paint: Paint): string[] {
  const { errors, warnings, infos, drafts, score, problems } = report.summary;
  const total = errors + warnings + infos;
  const counts = [plural(errors, COUNT.errors), plural(warnings, COUNT.warnings), plural(infos, COUNT.infos)].join(', ');
  const verdict =
    total === 0
      ? paint('green', `\u2714 ${TEXT.allClear}`)
      : paint(errors > 0 ? 'red' : 'yellow', paint('bold', `\u2716 ${plural(total, COUNT.problems)} (${counts})`));
  const scope = [plural(drafts, COUNT.drafts), `${TEXT.overallScore.toLowerCase()} ${scoreText(score)}`];
  if (problems > 0) scope.push(paint('red', plural(problems, COUNT.inputProblems)));
  return [verdict, scope.join(', ')];
}

/** The terminal report: ESLint's stylish layout, then a per-lesson summary and totals. */
export function formatStylish(report: Report, options: StylishOptions): string {
  const paint = painter(options.color);
  const lines = [...findingLines(report, paint), ...problemLines(report, paint), ...lessonLines(report, paint), ...totalLines(report, paint)];
  return `${lines.join('\n')}\n`;
}
