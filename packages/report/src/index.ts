// The public API of @kindling/report. Every export is deliberate; test/exports.test.ts pins the list.
export {
  ReportBuilder,
  locateResult,
  type Report,
  type ReportResult,
  type ReportBatchFinding,
  type ReportSummary,
  type LessonSummary,
  type LocatedFinding,
  type DraftLocation,
  type InputProblem,
  type ResultTotals,
} from './model.js';
export { formatStylish, formatStylishResult, formatStylishCalendar, formatStylishSummary, type StylishOptions } from './stylish.js';
export { formatJson, formatJsonHead, formatJsonTail, toJsonReport, toJsonResult, type JsonOptions, type JsonReport, type JsonResult, type JsonFinding } from './json.js';
export {
  formatJsonl,
  formatJsonlResult,
  formatJsonlCalendar,
  formatJsonlTail,
  type JsonlOptions,
  type JsonlLine,
} from './jsonl.js';
export { formatSarif, formatSarifHead, formatSarifResults, formatSarifTail, type SarifOptions } from './sarif.js';
export { formatMarkdown } from './markdown.js';
export { formatHtml, type HtmlOptions } from './html.js';
export { describeLocation } from './location.js';
export { runVerdict } from './summary-rows.js';
