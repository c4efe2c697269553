import { lint, type LintResult } from '@kindling/rules';
import { describe, expect, it } from 'vitest';
import { ReportBuilder, formatHtml, formatJson, formatMarkdown, formatSarif, formatStylish, locateResult, type Report } from '../src/index.js';
import { elementReads, growthBeyondLinear } from '../../../test/linearity.js';
import { markdownQuote } from '../src/escape-markdown.js';
import { onlyNoShouting } from './report-fixture.js';

// Where timed, 16 times the input must take about 16 times as long, not 16² = 256 times.
const FACTOR = 16;
const LIMIT = 4;

const LINE = 'WHY ARE YOU SHOUTING!!!';
// The real findings of one line: the sentence in capitals, and the "!!!" inside it.
const ONE_LINE = lint({ text: LINE }, onlyNoShouting());

/**
 * One draft of `lines` shouting lines, each followed by `blankLines` blank lines, with
 * ONE_LINE's findings on every shouting line (their ranges passed through `wrap`). Blank lines
 * make finding a line and column from a range cost more, the way a long post does.
 */
function shoutingDraft(lines: number, blankLines = 0, wrap = (range: readonly [number, number]) => range): LintResult {
  const unit = `${LINE}\n${'\n'.repeat(blankLines)}`;
  const findings = Array.from({ length: lines }, (_, line) =>
    ONE_LINE.findings.map((finding) => ({ ...finding, range: wrap([finding.range[0] + line * unit.length, finding.range[1] + line * unit.length] as const) })),
  ).flat();
  return { ...ONE_LINE, text: unit.repeat(lines), findings: findings as LintResult['findings'] };
}

function reportOf(result: LintResult): Report {
  const builder = new ReportBuilder();
  builder.addResult(locateResult(result, { source: 'post.txt', index: 0, line: 1 }));
  return builder.finish();
}

/**
 * A calendar of `drafts` drafts with one calendar finding per ten drafts, each naming ten of
 * them, whose results count how often a formatter reads one of them.
 */
function countedCalendar(drafts: number): { report: Report; reads: () => number } {
  const builder = new ReportBuilder();
  const calm = lint({ text: 'Thank you all for coming.' }, onlyNoShouting());
  for (let index = 0; index < drafts; index++) builder.addResult(locateResult(calm, { source: 'week.csv', index, row: index + 1 }));
  const findings = Array.from({ length: drafts / 10 }, (_, i) => ({
    ruleId: 'share-the-spotlight',
    lesson: 5 as const,
    messageId: 'noSpotlight',
    severity: 'warning' as const,
    message: 'None of these drafts shares or credits anyone else.',
    drafts: Array.from({ length: 10 }, (_, j) => drafts - 1 - (i * 10 + j)),
    url: 'https://kindling.dev/rules/share-the-spotlight',
  }));
  builder.addBatch('week.csv', findings, { total: drafts, amplifying: 0, selfPromotion: 0, conversation: 0 });
  const report = builder.finish();
  const { counted, reads } = elementReads();
  return { report: { ...report, results: counted(report.results) }, reads };
}

