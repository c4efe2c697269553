import {
  createCsvReader,
  createJsonlReader,
  parseInput,
  sniffFormat,
  type DraftDefaults,
  type ParsedInput,
} from '@kindling/inputs';
import { locateResult, type InputProblem, type ReportResult } from '@kindling/report';
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
}

/** What linting one source produces, in input order. */
export interface SourceListener {
  result(result: ReportResult): void;
  problem(problem: InputProblem): void;
  /** Called once at the end with the calendar of the whole source. */
  batch(findings: BatchFinding[], calendar: CalendarBalance): void;
  /** Bytes of the source read so far, for the progress bar. */
  bytes?(count: number): void;
}

async function* parsedChunks(job: LintJob, stdin: NodeJS.ReadableStream | undefined, onBytes?: (count: number) => void): AsyncGenerator<ParsedInput> {
  const { source, defaults } = job;
  const options = { defaults };
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
 * Lints one source, streaming: each draft is linted as soon as it is read and its result passed
 * on, and a source of several drafts is then checked as a content calendar. A read error
 * becomes a problem after whatever was read before it.
 */
export async function lintSource(job: LintJob, listener: SourceListener, stdin?: NodeJS.ReadableStream): Promise<void> {
  const { source, config, errorsOnly } = job;
  const linter = createBatchLinter(config);
  let drafts = 0;
  try {
    for await (const chunk of parsedChunks(job, stdin, listener.bytes)) {
      for (const { draft, location } of chunk.drafts) {
        const result = locateResult(linter.add(draft), { source: source.display, ...location });
        drafts++;
        if (errorsOnly) result.findings = result.findings.filter((finding) => finding.severity === 'error');
        listener.result(result);
      }
      for (const found of chunk.problems) listener.problem({ source: source.display, ...found });
    }
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    listener.problem({ source: source.display, ...(error.line !== undefined ? { line: error.line } : {}), message: error.message });
  }
  if (drafts === 0) return;
  const { batch, calendar } = linter.finish();
  const findings = drafts > 1 ? batch.filter((finding) => !errorsOnly || finding.severity === 'error') : [];
  listener.batch(findings, calendar);
}
