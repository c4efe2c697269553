import { rules } from '@kindling/rules';
import { describe, expect, it } from 'vitest';
import {
  ReportBuilder,
  formatJson,
  formatJsonHead,
  formatJsonTail,
  formatSarif,
  formatSarifHead,
  formatSarifResults,
  formatSarifTail,
  formatStylish,
  formatStylishCalendar,
  formatStylishResult,
  formatStylishSummary,
  toJsonResult,
  type Report,
} from '../src/index.js';
import { SAMPLE_BATCH, SAMPLE_PROBLEMS, SAMPLE_SOURCES, buildReport } from './report-fixture.js';

// Every built-in rule on, so results carry suggestions, praise, ids and every lesson status.
const everyRule = { rules: Object.fromEntries(rules.map((rule) => [rule.id, 'info' as const])) };
const reports: [string, Report][] = [
  ['only no-shouting', buildReport(SAMPLE_SOURCES, SAMPLE_PROBLEMS, undefined, SAMPLE_BATCH)],
  ['every rule', buildReport(SAMPLE_SOURCES, SAMPLE_PROBLEMS, everyRule, SAMPLE_BATCH)],
  ['no drafts', buildReport([], SAMPLE_PROBLEMS)],
];

describe('writing a report as its results arrive', () => {
  it.each(reports)('gives formatJson byte for byte from its head, each result and its tail (%s)', (_name, report) => {
    for (const options of [{}, { text: true }]) {
      const { results, ...rest } = report;
      const streamed = formatJsonHead(report) + results.map((result) => JSON.stringify(toJsonResult(result, options))).join(',') + formatJsonTail(rest);
      expect(streamed).toBe(formatJson(report, options));
    }
  });

  it.each(reports)('gives formatStylish from each result, each calendar and the summary (%s)', (_name, report) => {
    for (const color of [false, true]) {
      let streamed = '';
      for (const [position, result] of report.results.entries()) {
        streamed += formatStylishResult(result, { color });
        if (report.results[position + 1]?.source === result.source) continue;
        const batch = report.batch.filter((finding) => finding.source === result.source);
        if (batch.length > 0) streamed += formatStylishCalendar(result.source, batch, report.results, { color });
      }
      streamed += formatStylishSummary(report, { color });
      expect(streamed).toBe(formatStylish(report, { color }));
    }
  });

  it.each(reports)('gives formatSarif from its head, each result and its tail (%s)', (_name, report) => {
    const pieces = report.results.map((result) => formatSarifResults(result)).filter((piece) => piece !== '');
    const streamed = formatSarifHead({ toolVersion: '9.9.9' }) + pieces.join(',') + formatSarifTail(report, pieces.length > 0);
    expect(streamed).toBe(formatSarif(report, { toolVersion: '9.9.9' }));
  });

  it('gives formatSarif for a report with neither findings nor calendar findings', () => {
    const report = buildReport([{ source: 'calm.txt', drafts: [{ draft: { text: 'Thank you all.' } }] }], []);
    expect(report.results[0]!.findings).toEqual([]);
    expect(formatSarifHead() + formatSarifTail(report, false)).toBe(formatSarif(report));
  });

  it('gives the same summary when results are counted on other builders and merged as totals', () => {
    const whole = buildReport(SAMPLE_SOURCES, SAMPLE_PROBLEMS, everyRule, SAMPLE_BATCH);
    const merged = new ReportBuilder({ keepResults: false });
    for (const result of whole.results) {
      const elsewhere = new ReportBuilder({ keepResults: false });
      elsewhere.addResult(result);
      merged.addTotals(elsewhere.totals());
    }
    for (const { source, ...finding } of whole.batch) merged.addBatch(source, [finding], { total: 0, amplifying: 0, selfPromotion: 0, conversation: 0 });
    for (const problem of whole.problems) merged.addProblem(problem);
    const { summary } = merged.finish();
    expect(summary).toEqual({ ...whole.summary, calendar: { total: 0, amplifying: 0, selfPromotion: 0, conversation: 0 } });
  });
});