describe('reports in linear time', () => {
  it('locates findings on the line and column where they start', () => {
    const { findings } = reportOf(shoutingDraft(3)).results[0]!;
    expect(findings.map(({ range, line, column }) => [range, line, column])).toEqual([
      [[0, 23], 1, 1],
      [[20, 23], 1, 21],
      [[24, 47], 2, 1],
      [[44, 47], 2, 21],
      [[48, 71], 3, 1],
      [[68, 71], 3, 21],
    ]);
  });

  it('locates the findings of one long draft in time that grows linearly', () => {
    const locate = (result: LintResult) => locateResult(result, { source: 'post.txt', index: 0 });
    expect(growthBeyondLinear((lines) => shoutingDraft(lines, 100), locate, 50, FACTOR)).toBeLessThan(LIMIT);
  });

  it('places the findings of one long .txt draft in its file for SARIF in time that grows linearly', () => {
    expect(growthBeyondLinear((lines) => reportOf(shoutingDraft(lines, 100)), (report) => formatSarif(report), 50, FACTOR)).toBeLessThan(LIMIT);
  });

  const formats: [string, (report: Report) => string][] = [
    ['html', (report) => formatHtml(report)],
    ['markdown', (report) => formatMarkdown(report)],
    ['sarif', (report) => formatSarif(report)],
    ['stylish', (report) => formatStylish(report, { color: false })],
    ['json', (report) => formatJson(report)],
  ];

  // The HTML report of one draft with 25,000 findings once took 20 s, because every segment of
  // its text searched every finding. Counted rather than timed, so a busy machine cannot hide it.
  it.each(formats)('reads each finding a few times, not once per finding, to render %s for one draft', (_name, format) => {
    const { counted, reads } = elementReads();
    const report = reportOf(shoutingDraft(2_000, 0, counted));
    // Locating the 4,000 findings read each range once; stylish and json need nothing more.
    const before = reads();
    expect(before).toBe(4_000);
    format(report);
    expect(reads() - before).toBeLessThanOrEqual(12 * 4_000);
  });

  // Counted rather than timed: naming a calendar finding's drafts by searching every result
  // costs little per read, so it shows in the count long before it shows in the time.
  it.each(formats)('reads each result a few times, not once per calendar finding, to render %s', (_name, format) => {
    const { report, reads } = countedCalendar(2_000);
    format(report);
    expect(reads()).toBeGreaterThanOrEqual(2_000);
    expect(reads()).toBeLessThanOrEqual(4 * 2_000);
  });

  it('names the drafts of a calendar finding by their rows', () => {
    const { report } = countedCalendar(20);
    expect(formatStylish(report, { color: false }).split('\n').slice(0, 4)).toEqual([
      'week.csv (content calendar)',
      '  warning  None of these drafts shares or credits anyone else. (drafts: row 20, row 19, row 18, row 17, row 16, row 15, row 14, row 13, row 12, row 11)  share-the-spotlight',
      '  warning  None of these drafts shares or credits anyone else. (drafts: row 10, row 9, row 8, row 7, row 6, row 5, row 4, row 3, row 2, row 1)           share-the-spotlight',
      '',
    ]);
  });

  it('marks overlapping findings of a long draft in the HTML report', () => {
    const html = formatHtml(reportOf(shoutingDraft(2)));
    const marks = html.slice(html.indexOf('<p class="draft-text">'), html.indexOf('</p>', html.indexOf('<p class="draft-text">')));
    const title = 'warning: This sentence is in capitals, which reads as shouting. Write it in sentence case.';
    const bang = `${title}\nwarning: &quot;!!!&quot; reads as shouting. One exclamation mark is enough.`;
    expect(marks).toBe(
      `<p class="draft-text"><mark class="warning" title="${title}" aria-describedby="draft-1-f1">WHY ARE YOU SHOUTING</mark>` +
        `<mark class="warning overlap" title="${bang}" aria-describedby="draft-1-f1 draft-1-f2">!!!</mark><sup class="ref" aria-hidden="true">1</sup><sup class="ref" aria-hidden="true">2</sup>\n` +
        `<mark class="warning" title="${title}" aria-describedby="draft-1-f3">WHY ARE YOU SHOUTING</mark>` +
        `<mark class="warning overlap" title="${bang}" aria-describedby="draft-1-f3 draft-1-f4">!!!</mark><sup class="ref" aria-hidden="true">3</sup><sup class="ref" aria-hidden="true">4</sup>\n`,
    );
  });
});

describe('escaping untrusted text for Markdown', () => {
  it('quotes a long run of dashes and dots in time that grows linearly', () => {
    expect(growthBeyondLinear((size) => 'a-b.'.repeat(size), (text) => markdownQuote(text), 2000, FACTOR)).toBeLessThan(LIMIT);
  });
});
