import { DOCS_BASE_URL, rules as builtInRules, type Range, type Severity } from '@kindling/rules';
import type * as Sarif from 'sarif';
import { LineIndex } from './line-index.js';
import { describeLocation, describeProblem, isWholeDraft, spanOf } from './location.js';
import type { InputProblem, LocatedFinding, Report, ReportBatchFinding, ReportResult } from './model.js';
import { VERSION } from './version.js';

export interface SarifOptions {
  /** The version reported for the tool; defaults to this package's version. */
  toolVersion?: string;
}

const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';

const LEVEL: Record<Severity, Sarif.Result.level> = { error: 'error', warning: 'warning', info: 'note' };

// Drafts in .txt and .md files are slices of the file, so a place in the text is a place in the
// file. Drafts in JSON, JSONL and CSV are encoded (quoted, escaped), so only the draft's own line
// is a real place in the file; the place within the text goes in the result's properties.
const VERBATIM_SOURCE = /\.(?:txt|md|markdown)$/iu;
const WHOLE_FILE_SOURCE = /\.txt$/iu;

/**
 * A path as a SARIF URI: forward slashes, each segment percent-encoded (so `#`, `?` and spaces
 * cannot end the path early), and a `file://` URI for an absolute path, POSIX or Windows.
 */
export function toUri(source: string): string {
  const path = source.replace(/\\/gu, '/');
  const drive = /^[A-Za-z]:\//u.exec(path)?.[0];
  const rest = drive ? path.slice(drive.length) : path;
  const encoded = rest.split('/').map(encodeURIComponent).join('/');
  if (drive) return `file:///${drive}${encoded}`;
  return path.startsWith('/') ? `file://${encoded}` : encoded;
}

interface RuleTable {
  descriptors: Sarif.ReportingDescriptor[];
  indexOf: Map<string, number>;
}

function builtInDescriptors(): Sarif.ReportingDescriptor[] {
  return builtInRules.map((rule) => ({
    id: rule.id,
    shortDescription: { text: rule.meta.description },
    helpUri: rule.url,
    defaultConfiguration: { level: LEVEL[rule.meta.defaultSeverity] },
    properties: { lesson: rule.meta.lesson, scope: rule.meta.scope },
  }));
}

let builtInTable: RuleTable | undefined;

/** The built-in rules alone: enough for any report whose findings all come from them. */
function builtInRuleTable(): RuleTable {
  if (!builtInTable) {
    const descriptors = builtInDescriptors();
    builtInTable = { descriptors, indexOf: new Map(descriptors.map((descriptor, index) => [descriptor.id, index])) };
  }
  return builtInTable;
}

/** Every built-in rule, so rule indexes stay stable between runs, plus any custom rule that reported. */
function ruleTable(report: Report): RuleTable {
  const descriptors = builtInDescriptors();
  const indexOf = new Map(descriptors.map((descriptor, index) => [descriptor.id, index]));
  const reported = [...report.results.flatMap((result) => result.findings), ...report.batch];
  for (const finding of reported) {
    if (indexOf.has(finding.ruleId)) continue;
    indexOf.set(finding.ruleId, descriptors.length);
    descriptors.push({
      id: finding.ruleId,
      shortDescription: { text: finding.ruleId },
      helpUri: finding.url,
      defaultConfiguration: { level: LEVEL[finding.severity] },
      properties: { lesson: finding.lesson },
    });
  }
  return { descriptors, indexOf };
}

function findingRange(result: ReportResult, range: Range): Range {
  return isWholeDraft(range) ? [0, result.text.length] : range;
}

/** How to place one draft's findings in its file: the lines of its text, when they are lines of the file. */
interface DraftInFile {
  result: ReportResult;
  lines?: LineIndex;
}

function draftInFile(result: ReportResult): DraftInFile {
  return result.line !== undefined && VERBATIM_SOURCE.test(result.source) ? { result, lines: new LineIndex(result.text) } : { result };
}

function regionOf({ result, lines }: DraftInFile, finding: LocatedFinding): Sarif.Region | undefined {
  const range = findingRange(result, finding.range);
  const snippet = { text: result.text.slice(range[0], range[1]) };
  if (result.line === undefined) return undefined;
  if (!lines) return { startLine: result.line, snippet };
  const span = spanOf(lines, range);
  const region: Sarif.Region = {
    startLine: result.line + span.startLine - 1,
    startColumn: span.startColumn,
    endLine: result.line + span.endLine - 1,
    endColumn: span.endColumn,
    snippet,
  };
  // Offsets only mean something when the text starts at the very top of the file.
  if (WHOLE_FILE_SOURCE.test(result.source) && result.line === 1) {
    region.charOffset = range[0];
    region.charLength = range[1] - range[0];
  }
  return region;
}

function physicalLocation(source: string, region?: Sarif.Region): Sarif.Location {
  return { physicalLocation: { artifactLocation: { uri: toUri(source) }, ...(region && { region }) } };
}

function draftProperties(result: ReportResult, finding: LocatedFinding): Sarif.PropertyBag {
  return {
    lesson: finding.lesson,
    draft: describeLocation(result),
    draftIndex: result.index,
    ...(result.row !== undefined && { row: result.row }),
    ...(result.id !== undefined && { draftId: result.id }),
    lineInDraft: finding.line,
    columnInDraft: finding.column,
    range: [...finding.range],
  };
}

