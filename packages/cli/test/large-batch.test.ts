import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseJsonl } from '@kindling/inputs';
import { ReportBuilder, formatJson, formatJsonl, formatSarif, formatStylish, locateResult, type Report } from '@kindling/report';
import { createBatchLinter } from '@kindling/rules';
import { describe, expect, it } from 'vitest';
import { fixtureFolder, runCli } from '../../../test/cli/run-cli.js';

// Past two 10,000-draft calendars, so the file is linted in three parts, with a blank line, a
// bad line and a bad field on the way, and a CRLF line ending.
const TEXTS = [
  'Thanks @sam for sharing this, it made my morning 🙏',
  'BUY my new course today!!! 50% off, link in bio',
  'What is your favourite way to find new clients?',
  'nobody asked for your opinion',
  'Great read on building trust by @jason_montoya https://example.com/post/42',
];
const lines = Array.from({ length: 20_600 }, (_, i) => JSON.stringify({ id: i, kind: i % 3 === 0 ? 'reply' : 'post', text: TEXTS[i % TEXTS.length] }));
lines[5] = '';
lines[9_999] = '{"text": "cut off';
lines[15_000] = JSON.stringify({ text: 'Hello', kind: 7 });
lines[20_001] += '\r';
const content = `${lines.join('\n')}\n`;

const folder = fixtureFolder({ 'calendar.jsonl': content });

/** The report, built with the libraries the way the CLI documents it: consecutive calendars of 10,000 drafts. */
function expectedReport(): Report {
  const parsed = parseJsonl(content);
  const builder = new ReportBuilder();
  const source = 'calendar.jsonl';
  let linter = createBatchLinter({});
  let window: number[] = [];
  const finish = (): void => {
    const { batch, calendar } = linter.finish();
    builder.addBatch(source, batch.map((finding) => ({ ...finding, drafts: finding.drafts.map((i) => window[i]!) })), calendar);
    linter = createBatchLinter({});
    window = [];
  };
  for (const { draft, location } of parsed.drafts) {
    if (window.length > 0 && Math.floor(location.index / 10_000) !== Math.floor(window[0]! / 10_000)) finish();
    builder.addResult(locateResult(linter.add(draft), { source, ...location }));
    window.push(location.index);
  }
  finish();
  for (const problem of parsed.problems) builder.addProblem({ source, ...problem });
  return builder.finish();
}

const runs = new Map<string, ReturnType<typeof runCli> & { report: string }>();

/** Lints the file with these options (once), writing the report to a file: it is larger than a pipe's buffer. */
function lint(name: string, args: readonly string[]) {
  let run = runs.get(name);
  if (!run) {
    run = { ...runCli(['lint', 'calendar.jsonl', ...args, '-o', name], { cwd: folder }), report: '' };
    run.report = readFileSync(join(folder, name), 'utf8');
    runs.set(name, run);
  }
  return run;
}

// Each run lints 20,600 drafts: allow for a busy machine. Nothing here is timed.
describe('a large JSONL file', { timeout: 120_000 }, () => {
  const expected = expectedReport();

  it('streams --format json byte for byte as formatJson writes the whole report, on one thread or two', () => {
    const json = lint('one.json', ['--format', 'json', '--concurrency', '1']);
    // Input problems: exit 2, after everything readable was linted and reported.
    expect(json.code).toBe(2);
    expect(json.stdout).toBe('');
    expect(json.report).toBe(formatJson(expected));
    const twoThreads = lint('two.json', ['--format', 'json', '--concurrency', '2']);
    expect(twoThreads.code).toBe(2);
    expect(twoThreads.report).toBe(json.report);
    expect(twoThreads.stderr).toBe(json.stderr);
  });

  it('keeps results in input order on two threads, the bad lines left out', () => {
    const { results } = JSON.parse(lint('two.json', ['--format', 'json', '--concurrency', '2']).report) as Report;
    const badLines = new Set([9_999, 15_000]);
    expect(results.map((result) => result.line)).toEqual(lines.map((_, i) => i + 1).filter((line, i) => line !== 6 && !badLines.has(i)));
    expect(results.map((result) => result.index)).toEqual(results.map((_, i) => i + (i >= 9_998 ? 1 : 0) + (i >= 14_998 ? 1 : 0)));
  });

  it('streams --format jsonl line by line as formatJsonl writes it, on one thread or two', () => {
    const jsonl = lint('one.jsonl-report', ['--format', 'jsonl', '--concurrency', '1']);
    expect(jsonl.code).toBe(2);
    expect(jsonl.report).toBe(formatJsonl(expected));
    const lines = jsonl.report.trimEnd().split('\n').map((line) => JSON.parse(line) as { type: string });
    // 20,600 lines less a blank one, a bad line and a bad field; the calendar findings of all
    // three calendars after the last result; then the two problems and the summary.
    expect(lines.filter((line) => line.type === 'result')).toHaveLength(20_597);
    expect(lines.slice(0, 20_597).every((line) => line.type === 'result')).toBe(true);
    expect(expected.batch.length).toBeGreaterThan(0);
    expect(lines.slice(20_597).map((line) => line.type)).toEqual([...expected.batch.map(() => 'batch'), 'problem', 'problem', 'summary']);
    const twoThreads = lint('two.jsonl-report', ['--format', 'jsonl', '--concurrency', '2']);
    expect(twoThreads.report).toBe(jsonl.report);
    expect(twoThreads.stderr).toBe(jsonl.stderr);
  });

  it('streams sarif as formatSarif writes it, on two threads', () => {
    const sarif = lint('two.sarif', ['--format', 'sarif', '--concurrency', '2']);
    const toolVersion = runCli(['--version']).stdout.trim();
    expect(sarif.report).toBe(formatSarif(expected, { toolVersion }));
  });

  it('streams stylish as formatStylish writes it, on one thread or two', () => {
    const stylish = lint('one.txt', ['--concurrency', '1']);
    expect(stylish.report).toBe(formatStylish(expected, { color: false }));
    const twoThreads = lint('two.txt', ['--concurrency', '2']);
    expect(twoThreads.report).toBe(stylish.report);
    expect(twoThreads.stderr).toBe(stylish.stderr);
    expect(stylish.stderr.trim().split('\n')).toEqual([
      expect.stringMatching(/^kindling: calendar\.jsonl:10000: invalid JSON/u),
      expect.stringMatching(/^kindling: calendar\.jsonl:15001: kind: /u),
    ]);
  });
});
