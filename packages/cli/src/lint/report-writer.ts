import {
  ReportBuilder,
  formatJsonHead,
  formatJsonTail,
  formatJsonlCalendar,
  formatJsonlTail,
  formatSarifHead,
  formatSarifTail,
  formatStylishCalendar,
  formatStylishSummary,
  type DraftLocation,
  type Report,
  type ReportBatchFinding,
} from '@kindling/report';
import type { OutputSink } from '../output-sink.js';
import { renderers, type OutputFormat } from '../output-formats.js';
import { CLI_VERSION } from '../version.js';
import type { ProgressBar } from '../progress.js';
import { joinsWithCommas, type LintEvent, type Rendering } from './worker-messages.js';

export interface ReportWriterOptions {
  format: OutputFormat;
  color: boolean;
  /** Leave input problems out of a stylish report: they go to stderr, one line each. */
  problemsOnStderr: boolean;
}

const STREAMED_FORMATS: ReadonlySet<OutputFormat> = new Set(['stylish', 'json', 'jsonl', 'sarif'] satisfies Rendering['format'][]);

/** Formats that print a source's calendar findings after its last draft, rather than at the end. */
const CALENDAR_AFTER_SOURCE: ReadonlySet<OutputFormat> = new Set(['stylish', 'jsonl']);

/**
 * Builds the report from lint events, in input order, and writes it. Stylish, json, jsonl and
 * sarif are written as results arrive (already rendered where they were linted), keeping only
 * the summary's running totals and each source's calendar findings; the other formats need the
 * whole report and are written at the end.
 */
export class ReportWriter {
  /** How results should arrive: rendered for the streamed formats, as results for the others. */
  readonly rendering: Rendering | undefined;
  readonly #options: ReportWriterOptions;
  readonly #sink: OutputSink;
  readonly #progress: ProgressBar;
  readonly #builder: ReportBuilder;
  #wroteResult = false;
  /** Stylish and jsonl: the current source's calendar findings; stylish: the places of the drafts they name. */
  #calendar: ReportBatchFinding[] = [];
  #places: DraftLocation[] = [];

  constructor(options: ReportWriterOptions, sink: OutputSink, progress: ProgressBar) {
    this.#options = options;
    this.#sink = sink;
    this.#progress = progress;
    const { format, color } = options;
    this.rendering = STREAMED_FORMATS.has(format) ? { format: format as Rendering['format'], color } : undefined;
    // Markdown and HTML show every draft, so they need every result.
    this.#builder = new ReportBuilder({ keepResults: this.rendering === undefined });
    if (format === 'json') void this.#sink.write(formatJsonHead({ version: 1 }));
    if (format === 'sarif') void this.#sink.write(formatSarifHead({ toolVersion: CLI_VERSION }));
  }

  /** Takes one event about `source`; a returned promise means the output is full: wait for it. */
  event(source: string, event: LintEvent): Promise<unknown> | undefined {
    switch (event.type) {
      case 'results':
        for (const result of event.results) this.#builder.addResult(result);
        this.#progress.addDrafts(event.results.length);
        return undefined;
      case 'rendered': {
        this.#builder.addTotals(event.totals);
        this.#progress.addDrafts(event.totals.drafts);
        if (event.text === '') return undefined;
        const separator = joinsWithCommas(this.rendering!.format) && this.#wroteResult ? ',' : '';
        this.#wroteResult = true;
        return this.#sink.write(separator + event.text);
      }
      case 'problem':
        this.#builder.addProblem(event.problem);
        return undefined;
      case 'batch':
        this.#builder.addBatch(source, event.findings, event.calendar);
        if (CALENDAR_AFTER_SOURCE.has(this.#options.format)) {
          for (const finding of event.findings) this.#calendar.push({ ...finding, source });
          // Only stylish names drafts by their places; jsonl lists their indexes as they are.
          if (this.#options.format === 'stylish') for (const place of event.named) this.#places.push({ source, ...place });
        }
        return undefined;
      case 'bytes':
        this.#progress.addBytes(event.count);
        return undefined;
    }
  }

  /** After a source's last event: stylish and jsonl print its calendar findings here, after its drafts. */
  sourceDone(source: string): Promise<unknown> | undefined {
    if (this.#calendar.length === 0) return undefined;
    const { format, color } = this.#options;
    const text = format === 'jsonl' ? formatJsonlCalendar(this.#calendar) : formatStylishCalendar(source, this.#calendar, this.#places, { color });
    this.#calendar = [];
    this.#places = [];
    return this.#sink.write(text);
  }

  /** Writes the rest of the report and returns it (without results when they were streamed). */
  async finish(): Promise<Report> {
    this.#progress.done();
    const built = this.#builder.finish();
    const { format, color, problemsOnStderr } = this.#options;
    const shown = problemsOnStderr ? { ...built, problems: [] } : built;
    if (format === 'json') await this.#sink.write(formatJsonTail(shown));
    else if (format === 'jsonl') await this.#sink.write(formatJsonlTail(shown));
    else if (format === 'sarif') await this.#sink.write(formatSarifTail(shown, this.#wroteResult));
    else if (format === 'stylish') await this.#sink.write(formatStylishSummary(shown, { color }));
    else await this.#sink.write(renderers[format](shown, { color }));
    await this.#sink.end();
    return built;
  }
}
