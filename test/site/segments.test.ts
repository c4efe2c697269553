import { describe, expect, it } from 'vitest';
import { segmentText } from '../../docs/.vitepress/theme/lint/segments.js';

describe('segmentText', () => {
  it('returns the whole text as one unmarked piece when nothing is flagged', () => {
    expect(segmentText('Hello there', [])).toEqual([{ text: 'Hello there', start: 0, marks: [] }]);
  });

  it('marks each flagged range, and leaves whole-draft findings out of the inline marks', () => {
    expect(segmentText('You are WRONG!!!', [[8, 13], [0, 0], [13, 16]])).toEqual([
      { text: 'You are ', start: 0, marks: [] },
      { text: 'WRONG', start: 8, marks: [0] },
      { text: '!!!', start: 13, marks: [2] },
    ]);
  });

  it('splits overlapping ranges so each piece lists every finding covering it', () => {
    expect(segmentText('abcdef', [[1, 4], [3, 6]])).toEqual([
      { text: 'a', start: 0, marks: [] },
      { text: 'bc', start: 1, marks: [0] },
      { text: 'd', start: 3, marks: [0, 1] },
      { text: 'ef', start: 4, marks: [1] },
    ]);
  });

  it('keeps a range past the end of the text inside the text', () => {
    expect(segmentText('abc', [[1, 10]])).toEqual([
      { text: 'a', start: 0, marks: [] },
      { text: 'bc', start: 1, marks: [0] },
    ]);
  });
});
