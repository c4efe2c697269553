import * as z from 'zod/mini';
import { describeIssue, type Issue } from './issues.js';
import type { Rule } from './define-rule.js';
import type { Severity } from './finding.js';
import { TEXT_TOO_LONG } from './length-cap.js';
import { presets, type PresetName, type SeverityOrOff } from './presets.js';
import { rules as builtInRules, type BuiltInRule } from './rules/index.js';

export const SeverityOrOffSchema = z.enum(['off', 'info', 'warning', 'error']);

export const RuleSetting = z.union(
  [SeverityOrOffSchema, z.tuple([SeverityOrOffSchema]), z.tuple([SeverityOrOffSchema, z.record(z.string(), z.unknown())])],
  { error: 'expected "off", "info", "warning" or "error", or [severity, options]' },
);
export type RuleSetting = z.infer<typeof RuleSetting>;

export const Config = z
  .strictObject({
    preset: z.optional(z.enum(['recommended', 'strict', 'gentle']).check(z.describe('The base set of severities.'))),
    rules: z.optional(z.record(z.string(), RuleSetting).check(z.describe('Per-rule severity, or [severity, options].'))),
    customRules: z.optional(
      z
        .array(z.custom<Rule>((value) => typeof value === 'object' && value !== null && 'id' in value && 'meta' in value))
        .check(z.describe('Extra rules made with defineRule(); library use only.')),
    ),
  })
  .check(z.meta({ id: 'Config', title: 'Kindling config' }));

/**
 * What a rule's options accept, from its zod schema. A rule without options takes only `{}`; a
 * rule whose schema is not known to the compiler (a plain `Rule`) takes any object.
 */
export type RuleOptionsInput<R extends Rule> = unknown extends z.input<R['meta']['options']>
  ? Record<string, unknown>
  : keyof z.input<R['meta']['options']> extends never
    ? Record<string, never>
    : z.input<R['meta']['options']>;

/** One rule's setting: a severity, or a severity and that rule's options. */
export type RuleSettingFor<Options> = SeverityOrOff | readonly [SeverityOrOff] | readonly [SeverityOrOff, Options];

/**
 * A config's `rules`, typed per rule id: a misspelled built-in rule id, or an option its rule does
 * not have, fails to compile. Namespaced ids (`acme/no-spam`) are always accepted, since custom
 * rules come from plugins; custom rules passed in `customRules` are typed by their own schemas.
 */
export type RuleSettings<CustomRule extends Rule = never> = {
  [Each in BuiltInRule | CustomRule as Each['id']]?: RuleSettingFor<RuleOptionsInput<Each>>;
} & { [namespaced: `${string}/${string}`]: RuleSettingFor<Record<string, unknown>> | undefined };

/**
 * A config, as `lint` takes it. `lint`, `lintBatch` and `createBatchLinter` infer CustomRule from
 * `customRules`, so their settings are checked too. A config assembled at run time from strings
 * (say, read from a file) is `Config<Rule>`, which accepts any rule id; `resolveConfig` still
 * checks it.
 */
export interface Config<CustomRule extends Rule = never> {
  /** The base set of severities. */
  preset?: PresetName;
  /** Per-rule severity, or [severity, options]. */
  rules?: RuleSettings<CustomRule>;
  /** Extra rules made with defineRule(). */
  customRules?: readonly (CustomRule | Rule)[];
}

/** A problem with one key of a config, e.g. `rules.no-hostility`. */
export type ConfigIssue = Issue;

/** A config that cannot be used. Its message names every offending key. */
export class ConfigError extends Error {
  readonly issues: ConfigIssue[];
  constructor(issues: ConfigIssue[]) {
    super(issues.map((issue) => `${issue.path}: ${issue.message}`).join('\n'));
    this.name = 'ConfigError';
    this.issues = issues;
  }
}

export interface EnabledRule {
  rule: Rule;
  severity: Severity;
  options: unknown;
}

