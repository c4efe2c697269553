import { describe, expect, it } from 'vitest';
import { TextDoc } from '../src/text.js';
import { elementReads } from '../../../test/linearity.js';
import { compileWordPatterns, isOneSlipFrom, matchWordPatterns, type WordPatterns } from '../src/word-patterns.js';

function matches(source: WordPatterns, text: string) {
  return matchWordPatterns(compileWordPatterns(source), new TextDoc(text)).map(({ tag, start, end, text: matched }) => ({ tag, start, end, text: matched }));
}

describe('word patterns', () => {
  const promise: WordPatterns = {
    classes: { growth: ['grow', 'double', 'cut'] },
    patterns: [{ tag: 'promise', pattern: 'i|we help _{0,3} @growth' }],
  };

  it('matches a class after a bounded gap, nearest first', () => {
    expect(matches(promise, 'We help busy founders cut costs, and double sales.')).toEqual([
      { tag: 'promise', start: 0, end: 25, text: 'We help busy founders cut' },
    ]);
  });

  it('does not stretch a gap past its bound', () => {
    expect(matches(promise, 'We help one two three four cut costs')).toEqual([]);
  });

  it('never crosses the end of a sentence', () => {
    expect(matches(promise, 'We help. Then we cut the cake.')).toEqual([]);
  });

  it('reads optional steps, prefixes and the sentence-start anchor', () => {
    const booking: WordPatterns = { patterns: [{ tag: 'booking', pattern: '^ book a quick? call*' }] };
    expect(matches(booking, 'Book a quick call. Shall we book a call?')).toEqual([{ tag: 'booking', start: 0, end: 17, text: 'Book a quick call' }]);
    expect(matches(booking, 'book a calling card')).toEqual([{ tag: 'booking', start: 0, end: 14, text: 'book a calling' }]);
  });

  it('matches numbers with #num, and one-letter slips with ~', () => {
    const goal: WordPatterns = { patterns: [{ tag: 'goal', pattern: '~subscribe if i get #num subs' }] };
    expect(matches(goal, 'Sucscribe if i get 100 subs')).toEqual([{ tag: 'goal', start: 0, end: 27, text: 'Sucscribe if i get 100 subs' }]);
    expect(matches(goal, 'Describe if i get 100 subs')).toEqual([]);
  });

  it('rejects a pattern that names an unknown class or an unbounded gap', () => {
    expect(() => compileWordPatterns({ patterns: [{ tag: 'x', pattern: '@nothing here' }] })).toThrow('no word class "nothing"');
    expect(() => compileWordPatterns({ patterns: [{ tag: 'x', pattern: 'a _{0,40} b' }] })).toThrow('at most six words');
  });

  it('stays linear: on a long draft of near misses, the words it reads grow with the draft', () => {
    const compiled = compileWordPatterns(promise);
    const { counted, reads } = elementReads();
    // The draft's words, with every read of one counted.
    class CountedDoc extends TextDoc {
      override get lexicalWords() {
        return counted(super.lexicalWords);
      }
    }
    const readsFor = (repeats: number) => {
      const before = reads();
      expect(matchWordPatterns(compiled, new CountedDoc('we help one two three four '.repeat(repeats)))).toEqual([]);
      return reads() - before;
    };
    const small = readsFor(250);
    const large = readsFor(1000);
    // 4× the words: about 4× the reads when linear, about 16× when quadratic.
    expect(small).toBeGreaterThan(250 * 6);
    expect(large / small).toBeLessThan(4.5);
  });
});

describe('isOneSlipFrom', () => {
  it.each([
    ['subscribe', 'subscribe', true],
    ['subscribe', 'sucscribe', true],
    ['subscribe', 'sucsribe', false],
    ['subscribe', 'subscibe', true],
    ['subscribe', 'subscrbie', true],
    ['subscribe', 'subscribes', true],
    ['subscribe', 'describe', false],
    ['subscribe', 'subsc', false],
  ])('%s against %s: %s', (word, key, expected) => {
    expect(isOneSlipFrom(word, key)).toBe(expected);
  });
});
