import type { DraftLocation, Report, ReportBatchFinding, ReportResult } from './model.js';

export interface SourceOrderVisitor {
  result(result: ReportResult): void;
  /** A source's calendar findings, after its last result; `places` are that source's results. */
  calendar(source: string, findings: ReportBatchFinding[], places: readonly DraftLocation[]): void;
}

/**
 * Walks a report in the order the streamed reports are written: results in input order, each
 * source's calendar findings after its last result, then the calendar findings of sources with
 * no results. One pass over the results and one over the calendar findings.
 */
export function walkInSourceOrder(report: Pick<Report, 'results' | 'batch'>, visitor: SourceOrderVisitor): void {
  const batchBySource = new Map<string, ReportBatchFinding[]>();
  for (const finding of report.batch) {
    const list = batchBySource.get(finding.source) ?? [];
    list.push(finding);
    batchBySource.set(finding.source, list);
  }
  const flushBatch = (source: string, places: readonly DraftLocation[]): void => {
    const findings = batchBySource.get(source);
    if (!findings) return;
    batchBySource.delete(source);
    visitor.calendar(source, findings, places);
  };
  let sourceStart = 0;
  report.results.forEach((result, position) => {
    visitor.result(result);
    if (report.results[position + 1]?.source === result.source) return;
    flushBatch(result.source, report.results.slice(sourceStart, position + 1));
    sourceStart = position + 1;
  });
  for (const source of [...batchBySource.keys()]) flushBatch(source, []);
}
