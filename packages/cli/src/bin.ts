#!/usr/bin/env node
import { processIo } from './io.js';

// A reader that closes the pipe early (`kindling lint … | head`) is not an error worth a trace;
// processIo's stdout then drops what is left, and the run exits with its own code.

function fail(error: unknown): void {
  const message = error instanceof Error ? (error.message.split('\n')[0] ?? error.name) : String(error);
  process.stderr.write(`kindling: ${message}\n`);
  process.exitCode = 2;
}

// Imported here rather than at the top, so even a broken installation reports one line, not a trace.
import('./main.js').then(
  ({ main }) =>
    main(process.argv.slice(2), processIo()).then((code) => {
      process.exitCode = code;
    }, fail),
  fail,
);
