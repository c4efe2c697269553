import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLI, fixtureFolder, lintJson, runCli } from './run-cli.js';

const GOOD = JSON.stringify({ text: 'Thanks for the tip about seed envelopes. Which paper works best?', kind: 'reply', replyingTo: { author: '@ana', text: 'Save seed in paper envelopes.' } });
const ALSO_GOOD = JSON.stringify({ text: 'Our seed swap is this Saturday at the library, 10am to noon.' });
const bytes = (...parts: (string | number[])[]) => new Uint8Array(parts.flatMap((part) => (typeof part === 'string' ? [...new TextEncoder().encode(part)] : part)));
const deepMeta = `{"text":"hello there, friends","meta":${'{"a":'.repeat(10_000)}{}${'}'.repeat(10_000)}}`;
const aliasBomb = ['---', 'a: &a [x,x,x,x,x,x,x,x,x]', 'b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]', 'c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]', 'd: [*c,*c,*c,*c,*c,*c,*c,*c,*c]', '---', 'Hi', ''].join('\n');

const folder = fixtureFolder({
  'drafts.jsonl': `${GOOD}\n${ALSO_GOOD}\n`,
  'bad-byte.jsonl': bytes(`${GOOD}\n{"text":"Caf`, [0xe9], `"}\n${ALSO_GOOD}\n`),
  'bad-byte.csv': bytes('text,channel\nOne fine post about compost,x\n"Caf', [0xe9], '",x\nThird post about seeds and soil,x\n'),
  'cp1252.csv': bytes('Post,Network\n"Caf', [0xe9], ' meetup on Sunday: bring a friend ', [0x96], ' and gloves.",Twitter\n'),
  'deep.jsonl': `${deepMeta}\n${ALSO_GOOD}\n`,
  'bomb.md': aliasBomb,
  'project/kindling.config.json': JSON.stringify({ rules: { 'no-shouting': 'warn' } }),
  'project/package.json': JSON.stringify({ name: 'client', version: '1.0.0' }),
  'project/drafts/week.jsonl': `${GOOD}\n`,
  'outside/secret.txt': 'root:x:0:0:root:/root:/bin/bash',
  'linked/real.txt': 'Good morning, folks. How was the fair?',
  'ignoring/.kindlingignore': '# old drafts\narchive\n*.bak.jsonl\n!keep.bak.jsonl\n',
  'ignoring/now.jsonl': `${GOOD}\n`,
  'ignoring/archive/old.jsonl': `${GOOD}\n`,
  'ignoring/x.bak.jsonl': `${GOOD}\n`,
  'ignoring/keep.bak.jsonl': `${GOOD}\n`,
  'ignoring/kindling.config.json': JSON.stringify({ ignores: ['drafts/**'] }),
  'ignoring/drafts/skip.jsonl': `${GOOD}\n`,
  'empty/empty.txt': '',
  'empty/empty.csv': '',
  'no-text.csv': 'Notes,Kind\nHello there,post\n',
});
symlinkSync(join(folder, 'outside', 'secret.txt'), join(folder, 'linked', 'passwd.txt'));
symlinkSync(join(folder, 'outside'), join(folder, 'linked', 'out'));
symlinkSync(join(folder, 'linked', 'real.txt'), join(folder, 'linked', 'again.txt'));

