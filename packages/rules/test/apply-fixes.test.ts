import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyFixes, type FixSource } from '../src/apply-fixes.js';
import type { DraftInput } from '../src/draft.js';
import type { Finding, Fix } from '../src/finding.js';
import { lint } from '../src/lint.js';

/** True when every surrogate in the text is one half of a complete pair. */
function isWellFormed(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (!(next >= 0xdc00 && next <= 0xdfff)) return false;
      i++;
    } else if (code >= 0xdc00 && code <= 0xdfff) return false;
  }
  return true;
}

describe('applyFixes', () => {
  it('applies non-overlapping fixes from the end of the text inwards, whatever their order', () => {
    const result = applyFixes('Hi {name}, THANKS!!!', [
      { range: [17, 20], text: '!' },
      { range: [3, 9], text: 'Sam' },
    ]);
    expect(result).toEqual({
      text: 'Hi Sam, THANKS!',
      applied: [
        { index: 0, fix: { range: [17, 20], text: '!' } },
        { index: 1, fix: { range: [3, 9], text: 'Sam' } },
      ],
      skipped: [],
    });
  });

  it('takes a suggestion’s fix and a finding’s first suggested fix, and ignores sources with none', () => {
    const finding: Finding = {
      ruleId: 'no-shouting',
      messageId: 'allCaps',
      lesson: 1,
      severity: 'warning',
      message: 'Shouting.',
      range: [0, 4],
      url: 'https://example.org',
      suggestions: [{ messageId: 'none', message: 'No fix here.' }, { messageId: 'lower', message: 'Lower case.', fix: { range: [0, 4], text: 'Stop' } }],
    };
    const result = applyFixes('STOP it', [{ messageId: 'none', message: 'Nothing to apply.' }, finding, { messageId: 'add', message: 'Add.', fix: { range: [7, 7], text: '.' } }]);
    expect(result.text).toBe('Stop it.');
    expect(result.applied.map((item) => item.index)).toEqual([1, 2]);
    expect(result.skipped).toEqual([]);
  });

  it('skips a fix that overlaps one already applied, and a second insertion at the same place', () => {
    const result = applyFixes('abcdef', [
      { range: [1, 4], text: 'X' },
      { range: [3, 5], text: 'Y' },
      { range: [6, 6], text: '!' },
      { range: [6, 6], text: '?' },
      { range: [4, 4], text: '-' },
    ]);
    expect(result.text).toBe('aX-ef!');
    expect(result.applied.map((item) => item.index)).toEqual([0, 2, 4]);
    expect(result.skipped).toEqual([
      { index: 1, fix: { range: [3, 5], text: 'Y' }, reason: 'conflict' },
      { index: 3, fix: { range: [6, 6], text: '?' }, reason: 'conflict' },
    ]);
  });

  it('applies fixes that only touch end to start', () => {
    expect(applyFixes('abcd', [{ range: [2, 4], text: 'Z' }, { range: [0, 2], text: 'Y' }]).text).toBe('YZ');
  });

  it('rejects a fix whose range cuts a surrogate pair, and one outside the text', () => {
    const text = 'Hi 👋 there';
    const result = applyFixes(text, [
      { range: [4, 5], text: 'x' },
      { range: [3, 4], text: 'x' },
      { range: [9, 20], text: 'x' },
      { range: [2, 1], text: 'x' },
      { range: [0.5, 1], text: 'x' },
    ]);
    expect(result.text).toBe(text);
    expect(result.applied).toEqual([]);
    expect(result.skipped.map(({ index, reason }) => [index, reason])).toEqual([
      [0, 'splits-surrogate-pair'],
      [1, 'splits-surrogate-pair'],
      [2, 'invalid-range'],
      [3, 'invalid-range'],
      [4, 'invalid-range'],
    ]);
  });

  it('returns the text unchanged for no fixes', () => {
    expect(applyFixes('Hello', [])).toEqual({ text: 'Hello', applied: [], skipped: [] });
  });

  it('sorts once and copies each character once: a thousand fixes on a long text', () => {
    const text = 'ab'.repeat(50_000);
    const fixes: Fix[] = Array.from({ length: 1000 }, (_, i) => ({ range: [i * 100, i * 100 + 1], text: 'A' }));
    const result = applyFixes(text, fixes.reverse());
    expect(result.applied).toHaveLength(1000);
    expect(result.text.length).toBe(text.length);
    expect(result.text.slice(0, 102)).toBe('Ab' + 'ab'.repeat(49) + 'Ab');
  });
});

const unit = fc.oneof(fc.string({ unit: 'binary', maxLength: 6 }), fc.constantFrom('👋', '🙏🏽', 'é', 'a', ' '));
const wellFormedText = fc.array(unit, { maxLength: 30 }).map((parts) => parts.join('')).filter(isWellFormed);

