import { describe, expect, it } from 'vitest';
import { CONFIG_CACHE_SIZE, configKey, resolveCached } from '../src/config-cache.js';
import { ConfigError, type Config } from '../src/config.js';
import { defineRule, noOptions } from '../src/define-rule.js';
import type { Rule } from '../src/define-rule.js';
import { lint } from '../src/lint.js';

const SHOUT = 'This is wrong!!!!';
const shoutingFindings = (config: Config) => lint({ text: SHOUT }, config).findings.filter((f) => f.ruleId === 'no-shouting');

function quietRule(): Rule {
  return defineRule({
    id: 'acme/quiet',
    meta: { lesson: 1, description: 'Say nothing.', messages: { never: 'Never.' }, options: noOptions, defaultSeverity: 'info', hasSuggestions: false, scope: 'draft' },
    check() {},
  });
}

describe('the config cache', () => {
  it('lets a config edited in place take effect on the next lint', () => {
    const config: Config<Rule> = { rules: { 'no-shouting': 'warning' } };
    expect(shoutingFindings(config).map((f) => f.severity)).toEqual(['warning']);
    config.rules!['no-shouting'] = 'off';
    expect(shoutingFindings(config)).toEqual([]);
    config.rules!['no-shouting'] = ['error', { maxExclamations: 4 }];
    expect(shoutingFindings(config)).toEqual([]);
    (config.rules!['no-shouting'] as [string, { maxExclamations: number }])[1].maxExclamations = 3;
    expect(shoutingFindings(config).map((f) => [f.severity, f.messageId])).toEqual([['error', 'exclamations']]);
    config.preset = 'strict';
    config.rules = {};
    expect(shoutingFindings(config).map((f) => f.severity)).toEqual(['error']);
  });

  it('resolves equal configs once, and a changed one anew', () => {
    const first = resolveCached({ preset: 'strict', rules: { 'no-pitch': 'off' } });
    expect(resolveCached({ preset: 'strict', rules: { 'no-pitch': 'off' } })).toBe(first);
    expect(resolveCached({ preset: 'strict', rules: { 'no-pitch': 'info' } })).not.toBe(first);
    expect(resolveCached(undefined)).toBe(resolveCached(undefined));
  });

  it('still rejects a bad config every time, even after an edit makes a good one bad', () => {
    const config: Config<Rule> = { rules: { 'no-shouting': 'warning' } };
    lint({ text: SHOUT }, config);
    config.rules!['no-shouting'] = ['warning', { loud: true } as never];
    expect(() => lint({ text: SHOUT }, config)).toThrow('rules.no-shouting.options: unknown option "loud"');
    expect(() => lint({ text: SHOUT }, config)).toThrow(ConfigError);
  });

  it('tells apart values that JSON would write the same way', () => {
    expect(configKey({ rules: { 'no-shouting': undefined } })).not.toBe(configKey({ rules: {} }));
    expect(configKey({ rules: { 'no-shouting': ['warning', { maxExclamations: Number.NaN }] } })).not.toBe(
      configKey({ rules: { 'no-shouting': ['warning', { maxExclamations: null as never }] } }),
    );
    expect(configKey({ rules: { 'no-shouting': ['warning', { maxExclamations: '3' as never }] } })).not.toBe(
      configKey({ rules: { 'no-shouting': ['warning', { maxExclamations: 3 }] } }),
    );
  });

  it('keys custom rules by identity, so two rules with one id are not confused', () => {
    const a = quietRule();
    const b = quietRule();
    expect(configKey({ customRules: [a] })).toBe(configKey({ customRules: [a] }));
    expect(configKey({ customRules: [a] })).not.toBe(configKey({ customRules: [b] }));
    expect(resolveCached({ customRules: [a] }).catalogue).toContain(a);
    expect(resolveCached({ customRules: [b] }).catalogue).toContain(b);
  });

  it('resolves a config with values that have no plain content without caching it', () => {
    const withDate = { rules: { 'no-shouting': ['warning', { maxExclamations: new Date(0) }] } } as unknown as Config;
    expect(configKey(withDate)).toBeUndefined();
    expect(() => resolveCached(withDate)).toThrow('rules.no-shouting.options.maxExclamations: expected number');
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    expect(configKey({ rules: { 'no-shouting': ['warning', cyclic] } } as unknown as Config)).toBeUndefined();
  });

  it(`keeps at most ${CONFIG_CACHE_SIZE} configs, dropping the least recently used`, () => {
    const configFor = (n: number): Config => ({ rules: { 'no-shouting': ['warning', { maxExclamations: n + 1 }] } });
    const kept = resolveCached(configFor(0));
    const dropped = resolveCached(configFor(1));
    for (let n = 2; n <= CONFIG_CACHE_SIZE; n++) {
      resolveCached(configFor(n));
      resolveCached(configFor(0)); // used again, so it stays
    }
    expect(resolveCached(configFor(0))).toBe(kept);
    expect(resolveCached(configFor(1))).not.toBe(dropped);
  });
});
