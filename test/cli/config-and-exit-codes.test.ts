import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixtureFolder, lintJson, runCli } from './run-cli.js';

const SHOUT = 'THIS IS WRONG AND EVERYONE KNOWS IT!!!';
const shoutingFindings = (report: ReturnType<typeof lintJson>['report']) =>
  report.results.flatMap((result) => result.findings.filter((finding) => finding.ruleId === 'no-shouting').map((finding) => `${result.source}:${finding.severity}`));

const folder = fixtureFolder({
  'top.txt': SHOUT,
  'kindling.config.json': JSON.stringify({ rules: { 'no-shouting': 'error' } }),
  'yaml-club/kindling.config.yaml': '# the club is relaxed about capitals\nrules:\n  no-shouting: info\n',
  'yaml-club/post.txt': SHOUT,
  'yaml-club/deeper/post.txt': SHOUT,
  'pkg/package.json': JSON.stringify({ name: 'client', kindling: { rules: { 'no-shouting': 'off' } } }),
  'pkg/post.txt': SHOUT,
  'plain-pkg/package.json': JSON.stringify({ name: 'no-kindling-key' }),
  'plain-pkg/post.txt': SHOUT,
  'strict.yaml': 'preset: strict\n',
});

describe('config discovery', () => {
  it('uses the config nearest to each file: json, yaml, or a package.json "kindling" key', () => {
    const { report } = lintJson(['top.txt', 'yaml-club', 'pkg/post.txt', 'plain-pkg/post.txt'], { cwd: folder });
    expect(shoutingFindings(report)).toEqual([
      'top.txt:error',
      'top.txt:error',
      'yaml-club/deeper/post.txt:info',
      'yaml-club/deeper/post.txt:info',
      'yaml-club/post.txt:info',
      'yaml-club/post.txt:info',
      // a package.json without a "kindling" key is passed over for the next config up
      'plain-pkg/post.txt:error',
      'plain-pkg/post.txt:error',
    ]);
  });

  it('--config replaces discovery, and --rule and --preset go on top of any config', () => {
    expect(shoutingFindings(lintJson(['--config', 'strict.yaml', 'pkg/post.txt'], { cwd: folder }).report)).toEqual(['pkg/post.txt:error', 'pkg/post.txt:error']);
    expect(shoutingFindings(lintJson(['--rule', 'no-shouting=warning', 'top.txt', 'pkg/post.txt'], { cwd: folder }).report)).toEqual([
      'top.txt:warning',
      'top.txt:warning',
      'pkg/post.txt:warning',
      'pkg/post.txt:warning',
    ]);
    const gentle = lintJson(['--preset', 'gentle', 'yaml-club/post.txt'], { cwd: folder }).report;
    expect(shoutingFindings(gentle)).toEqual(['yaml-club/post.txt:info', 'yaml-club/post.txt:info']);
  });
});

describe('exit codes', () => {
  it('0 when clean, 1 with errors, 2 on input errors even when there are lint errors', () => {
    expect(runCli(['lint', 'pkg/post.txt', '--rule', 'no-empty-post=off'], { cwd: folder }).code).toBe(0);
    expect(runCli(['lint', 'top.txt'], { cwd: folder }).code).toBe(1);
    expect(runCli(['lint', 'top.txt', 'missing.txt'], { cwd: folder }).code).toBe(2);
  });

  it('1 when warnings pass --max-warnings, and --quiet reports errors only', () => {
    const args = ['lint', 'top.txt', '--rule', 'no-shouting=warning', '--rule', 'no-empty-post=off', '-f', 'json'];
    const warnings = JSON.parse(runCli(args, { cwd: folder }).stdout).summary.warnings as number;
    expect(warnings).toBeGreaterThan(0);
    expect(runCli([...args, '--max-warnings', String(warnings)], { cwd: folder }).code).toBe(0);
    expect(runCli([...args, '--max-warnings', String(warnings - 1)], { cwd: folder }).code).toBe(1);
    const quiet = lintJson(['top.txt', '--quiet', '--rule', 'no-empty-post=warning'], { cwd: folder });
    expect(quiet.report.results[0]!.findings.map((finding) => finding.severity)).toEqual(['error', 'error']);
    expect(quiet.report.summary.warnings).toBe(0);
  });
});

describe('output', () => {
  it('writes --output to a file and leaves stdout empty', () => {
    const run = runCli(['lint', 'top.txt', '-f', 'markdown', '-o', 'report.md'], { cwd: folder });
    expect(run.stdout).toBe('');
    expect(readFileSync(join(folder, 'report.md'), 'utf8')).toContain('no-shouting');
  });

  it('prints no colour when stdout is not a terminal, and colour with --color unless NO_COLOR is set', () => {
    const ESC = '\u001b[';
    expect(runCli(['lint', 'top.txt'], { cwd: folder }).stdout).not.toContain(ESC);
    expect(runCli(['lint', 'top.txt', '--color'], { cwd: folder }).stdout).toContain(ESC);
    expect(runCli(['lint', 'top.txt', '--color', '--no-color'], { cwd: folder }).stdout).not.toContain(ESC);
    expect(runCli(['lint', 'top.txt', '--color'], { cwd: folder, env: { NO_COLOR: '1' } }).stdout).not.toContain(ESC);
  });

  it('renders a self-contained HTML report with no external requests', () => {
    const html = runCli(['lint', 'top.txt', '-f', 'html'], { cwd: folder }).stdout;
    expect(html).toMatch(/^<!doctype html>/iu);
    expect(html).toContain('<svg');
    expect(html).not.toMatch(/<(?:script|link|img)[^>]+(?:src|href)=["']?https?:/iu);
  });
});
