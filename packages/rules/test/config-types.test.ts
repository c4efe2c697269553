import { Ajv2020 } from 'ajv/dist/2020.js';
import * as z from 'zod/mini';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { ConfigError, resolveConfig, type Config, type RuleSettings } from '../src/config.js';
import { defineRule, type Rule } from '../src/define-rule.js';
import { configJsonSchema } from '../src/json-schema.js';
import { createBatchLinter, lint, lintBatch } from '../src/lint.js';
import type { BuiltInRuleId, RuleOptionsInput, RuleSettingFor, rules } from '../src/index.js';

const noMondays = defineRule({
  id: 'no-mondays',
  meta: {
    lesson: 6,
    description: 'Flag a weekday.',
    messages: { day: 'Nobody likes {{day}}s.' },
    options: z.object({ day: z._default(z.string(), 'Monday') }),
    defaultSeverity: 'info',
    hasSuggestions: false,
    scope: 'draft',
  },
  check({ doc, options, report }) {
    const at = doc.text.indexOf(options.day);
    if (at >= 0) report({ messageId: 'day', data: { day: options.day }, range: [at, at + options.day.length] });
  },
});

const draft = { text: 'Happy Tuesday' };

describe('Config types', () => {
  it('accepts built-in rule ids with their own options', () => {
    const config: Config = {
      preset: 'gentle',
      rules: { 'no-shouting': ['warning', { maxExclamations: 3 }], 'no-hostility': 'off', 'warm-tone': ['info'], 'no-pitch': ['error', {}] },
    };
    expect(resolveConfig(config).rules.find((r) => r.rule.id === 'no-shouting')?.options).toEqual({ minLetters: 8, maxExclamations: 3 });
    expectTypeOf<keyof RuleSettings>().toExtend<string>();
    expectTypeOf<'no-shouting'>().toExtend<keyof RuleSettings>();
  });

  it('exports the types it is built from', () => {
    expectTypeOf<'no-shouting'>().toExtend<BuiltInRuleId>();
    expectTypeOf<'no-shoutin'>().not.toExtend<BuiltInRuleId>();
    expectTypeOf<'acme/no-spam'>().not.toExtend<BuiltInRuleId>();
    expectTypeOf<RuleOptionsInput<typeof noMondays>>().toEqualTypeOf<{ day?: string | undefined }>();
    expectTypeOf<RuleOptionsInput<(typeof rules)[number]>>().toEqualTypeOf<Record<string, unknown>>();
    expectTypeOf<RuleSettingFor<{ day?: string }>>().toEqualTypeOf<
      'off' | 'info' | 'warning' | 'error' | readonly ['off' | 'info' | 'warning' | 'error'] | readonly ['off' | 'info' | 'warning' | 'error', { day?: string }]
    >();
  });

  it('rejects a misspelled built-in rule id at compile time', () => {
    // @ts-expect-error 'no-shoutin' is not a rule
    const config: Config = { rules: { 'no-shoutin': 'warning' } };
    expect(() => resolveConfig(config)).toThrow(ConfigError);
    // @ts-expect-error the same, passed straight to lint
    expect(() => lint(draft, { rules: { 'no-hostilty': 'off' } })).toThrow('rules.no-hostilty: unknown rule "no-hostilty"');
  });

  it('rejects a misspelled option, a mistyped one, and options for a rule that takes none', () => {
    // @ts-expect-error no-shouting has maxExclamations, not maxExclamation
    const misspelled: Config = { rules: { 'no-shouting': ['warning', { maxExclamation: 3 }] } };
    // @ts-expect-error maxExclamations is a number
    const mistyped: Config = { rules: { 'no-shouting': ['warning', { maxExclamations: 'three' }] } };
    // @ts-expect-error no-hostility takes no options
    const noneTaken: Config = { rules: { 'no-hostility': ['warning', { strict: true }] } };
    // @ts-expect-error a severity the config does not know
    const badSeverity: Config = { rules: { 'no-hostility': 'warn' } };
    for (const config of [misspelled, mistyped, noneTaken, badSeverity]) expect(() => resolveConfig(config)).toThrow(ConfigError);
  });

  it('types the settings of custom rules from their own schemas, inferred from customRules', () => {
    const { findings } = lint(draft, { customRules: [noMondays], rules: { 'no-mondays': ['warning', { day: 'Tuesday' }] } });
    expect(findings.filter((f) => f.ruleId === 'no-mondays')).toEqual([
      expect.objectContaining({ ruleId: 'no-mondays', messageId: 'day', message: 'Nobody likes Tuesdays.', range: [6, 13] }),
    ]);
    // @ts-expect-error no-mondays has day, not weekday
    expect(() => lint(draft, { customRules: [noMondays], rules: { 'no-mondays': ['warning', { weekday: 'Tuesday' }] } })).toThrow(
      'rules.no-mondays.options: unknown option "weekday"',
    );
    // @ts-expect-error no rule has this id
    expect(() => lintBatch([draft], { customRules: [noMondays], rules: { 'no-monday': 'warning' } })).toThrow(ConfigError);
    // @ts-expect-error the batch linter checks the same
    expect(() => createBatchLinter({ customRules: [noMondays], rules: { 'no-mondays': ['warning', { dya: 'x' }] } })).toThrow(ConfigError);
    const typed: Config<typeof noMondays> = { customRules: [noMondays], rules: { 'no-mondays': 'warning' } };
    expect(resolveConfig(typed).rules.some((r) => r.rule.id === 'no-mondays')).toBe(true);
  });

  it('accepts namespaced ids without declaring them, and any id in a Config<Rule> built at run time', () => {
    const plugin: Config = { rules: { 'acme/no-hashtag-spam': ['warning', { max: 3 }] } };
    expect(() => resolveConfig(plugin)).toThrow('rules.acme/no-hashtag-spam: unknown rule "acme/no-hashtag-spam"');
    const fromFile: Config<Rule> = { rules: {} };
    for (const id of ['no-shouting', 'no-hostility']) fromFile.rules![id] = 'off';
    expect(lint({ text: 'YOU IDIOT!!!!' }, fromFile).findings.map((f) => f.ruleId)).not.toContain('no-shouting');
  });
});

