import { parentPort } from 'node:worker_threads';
import { describeFailure } from '../errors.js';
import { lintJobEvents, type JobMessage, type JobRequest } from './worker-messages.js';

// A worker lints whole sources, or parts of a large JSONL file that are whole calendars, one at a time.
const port = parentPort!;
port.on('message', ({ id, job, rendering }: JobRequest) => {
  const send = (message: JobMessage): void => port.postMessage(message);
  lintJobEvents(job, rendering, (event) => send({ id, event })).then(
    () => send({ id, done: true }),
    (error: unknown) => send({ id, failed: describeFailure(error) }),
  );
});
