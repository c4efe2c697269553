import { describe, expect, it } from 'vitest';
import { formatJson, formatJsonl, formatJsonlCalendar, formatJsonlResult, formatJsonlTail, type JsonReport, type JsonlLine } from '../src/index.js';
import { SAMPLE_BATCH, SAMPLE_PROBLEMS, SAMPLE_SOURCES, buildReport } from './report-fixture.js';

const report = buildReport(SAMPLE_SOURCES, SAMPLE_PROBLEMS, undefined, SAMPLE_BATCH);

function parseLines(text: string): JsonlLine[] {
  expect(text.endsWith('\n')).toBe(true);
  return text
    .slice(0, -1)
    .split('\n')
    .map((line) => JSON.parse(line) as JsonlLine);
}

describe('formatJsonl', () => {
  const lines = parseLines(formatJsonl(report));
  const json = JSON.parse(formatJson(report)) as JsonReport;

  it('writes one line per result in input order, each source\'s calendar findings after its last result, then problems and the summary', () => {
    expect(lines.map((line) => [line.type, 'source' in line ? line.source : undefined])).toEqual([
      ['result', 'samples/drafts.jsonl'],
      ['result', 'samples/drafts.jsonl'],
      ['batch', 'samples/drafts.jsonl'],
      ['result', 'samples/drafts.csv'],
      ['problem', 'samples/drafts.jsonl'],
      ['problem', 'samples/drafts.csv'],
      ['summary', undefined],
    ]);
  });

  it('gives each line the fields of the JSON contract, with its type first', () => {
    const results = lines.filter((line) => line.type === 'result');
    expect(results.map(({ type, ...result }) => result)).toEqual(json.results);
    expect(results.every((line) => Object.keys(line)[0] === 'type')).toBe(true);
    expect(lines[2]).toEqual({ type: 'batch', ...SAMPLE_BATCH[0] });
    expect(lines.filter((line) => line.type === 'problem').map(({ type, ...problem }) => problem)).toEqual(json.problems);
    expect(lines.at(-1)).toEqual({ type: 'summary', version: 1, ...json.summary });
  });

  it('writes the first result as its own line, exactly', () => {
    expect(formatJsonl(report).split('\n')[0]).toBe(
      '{"type":"result","source":"samples/drafts.jsonl","index":0,"line":1,"id":"reply-1","findings":[' +
        '{"ruleId":"no-shouting","messageId":"allCaps","lesson":1,"severity":"warning","message":"This sentence is in capitals, which reads as shouting. Write it in sentence case.",' +
        '"range":[0,38],"line":1,"column":1,"suggestions":[{"messageId":"useSentenceCase","message":"Rewrite in sentence case.","fix":{"range":[0,38],"text":"This is wrong and everyone knows it!!!"}}],' +
        '"url":"https://kindling.dev/rules/no-shouting"},' +
        '{"ruleId":"no-shouting","messageId":"exclamations","lesson":1,"severity":"warning","message":"\\"!!!\\" reads as shouting. One exclamation mark is enough.","range":[35,38],"line":1,"column":36,' +
        '"suggestions":[{"messageId":"useOneMark","message":"Use a single \\"!\\".","fix":{"range":[35,38],"text":"!"}}],"url":"https://kindling.dev/rules/no-shouting"}],' +
        '"praise":[],"lessons":{"1":{"status":"fail","score":0},"2":{"status":"n/a","score":100},"3":{"status":"n/a","score":100},' +
        '"4":{"status":"n/a","score":100},"5":{"status":"n/a","score":100},"6":{"status":"n/a","score":100}},"score":0}',
    );
  });

  it('adds the text only when asked', () => {
    expect(lines.some((line) => 'text' in line)).toBe(false);
    const [first] = parseLines(formatJsonl(report, { text: true }));
    expect(first).toMatchObject({ type: 'result', text: 'THIS IS WRONG AND EVERYONE KNOWS IT!!!' });
  });

  it('writes only the summary for a report with no drafts and no problems', () => {
    expect(formatJsonl(buildReport([]))).toBe(
      '{"type":"summary","version":1,"drafts":0,"errors":0,"warnings":0,"infos":0,"praise":0,"problems":0,"score":null,' +
        '"lessons":{"1":{"pass":0,"fail":0,"notApplicable":0,"meanScore":null},"2":{"pass":0,"fail":0,"notApplicable":0,"meanScore":null},' +
        '"3":{"pass":0,"fail":0,"notApplicable":0,"meanScore":null},"4":{"pass":0,"fail":0,"notApplicable":0,"meanScore":null},' +
        '"5":{"pass":0,"fail":0,"notApplicable":0,"meanScore":null},"6":{"pass":0,"fail":0,"notApplicable":0,"meanScore":null}},' +
        '"calendar":{"total":0,"amplifying":0,"selfPromotion":0,"conversation":0}}\n',
    );
  });

  it('is written byte for byte from each result, each source\'s calendar findings and the tail', () => {
    let streamed = '';
    for (const [position, result] of report.results.entries()) {
      streamed += formatJsonlResult(result);
      if (report.results[position + 1]?.source !== result.source) streamed += formatJsonlCalendar(report.batch.filter((finding) => finding.source === result.source));
    }
    expect(streamed + formatJsonlTail(report)).toBe(formatJsonl(report));
  });
});
