import {
  DraftError,
  lint,
  lintBatch,
  rules as builtInRules,
  type BatchFinding,
  type Config,
  type DraftInput,
  type Finding,
  type Praise,
  type Rule,
} from '@kindling/rules';

// Config<Rule>: a config of rule ids known only at run time.
const configs = new WeakMap<Rule, Config<Rule>>();

/** A config that turns on only this rule, at its default severity and options. */
export function ruleOnlyConfig(rule: Rule): Config<Rule> {
  let config = configs.get(rule);
  if (!config) {
    const settings: NonNullable<Config<Rule>['rules']> = {};
    for (const other of builtInRules) settings[other.id] = 'off';
    settings[rule.id] = rule.meta.defaultSeverity;
    const isBuiltIn = builtInRules.includes(rule);
    config = isBuiltIn ? { rules: settings } : { rules: settings, customRules: [rule] };
    configs.set(rule, config);
  }
  return config;
}

export interface ExampleOutcome {
  findings: Finding[];
  praise: Praise[];
  /** Set when the example is not a valid draft. */
  error?: string;
}

function invalidDraft(error: unknown): string {
  if (error instanceof DraftError) return error.message;
  throw error;
}

/** What one draft rule says about a docs example. */
export function exampleOutcome(rule: Rule, draft: DraftInput): ExampleOutcome {
  try {
    const { findings, praise } = lint(draft, ruleOnlyConfig(rule));
    return { findings, praise };
  } catch (error) {
    return { findings: [], praise: [], error: invalidDraft(error) };
  }
}

export interface CalendarOutcome {
  findings: BatchFinding[];
  error?: string;
}

/**
 * What a calendar (`batch`) rule says about its docs examples. Such a rule judges a set of
 * drafts, not one, so its correct examples together make one calendar, and its incorrect
 * examples another.
 */
export function calendarOutcome(rule: Rule, drafts: readonly DraftInput[]): CalendarOutcome {
  try {
    return { findings: lintBatch(drafts, ruleOnlyConfig(rule)).batch };
  } catch (error) {
    return { findings: [], error: invalidDraft(error) };
  }
}
