import { describe, expect, it } from 'vitest';
import { parseMarkdown, sniffFormat } from '../src/index.js';
import { growthBeyondLinear } from '../../../test/linearity.js';

// Inputs like these once made backtracking regular expressions take quadratic time (40,000 tabs: 8.5 s).
// 16 times the input must take about 16 times as long, not 16² = 256 times.
const FACTOR = 16;
const LIMIT = 4;

describe('reading pasted text in linear time', () => {
  it.each([
    ['a letter, then tabs', (n: number) => `a${'\t'.repeat(n)}`, 'txt'],
    ['a CSV header that never names text, then tabs', (n: number) => `id,kind${'\t'.repeat(n)}x`, 'txt'],
    ['an object, then blank lines of spaces', (n: number) => `{}${' \n'.repeat(n)}x`, 'json'],
    ['an object on one line, a run of spaces, then another object', (n: number) => `{"text":"a"}${' '.repeat(n)}\n{`, 'jsonl'],
  ] as const)('guesses the format of %s', (_name, make, format) => {
    expect(sniffFormat(make(10))).toBe(format);
    expect(growthBeyondLinear(make, sniffFormat, 5_000, FACTOR)).toBeLessThan(LIMIT);
  });

  // YAML caps a key at 1,024 characters, so this key is read without backtracking for its own sake.
  it('finds the line of each frontmatter key when one key holds a run of spaces', () => {
    const make = (n: number) => `---\nkind: reply\nx${' '.repeat(n)}y: 1\nrecipient:\n  relationship: boss\n---\nHello`;
    expect(parseMarkdown(make(10)).problems).toEqual([
      { index: 0, line: 4, field: 'recipient.handle', message: 'required string is missing' },
      { index: 0, line: 4, field: 'recipient.relationship', message: 'expected "stranger", "acquaintance", "connection" or "friend"' },
    ]);
  });
});
