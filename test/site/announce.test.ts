import type { Finding } from '@kindling/rules';
import { describe, expect, it } from 'vitest';
import { describeChanges } from '../../docs/.vitepress/theme/lint/announce.js';

const finding = (ruleId: string, message: string, range: readonly [number, number] = [0, 1]): Finding => ({
  ruleId,
  messageId: 'example',
  lesson: 1,
  severity: 'warning',
  message,
  range,
  url: `https://example.org/rules/${ruleId}`,
});

describe('describeChanges', () => {
  const shouting = finding('no-shouting', 'This sentence is in capitals.');
  const insult = finding('no-hostility', '"idiot" is name-calling.');

  it('says nothing when nothing changed, even when the findings moved', () => {
    expect(describeChanges([], [])).toBe('');
    expect(describeChanges([shouting], [{ ...shouting, range: [4, 9] }])).toBe('');
  });

  it('names only the new findings', () => {
    expect(describeChanges([], [shouting])).toBe('1 new finding: This sentence is in capitals.');
    expect(describeChanges([shouting], [shouting, insult])).toBe('1 new finding: "idiot" is name-calling.');
  });

  it('counts a second copy of a finding as new', () => {
    expect(describeChanges([insult], [insult, { ...insult, range: [9, 14] }])).toBe('1 new finding: "idiot" is name-calling.');
  });

  it('says how many were resolved, with what is new first', () => {
    expect(describeChanges([shouting, insult], [])).toBe('2 findings resolved.');
    expect(describeChanges([shouting], [insult])).toBe('1 new finding: "idiot" is name-calling. 1 finding resolved.');
  });
});
