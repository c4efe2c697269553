import { defineRule, noOptions, type RuleDocs, type RuleExample } from '@kindling/rules';
import { describe, expect, it } from 'vitest';
import { checkRuleExamples } from '../../docs/.vitepress/rule-docs/check-examples.js';

/** A rule that flags the word "bad". */
function ruleFlaggingBad(scope: 'draft' | 'batch') {
  return defineRule({
    id: 'no-bad',
    meta: {
      lesson: 1,
      description: 'Flag "bad".',
      messages: { bad: 'Not "bad".' },
      options: noOptions,
      defaultSeverity: 'warning',
      hasSuggestions: false,
      scope,
    },
    ...(scope === 'draft'
      ? {
          check({ doc, report }) {
            const at = doc.text.indexOf('bad');
            if (at >= 0) report({ messageId: 'bad', range: [at, at + 3] });
          },
        }
      : {
          checkBatch({ entries, report }) {
            const flagged = entries.flatMap((entry, index) => (entry.draft.text.includes('bad') ? [index] : []));
            if (flagged.length > 0) report({ messageId: 'bad', drafts: flagged });
          },
        }),
  });
}

/** Checks docs with the given examples for a rule that flags "bad". */
function checkExamples(correct: RuleExample[], incorrect: RuleExample[], scope: 'draft' | 'batch' = 'draft'): string[] {
  const docs: RuleDocs = { rationale: 'r', howToFix: 'h', correct, incorrect };
  return checkRuleExamples(ruleFlaggingBad(scope), docs);
}

describe('checkRuleExamples', () => {
  it('accepts examples that the rule judges as they claim', () => {
    expect(checkExamples([{ draft: { text: 'good' } }], [{ draft: { text: 'bad' } }])).toEqual([]);
  });

  it('names a correct example that gets a finding, and an incorrect one that gets none', () => {
    expect(checkExamples([{ draft: { text: 'so bad' } }], [{ draft: { text: 'fine' } }])).toEqual([
      'no-bad: docs.correct[0] "so bad" should get no finding but gets: Not "bad".',
      'no-bad: docs.incorrect[0] "fine" should get a finding but gets none',
    ]);
  });

  it('names a rule with no docs at all', () => {
    expect(checkRuleExamples(ruleFlaggingBad('draft'), undefined)).toEqual(['no-bad: has no docs']);
  });

  it('requires at least one example of each kind', () => {
    expect(checkExamples([], [])).toEqual([
      'no-bad: docs.correct has no example',
      'no-bad: docs.incorrect has no example',
    ]);
  });

  it('names an example that is not a valid draft', () => {
    const problems = checkExamples([{ draft: { text: 'good', kind: 'tweet' as never } }], [{ draft: { text: 'bad' } }]);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^no-bad: docs\.correct\[0\] "good" is not a valid draft: kind: /u);
  });

  it('judges a calendar rule on each set of examples as one calendar', () => {
    expect(checkExamples([{ draft: { text: 'good' } }, { draft: { text: 'fine' } }], [{ draft: { text: 'good' } }, { draft: { text: 'bad' } }], 'batch')).toEqual([]);
    expect(checkExamples([{ draft: { text: 'bad' } }], [{ draft: { text: 'good' } }], 'batch')).toEqual([
      'no-bad: docs.correct, as one calendar, should get no finding but gets: Not "bad".',
      'no-bad: docs.incorrect, as one calendar, should get a finding but gets none',
    ]);
  });
});
