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
} from './model.js';
export { formatStylish, type StylishOptions } from './stylish.js';
export { formatJson, toJsonReport, type JsonOptions, type JsonReport, type JsonResult, type JsonFinding } from './json.js';
export { formatSarif, type SarifOptions } from './sarif.js';
export { formatMarkdown } from './markdown.js';
export { formatHtml, type HtmlOptions } from './html.js';
export { describeLocation } from './location.js';
