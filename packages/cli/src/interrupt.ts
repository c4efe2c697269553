/**
 * Runs a long-lived command (such as the exercises watcher) with a signal that Ctrl-C aborts,
 * so it can stop cleanly and exit 0. Only such commands catch Ctrl-C; lint stops at once.
 */
export async function untilInterrupted<T>(run: (signal: AbortSignal) => Promise<T>): Promise<T> {
  const controller = new AbortController();
  const abort = (): void => controller.abort();
  process.once('SIGINT', abort);
  try {
    return await run(controller.signal);
  } finally {
    process.removeListener('SIGINT', abort);
  }
}
