import { LESSON_NUMBERS } from '@kindling/rules';
import { describe, expect, it } from 'vitest';
import { formatJson, type JsonReport } from '../src/index.js';
import { SAMPLE_BATCH, SAMPLE_PROBLEMS, SAMPLE_SOURCES, buildReport, onlyNoShouting } from './report-fixture.js';

describe('formatJson', () => {
  const report = buildReport(SAMPLE_SOURCES, SAMPLE_PROBLEMS, onlyNoShouting(), SAMPLE_BATCH);
  const json = JSON.parse(formatJson(report)) as JsonReport;

  it('writes version 1 with results in input order, each pointing back to its source', () => {
    expect(json.version).toBe(1);
    expect(json.results.map(({ source, index, line, row }) => ({ source, index, line, row }))).toEqual([
      { source: 'samples/drafts.jsonl', index: 0, line: 1, row: undefined },
      { source: 'samples/drafts.jsonl', index: 1, line: 2, row: undefined },
      { source: 'samples/drafts.csv', index: 0, line: undefined, row: 1 },
    ]);
    expect(Object.keys(json.results[2]!)).not.toContain('line');
    expect(Object.keys(json.results[0]!)).not.toContain('row');
  });

  it('includes id only when the draft has one, and leaves the text out by default', () => {
    expect(json.results[0]!.id).toBe('reply-1');
    expect('id' in json.results[1]!).toBe(false);
    expect(json.results.some((result) => 'text' in result)).toBe(false);
    const withText = JSON.parse(formatJson(report, { text: true })) as JsonReport;
    expect(withText.results[0]!.text).toBe('THIS IS WRONG AND EVERYONE KNOWS IT!!!');
  });

  it('gives every finding its fields, with line and column derived from the range', () => {
    expect(json.results[2]!.findings).toEqual([
      {
        ruleId: 'no-shouting',
        messageId: 'exclamations',
        lesson: 1,
        severity: 'warning',
        message: '"!!!!" reads as shouting. One exclamation mark is enough.',
        range: [31, 35],
        line: 1,
        column: 32,
        suggestions: [{ messageId: 'useOneMark', message: 'Use a single "!".', fix: { range: [31, 35], text: '!' } }],
        url: 'https://kindling.dev/rules/no-shouting',
      },
      {
        ruleId: 'no-shouting',
        messageId: 'allCaps',
        lesson: 1,
        severity: 'warning',
        message: 'This sentence is in capitals, which reads as shouting. Write it in sentence case.',
        range: [36, 60],
        line: 2,
        column: 1,
        suggestions: [
          { messageId: 'useSentenceCase', message: 'Rewrite in sentence case.', fix: { range: [36, 60], text: 'Stop ignoring my emails.' } },
        ],
        url: 'https://kindling.dev/rules/no-shouting',
      },
    ]);
    expect(Object.keys(json.results[2]!.findings[0]!)).toEqual(['ruleId', 'messageId', 'lesson', 'severity', 'message', 'range', 'line', 'column', 'suggestions', 'url']);
  });

  it('writes an empty suggestions list rather than leaving the field out', () => {
    const plain = buildReport([{ source: 'x.txt', drafts: [{ draft: { text: 'Read the thread before replying!!!!' } }] }]);
    const parsed = JSON.parse(formatJson(plain)) as JsonReport;
    expect(parsed.results[0]!.findings[0]!.suggestions).toHaveLength(1);
    const suggestionless = { ...plain, results: plain.results.map((r) => ({ ...r, findings: r.findings.map(({ suggestions: _, ...f }) => f) })) };
    expect((JSON.parse(formatJson(suggestionless)) as JsonReport).results[0]!.findings[0]!.suggestions).toEqual([]);
  });

  it('keys lessons "1" to "6" with status and score, and keeps the overall score', () => {
    const [first] = json.results;
    expect(Object.keys(first!.lessons).sort()).toEqual(['1', '2', '3', '4', '5', '6']);
    for (const lesson of LESSON_NUMBERS) expect(first!.lessons[lesson]).toEqual(report.results[0]!.lessons[lesson]);
    expect(first!.lessons[1].status).toBe('fail');
    expect(first!.score).toBe(report.results[0]!.score);
  });

  it('carries batch findings, input problems and the summary as they are', () => {
    expect(json.batch).toEqual(SAMPLE_BATCH);
    expect(json.problems).toEqual(SAMPLE_PROBLEMS);
    expect(json.summary).toEqual(JSON.parse(JSON.stringify(report.summary)));
    expect(json.summary).toMatchObject({ drafts: 3, errors: 0, warnings: 5, infos: 0, problems: 2 });
  });

  it('passes a draft meta through untouched', () => {
    const withMeta = buildReport([{ source: 'a.json', drafts: [{ draft: { text: 'hi', meta: { client: 'Ana', tags: [1, 2] } } }] }]);
    expect((JSON.parse(formatJson(withMeta)) as JsonReport).results[0]!.meta).toEqual({ client: 'Ana', tags: [1, 2] });
  });
});
