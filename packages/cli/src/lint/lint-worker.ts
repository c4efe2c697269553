import { parentPort } from 'node:worker_threads';
import type { ReportResult } from '@kindling/report';
import { describeFailure } from '../errors.js';
import { lintSource } from './lint-source.js';
import type { JobEvent, JobRequest } from './worker-messages.js';

const RESULTS_PER_MESSAGE = 500;

// A worker lints whole sources: a source's drafts must share one batch linter for the calendar.
const port = parentPort!;
port.on('message', ({ id, job }: JobRequest) => {
  const send = (event: JobEvent): void => port.postMessage(event);
  let pending: ReportResult[] = [];
  const flush = (): void => {
    if (pending.length > 0) send({ id, type: 'results', results: pending });
    pending = [];
  };
  lintSource(job, {
    result(result) {
      pending.push(result);
      if (pending.length >= RESULTS_PER_MESSAGE) flush();
    },
    problem(problem) {
      flush();
      send({ id, type: 'problem', problem });
    },
    batch(findings, calendar, named) {
      flush();
      send({ id, type: 'batch', findings, calendar, named });
    },
    bytes(count) {
      send({ id, type: 'bytes', count });
    },
  }).then(
    () => {
      flush();
      send({ id, type: 'done' });
    },
    (error: unknown) => {
      flush();
      send({ id, type: 'failed', message: describeFailure(error) });
    },
  );
});
