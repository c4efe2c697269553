// Prints how long the facilitator view's anonymiser takes on 40,000 characters of ordinary and
// hostile text: `pnpm bench:anonymise`. A figure, not a test; exercises/test/anonymise.test.ts
// proves the time grows linearly. The workspace root does not depend on @kindling/exercises, so
// the script reads its build.
import { anonymise } from '../exercises/dist/index.js';

const SIZE = 40_000;
const inputs: Record<string, string> = {
  'a pasted draft with names, emails, links and phones': 'Hi Sam, call 555 123 4567 or mail a.b@c.de. Thanks, Jo! See www.x.io or sam.dev today.\n'.repeat(SIZE / 88),
  'one letter': 'a'.repeat(SIZE),
  'dotted words': 'a.'.repeat(SIZE / 2),
  'at signs and dots': '@.'.repeat(SIZE / 2),
  'digits and spaces': '1 '.repeat(SIZE / 2),
  spaces: `A${' '.repeat(SIZE - 2)}A`,
  newlines: '\n'.repeat(SIZE),
};

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

console.log(`anonymise() on ${SIZE.toLocaleString('en')} characters (median of 9 runs after 2 warm-ups)`);
for (const [name, text] of Object.entries(inputs)) {
  anonymise(text);
  anonymise(text);
  const times: number[] = [];
  for (let run = 0; run < 9; run++) {
    const start = performance.now();
    anonymise(text);
    times.push(performance.now() - start);
  }
  console.log(`  ${name.padEnd(52)} ${median(times).toFixed(2).padStart(7)} ms`);
}
