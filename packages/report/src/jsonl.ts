import { addJsonResult, type JsonOptions, type JsonResult } from './json.js';
import type { InputProblem, Report, ReportBatchFinding, ReportResult, ReportSummary } from './model.js';
import { walkInSourceOrder } from './source-order.js';

/** The options of `formatJsonl`: each line is one JSON value, so there is nothing to indent. */
export type JsonlOptions = Pick<JsonOptions, 'text'>;

/** One line of the JSON Lines contract; `type` says which. */
export type JsonlLine =
  | ({ type: 'result' } & JsonResult)
  | ({ type: 'batch' } & ReportBatchFinding)
  | ({ type: 'problem' } & InputProblem)
  | ({ type: 'summary'; version: 1 } & ReportSummary);

/** One draft's result as one line: `{"type":"result", …}` with the fields of a JSON result. */
export function formatJsonlResult(result: ReportResult, options: JsonlOptions = {}): string {
  return `${JSON.stringify(addJsonResult({ type: 'result' }, result, options))}\n`;
}

/** A source's calendar findings, one line each, written after its last result. */
export function formatJsonlCalendar(findings: readonly ReportBatchFinding[]): string {
  let text = '';
  for (const finding of findings) text += `${JSON.stringify({ type: 'batch', ...finding })}\n`;
  return text;
}

/** What follows the results: one line per input problem, then the summary, always last. */
export function formatJsonlTail(report: Pick<Report, 'version' | 'problems' | 'summary'>): string {
  let text = '';
  for (const problem of report.problems) text += `${JSON.stringify({ type: 'problem', ...problem })}\n`;
  return `${text}${JSON.stringify({ type: 'summary', version: report.version, ...report.summary })}\n`;
}

/**
 * `--format jsonl`: the JSON contract as JSON Lines, one line per draft result, so a report of
 * any size is written and read a line at a time. Each source's calendar findings follow its
 * last result, then come input problems, and the summary closes the report. `formatJsonlResult`
 * of each result, `formatJsonlCalendar` after each source and `formatJsonlTail` give the same
 * text as it is linted.
 */
export function formatJsonl(report: Report, options: JsonlOptions = {}): string {
  let text = '';
  walkInSourceOrder(report, {
    result: (result) => (text += formatJsonlResult(result, options)),
    calendar: (_source, findings) => (text += formatJsonlCalendar(findings)),
  });
  return text + formatJsonlTail(report);
}