describe('the report is never lost', () => {
  it('refuses an output that is one of the inputs, and leaves the input as it was', () => {
    const before = readFileSync(join(folder, 'drafts.jsonl'), 'utf8');
    const run = runCli(['lint', 'drafts.jsonl', '-o', 'drafts.jsonl'], { cwd: folder });
    expect(run).toEqual({ code: 2, stdout: '', stderr: 'kindling: --output drafts.jsonl is one of the files being linted; writing the report there would destroy it\n' });
    expect(readFileSync(join(folder, 'drafts.jsonl'), 'utf8')).toBe(before);
  });

  it('refuses an output that a folder being linted holds', () => {
    const run = runCli(['lint', 'project', '-o', 'project/drafts/week.jsonl'], { cwd: folder });
    expect([run.code, run.stderr]).toEqual([2, 'kindling: --output project/drafts/week.jsonl is one of the files being linted; writing the report there would destroy it\n']);
    expect(readFileSync(join(folder, 'project/drafts/week.jsonl'), 'utf8')).toBe(`${GOOD}\n`);
  });

  it('leaves the previous report untouched when a run is interrupted, and no temporary file behind', async () => {
    const reports = join(folder, 'reports');
    mkdirSync(reports, { recursive: true });
    writeFileSync(join(reports, 'last.json'), 'the last good report');
    // stdin that never ends keeps the run going until it is interrupted.
    const child = spawn(process.execPath, [CLI, 'lint', '-', '-o', 'reports/last.json'], { cwd: folder, stdio: ['pipe', 'pipe', 'pipe'] });
    child.stdin.write(`${GOOD}\n`);
    const temporary = () => readdirSync(reports).filter((name) => name !== 'last.json');
    // Wait until the report is being written, then press Ctrl-C.
    while (temporary().length === 0 && child.exitCode === null) await new Promise((resolve) => setImmediate(resolve));
    expect(temporary()).toHaveLength(1);
    child.kill('SIGINT');
    const code = await new Promise((resolve) => child.once('exit', (exit, signal) => resolve(exit ?? signal)));
    expect(code).toBe(130);
    expect(readFileSync(join(reports, 'last.json'), 'utf8')).toBe('the last good report');
    expect(temporary()).toEqual([]);
  });

  it('replaces the previous report only when the run finishes', () => {
    writeFileSync(join(folder, 'replaced.json'), 'old');
    const run = runCli(['lint', 'drafts.jsonl', '-o', 'replaced.json'], { cwd: folder });
    expect(run.code).toBe(0);
    expect(JSON.parse(readFileSync(join(folder, 'replaced.json'), 'utf8')).summary.drafts).toBe(2);
  });

  it('creates missing folders for -o, and takes the format from its extension', () => {
    const formats = { 'out/a/report.html': '<!doctype html>', 'out/b/report.sarif': '{\n  "$schema"', 'out/c/report.json': '{"version":1', 'out/d/report.md': '# Kindling report' };
    for (const [output, start] of Object.entries(formats)) {
      expect(runCli(['lint', 'drafts.jsonl', '-o', output], { cwd: folder }).code).toBe(0);
      expect(readFileSync(join(folder, output), 'utf8').replace(/^\s+/u, '').slice(0, start.length).toLowerCase()).toBe(start.toLowerCase());
    }
  });
});

describe('one bad draft or byte costs only itself', () => {
  it('an invalid UTF-8 byte in JSONL costs only its line', () => {
    const run = lintJson(['bad-byte.jsonl'], { cwd: folder });
    expect(run.code).toBe(2);
    expect(run.report.results.map((result) => result.line)).toEqual([1, 3]);
    expect(run.stderr).toBe('kindling: bad-byte.jsonl:2: not valid UTF-8 text (byte 173); this line was skipped. Save the file as UTF-8, or pass --encoding\n');
  });

  it('an invalid UTF-8 byte in CSV costs only its row', () => {
    const run = lintJson(['bad-byte.csv'], { cwd: folder });
    expect(run.code).toBe(2);
    expect(run.report.results.map((result) => result.row)).toEqual([1, 3]);
    expect(run.stderr).toBe('kindling: bad-byte.csv:3: not valid UTF-8 text (byte 47); this line was skipped. Save the file as UTF-8, or pass --encoding\n');
  });

  it('--encoding windows-1252 reads an export saved by Excel on Windows', () => {
    const utf8 = lintJson(['cp1252.csv'], { cwd: folder });
    expect([utf8.code, utf8.report.summary.drafts]).toEqual([2, 0]);
    const run = runCli(['lint', 'cp1252.csv', '--encoding', 'windows-1252', '--format', 'html'], { cwd: folder });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Café meetup on Sunday: bring a friend – and gloves.');
  });

  it('a draft nested 10,000 deep is one problem naming its line, and the next draft is linted', () => {
    const run = lintJson(['deep.jsonl', 'drafts.jsonl'], { cwd: folder });
    expect(run.code).toBe(2);
    expect(run.report.results.map((result) => `${result.source}:${result.line}`)).toEqual(['deep.jsonl:2', 'drafts.jsonl:1', 'drafts.jsonl:2']);
    expect(run.stderr).toBe('kindling: deep.jsonl:1: nested more than 100 levels deep; this draft was skipped\n');
  });

  it('a YAML alias bomb in frontmatter is one problem naming the file, and the other files are linted', () => {
    const run = lintJson(['bomb.md', 'drafts.jsonl'], { cwd: folder });
    expect(run.code).toBe(2);
    expect(run.report.results.map((result) => result.source)).toEqual(['drafts.jsonl', 'drafts.jsonl']);
    expect(run.stderr).toBe('kindling: bomb.md:2: invalid YAML frontmatter: Excessive alias count indicates a resource exhaustion attack\n');
  });
});