describe('applyFixes on any input', () => {
  it('never splits a surrogate pair: well-formed text and fixes give well-formed text', () => {
    const arbitrary = wellFormedText.chain((text) =>
      fc.tuple(
        fc.constant(text),
        fc.array(
          fc.record({
            range: fc.tuple(fc.nat(text.length), fc.nat(text.length)).map(([a, b]) => [Math.min(a, b), Math.max(a, b)] as const),
            text: wellFormedText,
          }),
          { maxLength: 8 },
        ),
      ),
    );
    fc.assert(
      fc.property(arbitrary, ([text, fixes]) => {
        const result = applyFixes(text, fixes);
        expect(isWellFormed(result.text)).toBe(true);
        expect(result.applied.length + result.skipped.length).toBe(fixes.length);
      }),
      { numRuns: 500 },
    );
  });

  it('skips conflicts, never merges them: applied fixes never overlap, and every skipped one overlaps an applied one', () => {
    const arbitrary = fc.string({ maxLength: 40 }).chain((text) =>
      fc.tuple(
        fc.constant(text),
        fc.array(
          fc.record({
            range: fc.tuple(fc.nat(text.length), fc.nat(text.length)).map(([a, b]) => [Math.min(a, b), Math.max(a, b)] as const),
            text: fc.string({ maxLength: 5 }),
          }),
          { maxLength: 8 },
        ),
      ),
    );
    fc.assert(
      fc.property(arbitrary, ([text, fixes]) => {
        const result = applyFixes(text, fixes);
        const applied = [...result.applied].sort((a, b) => a.fix.range[0] - b.fix.range[0] || a.fix.range[1] - b.fix.range[1]);
        const overlaps = (a: Fix, b: Fix): boolean =>
          (a.range[0] < b.range[1] && b.range[0] < a.range[1]) ||
          (a.range[0] === a.range[1] && b.range[0] === b.range[1] && a.range[0] === b.range[0]);
        for (let i = 1; i < applied.length; i++) expect(overlaps(applied[i - 1]!.fix, applied[i]!.fix)).toBe(false);
        for (const skipped of result.skipped) {
          expect(skipped.reason).toBe('conflict');
          expect(applied.some((item) => overlaps(item.fix, skipped.fix))).toBe(true);
        }
        // Rebuilding from the applied fixes alone, end first, gives the same text: nothing else was written.
        let rebuilt = text;
        for (const { fix } of [...applied].reverse()) rebuilt = rebuilt.slice(0, fix.range[0]) + fix.text + rebuilt.slice(fix.range[1]);
        expect(result.text).toBe(rebuilt);
      }),
      { numRuns: 500 },
    );
  });

  const fragment = fc.constantFrom(
    'THIS IS WRONG AND EVERYONE KNOWS IT',
    'STOP IGNORING MY EMAILS.',
    '!!!',
    '!!',
    ', idiot.',
    'you moron',
    'Hi {first_name},',
    'Hello [NAME]',
    'great read https://example.org/a',
    'thanks for this',
    '👋',
    'we met at the meetup',
    ' ',
    '. ',
  );
  const fixableDraft: fc.Arbitrary<DraftInput> = fc.record({
    text: fc.array(fragment, { minLength: 1, maxLength: 8 }).map((parts) => parts.join(' ')),
    kind: fc.constantFrom('post', 'reply', 'share', 'dm' as const),
  }).map((draft) => ({
    ...draft,
    ...(draft.kind === 'share' ? { sharing: { author: '@maria' } } : {}),
    ...(draft.kind === 'dm' ? { recipient: { handle: '@maria.lopez' } } : {}),
  }));

  it('clears a finding by applying its fix, for every finding the real rules give a fix', () => {
    let fixesChecked = 0;
    fc.assert(
      fc.property(fixableDraft, (draft) => {
        const before = lint(draft);
        const same = (a: Finding, b: Finding): boolean => a.ruleId === b.ruleId && a.message === b.message;
        for (const finding of before.findings) {
          const result = applyFixes(draft.text, [finding]);
          if (result.applied.length === 0) continue;
          fixesChecked++;
          const after = lint({ ...draft, text: result.text });
          const remaining = after.findings.filter((other) => same(other, finding)).length;
          expect(remaining, `${finding.ruleId} "${finding.message}" in ${JSON.stringify(draft.text)} → ${JSON.stringify(result.text)}`).toBeLessThan(
            before.findings.filter((other) => same(other, finding)).length,
          );
        }
      }),
      { numRuns: 300 },
    );
    // The drafts must actually exercise fixes, or the property says nothing.
    expect(fixesChecked).toBeGreaterThan(100);
  });

  it('accepts the real findings, suggestions and fixes alike, in one list', () => {
    const text = 'Hi {first_name}, great talk';
    const findings = lint({ text, kind: 'dm', recipient: { handle: '@maria.lopez' } }).findings;
    expect(findings.map((finding) => finding.ruleId)).toContain('no-placeholder');
    const sources: FixSource[] = [...findings, { messageId: 'stop', message: 'End with a stop.', fix: { range: [27, 27], text: '.' } }, { range: [17, 22], text: 'lovely' }];
    expect(applyFixes(text, sources).text).toBe('Hi Maria, lovely talk.');
  });
});
