import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, lintJson } from './run-cli.js';

const FIXTURES = join(ROOT, 'packages', 'inputs', 'test', 'fixtures', 'scheduler');

describe('kindling lint on scheduler-shaped exports, as exported', () => {
  const run = lintJson(['.'], { cwd: FIXTURES });
  const findings = (source: string) =>
    run.report.results.filter((result) => result.source === source).map((result) => [result.row, result.findings.map((f) => [f.ruleId, f.message, f.range])]);

  it('reads every row of every export, and exits by its findings alone', () => {
    expect(run.code).toBe(0);
    expect(run.report.results.map((result) => `${result.source} row ${result.row}`)).toEqual([
      'buffer.csv row 1',
      'buffer.csv row 2',
      'buffer.csv row 3',
      'hootsuite.csv row 1',
      'hootsuite.csv row 2',
      'hootsuite.csv row 3',
      'later.tsv row 1',
      'later.tsv row 2',
      'later.tsv row 3',
      'sprout.csv row 1',
      'sprout.csv row 2',
      'sprout.csv row 3',
    ]);
    expect(run.report.summary.problems).toBe(0);
  });

  it('reads "Repost" as a share, so an uncredited one is flagged', () => {
    const uncredited = 'This share does not say whose work it is. Name the creator with their @handle or name, "via" or "h/t".';
    expect(findings('buffer.csv')).toEqual([
      [1, []],
      [2, [['credit-the-source', uncredited, [0, 0]]]],
      [3, []],
    ]);
  });

  it('lints a row with an unknown channel and kind as "other" and "post", with an info naming each value', () => {
    expect(findings('hootsuite.csv')).toEqual([
      [
        1,
        [
          ['no-self-promotion', 'This reads as self-promotion ("BUY OUR") and gives the reader nothing. Lead with something useful to them: a tip, a lesson, a free resource.', [0, 7]],
          ['no-shouting', 'This sentence is in capitals, which reads as shouting. Write it in sentence case.', [0, 24]],
          ['no-shouting', '"!!!!" reads as shouting. One exclamation mark is enough.', [20, 24]],
        ],
      ],
      [2, [['credit-the-source', 'This share does not say whose work it is. Name the creator with their @handle or name, "via" or "h/t".', [0, 0]]]],
      [3, []],
    ]);
    expect(run.report.problems).toEqual([
      { source: 'hootsuite.csv', index: 2, row: 3, field: 'kind', severity: 'info', message: 'unknown kind "Pin"; linted as "post"' },
      { source: 'hootsuite.csv', index: 2, row: 3, field: 'channel', severity: 'info', message: 'unknown channel "Pinterest"; linted as "other"' },
    ]);
    expect(run.stderr).toBe(
      'kindling: hootsuite.csv row 3: info: kind: unknown kind "Pin"; linted as "post"\nkindling: hootsuite.csv row 3: info: channel: unknown channel "Pinterest"; linted as "other"\n',
    );
  });

  it('reads "Reply" with the text it answers, so a curt reply is flagged', () => {
    expect(findings('sprout.csv')).toEqual([
      [
        1,
        [
          ['extend-the-conversation', '"Fine." answers the author without adding anything. Add a thought, some information or a question.', [0, 5]],
          ['warm-tone', '"Fine." is the whole reply. Without a face or a voice it reads cold: add a reason or a word of warmth.', [0, 5]],
        ],
      ],
      [2, []],
      [3, []],
    ]);
  });

  it('checks each export as a content calendar', () => {
    expect(run.report.batch.map((finding) => [finding.source, finding.ruleId, finding.drafts])).toEqual([
      ['hootsuite.csv', 'share-the-spotlight', [0]],
      ['later.tsv', 'share-the-spotlight', [0, 1, 2]],
    ]);
  });

  it('takes a column map on the command line for headers it cannot guess', () => {
    const mapped = lintJson(['-', '--stdin-format', 'csv', '--map', 'text=Words', '--map', 'channel=Where'], {
      input: 'Words,Where\nBUY NOW!!!!,LinkedIn Page\n',
    });
    expect(mapped.report.results.map((result) => [result.row, result.findings.map((f) => f.ruleId)])).toEqual([[1, ['no-self-promotion', 'no-shouting']]]);
    const unmapped = lintJson(['-', '--stdin-format', 'csv'], { input: 'Words,Where\nBUY NOW!!!!,LinkedIn Page\n' });
    expect([unmapped.code, unmapped.report.summary.drafts]).toEqual([2, 0]);
  });
});
