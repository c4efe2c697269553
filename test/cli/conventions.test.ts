import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixtureFolder, lintJson, runCli } from './run-cli.js';

// Capitals and '!!!!' in a cross draft: in a happy one they would only be a note.
const SHOUTY = 'THIS IS ALL WRONG TODAY. The garden is wrong!!!!';
const folder = fixtureFolder({
  'shout.txt': `${SHOUTY}\n`,
  'shout.md': `---\nkind: post\n---\n\n${SHOUTY}\n`,
  'shout.jsonl': `${JSON.stringify({ text: SHOUTY })}\n`,
  'warn/kindling.config.json': JSON.stringify({ rules: { 'no-shouting': ['warn', {}] }, columns: { text: 'Words' } }),
  'warn/drafts.csv': `Words\n${SHOUTY}\n`,
});
const FIXED = 'This is all wrong today. The garden is wrong!';
const ESC = '\u001b[';

describe('conventions, in the style of ESLint', () => {
  it('reads "warn" as "warning", on the command line and in a config (with its "columns" map)', () => {
    const cli = lintJson(['shout.txt', '--rule', 'no-shouting=warn'], { cwd: folder });
    expect(cli.report.results[0]!.findings.map((f) => [f.ruleId, f.severity])).toEqual([
      ['no-shouting', 'warning'],
      ['no-shouting', 'warning'],
    ]);
    const config = lintJson(['warn'], { cwd: folder });
    expect([config.code, config.stderr]).toEqual([0, '']);
    expect(config.report.results[0]!.findings.map((f) => f.ruleId)).toEqual(['no-shouting', 'no-shouting']);
  });

  it('--max-warnings -1 means no limit', () => {
    expect(runCli(['lint', 'shout.txt', '--max-warnings', '0'], { cwd: folder }).code).toBe(1);
    expect(runCli(['lint', 'shout.txt', '--max-warnings', '-1'], { cwd: folder }).code).toBe(0);
  });

  it('FORCE_COLOR turns colour on without a terminal, and FORCE_COLOR=0 keeps it off', () => {
    expect(runCli(['lint', 'shout.txt'], { cwd: folder, env: { FORCE_COLOR: '1' } }).stdout).toContain(`${ESC}33mwarning`);
    expect(runCli(['lint', 'shout.txt'], { cwd: folder, env: { FORCE_COLOR: '0' } }).stdout).not.toContain(ESC);
    expect(runCli(['lint', 'shout.txt'], { cwd: folder }).stdout).not.toContain(ESC);
  });

  it('--print-config FILE prints the config that file gets, with overrides', () => {
    const run = runCli(['lint', '--print-config', 'warn/drafts.csv', '--rule', 'no-pitch=off'], { cwd: folder });
    expect(run.code).toBe(0);
    const printed = JSON.parse(run.stdout) as { configFile: string; preset: string; rules: Record<string, unknown>; columns: unknown };
    expect(printed.configFile).toBe(join(folder, 'warn', 'kindling.config.json'));
    expect(printed.preset).toBe('recommended');
    expect(printed.rules['no-shouting']).toEqual(['warning', expect.any(Object)]);
    expect(printed.rules['no-pitch']).toBe('off');
    expect(printed.columns).toEqual({ text: 'Words' });
  });

  it('--fix-dry-run puts the fixed text in the JSON report and changes no file', () => {
    const run = lintJson(['shout.txt', 'shout.md', 'shout.jsonl', '--fix-dry-run'], { cwd: folder });
    expect(run.report.results.map((result) => [result.source, (result as { output?: string }).output])).toEqual([
      ['shout.txt', FIXED],
      ['shout.md', FIXED],
      ['shout.jsonl', FIXED],
    ]);
    expect(readFileSync(join(folder, 'shout.md'), 'utf8')).toBe(`---\nkind: post\n---\n\n${SHOUTY}\n`);
  });

  it('--fix writes fixed .txt and .md drafts back, and leaves JSONL to the report', () => {
    const run = lintJson(['shout.txt', 'shout.md', 'shout.jsonl', '--fix'], { cwd: folder });
    expect(run.code).toBe(0);
    expect(readFileSync(join(folder, 'shout.txt'), 'utf8')).toBe(`${FIXED}\n`);
    expect(readFileSync(join(folder, 'shout.md'), 'utf8')).toBe(`---\nkind: post\n---\n\n${FIXED}\n`);
    expect(readFileSync(join(folder, 'shout.jsonl'), 'utf8')).toBe(`${JSON.stringify({ text: SHOUTY })}\n`);
    expect(lintJson(['shout.txt', 'shout.md'], { cwd: folder }).report.summary.warnings).toBe(0);
  });
});
