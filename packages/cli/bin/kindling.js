#!/usr/bin/env node
// The command's entry. A committed file rather than the build's dist/bin.js, so the bin link
// a fresh clone's install creates points at something, and a run before the build says so in
// one line instead of a module-not-found trace.
import { existsSync } from 'node:fs';

const entry = new URL('../dist/bin.js', import.meta.url);

if (existsSync(entry)) {
  await import(entry.href);
} else {
  process.stderr.write('kindling: the CLI is not built yet; run `npm start` or `npm test` in the repository first\n');
  process.exitCode = 2;
}
