import { lineColumn, lintBatch, type DraftInput } from '@kindling/rules';
import { describe, expect, it } from 'vitest';
import { fixtureFolder, lintJson, runCli } from './run-cli.js';

const SHOUT = 'THIS IS WRONG AND EVERYONE KNOWS IT!!!';
const REPLY = { kind: 'reply', text: 'Saturday mornings worked for us too. Did you keep an evening slot?', replyingTo: { author: '@lee', text: 'We moved our meetup to Saturdays.' } } as const;

/** What the library says about these drafts, in the JSON contract's shape: the CLI must agree. */
function expectedFindings(drafts: DraftInput[]) {
  const { results } = lintBatch(drafts);
  return results.map((result) =>
    result.findings.map((finding) => ({
      ruleId: finding.ruleId,
      messageId: finding.messageId,
      lesson: finding.lesson,
      severity: finding.severity,
      message: finding.message,
      range: [...finding.range],
      ...lineColumn(result.text, finding.range[0]),
      suggestions: finding.suggestions ?? [],
      url: finding.url,
    })),
  );
}

const folder = fixtureFolder({
  'drafts.jsonl': `${JSON.stringify({ id: 'a', text: SHOUT })}\n\n${JSON.stringify(REPLY)}\n`,
  'drafts.json': JSON.stringify([{ text: SHOUT, id: 7 }, REPLY]),
  'drafts.csv': `text,kind,replyingTo.author,replyingTo.text\r\n"${SHOUT}",,,\r\n"${REPLY.text}",reply,${REPLY.replyingTo.author},${REPLY.replyingTo.text}\r\n`,
  'shout.txt': `\n${SHOUT}\n`,
  'reply.md': `---\nkind: reply\nreplyingTo:\n  author: "${REPLY.replyingTo.author}"\n  text: ${REPLY.replyingTo.text}\n---\n\n${REPLY.text}\n`,
});

