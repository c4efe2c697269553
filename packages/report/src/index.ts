// The public API of @kindling/report. Every export is deliberate.
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