describe('configJsonSchema', () => {
  const validator = (customRules?: readonly Rule[]) => new Ajv2020({ strict: false, allErrors: true }).compile(configJsonSchema(customRules));
  const validate = validator();
  const errorsOf = (config: unknown, check = validate) => {
    check(config);
    return (check.errors ?? []).map((e) => `${e.instancePath} ${e.keyword} ${JSON.stringify(e.params)}`);
  };

  it('accepts every built-in rule at any severity with its own options', () => {
    expect(errorsOf({ preset: 'strict', rules: { 'no-shouting': ['warning', { maxExclamations: 3 }], 'no-hostility': 'off', 'warm-tone': ['info'] } })).toEqual([]);
    expect(errorsOf({})).toEqual([]);
  });

  it('rejects an unknown rule id, naming it', () => {
    expect(errorsOf({ rules: { 'no-shoutin': 'warning' } })).toEqual(['/rules additionalProperties {"additionalProperty":"no-shoutin"}']);
    expect(errorsOf({ rules: { 'acme/no-hashtag-spam': 'warning' } })).toEqual(['/rules additionalProperties {"additionalProperty":"acme/no-hashtag-spam"}']);
  });

  it('rejects an unknown option, and a mistyped one, of that rule', () => {
    expect(errorsOf({ rules: { 'no-shouting': ['warning', { maxExclamation: 3 }] } })).toContain(
      '/rules/no-shouting/1 additionalProperties {"additionalProperty":"maxExclamation"}',
    );
    expect(errorsOf({ rules: { 'no-hostility': ['warning', { strict: true }] } })).toContain(
      '/rules/no-hostility/1 additionalProperties {"additionalProperty":"strict"}',
    );
    expect(errorsOf({ rules: { 'no-shouting': ['warning', { maxExclamations: 'three' }] } })).toContain(
      '/rules/no-shouting/1/maxExclamations type {"type":"integer"}',
    );
    // An option that belongs to another rule is still unknown here.
    expect(errorsOf({ rules: { 'no-hostility': ['warning', { maxExclamations: 3 }] } })).toContain(
      '/rules/no-hostility/1 additionalProperties {"additionalProperty":"maxExclamations"}',
    );
  });

  it('includes the custom rules it is given, with their options', () => {
    const withCustom = validator([noMondays]);
    expect(errorsOf({ rules: { 'no-mondays': ['warning', { day: 'Friday' }] } }, withCustom)).toEqual([]);
    expect(errorsOf({ rules: { 'no-mondays': ['warning', { weekday: 'Friday' }] } }, withCustom)).toContain(
      '/rules/no-mondays/1 additionalProperties {"additionalProperty":"weekday"}',
    );
  });
});
