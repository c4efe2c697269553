import type { LessonNumber, LessonResult, Praise, Range, Severity, Suggestion } from '@kindling/rules';
import type { InputProblem, LocatedFinding, Report, ReportBatchFinding, ReportResult, ReportSummary } from './model.js';

/** One finding in the JSON contract. `line` and `column` are derived from `range`. */
export interface JsonFinding {
  ruleId: string;
  messageId: string;
  lesson: LessonNumber;
  severity: Severity;
  message: string;
  range: Range;
  line: number;
  column: number;
  /** Always present; empty when the rule has nothing to suggest. */
  suggestions: Suggestion[];
  url: string;
}

/** One draft's result in the JSON contract. */
export interface JsonResult {
  source: string;
  index: number;
  line?: number;
  row?: number;
  id?: string | number;
  /** Only with `{ text: true }`: results stay lean by default, and the caller has the drafts. */
  text?: string;
  findings: JsonFinding[];
  praise: Praise[];
  /** Keyed by lesson number; JSON writes the keys as strings, "1" to "6". */
  lessons: Record<LessonNumber, LessonResult>;
  score: number;
  meta?: unknown;
  /** With the CLI's --fix or --fix-dry-run: the draft's text with every fix applied, when any applies. */
  output?: string;
}

export interface JsonReport {
  version: 1;
  results: JsonResult[];
  batch: ReportBatchFinding[];
  problems: InputProblem[];
  summary: ReportSummary;
}

export interface JsonOptions {
  /** Include each draft's text in its result. Off by default. */
  text?: boolean;
  /** Indentation passed to JSON.stringify; none by default, one line per report. */
  indent?: number;
}

function toJsonFinding(finding: LocatedFinding): JsonFinding {
  const { ruleId, messageId, lesson, severity, message, range, line, column, url } = finding;
  return { ruleId, messageId, lesson, severity, message, range, line, column, suggestions: finding.suggestions ?? [], url };
}

/**
 * Adds the fields of a result in the JSON contract to `into`, in the contract's order, after
 * whatever `into` already has (the jsonl format's `type`). Plain assignments rather than
 * conditional spreads: a large batch builds one of these per draft.
 */
export function addJsonResult<T extends object>(into: T, result: ReportResult, options: JsonOptions = {}): T & JsonResult {
  const json = into as T & JsonResult;
  const { line, row, id, meta } = result;
  json.source = result.source;
  json.index = result.index;
  if (line !== undefined) json.line = line;
  if (row !== undefined) json.row = row;
  if (id !== undefined) json.id = id;
  if (options.text) json.text = result.text;
  json.findings = result.findings.map(toJsonFinding);
  json.praise = result.praise;
  json.lessons = result.lessons;
  json.score = result.score;
  if (meta !== undefined) json.meta = meta;
  if (result.output !== undefined) json.output = result.output;
  return json;
}

/** One result in the JSON contract: what `formatJson` writes for it, for writing results as they arrive. */
export function toJsonResult(result: ReportResult, options: JsonOptions = {}): JsonResult {
  return addJsonResult({}, result, options);
}

/** The report as plain data in the documented JSON contract (see the README). */
export function toJsonReport(report: Report, options: JsonOptions = {}): JsonReport {
  return {
    version: report.version,
    results: report.results.map((result) => toJsonResult(result, options)),
    batch: report.batch,
    problems: report.problems,
    summary: report.summary,
  };
}

/** `--format json`: the stable, versioned contract for scripts and other tools. */
export function formatJson(report: Report, options: JsonOptions = {}): string {
  return `${JSON.stringify(toJsonReport(report, options), null, options.indent)}\n`;
}

/**
 * The opening of `formatJson`'s output, up to its first result. Without `indent`, `formatJson`
 * writes exactly this, then each `JSON.stringify(toJsonResult(result))` joined by commas, then
 * `formatJsonTail`: so a caller can write a large report as its results arrive.
 */
export function formatJsonHead(report: Pick<Report, 'version'>): string {
  return `{"version":${JSON.stringify(report.version)},"results":[`;
}

/** The end of `formatJson`'s output after its last result (see `formatJsonHead`). */
export function formatJsonTail(report: Omit<Report, 'results'>): string {
  const { batch, problems, summary } = report;
  return `],"batch":${JSON.stringify(batch)},"problems":${JSON.stringify(problems)},"summary":${JSON.stringify(summary)}}\n`;
}