describe('kindling lint --format json', () => {
  it('reads JSON Lines: one draft per line, located by line, with the id echoed', () => {
    const { code, report, stderr } = lintJson(['drafts.jsonl'], { cwd: folder });
    expect(stderr).toBe('');
    expect(report.version).toBe(1);
    expect(report.results.map(({ source, index, line, id }) => ({ source, index, line, id }))).toEqual([
      { source: 'drafts.jsonl', index: 0, line: 1, id: 'a' },
      { source: 'drafts.jsonl', index: 1, line: 3, id: undefined },
    ]);
    expect(report.results.map((result) => result.findings)).toEqual(expectedFindings([{ text: SHOUT }, REPLY]));
    const shouting = report.results[0]!.findings.find((finding) => finding.ruleId === 'no-shouting' && finding.range[1] - finding.range[0] === 38);
    expect(shouting).toMatchObject({
      lesson: 1,
      severity: 'warning',
      message: 'This sentence is in capitals, which reads as shouting. Write it in sentence case.',
      range: [0, 38],
      line: 1,
      column: 1,
      url: 'https://kindling.dev/rules/no-shouting',
    });
    expect(Object.keys(report.results[0]!.lessons).sort()).toEqual(['1', '2', '3', '4', '5', '6']);
    expect(report.summary.drafts).toBe(2);
    expect(report.summary.warnings).toBe(report.results.flatMap((result) => result.findings).filter((f) => f.severity === 'warning').length + report.batch.filter((f) => f.severity === 'warning').length);
    expect(code).toBe(report.summary.errors > 0 ? 1 : 0);
  });

  it('reads a JSON array, located by index, and keeps numeric ids', () => {
    const { report } = lintJson(['drafts.json'], { cwd: folder });
    expect(report.results.map(({ index, line, id }) => ({ index, line, id }))).toEqual([
      { index: 0, line: undefined, id: 7 },
      { index: 1, line: undefined, id: undefined },
    ]);
    expect(report.results.map((result) => result.findings)).toEqual(expectedFindings([{ text: SHOUT }, REPLY]));
  });

  it('reads CSV with dotted columns, located by row', () => {
    const { report } = lintJson(['drafts.csv'], { cwd: folder });
    expect(report.results.map(({ index, row }) => ({ index, row }))).toEqual([
      { index: 0, row: 1 },
      { index: 1, row: 2 },
    ]);
    expect(report.results.map((result) => result.findings)).toEqual(expectedFindings([{ text: SHOUT }, REPLY]));
  });

  it('reads .txt and .md as one draft each, located by the line the text starts on', () => {
    const { report } = lintJson(['shout.txt', 'reply.md'], { cwd: folder });
    expect(report.results.map(({ source, index, line }) => ({ source, index, line }))).toEqual([
      { source: 'shout.txt', index: 0, line: 2 },
      { source: 'reply.md', index: 0, line: 8 },
    ]);
    expect(report.results.map((result) => result.findings)).toEqual([...expectedFindings([{ text: SHOUT }]), ...expectedFindings([REPLY])]);
  });

  it('checks a file of several drafts as a content calendar', () => {
    const { report } = lintJson(['drafts.jsonl', 'shout.txt'], { cwd: folder });
    const expected = lintBatch([{ text: SHOUT }, REPLY]);
    expect(report.batch).toEqual(expected.batch.map((finding) => ({ ...finding, source: 'drafts.jsonl' })));
    expect(report.summary.calendar).toEqual({
      total: 3,
      amplifying: expected.calendar.amplifying + lintBatch([{ text: SHOUT }]).calendar.amplifying,
      selfPromotion: expected.calendar.selfPromotion + lintBatch([{ text: SHOUT }]).calendar.selfPromotion,
      conversation: expected.calendar.conversation + lintBatch([{ text: SHOUT }]).calendar.conversation,
    });
  });

  it('keeps results in input order across files, folders and globs', () => {
    const { report } = lintJson(['shout.txt', '*.json*', '.'], { cwd: folder });
    expect(report.results.map((result) => `${result.source}#${result.index}`)).toEqual([
      'shout.txt#0',
      'drafts.json#0',
      'drafts.json#1',
      'drafts.jsonl#0',
      'drafts.jsonl#1',
      'drafts.csv#0',
      'drafts.csv#1',
      'reply.md#0',
    ]);
  });

  it('gives the same report on worker threads as on one thread', () => {
    const one = runCli(['lint', '-f', 'json', '.'], { cwd: folder });
    const three = runCli(['lint', '-f', 'json', '--concurrency', '3', '.'], { cwd: folder });
    expect(three.stdout).toBe(one.stdout);
    expect(three.code).toBe(one.code);
  });

  it('reads stdin, guessing its format or taking --stdin-format', () => {
    const jsonl = lintJson(['-'], { cwd: folder, input: `${JSON.stringify({ text: SHOUT })}\n${JSON.stringify(REPLY)}\n` });
    expect(jsonl.report.results.map(({ source, line }) => ({ source, line }))).toEqual([
      { source: '<stdin>', line: 1 },
      { source: '<stdin>', line: 2 },
    ]);
    const text = lintJson(['-', '--stdin-format', 'txt'], { cwd: folder, input: '{"text": "not parsed as JSON"}' });
    expect(text.report.results).toHaveLength(1);
    expect(text.report.results[0]!.findings).toEqual(expectedFindings([{ text: '{"text": "not parsed as JSON"}' }])[0]);
  });

  it('fills --kind and --channel only where a draft sets none', () => {
    const input = `${JSON.stringify({ text: 'Great post!' })}\n${JSON.stringify({ text: 'Great post!', kind: 'post' })}\n`;
    const { report } = lintJson(['-', '--kind', 'reply', '--channel', 'x'], { cwd: folder, input });
    expect(report.results.map((result) => result.findings)).toEqual(
      expectedFindings([
        { text: 'Great post!', kind: 'reply', channel: 'x' },
        { text: 'Great post!', kind: 'post', channel: 'x' },
      ]),
    );
  });
});
