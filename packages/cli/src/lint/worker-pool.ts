import { Worker } from 'node:worker_threads';
import type { InputProblem, ReportResult } from '@kindling/report';
import { cliMessage } from '../messages.js';
import type { LintJob, SourceListener } from './lint-source.js';
import type { JobEvent } from './worker-messages.js';

/** Hears about drafts as workers finish them, before the ordered replay: for the progress bar. */
export interface PoolProgress {
  results(count: number): void;
  bytes(count: number): void;
}

type Replay = (listener: SourceListener) => void;

/**
 * Lints sources on worker threads, each worker taking the next source when it is free. Events
 * are replayed to each source's listener source by source in input order, so the report reads the same as
 * a single-threaded run.
 */
export async function lintInWorkers(
  jobs: readonly LintJob[],
  concurrency: number,
  listenerFor: (job: LintJob) => SourceListener,
  progress: PoolProgress,
): Promise<void> {
  const buffered: Replay[][] = jobs.map(() => []);
  const finished: boolean[] = jobs.map(() => false);
  let nextToReplay = 0;
  const replayReady = (): void => {
    while (nextToReplay < jobs.length && finished[nextToReplay]) {
      const listener = listenerFor(jobs[nextToReplay]!);
      for (const replay of buffered[nextToReplay]!) replay(listener);
      buffered[nextToReplay] = [];
      nextToReplay++;
    }
  };

  let nextJob = 0;
  const workerUrl = new URL('./lint-worker.js', import.meta.url);
  const runWorker = (): Promise<void> =>
    new Promise((resolve, reject) => {
      if (nextJob >= jobs.length) return resolve();
      // No inherited flags: the parent may run under -e or --inspect, which a worker cannot take.
      const worker = new Worker(workerUrl, { execArgv: [] });
      const startNext = (): void => {
        if (nextJob >= jobs.length) {
          void worker.terminate().then(() => resolve());
          return;
        }
        const id = nextJob++;
        worker.postMessage({ id, job: jobs[id] });
      };
      worker.on('message', (event: JobEvent) => {
        const queue = buffered[event.id]!;
        const source = jobs[event.id]!.source.display;
        switch (event.type) {
          case 'results': {
            const results: ReportResult[] = event.results;
            progress.results(results.length);
            queue.push((to) => results.forEach((result) => to.result(result)));
            break;
          }
          case 'problem': {
            const problem: InputProblem = event.problem;
            queue.push((to) => to.problem(problem));
            break;
          }
          case 'batch':
            queue.push((to) => to.batch(event.findings, event.calendar, event.named));
            break;
          case 'bytes':
            progress.bytes(event.count);
            break;
          case 'failed':
            queue.push((to) => to.problem({ source, message: cliMessage('workerFailed', { reason: event.message }) }));
            finished[event.id] = true;
            replayReady();
            startNext();
            break;
          case 'done':
            finished[event.id] = true;
            replayReady();
            startNext();
            break;
        }
      });
      worker.on('error', reject);
      startNext();
    });

  await Promise.all(Array.from({ length: Math.min(concurrency, jobs.length) }, runWorker));
}
