import { describe, expect, it } from 'vitest';
import { ConfigError, resolveConfig } from '../src/config.js';
import { defineRule, noOptions } from '../src/define-rule.js';
import { lint } from '../src/lint.js';

function issuesOf(config: unknown): { path: string; message: string }[] {
  try {
    resolveConfig(config as never);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as ConfigError).issues;
  }
  throw new Error('expected a ConfigError');
}

describe('resolveConfig', () => {
  it('enables every rule at its default severity under the recommended preset', () => {
    const resolved = resolveConfig();
    const hostility = resolved.rules.find((r) => r.rule.id === 'no-hostility');
    expect(hostility?.severity).toBe('error');
    expect(resolved.preset).toBe('recommended');
  });

  it('makes strict louder and gentle softer', () => {
    const severityOf = (preset: 'strict' | 'gentle', id: string) =>
      resolveConfig({ preset }).rules.find((r) => r.rule.id === id)?.severity;
    expect(severityOf('strict', 'no-shouting')).toBe('error');
    expect(severityOf('gentle', 'no-hostility')).toBe('warning');
  });

  it('turns a rule off, or sets its severity and options', () => {
    const resolved = resolveConfig({ rules: { 'no-shouting': ['info', { maxExclamations: 4 }], 'no-hostility': 'off' } });
    expect(resolved.rules.some((r) => r.rule.id === 'no-hostility')).toBe(false);
    const shouting = resolved.rules.find((r) => r.rule.id === 'no-shouting');
    expect(shouting?.severity).toBe('info');
    expect(shouting?.options).toEqual({ minLetters: 8, maxExclamations: 4 });
  });

  it('names the key of an unknown rule, an unknown key and a bad severity', () => {
    expect(issuesOf({ rules: { 'no-such-rule': 'error' } })).toEqual([{ path: 'rules.no-such-rule', message: 'unknown rule "no-such-rule"' }]);
    expect(issuesOf({ preset: 'loud' })).toEqual([{ path: 'preset', message: 'expected "recommended", "strict" or "gentle"' }]);
    expect(issuesOf({ rulez: {} })).toEqual([{ path: 'rulez', message: 'unknown key "rulez"' }]);
    expect(issuesOf({ rules: { 'no-shouting': 'warn' } })).toEqual([
      { path: 'rules.no-shouting', message: 'expected "off", "info", "warning" or "error", or [severity, options]' },
    ]);
  });

  it('names the option of a rule that rejects it', () => {
    expect(issuesOf({ rules: { 'no-shouting': ['warning', { maxExclamations: 'two' }] } })).toEqual([
      { path: 'rules.no-shouting.options.maxExclamations', message: 'expected number' },
    ]);
    expect(issuesOf({ rules: { 'no-shouting': ['warning', { loud: true }] } })).toEqual([
      { path: 'rules.no-shouting.options', message: 'unknown option "loud"' },
    ]);
  });

  it('runs custom rules made with defineRule', () => {
    const noMondays = defineRule({
      id: 'no-mondays',
      meta: {
        lesson: 6,
        description: 'Flag Mondays.',
        messages: { monday: 'Nobody likes {{day}}s.' },
        options: noOptions,
        defaultSeverity: 'info',
        hasSuggestions: false,
        scope: 'draft',
      },
      check({ doc, report }) {
        const at = doc.text.indexOf('Monday');
        if (at >= 0) report({ messageId: 'monday', data: { day: 'Monday' }, range: [at, at + 6] });
      },
    });
    const result = lint({ text: 'Happy Monday' }, { customRules: [noMondays], rules: { 'no-mondays': 'warning' } });
    expect(result.findings.filter((f) => f.ruleId === 'no-mondays')).toEqual([
      {
        ruleId: 'no-mondays',
        lesson: 6,
        severity: 'warning',
        messageId: 'monday',
        message: 'Nobody likes Mondays.',
        range: [6, 12],
        url: 'https://kindling.dev/rules/no-mondays',
      },
    ]);
  });
});
