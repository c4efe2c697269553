#!/usr/bin/env node
import { describeFailure } from './errors.js';
import { processIo } from './io.js';
import { main } from './main.js';

// A reader that closes the pipe early (`kindling lint … | head`) is not an error worth a trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
});

main(process.argv.slice(2), processIo()).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`kindling: ${describeFailure(error)}\n`);
    process.exitCode = 2;
  },
);
