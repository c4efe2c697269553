import {
  ReportBuilder,
  formatJsonlResult,
  formatSarifResults,
  formatStylishResult,
  toJsonResult,
  type DraftLocation,
  type InputProblem,
  type ReportResult,
  type ResultTotals,
} from '@kindling/report';
import type { BatchFinding, CalendarBalance } from '@kindling/rules';
import { lintSource, type LintJob } from './lint-source.js';

/**
 * Formats written as results arrive, so a large batch is never held whole: results are turned
 * into report text where they are linted, on a worker thread when there are workers.
 */
export interface Rendering {
  format: 'stylish' | 'json' | 'jsonl' | 'sarif';
  color: boolean;
}

/** The streamed formats whose rendered results are joined by commas; in the others each ends its own lines. */
export function joinsWithCommas(format: Rendering['format']): boolean {
  return format === 'json' || format === 'sarif';
}

/** What linting a source, or a part of one, produces, in input order. */
export type LintEvent =
  /** Results, for formats that need the whole report. */
  | { type: 'results'; results: ReportResult[] }
  /** Results already rendered (json and sarif: joined by commas), with what they add to the summary. */
  | { type: 'rendered'; text: string; totals: ResultTotals }
  | { type: 'problem'; problem: InputProblem }
  /** One calendar's findings (drafts by their index in the source) and the places of the drafts they name. */
  | { type: 'batch'; findings: BatchFinding[]; calendar: CalendarBalance; named: Omit<DraftLocation, 'source'>[] }
  /** Bytes of the source read, for the progress bar. */
  | { type: 'bytes'; count: number };

export interface JobRequest {
  id: number;
  job: LintJob;
  rendering?: Rendering;
}

/** What a worker sends back about one job. */
export type JobMessage = { id: number; event: LintEvent } | { id: number; done: true } | { id: number; failed: string };

/** Results per event: few enough messages to be cheap, small enough to stream. */
const RESULTS_PER_EVENT = 500;

function render(result: ReportResult, rendering: Rendering): string {
  if (rendering.format === 'json') return JSON.stringify(toJsonResult(result));
  if (rendering.format === 'jsonl') return formatJsonlResult(result);
  if (rendering.format === 'sarif') return formatSarifResults(result);
  return formatStylishResult(result, { color: rendering.color });
}

/**
 * Lints one job and hands over its events, grouping results. `emit` may return a promise when
 * its output is not keeping up; reading then waits for it.
 */
export async function lintJobEvents(
  job: LintJob,
  rendering: Rendering | undefined,
  emit: (event: LintEvent) => unknown,
  stdin?: NodeJS.ReadableStream,
): Promise<void> {
  let results: ReportResult[] = [];
  let pieces: string[] = [];
  let totals = new ReportBuilder({ keepResults: false });
  let count = 0;
  const flush = (): unknown => {
    if (count === 0) return;
    count = 0;
    if (rendering) {
      const text = pieces.filter((piece) => piece !== '').join(joinsWithCommas(rendering.format) ? ',' : '');
      const event: LintEvent = { type: 'rendered', text, totals: totals.totals() };
      pieces = [];
      totals = new ReportBuilder({ keepResults: false });
      return emit(event);
    }
    const event: LintEvent = { type: 'results', results };
    results = [];
    return emit(event);
  };
  await lintSource(
    job,
    {
      result(result) {
        count++;
        if (rendering) {
          pieces.push(render(result, rendering));
          totals.addResult(result);
        } else {
          results.push(result);
        }
        return count >= RESULTS_PER_EVENT ? flush() : undefined;
      },
      problem(problem) {
        void flush();
        void emit({ type: 'problem', problem });
      },
      batch(findings, calendar, named) {
        void flush();
        void emit({ type: 'batch', findings, calendar, named });
      },
      bytes(count) {
        void emit({ type: 'bytes', count });
      },
    },
    stdin,
  );
  await flush();
}
