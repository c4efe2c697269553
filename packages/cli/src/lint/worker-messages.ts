import type { DraftLocation, InputProblem, ReportResult } from '@kindling/report';
import type { BatchFinding, CalendarBalance } from '@kindling/rules';
import type { LintJob } from './lint-source.js';

export interface JobRequest {
  id: number;
  job: LintJob;
}

/** What a worker sends back about one job. Results travel in groups to keep messages few. */
export type JobEvent =
  | { id: number; type: 'results'; results: ReportResult[] }
  | { id: number; type: 'problem'; problem: InputProblem }
  | { id: number; type: 'batch'; findings: BatchFinding[]; calendar: CalendarBalance; named: Omit<DraftLocation, 'source'>[] }
  | { id: number; type: 'bytes'; count: number }
  | { id: number; type: 'done' }
  | { id: number; type: 'failed'; message: string };
