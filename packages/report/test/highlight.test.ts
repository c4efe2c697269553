import { describe, expect, it } from 'vitest';
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
