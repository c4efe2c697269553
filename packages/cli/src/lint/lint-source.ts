import { rename, writeFile } from 'node:fs/promises';
import {
  createCsvReader,
  createJsonlReader,
  parseInput,
  sniffFormat,
  type ColumnMap,
  type DraftDefaults,
  type ParseOptions,
  type ParsedInput,
} from '@kindling/inputs';
import { locateResult, type DraftLocation, type InputProblem, type ReportResult } from '@kindling/report';
import { createBatchLinter, type BatchFinding, type CalendarBalance, type Config } from '@kindling/rules';
import { InputError, describeFailure } from '../errors.js';
import { cliMessage } from '../messages.js';
import type { BadLine } from '../read/decode.js';
import { readFileChunks, readWholeFile, readWholeStream, splitLines } from '../read/read-source.js';
import { applyFixes, replaceDraftText } from './fixes.js';
import type { Source } from './sources.js';

export interface LintJob {
  source: Source;
  config: Config;
  defaults: DraftDefaults;
  /** Keep errors only (--quiet). */
  errorsOnly: boolean;
  /** CSV: which header holds which field, from the config and --map. */
  columns?: ColumnMap;
  /** --encoding: a WHATWG label such as windows-1252; UTF-8 when omitted. */
  encoding?: string;
  /**
   * --fix writes fixed .txt and .md drafts back to their files; both it and --fix-dry-run put
   * each draft's fixed text in its result (`output`), whatever the format.
   */
  fix?: 'write' | 'dry-run';
  /**
   * One part of a large JSONL file, read by the caller so parts can be linted on several threads:
   * its lines, where the first one sits, and the index of its first draft. Without it, the
   * whole source is read here.
   */
  part?: {
    start: { line: number; index: number };
    lines: string[];
    /** Lines of the part that could not be decoded, by line number, with their message. */
    unreadable?: [number, string][];
  };
}

/** The message for a line that could not be decoded: it costs only that line. */
export function badLineMessage(bad: BadLine, encoding: string | undefined): string {
  return cliMessage('invalidEncoding', { encoding: encoding ?? 'UTF-8', offset: bad.offset });
}

/** A whole-file source's text, kept so --fix can write the fixed draft back. */
interface WholeFile {
  content: string;
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

async function* parsedChunks(
  job: LintJob,
  stdin: NodeJS.ReadableStream | undefined,
  onBytes: ((count: number) => void) | undefined,
  whole: WholeFile | undefined,
): AsyncGenerator<ParsedInput> {
  const { source, defaults, encoding } = job;
  const options: ParseOptions = { defaults, ...(job.columns ? { columns: job.columns } : {}) };
  if (job.part) {
    const reader = createJsonlReader({ ...options, start: job.part.start });
    const unreadable = new Map(job.part.unreadable ?? []);
    let lineNumber = job.part.start.line;
    for (const line of job.part.lines) yield reader.readLine(line, unreadable.get(lineNumber++));
    if (job.part.start.index === 0) yield reader.end();
    return;
  }
  if (!source.path) {
    if (!stdin) throw new Error('stdin is not available here');
    const text = await readWholeStream(stdin, encoding);
    yield parseInput(source.format ?? sniffFormat(text), text, options);
    return;
  }
  if (source.format === 'jsonl') {
    const unreadable = new Map<number, string>();
    const onBadLine = (bad: BadLine): void => void unreadable.set(bad.line, badLineMessage(bad, encoding));
    const reader = createJsonlReader(options);
    let lineNumber = 0;
    for await (const line of splitLines(readFileChunks(source.path, onBytes, { ...(encoding ? { encoding } : {}), onBadLine }))) {
      lineNumber++;
      yield reader.readLine(line, unreadable.get(lineNumber));
      unreadable.delete(lineNumber);
    }
    yield reader.end();
  } else if (source.format === 'csv' || source.format === 'tsv') {
    const skipLines = new Set<number>();
    let pending: ParsedInput['problems'] = [];
    const onBadLine = (bad: BadLine): void => {
      skipLines.add(bad.line);
      pending.push({ line: bad.line, message: badLineMessage(bad, encoding) });
    };
    const reader = createCsvReader({ ...options, skipLines, ...(source.format === 'tsv' ? { delimiter: '\t' } : {}) });
    const withPending = (parsed: ParsedInput): ParsedInput => {
      parsed.problems.unshift(...pending);
      pending = [];
      return parsed;
    };
    for await (const chunk of readFileChunks(source.path, onBytes, { ...(encoding ? { encoding } : {}), onBadLine })) yield withPending(reader.push(chunk));
    yield withPending(reader.end());
  } else {
    const text = await readWholeFile(source.path, encoding);
    if (whole) whole.content = text;
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

  // Only a file that is one draft can take its fix back; the others get it in the report.
  let outputFailed = false;
  const whole: WholeFile | undefined = job.fix && source.path && (source.format === 'txt' || source.format === 'md') ? { content: '' } : undefined;
  try {
    for await (const chunk of parsedChunks(job, stdin, listener.bytes, whole)) {
      for (const found of chunk.problems) listener.problem({ source: source.display, ...found });
      for (const { draft, location } of chunk.drafts) {
        if (location.index >= windowEnd) {
          finishWindow();
          windowEnd = (Math.floor(location.index / CALENDAR_WINDOW) + 1) * CALENDAR_WINDOW;
        }
        let linted;
        try {
          linted = linter.add(draft);
        } catch (error) {
          // One draft that breaks a rule costs only that draft.
          listener.problem({ source: source.display, ...location, message: cliMessage('draftFailed', { reason: describeFailure(error) }) });
          continue;
        }
        const result = locateResult(linted, { source: source.display, ...location });
        window.push(location);
        drafts++;
        if (job.fix) {
          const output = applyFixes(result.text, result.findings);
          if (output !== undefined) {
            result.output = output;
            if (whole && job.fix === 'write') await writeFixed(source.path!, whole.content, result.text, output);
          }
        }
        if (errorsOnly) result.findings = result.findings.filter((finding) => finding.severity === 'error');
        try {
          const slowed = listener.result(result);
          if (slowed) await slowed;
        } catch (error) {
          outputFailed = true;
          throw error;
        }
      }
    }
  } catch (error) {
    // A failing output stops the run; anything else that goes wrong reading or linting this
    // source is confined to it, reported at its line when known, and the other sources go on.
    if (outputFailed) throw error;
    const line = error instanceof InputError && error.line !== undefined ? { line: error.line } : {};
    const message = error instanceof InputError ? error.message : cliMessage('workerFailed', { reason: describeFailure(error) });
    listener.problem({ source: source.display, ...line, message });
  }
  finishWindow();
}

/** Writes a fixed draft back to its file, through a temporary file, so a failed write loses nothing. */
async function writeFixed(path: string, content: string, text: string, fixed: string): Promise<void> {
  const updated = replaceDraftText(content, text, fixed);
  if (updated === undefined) return;
  const temporary = `${path}.kindling-fix-${process.pid}`;
  await writeFile(temporary, updated);
  await rename(temporary, path);
}
