import { Worker } from 'node:worker_threads';
import { cliMessage } from '../messages.js';
import type { WorkUnit } from './work-units.js';
import type { JobMessage, LintEvent, Rendering } from './worker-messages.js';

/** Hands each event on, in input order; a returned promise holds up the next until it settles. */
export interface PoolConsumer {
  event(unit: WorkUnit, event: LintEvent): unknown;
  /** After the last event of a unit. */
  unitDone(unit: WorkUnit): unknown;
}

/**
 * Each worker's heap. A worker keeps little alive (one calendar of drafts, a few hundred results),
 * but with V8's defaults it lets garbage grow to a hundred MB or more before collecting it. A
 * small young generation, and an old generation capped at 1 GB (under which V8 grows the heap
 * more cautiously), keep two workers and the main thread well under 300 MB on 100,000 drafts.
 */
const WORKER_HEAP = { maxYoungGenerationSizeMb: 8, maxOldGenerationSizeMb: 1024 };

interface Slot {
  unit: WorkUnit;
  events: LintEvent[];
  finished: boolean;
}

/**
 * Lints units on worker threads, each worker taking the next unit when it is free, and hands
 * their events on in input order: the oldest unit's events as they arrive, later units' once it
 * is done. A unit is taken from `units` only while at most one more than there are workers
 * waits to be handed on (one worker may run a unit ahead of the oldest), so a slow output or a
 * slow unit holds up reading rather than filling memory.
 */
export async function lintInWorkers(units: AsyncIterable<WorkUnit>, concurrency: number, rendering: Rendering | undefined, consumer: PoolConsumer): Promise<void> {
  const iterator = units[Symbol.asyncIterator]();
  const waiting: Slot[] = [];
  const maxWaiting = concurrency + 1;
  let roomMade: (() => void)[] = [];
  let failure: { error: unknown } | undefined;
  const makeRoom = (): void => {
    const wake = roomMade;
    roomMade = [];
    for (const resolve of wake) resolve();
  };

  // Hands on what the oldest units have, one event at a time.
  let handing: Promise<void> = Promise.resolve();
  const handOn = (): void => {
    handing = handing.then(async () => {
      while (waiting.length > 0) {
        const oldest = waiting[0]!;
        for (let event = oldest.events.shift(); event; event = oldest.events.shift()) await consumer.event(oldest.unit, event);
        if (!oldest.finished) return;
        await consumer.unitDone(oldest.unit);
        waiting.shift();
        makeRoom();
      }
    });
    // A failed output stops the pool: workers take no more units, and the failure is thrown below.
    handing = handing.catch((error: unknown) => {
      failure ??= { error };
      makeRoom();
    });
  };

  // One unit at a time, so units join `waiting` in input order.
  let pulling: Promise<unknown> = Promise.resolve();
  const pull = (): Promise<IteratorResult<WorkUnit>> => {
    const next = pulling.then(async () => {
      while (waiting.length >= maxWaiting && !failure) await new Promise<void>((resolve) => roomMade.push(resolve));
      if (failure) return { done: true, value: undefined } as const;
      const result = await iterator.next();
      if (!result.done) waiting.push({ unit: result.value, events: [], finished: false });
      return result;
    });
    pulling = next.catch(() => undefined);
    return next;
  };

  const workerUrl = new URL('./lint-worker.js', import.meta.url);
  let nextId = 0;
  const runOn = (worker: Worker, slot: Slot & { unit: { kind: 'lint' } }): Promise<void> =>
    new Promise((resolve, reject) => {
      const id = nextId++;
      const onMessage = (message: JobMessage): void => {
        if (message.id !== id) return;
        if ('event' in message) slot.events.push(message.event);
        else {
          if ('failed' in message) {
            const problem = { source: slot.unit.job.source.display, message: cliMessage('workerFailed', { reason: message.failed }) };
            slot.events.push({ type: 'problem', problem });
          }
          slot.finished = true;
          worker.off('message', onMessage).off('error', reject);
          resolve();
        }
        handOn();
      };
      worker.on('message', onMessage).once('error', reject);
      worker.postMessage({ id, job: slot.unit.job, ...(rendering ? { rendering } : {}) });
    });

  const runWorker = async (): Promise<void> => {
    let worker: Worker | undefined;
    try {
      for (let next = await pull(); !next.done; next = await pull()) {
        const slot = waiting.find((candidate) => candidate.unit === next.value)!;
        if (slot.unit.kind === 'events') {
          slot.events.push(...slot.unit.events);
          slot.finished = true;
          handOn();
          continue;
        }
        // No inherited flags: the parent may run under -e or --inspect, which a worker cannot take.
        worker ??= new Worker(workerUrl, { execArgv: [], resourceLimits: WORKER_HEAP });
        await runOn(worker, slot as Slot & { unit: { kind: 'lint' } });
      }
    } finally {
      await worker?.terminate();
    }
  };

  await Promise.all(Array.from({ length: concurrency }, runWorker));
  handOn();
  await handing;
  if (failure) throw failure.error;
}