export interface ResolvedConfig {
  preset: PresetName;
  /** Enabled rules in catalogue order. */
  rules: EnabledRule[];
  /** Every rule the config knows, enabled or not. */
  catalogue: readonly Rule[];
}

function joinPath(path: readonly PropertyKey[]): string {
  return path.map(String).join('.');
}

/** Validates a config and works out each rule's severity and options. Throws ConfigError. */
export function resolveConfig<CustomRule extends Rule = never>(config: Config<CustomRule> = {}): ResolvedConfig {
  const parsed = Config.safeParse(config, { reportInput: true });
  if (!parsed.success) {
    const known = new Set([...builtInRules, ...(Array.isArray(config.customRules) ? config.customRules : [])].map((r) => r.id));
    const unknownRules = Object.keys(typeof config.rules === 'object' && config.rules !== null ? config.rules : {})
      .filter((id) => !known.has(id))
      .map((id) => ({ path: `rules.${id}`, message: `unknown rule "${id}"` }));
    throw new ConfigError([
      ...unknownRules,
      ...parsed.error.issues
        .filter((issue) => !(issue.path[0] === 'rules' && unknownRules.some((u) => u.path === `rules.${String(issue.path[1])}`)))
        .flatMap((issue) =>
        issue.code === 'unrecognized_keys'
          ? issue.keys.map((key) => ({ path: joinPath([...issue.path, key]), message: `unknown key "${key}"` }))
          : [describeIssue(issue, '(config)')],
        ),
    ]);
  }
  const { preset = 'recommended', rules: settings = {}, customRules = [] } = parsed.data;
  const catalogue = [...builtInRules, ...customRules];
  const byId = new Map(catalogue.map((rule) => [rule.id, rule]));
  const issues: ConfigIssue[] = [];

  // A custom rule may not take a built-in's id, or another custom rule's: its settings would be ambiguous.
  const owners = new Map<string, string>(builtInRules.map((rule) => [rule.id, 'a built-in rule']));
  owners.set(TEXT_TOO_LONG, 'the notice on text past the length cap');
  customRules.forEach((rule, index) => {
    const owner = owners.get(rule.id);
    if (owner) issues.push({ path: `customRules.${index}`, message: `rule id "${rule.id}" is already taken by ${owner}` });
    else owners.set(rule.id, `customRules.${index}`);
  });

  for (const id of Object.keys(settings)) {
    if (!byId.has(id)) issues.push({ path: `rules.${id}`, message: `unknown rule "${id}"` });
  }

  const enabled: EnabledRule[] = [];
  for (const rule of catalogue) {
    const setting = settings[rule.id];
    let severity: SeverityOrOff = presets[preset].map[rule.meta.defaultSeverity];
    let rawOptions: unknown = {};
    if (typeof setting === 'string') severity = setting;
    else if (Array.isArray(setting)) {
      severity = setting[0];
      rawOptions = setting[1] ?? {};
    }
    // Every option has a default, so the defaults name every option there is: anything else is a typo.
    const known = Object.keys(rule.defaultOptions as object);
    const unknownOptions = Object.keys(rawOptions as object).filter((key) => !known.includes(key));
    if (unknownOptions.length > 0) {
      issues.push({
        path: `rules.${rule.id}.options`,
        message: `unknown option${unknownOptions.length > 1 ? 's' : ''} ${unknownOptions.map((k) => `"${k}"`).join(', ')}`,
      });
      continue;
    }
    const options = rule.meta.options.safeParse(rawOptions, { reportInput: true });
    if (!options.success) {
      for (const issue of options.error.issues) {
        const described = issue.code === 'unrecognized_keys'
          ? { path: '', message: `unknown option${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k: string) => `"${k}"`).join(', ')}` }
          : describeIssue(issue, '');
        issues.push({ path: joinPath(['rules', rule.id, 'options', ...issue.path]), message: described.message });
      }
      continue;
    }
    if (severity !== 'off') enabled.push({ rule, severity, options: options.data });
  }
  if (issues.length > 0) throw new ConfigError(issues);
  return { preset, rules: enabled, catalogue };
}
