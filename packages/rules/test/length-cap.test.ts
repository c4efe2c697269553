import { describe, expect, it } from 'vitest';
import { MAX_TEXT_LENGTH, TEXT_TOO_LONG, cutPoint } from '../src/length-cap.js';
import { ConfigError, resolveConfig } from '../src/config.js';
import { defineRule, noOptions } from '../src/define-rule.js';
import { lint } from '../src/lint.js';

describe('the length cap', () => {
  it('is one million UTF-16 code units', () => {
    expect(MAX_TEXT_LENGTH).toBe(1_000_000);
  });

  it('cuts at whitespace near the cap, else at the cap, never inside a surrogate pair', () => {
    expect(cutPoint('short', 10)).toBe(5);
    expect(cutPoint('exactly10!', 10)).toBe(10);
    expect(cutPoint('hello world again', 14)).toBe(11);
    expect(cutPoint('abcdefghijklmnop', 10)).toBe(10);
    const emoji = '🔥'.repeat(10); // 20 code units, pairs at even offsets
    expect(cutPoint(emoji, 11)).toBe(10);
    expect(cutPoint(emoji, 12)).toBe(12);
    expect(cutPoint(`a${emoji}`, 12)).toBe(11);
    for (let max = 1; max < 21; max++) {
      const cut = cutPoint(`x${emoji}`, max);
      expect(cut).toBeLessThanOrEqual(max);
      expect(`x${emoji}`.slice(0, cut)).not.toMatch(/[\uD800-\uDBFF]$/u);
    }
  });

  it('lints only the first part of a longer text, with an info finding on the rest', () => {
    const calm = 'We met at the market and talked about bread. ';
    const text = calm.repeat(Math.ceil(MAX_TEXT_LENGTH / calm.length)) + 'YOU ARE AN IDIOT!!!!';
    const cut = text.lastIndexOf(' ', MAX_TEXT_LENGTH);
    const result = lint({ text });
    expect(result.text).toBe(text);
    expect(result.findings).toEqual([
      {
        ruleId: TEXT_TOO_LONG,
        messageId: 'truncated',
        lesson: 6,
        severity: 'info',
        message: `This text is ${text.length} characters long. Only the first ${cut} were checked; the rest was not.`,
        range: [cut, text.length],
        url: 'https://kindling.dev/developer-guide',
      },
    ]);
    // The notice is not a judgement: the linted part scores as it would alone.
    expect(result.lessons[6]).toEqual(lint({ text: text.slice(0, cut) }).lessons[6]);
  });

  it('keeps a text of emoji whole at the cut', () => {
    const text = `x${'🔥'.repeat(MAX_TEXT_LENGTH / 2)}`;
    const notice = lint({ text }).findings.find((f) => f.ruleId === TEXT_TOO_LONG);
    expect(notice?.range).toEqual([MAX_TEXT_LENGTH - 1, text.length]);
  });

  it('lints 3.7 million repeated letters, which overflowed the stretched-letter pattern before the cap', () => {
    const text = 'a'.repeat(3_700_000);
    expect(lint({ text }).findings.filter((f) => f.ruleId === TEXT_TOO_LONG).map((f) => f.range)).toEqual([[MAX_TEXT_LENGTH, text.length]]);
  });

  it('reserves its id, so no custom rule can take it', () => {
    const impostor = defineRule({
      id: TEXT_TOO_LONG,
      meta: { lesson: 6, description: 'Pretend.', messages: { x: 'x' }, options: noOptions, defaultSeverity: 'info', hasSuggestions: false, scope: 'draft' },
      check() {},
    });
    expect(() => resolveConfig({ customRules: [impostor] })).toThrow(ConfigError);
    expect(() => resolveConfig({ customRules: [impostor] })).toThrow('customRules.0: rule id "text-too-long" is already taken by the notice on text past the length cap');
  });
});