function findingResult(draft: DraftInFile, finding: LocatedFinding, rules: RuleTable): Sarif.Result {
  const { result } = draft;
  return {
    ruleId: finding.ruleId,
    ruleIndex: rules.indexOf.get(finding.ruleId)!,
    level: LEVEL[finding.severity],
    message: { text: finding.message },
    locations: [physicalLocation(result.source, regionOf(draft, finding))],
    properties: draftProperties(result, finding),
  };
}

function batchResult(finding: ReportBatchFinding, rules: RuleTable): Sarif.Result {
  return {
    ruleId: finding.ruleId,
    ruleIndex: rules.indexOf.get(finding.ruleId)!,
    level: LEVEL[finding.severity],
    message: { text: finding.message },
    locations: [physicalLocation(finding.source)],
    properties: { lesson: finding.lesson, drafts: finding.drafts },
  };
}

function problemNotification(problem: InputProblem): Sarif.Notification {
  const region = problem.line !== undefined ? { startLine: problem.line } : undefined;
  return {
    level: problem.severity === 'info' ? 'note' : 'error',
    message: { text: describeProblem(problem) },
    locations: [physicalLocation(problem.source, region)],
    properties: {
      ...(problem.row !== undefined && { row: problem.row }),
      ...(problem.index !== undefined && { index: problem.index }),
      ...(problem.field !== undefined && { field: problem.field }),
    },
  };
}

function driverOf(rules: RuleTable, options: SarifOptions): Sarif.ToolComponent {
  return { name: 'kindling', version: options.toolVersion ?? VERSION, informationUri: DOCS_BASE_URL, rules: rules.descriptors };
}

function draftResults(result: ReportResult, rules: RuleTable): Sarif.Result[] {
  if (result.findings.length === 0) return [];
  const draft = draftInFile(result);
  return result.findings.map((finding) => findingResult(draft, finding, rules));
}

/** The report as SARIF 2.1.0, so findings show up in code-review tools. */
function toSarifLog(report: Report, options: SarifOptions = {}): Sarif.Log {
  const rules = ruleTable(report);
  const results = [
    ...report.results.flatMap((result) => draftResults(result, rules)),
    ...report.batch.map((finding) => batchResult(finding, rules)),
  ];
  return {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: { driver: driverOf(rules, options) },
        // Results before invocations: input problems are known only at the end, so a report
        // written as results arrive can still end with them.
        results,
        invocations: [{ executionSuccessful: true, toolExecutionNotifications: report.problems.map(problemNotification) }],
      },
    ],
  };
}

/** `--format sarif`: SARIF 2.1.0, valid against its schema. */
export function formatSarif(report: Report, options: SarifOptions = {}): string {
  return `${JSON.stringify(toSarifLog(report, options), null, 2)}\n`;
}

// formatSarif indents by two spaces a level; a run's results sit four levels down.
const RESULT_INDENT = ' '.repeat(8);

/** A SARIF result as it appears within formatSarif's output, with its leading line break. */
function indentedResult(result: Sarif.Result): string {
  return `\n${RESULT_INDENT}${JSON.stringify(result, null, 2).replaceAll('\n', `\n${RESULT_INDENT}`)}`;
}

/**
 * The opening of `formatSarif`'s output, up to its first result. When every finding comes from
 * a built-in rule, `formatSarif` writes exactly this, then `formatSarifResults` of each result
 * with findings, joined by commas, then `formatSarifTail`: so a caller can write a large report
 * as its results arrive.
 */
export function formatSarifHead(options: SarifOptions = {}): string {
  const log = { $schema: SARIF_SCHEMA, version: '2.1.0', runs: [{ tool: { driver: driverOf(builtInRuleTable(), options) }, results: [] }] };
  const text = JSON.stringify(log, null, 2);
  return text.slice(0, text.lastIndexOf('[]') + 1);
}

/** One draft's findings as SARIF results (see `formatSarifHead`); '' for a draft with none. */
export function formatSarifResults(result: ReportResult): string {
  return draftResults(result, builtInRuleTable()).map(indentedResult).join(',');
}

/**
 * The end of `formatSarif`'s output after the last draft's results: the calendar findings and
 * input problems (see `formatSarifHead`). `afterResults` says whether any result was written.
 */
export function formatSarifTail(report: Pick<Report, 'batch' | 'problems'>, afterResults: boolean): string {
  const rules = builtInRuleTable();
  const batch = report.batch.map((finding) => indentedResult(batchResult(finding, rules))).join(',');
  const results = `${afterResults && batch ? ',' : ''}${batch}${afterResults || batch ? '\n      ' : ''}]`;
  const invocations = [{ executionSuccessful: true, toolExecutionNotifications: report.problems.map(problemNotification) }];
  const rest = JSON.stringify({ invocations }, null, 2).replaceAll('\n', '\n    ');
  return `${results},\n      ${rest.slice(rest.indexOf('"invocations"'), rest.lastIndexOf('\n'))}\n    }\n  ]\n}\n`;
}
