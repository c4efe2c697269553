import { describe, expect, it } from 'vitest';
import { DraftError } from '../src/draft.js';
import { lintBatch } from '../src/lint.js';

function draftErrorOf(run: () => unknown): DraftError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(DraftError);
    return error as DraftError;
  }
  throw new Error('expected a DraftError');
}

describe('lintBatch on bad input', () => {
  it('names the index of each bad draft, and the field', () => {
    const error = draftErrorOf(() =>
      lintBatch([{ text: 'Fine.' }, { text: 'Also fine.' }, { text: 'Fine too.' }, { text: 42 } as never, { text: 'ok', kind: 'tweet' } as never]),
    );
    expect(error.issues).toEqual([
      { path: 'drafts[3].text', message: 'expected string' },
      { path: 'drafts[4].kind', message: 'expected "post", "reply", "comment", "share" or "dm"' },
    ]);
    expect(error.message).toBe('drafts[3].text: expected string\ndrafts[4].kind: expected "post", "reply", "comment", "share" or "dm"');
  });

  it('names a draft that is not an object by its index alone, and a missing text', () => {
    expect(draftErrorOf(() => lintBatch([{ text: 'Fine.' }, 'just a string' as never, {} as never])).issues).toEqual([
      { path: 'drafts[1]', message: 'expected object' },
      { path: 'drafts[2].text', message: 'required string is missing' },
    ]);
  });

  it('gives input that is not an array a DraftError, not a TypeError', () => {
    for (const notAnArray of [{ text: 'one draft' }, 'text', undefined, null, 3]) {
      expect(draftErrorOf(() => lintBatch(notAnArray as never)).issues).toEqual([{ path: 'drafts', message: 'expected an array of drafts' }]);
    }
  });

  it('still lints a batch of good drafts, and an empty one', () => {
    const { results } = lintBatch([{ id: 'a', text: 'Thanks for the tip, Sam.' }, { id: 'b', text: 'STOP IGNORING MY EMAILS' }]);
    expect(results.map((r) => [r.id, r.findings.map((f) => f.ruleId)])).toEqual([
      ['a', []],
      ['b', ['no-shouting']],
    ]);
    expect(lintBatch([])).toMatchObject({ results: [], batch: [] });
  });
});
