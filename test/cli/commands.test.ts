import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { lessons, rules } from '@kindling/rules';
import { ruleDocs } from '@kindling/rules/docs';
import { describe, expect, it } from 'vitest';
import { sarifValidator } from '../../packages/report/test/sarif-schema.js';
import { fixtureFolder, ROOT, runCli, SAMPLES } from './run-cli.js';

const folder = fixtureFolder({ 'shout.txt': 'THIS IS WRONG AND EVERYONE KNOWS IT!!!' });

describe('kindling --version and --help', () => {
  it('prints the version from package.json', () => {
    const { version } = JSON.parse(readFileSync(join(ROOT, 'packages', 'cli', 'package.json'), 'utf8')) as { version: string };
    expect(runCli(['--version'])).toEqual({ code: 0, stdout: `${version}\n`, stderr: '' });
  });

  it.each([[[]], [['lint']], [['rules']], [['explain']], [['init']]])('kindling %j --help prints usage and exits 0', (command) => {
    const run = runCli([...command, '--help'], { cwd: folder });
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Usage: kindling /u);
    expect(run.stderr).toBe('');
  });

  it('with no command, prints usage on stderr and exits 2', () => {
    const run = runCli([]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^Usage: kindling <command>/u);
  });
});

describe('kindling rules', () => {
  it('lists every rule under its lesson, in countdown order, with its severity', () => {
    const { code, stdout } = runCli(['rules']);
    expect(code).toBe(0);
    const headings = lessons.map((lesson) => stdout.indexOf(`${lesson.number}. ${lesson.title}`));
    expect(headings.every((at, i) => at >= 0 && (i === 0 || at > headings[i - 1]!))).toBe(true);
    for (const rule of rules) {
      const line = stdout.split('\n').find((candidate) => candidate.trim().startsWith(`${rule.id} `));
      expect(line).toContain(rule.meta.defaultSeverity);
      const lessonAt = headings[lessons.findIndex((lesson) => lesson.number === rule.meta.lesson)]!;
      expect(stdout.indexOf(line!)).toBeGreaterThan(lessonAt);
    }
  });

  it('shows severities under a preset, as JSON', () => {
    const { stdout } = runCli(['rules', '--preset', 'strict', '--json']);
    const listed = JSON.parse(stdout) as { preset: string; rules: { id: string; severity: string }[] };
    expect(listed.preset).toBe('strict');
    expect(listed.rules.map((rule) => rule.id)).toEqual(rules.map((rule) => rule.id));
    const strict: Record<string, string> = { error: 'error', warning: 'error', info: 'warning' };
    expect(listed.rules.map((rule) => rule.severity)).toEqual(rules.map((rule) => strict[rule.meta.defaultSeverity]));
  });
});

describe('kindling explain', () => {
  it('explains a rule from its own docs', () => {
    const rule = rules.find((candidate) => candidate.id === 'no-shouting')!;
    const docs = ruleDocs['no-shouting']!;
    const { code, stdout } = runCli(['explain', 'no-shouting']);
    expect(code).toBe(0);
    expect(stdout).toContain(rule.meta.description);
    expect(stdout).toContain(docs.rationale);
    expect(stdout).toContain(docs.howToFix);
    for (const example of [...docs.correct, ...docs.incorrect]) expect(stdout).toContain(`> ${example.draft.text}`);
    expect(stdout).toContain(rule.url);
  });

  it('suggests the nearest rule for a typo, and exits 2', () => {
    expect(runCli(['explain', 'no-shoutng'])).toEqual({
      code: 2,
      stdout: '',
      stderr: 'kindling: unknown rule "no-shoutng" (did you mean "no-shouting"?). "kindling rules" lists them.\n',
    });
  });
});

describe('kindling init', () => {
  it('writes a commented config that lint then uses, and will not overwrite it', () => {
    const target = fixtureFolder({ 'post.txt': 'THIS IS WRONG AND EVERYONE KNOWS IT!!!' });
    expect(runCli(['init'], { cwd: target }).code).toBe(0);
    const path = join(target, 'kindling.config.yaml');
    const written = readFileSync(path, 'utf8');
    for (const rule of rules) expect(written).toContain(`# ${rule.id}: ${rule.meta.defaultSeverity}`);
    const shouting = () => JSON.parse(runCli(['lint', 'post.txt', '-f', 'json'], { cwd: target }).stdout).results[0].findings.filter((f: { ruleId: string }) => f.ruleId === 'no-shouting');
    expect(shouting().length).toBeGreaterThan(0);
    // Uncommenting a line is all it takes to change a rule.
    writeFileSync(path, written.replace(/^ {2}# no-shouting: \w+/mu, '  no-shouting: "off"'));
    expect(shouting()).toEqual([]);
    const again = runCli(['init'], { cwd: target });
    expect(again).toEqual({ code: 2, stdout: '', stderr: 'kindling: kindling.config.yaml already exists; remove it or pass --force to overwrite it\n' });
    expect(runCli(['init', '--force'], { cwd: target }).code).toBe(0);
  });
});

describe('kindling lint --format sarif', () => {
  it('is valid SARIF 2.1.0 for the samples in every format', () => {
    const { stdout, code } = runCli(['lint', SAMPLES, '--format', 'sarif']);
    expect(code).not.toBe(2);
    const sarif = JSON.parse(stdout) as { runs: { tool: { driver: { name: string } }; results: { ruleId: string }[] }[] };
    const validate = sarifValidator();
    expect(validate(sarif), JSON.stringify(validate.errors)).toBe(true);
    expect(sarif.runs[0]!.tool.driver.name).toBe('kindling');
    expect(sarif.runs[0]!.results.length).toBeGreaterThan(0);
  });
});
