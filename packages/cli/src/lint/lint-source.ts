import {
  createCsvReader,
  createJsonlReader,
  parseInput,
  sniffFormat,
  type DraftDefaults,
  type ParsedInput,
} from '@kindling/inputs';
import { locateResult, type DraftLocation, type InputProblem, type ReportResult } from '@kindling/report';
import { createBatchLinter, type BatchFinding, type CalendarBalance, type Config } from '@kindling/rules';
import { InputError } from '../errors.js';
import { readFileChunks, readWholeFile, readWholeStream, splitLines } from '../read/read-source.js';
import type { Source } from './sources.js';

export interface LintJob {
  source: Source;
  config: Config;
  defaults: DraftDefaults;
  /** Keep errors only (--quiet). */
  errorsOnly: boolean;
  /**
   * One part of a large JSONL file, read by the caller so parts can be linted on several threads:
   * its lines, where the first one sits, and the index of its first draft. Without it, the
   * whole source is read here.
   */
  part?: { start: { line: number; index: number }; lines: string[] };
}

/**
 * What linting one source produces, in input order. A listener that returns a promise from
 * `result` (because its output is not keeping up) holds up the reading until it settles.
 */
export interface SourceListener {
  result(result: ReportResult): unknown;
  problem(problem: InputProblem): void;
  /**
   * Called after each calendar window with its batch findings (their `drafts` are the drafts'
   * own indexes in the source) and the places of the drafts they name.
   */
  batch(findings: BatchFinding[], calendar: CalendarBalance, named: Omit<DraftLocation, 'source'>[]): void;
  /** Bytes of the source read so far, for the progress bar. */
  bytes?(count: number): void;
}

async function* parsedChunks(job: LintJob, stdin: NodeJS.ReadableStream | undefined, onBytes?: (count: number) => void): AsyncGenerator<ParsedInput> {
  const { source, defaults } = job;
  const options = { defaults };
  if (job.part) {
    const reader = createJsonlReader({ ...options, start: job.part.start });
    for (const line of job.part.lines) yield reader.readLine(line);
    return;
  }
  if (!source.path) {
    if (!stdin) throw new Error('stdin is not available here');
    const text = await readWholeStream(stdin);
    yield parseInput(source.format ?? sniffFormat(text), text, options);
    return;
  }
  if (source.format === 'jsonl') {
    const reader = createJsonlReader(options);
    for await (const line of splitLines(readFileChunks(source.path, onBytes))) yield reader.readLine(line);
  } else if (source.format === 'csv') {
    const reader = createCsvReader(options);
    for await (const chunk of readFileChunks(source.path, onBytes)) yield reader.push(chunk);
    yield reader.end();
  } else {
    const text = await readWholeFile(source.path);
    onBytes?.(source.size);
    yield parseInput(source.format ?? sniffFormat(text), text, options);
  }
}

/**
 * Drafts per content calendar. The batch linter keeps every draft of a calendar, so a longer
 * file is checked as consecutive calendars of this many drafts and memory stays bounded
 * however large the file. A real calendar is far shorter. Calendars go by the drafts' indexes
 * (drafts 0 to 9,999, then 10,000 to 19,999, …), so a part of a file that starts at a multiple
 * of this is checked on its own, on any thread, exactly as a whole-file read would check it.
 */
export const CALENDAR_WINDOW = 10_000;

/**
 * Lints one source, streaming: each draft is linted as soon as it is read and its result passed
 * on, and a source of several drafts is also checked as a content calendar. A read error
 * becomes a problem after whatever was read before it.
 */
export async function lintSource(job: LintJob, listener: SourceListener, stdin?: NodeJS.ReadableStream): Promise<void> {
  const { source, config, errorsOnly } = job;
  let linter = createBatchLinter(config);
  // The batch linter numbers drafts as they were added; a draft that failed to parse was never
  // added, so each number is mapped back to the draft's own place.
  let window: Omit<DraftLocation, 'source'>[] = [];
  let windowEnd = 0;
  // A part after the first has drafts before it, so its calendar is never a lone draft.
  let drafts = job.part && job.part.start.index > 0 ? 1 : 0;

  const finishWindow = (): void => {
    if (window.length === 0) return;
    const { batch, calendar } = linter.finish();
    const kept = (drafts > 1 ? batch : []).filter((finding) => !errorsOnly || finding.severity === 'error');
    const named = [...new Set(kept.flatMap((finding) => finding.drafts))].sort((a, b) => a - b).map((i) => window[i]!);
    const findings = kept.map((finding) => ({ ...finding, drafts: finding.drafts.map((i) => window[i]!.index) }));
    listener.batch(findings, calendar, named);
    linter = createBatchLinter(config);
    window = [];
  };

  try {
    for await (const chunk of parsedChunks(job, stdin, listener.bytes)) {
      for (const { draft, location } of chunk.drafts) {
        if (location.index >= windowEnd) {
          finishWindow();
          windowEnd = (Math.floor(location.index / CALENDAR_WINDOW) + 1) * CALENDAR_WINDOW;
        }
        const result = locateResult(linter.add(draft), { source: source.display, ...location });
        window.push(location);
        drafts++;
        if (errorsOnly) result.findings = result.findings.filter((finding) => finding.severity === 'error');
        const slowed = listener.result(result);
        if (slowed) await slowed;
      }
      for (const found of chunk.problems) listener.problem({ source: source.display, ...found });
    }
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    listener.problem({ source: source.display, ...(error.line !== undefined ? { line: error.line } : {}), message: error.message });
  }
  finishWindow();
}
