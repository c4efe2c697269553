import { symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixtureFolder, lintJson, runCli } from './run-cli.js';

const GOOD = JSON.stringify({ text: 'Thanks for the tip about seed envelopes. Which paper works best?', kind: 'reply', replyingTo: { author: '@ana', text: 'Save seed in paper envelopes.' } });

const folder = fixtureFolder({
  'good.jsonl': `${GOOD}\n`,
  'broken.jsonl': `${GOOD}\n{"text": "half a line"\n${GOOD}\n`,
  'no-text.csv': 'Notes,Kind\nHello there,post\n',
  'bad-row.csv': 'text,recipient.handle,recipient.relationship\nFirst,@a,friend\nSecond,@b,bestie\nThird,@c,stranger\n',
  'bad-frontmatter.md': '---\nkind: reply\nrecipient: [\n---\nHello\n',
  'binary.txt': new Uint8Array([0x48, 0x69, 0x00, 0x01, 0x02, 0xff]),
  'latin1.txt': new Uint8Array([...new TextEncoder().encode('Line one\nCaf'), 0xe9, 0x0a]),
  'notes.docx': 'not a format Kindling reads',
  'bad-config/kindling.config.json': JSON.stringify({ preset: 'recommended', rulez: {}, rules: { 'no-shoutin': 'error', 'no-shouting': 'loud' } }),
  'bad-config/draft.txt': 'Hello there, how was the fair?',
});
symlinkSync(join(folder, 'loop-b.txt'), join(folder, 'loop-a.txt'));
symlinkSync(join(folder, 'loop-a.txt'), join(folder, 'loop-b.txt'));

/** Lints one bad input next to a good file and checks the good one was still linted. */
function lintWithGood(bad: string) {
  const run = lintJson(['good.jsonl', bad], { cwd: folder });
  expect(run.code).toBe(2);
  expect(run.report.results.filter((result) => result.source === 'good.jsonl')).toHaveLength(1);
  expect(run.stderr).not.toMatch(/\n\s+at /u);
  return run;
}

describe('bad input: one line naming the place, everything valid still linted, exit 2', () => {
  it('a missing file', () => {
    expect(lintWithGood('missing.txt').stderr).toBe('kindling: missing.txt: no such file or folder\n');
  });

  it('an unreadable file', () => {
    expect(lintWithGood('loop-a.txt').stderr).toBe('kindling: loop-a.txt: cannot read the file (a symbolic link loop)\n');
  });

  it('a binary file', () => {
    expect(lintWithGood('binary.txt').stderr).toBe('kindling: binary.txt: a binary file, not text\n');
  });

  it('invalid UTF-8, with its line', () => {
    expect(lintWithGood('latin1.txt').stderr).toBe('kindling: latin1.txt:2: not valid UTF-8 text (byte 12); save the file as UTF-8\n');
  });

  it('a file type Kindling does not read', () => {
    expect(lintWithGood('notes.docx').stderr).toBe(
      'kindling: notes.docx: Kindling does not read ".docx" files; use .txt, .md, .json, .jsonl, .ndjson, .csv or .tsv\n',
    );
  });

  it('a broken JSON line, while the lines around it are linted', () => {
    const { stderr, report } = lintWithGood('broken.jsonl');
    expect(stderr).toBe('kindling: broken.jsonl:2: invalid JSON: expected "," or "}" after a property (column 23)\n');
    expect(report.results.filter((result) => result.source === 'broken.jsonl').map((result) => result.line)).toEqual([1, 3]);
    expect(report.problems).toEqual([{ source: 'broken.jsonl', index: 1, line: 2, message: 'invalid JSON: expected "," or "}" after a property (column 23)' }]);
  });

  it('a CSV with no text column', () => {
    expect(lintWithGood('no-text.csv').stderr).toBe('kindling: no-text.csv:1: text: no text column (such as "text", "post", "message" or "caption"); the header row has: "Notes", "Kind"\n');
  });

  it('a CSV row with a bad value, while the other rows are linted', () => {
    const { stderr, report } = lintWithGood('bad-row.csv');
    expect(stderr).toBe('kindling: bad-row.csv row 2: recipient.relationship: expected "stranger", "acquaintance", "connection" or "friend"\n');
    expect(report.results.filter((result) => result.source === 'bad-row.csv').map((result) => result.row)).toEqual([1, 3]);
  });

  it('invalid frontmatter', () => {
    expect(lintWithGood('bad-frontmatter.md').stderr).toBe(
      'kindling: bad-frontmatter.md:3: invalid YAML frontmatter: Flow sequence in block collection must be sufficiently indented and end with a ]\n',
    );
  });

  it('an unknown config key, an unknown rule id and an invalid severity, naming each key', () => {
    const { stderr } = lintWithGood('bad-config/draft.txt');
    const config = join(folder, 'bad-config', 'kindling.config.json');
    expect(stderr.split('\n').filter(Boolean).sort()).toEqual(
      [
        `kindling: ${config}: rules.no-shoutin: unknown rule "no-shoutin"`,
        `kindling: ${config}: rules.no-shouting: expected "off", "info", "warning" or "error", or [severity, options]`,
        `kindling: ${config}: rulez: unknown key "rulez"`,
        `kindling: bad-config/draft.txt: not linted, because its config ${config} has errors`,
      ].sort(),
    );
  });

  it('a broken --config file stops the run before linting', () => {
    const run = runCli(['lint', '--config', 'bad-config/kindling.config.json', 'good.jsonl'], { cwd: folder });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`rulez: unknown key "rulez"`);
    expect(run.stderr).toContain('kindling: good.jsonl: not linted, because its config');
  });
});

describe('usage errors: one line, exit 2', () => {
  it.each([
    [['lint'], 'kindling: give files, folders, globs, or - for stdin. Try "kindling lint --help".\n'],
    [['lint', '--rule', 'no-shoutin=error', 'good.jsonl'], 'kindling: unknown rule "no-shoutin" (did you mean "no-shouting"?). "kindling rules" lists them.\n'],
    [['lint', '--rule', 'no-shouting=loud', 'good.jsonl'], 'kindling: --rule must look like id=severity (off, info, warning or error), not "no-shouting=loud"\n'],
    [['lint', '--format', 'pdf', 'good.jsonl'], 'kindling: --format must be one of stylish, json, jsonl, sarif, markdown, html, not "pdf"\n'],
    [['lint', '--preset', 'harsh', 'good.jsonl'], 'kindling: --preset must be recommended, strict, gentle, not "harsh"\n'],
    [['lint', '--max-warnings', 'many', 'good.jsonl'], 'kindling: --max-warnings must be a whole number of at least -1, not "many"\n'],
    [['lint', '--kind', 'tweet', 'good.jsonl'], 'kindling: --kind must be one of post, reply, comment, share, dm, not "tweet"\n'],
    [['lint', '--frobnicate', 'good.jsonl'], `kindling: Unknown option '--frobnicate'. Try "kindling lint --help".\n`],
    [['lnit', 'good.jsonl'], 'kindling: unknown command "lnit". Commands: lint, rules, explain, init, exercises. Try "kindling --help".\n'],
  ])('kindling %j', (args, stderr) => {
    const run = runCli(args, { cwd: folder });
    expect(run).toEqual({ code: 2, stdout: '', stderr });
  });
});
