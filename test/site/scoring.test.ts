import { lint, rules } from '@kindling/rules';
import { describe, expect, it } from 'vitest';
import { explainScore } from '../../docs/.vitepress/theme/lint/scoring.js';

describe('explainScore', () => {
  it('tells a failing lesson what lowered it, and lists the rules from the catalogue', () => {
    const result = lint({ text: 'Nobody asked for your opinion, idiot.', kind: 'reply' });
    const explanation = explainScore(1, result);
    expect(result.lessons[1].status).toBe('fail');
    expect(explanation.startingPoint).toContain('warmth of the tone');
    expect(explanation.tally).toMatch(/^\d+ errors?(, \d+ warnings?)?(, \d+ info notes?)? lowered it\. /u);
    expect(explanation.tally.endsWith('A warning or an error fails the lesson.')).toBe(true);
    expect(explanation.checks.map((check) => check.id)).toEqual(rules.filter((rule) => rule.meta.lesson === 1).map((rule) => rule.id));
  });

  it('says a lesson none of whose rules applies is not scored', () => {
    const result = lint({ text: 'Lovely morning in the garden.' });
    const notApplicable = ([1, 2, 3, 4, 5, 6] as const).find((lesson) => result.lessons[lesson].status === 'n/a');
    if (notApplicable === undefined) throw new Error('expected a lesson that does not apply to a plain post');
    expect(explainScore(notApplicable, result).tally).toBe('None of its rules applies to this draft, so it is not scored.');
  });

  it('says a passing lesson passed, and what raised it', () => {
    const result = lint({ text: 'Thank you so much for sharing this, it really helped our group plan the spring beds!' });
    const explanation = explainScore(1, result);
    expect(result.lessons[1].status).toBe('pass');
    expect(explanation.tally).toContain('No warning or error, so the lesson passes');
  });
});
