import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Draft } from '@kindling/rules';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fixtureFolder } from '../../../test/cli/run-cli.js';
import type { LintJob } from '../src/lint/lint-source.js';
import { workUnits } from '../src/lint/work-units.js';
import { lintJobEvents, type LintEvent } from '../src/lint/worker-messages.js';

// Drafts with context, so each one goes through the Draft schema rather than the quick check
// of plain drafts; 25 of them, and one with a bad field.
const DRAFTS = Array.from({ length: 25 }, (_, i) => ({ id: i, text: `Thanks for asking, @sam ${i}`, kind: 'reply', replyingTo: { author: '@sam', text: 'Any tips?' } }));
const LINES = [...DRAFTS.map((draft) => JSON.stringify(draft)), JSON.stringify({ text: 'Hi', kind: 'reply', replyingTo: { author: 3 } })];
const folder = fixtureFolder({});
const path = join(folder, 'replies.jsonl');
writeFileSync(path, `${LINES.join('\n')}\n`);

function job(part?: LintJob['part']): LintJob {
  return { source: { display: 'replies.jsonl', path, format: 'jsonl', size: 0 }, config: {}, defaults: {}, errorsOnly: false, ...(part ? { part } : {}) };
}

async function lintCountingSchema(linted: LintJob): Promise<{ events: LintEvent[]; schemaRuns: number }> {
  const safeParse = vi.spyOn(Draft, 'safeParse');
  const events: LintEvent[] = [];
  await lintJobEvents(linted, undefined, (event) => void events.push(event));
  return { events, schemaRuns: safeParse.mock.calls.length };
}

const resultCount = (events: readonly LintEvent[]): number => events.reduce((sum, event) => sum + (event.type === 'results' ? event.results.length : 0), 0);

afterEach(() => vi.restoreAllMocks());

describe('each draft is validated once', () => {
  it('when a file is read and linted on one thread: the reader validates, lint trusts the draft it was handed', async () => {
    const { events, schemaRuns } = await lintCountingSchema(job());
    expect(resultCount(events)).toBe(25);
    expect(events.filter((event) => event.type === 'problem').map((event) => event.type === 'problem' && event.problem)).toEqual([
      { source: 'replies.jsonl', index: 25, line: 26, field: 'replyingTo.author', message: 'expected string' },
      { source: 'replies.jsonl', index: 25, line: 26, field: 'replyingTo.text', message: 'required string is missing' },
    ]);
    expect(schemaRuns).toBe(26);
  });

  it('when a worker lints a part of a large file: the part travels as lines, and the worker reads and lints them', async () => {
    const units = [];
    for await (const unit of workUnits([job()], () => undefined)) units.push(unit);
    expect(units).toHaveLength(1);
    const [unit] = units;
    if (unit?.kind !== 'lint' || !unit.job.part) throw new Error('expected a part of the file to lint');
    // What is posted to a worker holds no drafts, only text: a structured clone of a validated
    // draft would lose the mark that lets lint trust it.
    expect(unit.job.part.lines).toEqual(LINES);
    const { events, schemaRuns } = await lintCountingSchema(structuredClone(unit.job));
    expect(resultCount(events)).toBe(25);
    expect(schemaRuns).toBe(26);
  });
});
