import { describe, expect, it } from 'vitest';
import { ReportBuilder, formatStylish } from '../src/index.js';
import { SAMPLE_BATCH, SAMPLE_PROBLEMS, SAMPLE_SOURCES, buildReport, onlyNoShouting } from './report-fixture.js';

const ESC = '\u001b[';

describe('formatStylish', () => {
  const report = buildReport(SAMPLE_SOURCES, SAMPLE_PROBLEMS, onlyNoShouting(), SAMPLE_BATCH);

  it('groups findings by source with aligned line:col, severity, message and rule id, then calendar findings, problems, lessons and totals', () => {
    expect(formatStylish(report, { color: false })).toBe(
      [
        'samples/drafts.jsonl:1',
        '  1:1   warning  This sentence is in capitals, which reads as shouting. Write it in sentence case.  no-shouting',
        '  1:36  warning  "!!!" reads as shouting. One exclamation mark is enough.                           no-shouting',
        '',
        'samples/drafts.jsonl (content calendar)',
        '  warning  None of these 2 drafts shares or credits anyone else. (drafts: line 1, line 2)  share-the-spotlight',
        '',
        'samples/drafts.csv row 1',
        '  1:32  warning  "!!!!" reads as shouting. One exclamation mark is enough.                          no-shouting',
        '  2:1   warning  This sentence is in capitals, which reads as shouting. Write it in sentence case.  no-shouting',
        '',
        'Input problems',
        '  samples/drafts.jsonl:3    invalid JSON: Unexpected token } in JSON at position 12',
        '  samples/drafts.csv row 2  kind: Invalid option: expected one of "post"|"reply"|"comment"|"share"|"dm"',
        '',
        'Lessons',
        '  6  Provide value                               0 pass  0 fail  3 n/a  n/a',
        '  5  Be generous                                 0 pass  0 fail  3 n/a  n/a',
        '  4  "Talk" to people                            0 pass  0 fail  3 n/a  n/a',
        '  3  Appreciation counts                         0 pass  0 fail  3 n/a  n/a',
        '  2  Love taking online offline                  0 pass  0 fail  3 n/a  n/a',
        `  1  Online kindness creates real relationships  1 pass  2 fail  0 n/a  mean ${report.summary.lessons[1].meanScore}`,
        '',
        '\u2716 7 problems (0 errors, 5 warnings, 0 infos, 2 input problems)',
        `3 drafts, overall score ${report.summary.score}/100, 2 input problems`,
        '',
      ].join('\n'),
    );
  });

  it('prints no ANSI codes without color, and colours severities with it', () => {
    expect(formatStylish(report, { color: false })).not.toContain(ESC);
    const colored = formatStylish(report, { color: true });
    expect(colored).toContain(`${ESC}33mwarning${ESC}39m`);
    expect(colored).toContain(`${ESC}4msamples/drafts.jsonl:1${ESC}24m`);
    expect(colored.replace(/\u001b\[[0-9;]*m/gu, '')).toBe(formatStylish(report, { color: false }));
  });

  it('colours errors red and counts them', () => {
    const errors = buildReport([SAMPLE_SOURCES[1]!], [], onlyNoShouting('error'));
    const output = formatStylish(errors, { color: true });
    expect(output).toContain(`${ESC}31merror${ESC}39m`);
    expect(formatStylish(errors, { color: false })).toContain('\u2716 2 problems (2 errors, 0 warnings, 0 infos)');
  });

  it('never calls a run that linted no drafts clean, and counts input problems in the headline', () => {
    const nothing = new ReportBuilder();
    nothing.addProblem({ source: 'export.csv', line: 1, field: 'text', message: 'no text column' });
    expect(formatStylish(nothing.finish(), { color: false })).toMatch(/\n\u2716 0 drafts linted, 1 input problem\n$/u);
    expect(formatStylish(new ReportBuilder().finish(), { color: false })).toMatch(/\n\u2716 0 drafts linted, 0 input problems\n$/u);
    const oneDraft = buildReport([{ source: 'calm.txt', drafts: [{ draft: { text: 'Thanks for sharing this, Sam.' }, place: { line: 1 } }] }]);
    expect(formatStylish(oneDraft, { color: false })).toContain('\u2714 No problems found.');
  });

  it('lists an info problem without counting it', () => {
    const builder = new ReportBuilder();
    builder.addProblem({ source: 'a.csv', row: 1, field: 'channel', severity: 'info', message: 'unknown channel "Pinterest"; linted as "other"' });
    const { summary, problems } = builder.finish();
    expect([summary.problems, problems.length]).toEqual([0, 1]);
  });

  it('says so when nothing is wrong, and leaves clean drafts out of the listing', () => {
    const clean = buildReport([{ source: 'calm.txt', drafts: [{ draft: { text: 'Thanks for sharing this, Sam.' }, place: { line: 1 } }] }]);
    const output = formatStylish(clean, { color: false });
    expect(output).not.toContain('calm.txt');
    expect(output).toContain('\u2714 No problems found.\n1 draft, overall score');
  });

  it('labels a JSON array entry by its index', () => {
    const fromJson = buildReport([{ source: 'batch.json', drafts: [{ draft: { text: 'fine' } }, { draft: { text: 'Read the thread before replying!!!!' } }] }]);
    expect(formatStylish(fromJson, { color: false })).toMatch(/^batch\.json \[1\]\n {2}1:32 {2}warning/u);
  });

  it('lists at most ten drafts of a calendar finding and counts the rest', () => {
    const drafts = Array.from({ length: 25 }, (_, index) => ({ draft: { text: `Post ${index}` }, place: { line: index + 1 } }));
    const finding = { ...SAMPLE_BATCH[0]!, source: 'big.jsonl', drafts: drafts.map((_, index) => index) };
    const big = buildReport([{ source: 'big.jsonl', drafts }], [], onlyNoShouting(), [finding]);
    expect(formatStylish(big, { color: false })).toContain(
      '(drafts: line 1, line 2, line 3, line 4, line 5, line 6, line 7, line 8, line 9, line 10 and 15 more)  share-the-spotlight',
    );
  });
});
