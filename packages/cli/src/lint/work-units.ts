import { InputError } from '../errors.js';
import type { BadLine } from '../read/decode.js';
import { readFileChunks, splitLines } from '../read/read-source.js';
import { CALENDAR_WINDOW, badLineMessage, type LintJob } from './lint-source.js';
import type { LintEvent } from './worker-messages.js';

/**
 * A piece of work for the worker pool: a job for a worker (a whole source, or a part of a large
 * JSONL file), or events that need no linting (a read error). `endsSource` marks the last piece
 * of a source, after which its calendar findings can be reported.
 */
export type WorkUnit = { kind: 'lint'; job: LintJob; endsSource: boolean } | { kind: 'events'; source: string; events: LintEvent[]; endsSource: boolean };

/**
 * Reads a JSONL file here and cuts it into parts of one calendar each (see CALENDAR_WINDOW), so
 * the parts of one large file can be linted on several threads and still give the report a
 * single thread would. Parts are read only as the pool asks for them, so memory stays bounded.
 */
async function* jsonlParts(job: LintJob, onBytes: (count: number) => void): AsyncGenerator<WorkUnit> {
  let lines: string[] = [];
  let unreadable: [number, string][] = [];
  let start = { line: 1, index: 0 };
  let lineNumber = 0;
  let index = 0;
  const badLines = new Map<number, string>();
  const onBadLine = (bad: BadLine): void => void badLines.set(bad.line, badLineMessage(bad, job.encoding));
  const part = (endsSource: boolean): WorkUnit => ({
    kind: 'lint',
    job: { ...job, part: { start, lines, ...(unreadable.length > 0 ? { unreadable } : {}) } },
    endsSource,
  });
  try {
    for await (const line of splitLines(readFileChunks(job.source.path!, onBytes, { ...(job.encoding ? { encoding: job.encoding } : {}), onBadLine }))) {
      lineNumber++;
      const bad = badLines.get(lineNumber);
      // As the JSONL reader counts drafts: every line that is not blank, valid or not.
      if (line.trim() !== '' || bad !== undefined) {
        if (index > start.index && index % CALENDAR_WINDOW === 0) {
          yield part(false);
          lines = [];
          unreadable = [];
          start = { line: lineNumber, index };
        }
        index++;
      }
      if (bad !== undefined) {
        unreadable.push([lineNumber, bad]);
        badLines.delete(lineNumber);
      }
      lines.push(line);
    }
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    yield part(false);
    const problem = { source: job.source.display, ...(error.line !== undefined ? { line: error.line } : {}), message: error.message };
    yield { kind: 'events', source: job.source.display, events: [{ type: 'problem', problem }], endsSource: true };
    return;
  }
  yield part(true);
}

/** The work for a list of file jobs, in input order: JSONL files in calendar-sized parts, other files whole. */
export async function* workUnits(jobs: readonly LintJob[], onBytes: (count: number) => void): AsyncGenerator<WorkUnit> {
  for (const job of jobs) {
    if (job.source.format === 'jsonl' && job.source.path) yield* jsonlParts(job, onBytes);
    else yield { kind: 'lint', job, endsSource: true };
  }
}
