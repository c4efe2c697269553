import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { DraftInput } from '../src/draft.js';
import { lint, lintBatch } from '../src/lint.js';
import type { LintResult } from '../src/result.js';
import { growthBeyondLinear } from '../../../test/linearity.js';

function expectWellFormed(result: LintResult, text: string): void {
  for (const item of [...result.findings, ...result.praise]) {
    expect(item.range[0]).toBeGreaterThanOrEqual(0);
    expect(item.range[1]).toBeGreaterThanOrEqual(item.range[0]);
    expect(item.range[1]).toBeLessThanOrEqual(text.length);
  }
  for (const finding of result.findings) {
    for (const suggestion of finding.suggestions ?? []) {
      if (suggestion.fix) expect(suggestion.fix.range[1]).toBeLessThanOrEqual(text.length);
    }
  }
  for (const lesson of Object.values(result.lessons)) {
    expect(lesson.score).toBeGreaterThanOrEqual(0);
    expect(lesson.score).toBeLessThanOrEqual(100);
  }
}

const kind = fc.constantFrom('post', 'reply', 'comment', 'share', 'dm' as const);
const socialText = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 300 }),
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc
    .array(fc.constantFrom('you', 'idiot', 'thanks', '@sam', '#tag', 'http://x.io/a', '!!!', 'BUY', '🙏', '"', "'", '{name}', '\n', ' ', '?'), { maxLength: 60 })
    .map((parts) => parts.join(' ')),
);

const draftArbitrary = fc.record(
  {
    text: socialText,
    kind,
    replyingTo: fc.record({ author: fc.string(), text: socialText }),
    sharing: fc.record({ author: fc.string() }),
    trigger: fc.record({ type: fc.constantFrom('mention', 'share', 'comment', 'follow', 'dm' as const), by: fc.string() }),
    recipient: fc.record({ handle: fc.string(), relationship: fc.constantFrom('stranger', 'acquaintance', 'connection', 'friend' as const) }),
    thread: fc.array(fc.record({ author: fc.constantFrom('@me', '@sam', ''), text: socialText }), { maxLength: 5 }),
    community: fc.record({ topics: fc.array(fc.string(), { maxLength: 4 }) }),
    author: fc.record({ handle: fc.constantFrom('@me', '@sam', '') }),
  },
  { requiredKeys: ['text'] },
) as fc.Arbitrary<DraftInput>;

describe('lint on any input', () => {
  it('never throws on any string, keeps ranges inside the text, and is deterministic', () => {
    fc.assert(
      fc.property(socialText, (text) => {
        const first = lint({ text });
        expectWellFormed(first, text);
        expect(lint({ text })).toEqual(first);
      }),
      { numRuns: 400 },
    );
  });

  it('never throws on any valid draft with context', () => {
    fc.assert(
      fc.property(draftArbitrary, (draft) => {
        const result = lint(draft);
        expectWellFormed(result, draft.text);
        expect(lint(draft)).toEqual(result);
      }),
      { numRuns: 300 },
    );
  });

  it('lints a batch of any drafts', () => {
    fc.assert(
      fc.property(fc.array(draftArbitrary, { maxLength: 8 }), (drafts) => {
        const result = lintBatch(drafts);
        expect(result.results).toHaveLength(drafts.length);
        for (const finding of result.batch) for (const index of finding.drafts) expect(index).toBeLessThan(drafts.length);
      }),
      { numRuns: 100 },
    );
  });

  // Each of these once took super-linear time in some linter; here they must simply finish
  // well inside the test timeout. Their timings are printed by the benchmark, not asserted.
  const adversarial: [string, string][] = [
    ['100 KB of one letter', 'a'.repeat(100_000)],
    ['100 KB of spaces', ' '.repeat(100_000)],
    ['10,000 emoji', '🔥'.repeat(10_000)],
    ['a long run of exclamation marks', '!'.repeat(50_000)],
    ['a long run of quotes', '"'.repeat(50_000)],
    ['nested brackets', '{['.repeat(20_000)],
    ['a very long mention', `@${'a'.repeat(50_000)}`],
    ['a long word run with apostrophes', "don't ".repeat(15_000)],
  ];
  for (const [name, text] of adversarial) {
    it(`lints ${name}`, () => {
      expectWellFormed(lint({ text, kind: 'reply', replyingTo: { author: '@sam', text } }), text);
    });
  }
});

describe('linear time on shapes that once were not', () => {
  // Growth beyond linear: about 1 when linear, about 4 when quadratic at 4× the size. Generous,
  // so a busy machine does not fail it, and no wall-clock limit.
  const shapes: [string, (size: number) => string][] = [
    ['a run of capitalised swear words, read as a title', (size) => 'Damn '.repeat(size)],
    ['a word list matched in every sentence', (size) => 'Coffee is hot. '.repeat(size)],
    ['one long word made of a lexicon stem', (size) => `x${'video'.repeat(size)}`],
    ['repeated praise slang around insults', (size) => 'stupid good. '.repeat(size)],
  ];
  it.each(shapes)('%s', (_name, make) => {
    expect(growthBeyondLinear((size) => ({ text: make(size), kind: 'reply' as const }), (draft) => lint(draft), 1500, 4)).toBeLessThan(2.5);
  });
});