describe('what a folder holds, and what it does not', () => {
  it('never reads its own config or package.json as drafts', () => {
    const run = lintJson(['.'], { cwd: join(folder, 'project') });
    expect([run.code, run.stderr]).toEqual([0, '']);
    expect(run.report.results.map((result) => result.source)).toEqual(['drafts/week.jsonl']);
  });

  it('follows no symbolic link out of the folder, and lints each real file once', () => {
    const run = lintJson(['linked', 'linked/again.txt'], { cwd: folder });
    expect([run.code, run.stderr]).toEqual([0, '']);
    expect(run.report.results.map((result) => result.source)).toEqual(['linked/real.txt']);
  });

  it('skips what .kindlingignore, --ignore-pattern and a config\'s "ignores" name', () => {
    const run = lintJson(['.', '--ignore-pattern', 'now.jsonl'], { cwd: join(folder, 'ignoring') });
    expect([run.code, run.stderr]).toEqual([0, '']);
    expect(run.report.results.map((result) => result.source)).toEqual(['keep.bak.jsonl']);
  });

  it('says so when a file named on the command line is ignored', () => {
    const run = runCli(['lint', 'archive/old.jsonl'], { cwd: join(folder, 'ignoring') });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('kindling: archive/old.jsonl: info: ignored by an ignore pattern (.kindlingignore, --ignore-pattern or "ignores" in the config); not linted\n');
    expect(run.stdout).toMatch(/\u2716 0 drafts linted, 0 input problems\n$/u);
  });
});

describe('run health', () => {
  it('never calls a run that linted no drafts clean, and exits 2', () => {
    const run = runCli(['lint', 'no-text.csv'], { cwd: folder });
    expect(run.code).toBe(2);
    expect(run.stdout).not.toContain('No problems found');
    expect(run.stdout).toMatch(/\u2716 0 drafts linted, 1 input problem\n$/u);
  });

  it('counts input problems in the headline', () => {
    const run = runCli(['lint', 'drafts.jsonl', 'no-text.csv'], { cwd: folder });
    expect(run.code).toBe(2);
    expect(run.stdout).toContain('\u2716 1 problem (0 errors, 0 warnings, 0 infos, 1 input problem)\n2 drafts');
  });

  it('reads an empty file as an empty draft, not as nothing', () => {
    const run = lintJson(['empty'], { cwd: folder });
    expect(run.report.results.map((result) => [result.source, result.index])).toEqual([
      ['empty/empty.csv', 0],
      ['empty/empty.txt', 0],
    ]);
  });
});

it('keeps the exit code when the reader closes stdout early (| head)', async () => {
  const lines = Array.from({ length: 3000 }, (_, i) => JSON.stringify({ text: `WRONG AGAIN!!!! THIS IS ALL WRONG ${i}` })).join('\n');
  writeFileSync(join(folder, 'many.jsonl'), lines);
  const child = spawn(process.execPath, [CLI, 'lint', 'many.jsonl', '--rule', 'no-shouting=error'], { cwd: folder, stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  // Read one chunk, then close the pipe, as `head -1` does.
  await new Promise((resolve) => child.stdout.once('data', resolve));
  child.stdout.destroy();
  const code = await new Promise((resolve) => child.once('exit', resolve));
  expect([code, stderr]).toEqual([1, '']);
  expect(existsSync(join(folder, 'many.jsonl'))).toBe(true);
});
