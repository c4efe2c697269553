import { PRESET_NAMES, type Config, type PresetName, type Rule, type SeverityOrOff } from '@kindling/rules';
import { UsageError } from '../errors.js';

const SEVERITIES: readonly SeverityOrOff[] = ['off', 'info', 'warning', 'error'];

/** What --preset and --rule say, laid over whatever config a file gets. */
export interface ConfigOverrides {
  preset?: PresetName;
  rules: Record<string, SeverityOrOff>;
}

export function parseOverrides(preset: string | undefined, ruleOptions: readonly string[]): ConfigOverrides {
  if (preset !== undefined && !PRESET_NAMES.includes(preset as PresetName)) {
    throw new UsageError('badOptionValue', { option: '--preset', expected: PRESET_NAMES.join(', '), value: preset });
  }
  const rules: Record<string, SeverityOrOff> = {};
  for (const option of ruleOptions) {
    const match = /^\s*([^=\s]+)\s*=\s*(\S+)\s*$/u.exec(option);
    // ESLint's `warn` is read as `warning`.
    const severity = match?.[2] === 'warn' ? 'warning' : match?.[2];
    if (!match || !SEVERITIES.includes(severity as SeverityOrOff)) throw new UsageError('badRuleOption', { value: option });
    rules[match[1]!] = severity as SeverityOrOff;
  }
  return { ...(preset ? { preset: preset as PresetName } : {}), rules };
}

/** The file's config with the overrides on top. A --rule keeps the options the file gave the rule. */
export function applyOverrides(config: Config, overrides: ConfigOverrides): Config {
  if (!overrides.preset && Object.keys(overrides.rules).length === 0) return config;
  // Config<Rule>: the ids come from the command line, so only resolveConfig can check them.
  const rules: NonNullable<Config<Rule>['rules']> = { ...config.rules };
  for (const [id, severity] of Object.entries(overrides.rules)) {
    const current = rules[id];
    rules[id] = Array.isArray(current) && current[1] ? [severity, current[1]] : severity;
  }
  return { ...config, ...(overrides.preset ? { preset: overrides.preset } : {}), rules } as Config;
}
