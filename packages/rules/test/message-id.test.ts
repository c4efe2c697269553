import { describe, expect, expectTypeOf, it } from 'vitest';
import { defineRule, noOptions } from '../src/define-rule.js';
import type { BatchFinding, Finding, Praise, Suggestion } from '../src/finding.js';
import { lint, lintBatch } from '../src/lint.js';

/** Praises "please", flags "now" with a suggestion, and flags a calendar where every draft says "now". */
const noNow = defineRule({
  id: 'acme/no-now',
  meta: {
    lesson: 1,
    description: 'Flag "now".',
    messages: {
      now: '"{{word}}" sounds impatient.',
      dropNow: 'Drop "{{word}}".',
      please: 'You said please.',
      nowEverywhere: 'All {{count}} drafts say "now".',
    },
    options: noOptions,
    defaultSeverity: 'warning',
    hasSuggestions: true,
    scope: 'draft',
  },
  check({ doc, report, praise }) {
    const now = doc.text.indexOf('now');
    if (now >= 0) {
      const range = [now, now + 3] as const;
      report({ messageId: 'now', data: { word: 'now' }, range, suggestions: [{ messageId: 'dropNow', data: { word: 'now' }, fix: { range, text: '' } }] });
    }
    const please = doc.text.indexOf('please');
    if (please >= 0) praise({ messageId: 'please', range: [please, please + 6] });
  },
  checkBatch({ entries, report }) {
    if (entries.length > 1 && entries.every((entry) => entry.draft.text.includes('now'))) {
      report({ messageId: 'nowEverywhere', data: { count: entries.length }, drafts: entries.map((_, index) => index) });
    }
  },
});

const onlyNoNow = { customRules: [noNow], rules: { 'acme/no-now': 'warning' } } as const;

describe('messageId', () => {
  it('names the template of a built-in finding and of its suggestion', () => {
    expect(lint({ text: 'Read the thread before replying!!!!' }).findings).toEqual([
      {
        ruleId: 'no-hostility',
        messageId: 'condescension',
        lesson: 1,
        severity: 'error',
        message: '"Read the thread before replying" talks down to the reader. Answer them as an equal: say what you know, and how you know it.',
        range: [0, 31],
        url: 'https://kindling.dev/rules/no-hostility',
      },
      {
        ruleId: 'no-shouting',
        messageId: 'exclamations',
        lesson: 1,
        severity: 'warning',
        message: '"!!!!" reads as shouting. One exclamation mark is enough.',
        range: [31, 35],
        suggestions: [{ messageId: 'useOneMark', message: 'Use a single "!".', fix: { range: [31, 35], text: '!' } }],
        url: 'https://kindling.dev/rules/no-shouting',
      },
    ]);
  });

  it('names the template of praise', () => {
    const praise = lint({ text: 'Thanks @ana for sharing my post.', kind: 'reply', trigger: { type: 'share', by: '@ana' } }).praise;
    expect(praise.find((p) => p.ruleId === 'thank-sharers')).toEqual({
      ruleId: 'thank-sharers',
      messageId: 'thankedByName',
      lesson: 3,
      message: 'You thank @ana by name.',
      range: [0, 6],
      url: 'https://kindling.dev/rules/thank-sharers',
    });
  });

  it('carries the ids a custom rule reports, praises and suggests with', () => {
    const result = lint({ text: 'Reply now, please.' }, onlyNoNow);
    expect(result.findings.filter((f) => f.ruleId === 'acme/no-now')).toEqual([
      {
        ruleId: 'acme/no-now',
        messageId: 'now',
        lesson: 1,
        severity: 'warning',
        message: '"now" sounds impatient.',
        range: [6, 9],
        suggestions: [{ messageId: 'dropNow', message: 'Drop "now".', fix: { range: [6, 9], text: '' } }],
        url: 'https://kindling.dev/developer-guide#custom-rules',
      },
    ]);
    expect(result.praise.filter((p) => p.ruleId === 'acme/no-now')).toEqual([
      { ruleId: 'acme/no-now', messageId: 'please', lesson: 1, message: 'You said please.', range: [11, 17], url: 'https://kindling.dev/developer-guide#custom-rules' },
    ]);
    expect(lint({ text: 'Reply when you can.' }, onlyNoNow).findings.filter((f) => f.ruleId === 'acme/no-now')).toEqual([]);
  });

  it('names the template of a batch finding', () => {
    const { batch } = lintBatch([{ text: 'Sign up now.' }, { text: 'Buy now.' }], onlyNoNow);
    expect(batch.filter((f) => f.ruleId === 'acme/no-now')).toEqual([
      {
        ruleId: 'acme/no-now',
        messageId: 'nowEverywhere',
        lesson: 1,
        severity: 'warning',
        message: 'All 2 drafts say "now".',
        drafts: [0, 1],
        url: 'https://kindling.dev/developer-guide#custom-rules',
      },
    ]);
    expect(lintBatch([{ text: 'Sign up now.' }, { text: 'Have a look.' }], onlyNoNow).batch.filter((f) => f.ruleId === 'acme/no-now')).toEqual([]);
  });

  it('says which rule named a message it does not have', () => {
    const typo = defineRule({
      id: 'acme/typo',
      meta: { lesson: 1, description: 'Report a message it lacks.', messages: { real: 'Real.' }, options: noOptions, defaultSeverity: 'warning', hasSuggestions: false, scope: 'draft' },
      check({ report }) {
        // A JavaScript rule has no compiler to stop this.
        report({ messageId: 'toString' as 'real' });
      },
    });
    expect(() => lint({ text: 'Hi' }, { customRules: [typo] })).toThrow('Rule "acme/typo" reported an unknown messageId "toString".');
  });

  it('types messageId on every finding shape', () => {
    expectTypeOf<Finding['messageId']>().toEqualTypeOf<string>();
    expectTypeOf<Praise['messageId']>().toEqualTypeOf<string>();
    expectTypeOf<Suggestion['messageId']>().toEqualTypeOf<string>();
    expectTypeOf<BatchFinding['messageId']>().toEqualTypeOf<string>();
  });
});
