import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixtureFolder, runCli } from './run-cli.js';

// Microsoft's SARIF multitool, which code-review tools' own ingestion is built on. Its package
// resolves to the platform's self-contained binary.
const MULTITOOL = createRequire(import.meta.url)('@microsoft/sarif-multitool') as string;

const folder = fixtureFolder({
  'Client #1/week one?.txt': 'BUY NOW!!!! Our course is live.\n',
  'Client #1/calendar.csv': 'Post,Network,Type\nGreat read,LinkedIn Page,Repost\nHello,Pinterest,Post\n',
  'Client #1/replies.jsonl': `${JSON.stringify({ text: 'Fine.', kind: 'reply', replyingTo: { text: 'Could we move our call?' } })}\n{"text": broken}\n`,
  'elsewhere/notes.txt': 'A working folder outside the drafts, so their paths stay absolute.',
  'broken.sarif': JSON.stringify({ version: '2.1.0', runs: [{ tool: { driver: { name: 'x' } }, results: [{ message: {} }] }] }),
});

/** The multitool's verdict on a log: the level and rule of each thing it reports. */
function validate(log: string): string[] {
  const output = join(folder, `${log}.validation.sarif`);
  const run = spawnSync(MULTITOOL, ['validate', join(folder, log), '--output', output], { encoding: 'utf8', timeout: 120_000 });
  expect(run.status).toBe(0);
  const results = (JSON.parse(readFileSync(output, 'utf8')) as { runs: { results?: { level?: string; ruleId: string }[] }[] }).runs[0]!.results ?? [];
  return results.map((result) => `${result.level ?? 'warning'} ${result.ruleId}`);
}

describe('SARIF from the CLI, checked by the SARIF multitool', () => {
  it('reports errors in a broken log, so a clean verdict means something', () => {
    expect(validate('broken.sarif').filter((verdict) => verdict.startsWith('error'))).toEqual(['error JSON1017', 'error SARIF1010']);
  });

  it('finds no errors in a log with relative and absolute paths holding "#", "?" and spaces, and input problems', () => {
    const relative = runCli(['lint', 'Client #1', '--format', 'sarif'], { cwd: folder });
    expect(relative.code).toBe(2);
    writeFileSync(join(folder, 'relative.sarif'), relative.stdout);
    const absolute = runCli(['lint', join(folder, 'Client #1'), '--format', 'sarif'], { cwd: join(folder, 'elsewhere') });
    writeFileSync(join(folder, 'absolute.sarif'), absolute.stdout);
    expect(absolute.stdout).toContain('"uri": "file://');
    expect(absolute.stdout).toContain('Client%20%231/week%20one%3F.txt');
    for (const log of ['relative.sarif', 'absolute.sarif']) {
      // Warnings are advice the format cannot always follow (a CSV row has no honest region).
      expect(validate(log).filter((verdict) => !verdict.startsWith('warning'))).toEqual([]);
    }
  });
});
