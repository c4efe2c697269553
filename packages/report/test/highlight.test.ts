import { describe, expect, it } from 'vitest';
import { elementReads } from '../../../test/linearity.js';
import { highlightSegments, mostSevere } from '../src/highlight.js';

describe('highlightSegments', () => {
  it('cuts overlapping ranges into segments that know every finding covering them', () => {
    const text = 'abcdefghij';
    const segments = highlightSegments(text, [
      { range: [2, 6], severity: 'warning' },
      { range: [4, 8], severity: 'error' },
      { range: [0, 0], severity: 'info' },
      { range: [9, 9], severity: 'info' },
    ]);
    expect(segments.map(({ start, end, covering, endingHere }) => [text.slice(start, end), covering, endingHere])).toEqual([
      ['ab', [], []],
      ['cd', [0], []],
      ['ef', [0, 1], [0]],
      ['gh', [1], [1]],
      ['i', [], [3]],
      ['j', [], []],
    ]);
  });

  it('gives plain text as one segment and an empty text none', () => {
    expect(highlightSegments('hello', [])).toEqual([{ start: 0, end: 5, covering: [], endingHere: [] }]);
    expect(highlightSegments('', [{ range: [0, 0], severity: 'error' }])).toEqual([]);
  });

  it('marks identical ranges together', () => {
    expect(highlightSegments('xy', [{ range: [0, 2], severity: 'info' }, { range: [0, 2], severity: 'warning' }])).toEqual([
      { start: 0, end: 2, covering: [0, 1], endingHere: [0, 1] },
    ]);
  });
});

describe('mostSevere', () => {
  it('picks error over warning over info', () => {
    expect(mostSevere(['info', 'error', 'warning'])).toBe('error');
    expect(mostSevere(['info', 'warning'])).toBe('warning');
    expect(mostSevere([])).toBeUndefined();
  });
});

describe('highlightSegments on a draft with thousands of findings', () => {
  it('reads each range a few times in all, not once per segment', () => {
    const { counted, reads } = elementReads();
    const findings = Array.from({ length: 2_000 }, (_, i) => ({ range: counted([i * 3, i * 3 + 2] as const), severity: 'warning' as const }));
    const segments = highlightSegments('ab '.repeat(2_000), findings);
    expect(segments).toHaveLength(4_000);
    expect(segments.slice(0, 3)).toEqual([
      { start: 0, end: 2, covering: [0], endingHere: [0] },
      { start: 2, end: 3, covering: [], endingHere: [] },
      { start: 3, end: 5, covering: [1], endingHere: [1] },
    ]);
    expect(reads()).toBeGreaterThanOrEqual(2 * 2_000);
    expect(reads()).toBeLessThanOrEqual(8 * 2_000);
  });
});
