import { resolveConfig, type Config, type ResolvedConfig } from './config.js';
import type { Rule } from './define-rule.js';

// `lint` runs on every keystroke with the same config, and resolving one validates every rule's
// options. So resolved configs are cached, keyed by what the config says rather than by the
// object: a config edited in place (an app's settings panel toggling a rule) takes effect on the
// next lint, and two equal configs share one entry. Building the key walks a config of a few
// dozen values, which costs far less than linting a short post (`pnpm bench` prints both).

/** How many distinct configs stay resolved; an app that builds a fresh config each time stays bounded. */
export const CONFIG_CACHE_SIZE = 32;

const cache = new Map<string, ResolvedConfig>();
let defaultConfig: ResolvedConfig | undefined;
let lastKey: string | undefined;
let lastResolved: ResolvedConfig | undefined;

/** A custom rule enters the key by identity: its check is code, which has no content to compare. */
const ruleNumbers = new WeakMap<object, number>();
let nextRuleNumber = 0;

function ruleNumber(rule: object): number {
  let number = ruleNumbers.get(rule);
  if (number === undefined) {
    number = nextRuleNumber++;
    ruleNumbers.set(rule, number);
  }
  return number;
}

/**
 * A plain JSON-like value as a string, telling apart everything a config could hold that changes
 * its meaning (undefined from absent, NaN from null, "3" from 3). Undefined for values that have
 * no plain content (functions, dates, class instances, cycles): such a config is resolved
 * uncached, and resolveConfig says what is wrong with it.
 */
function keyOf(value: unknown, depth: number): string | undefined {
  if (depth > 8) return undefined;
  switch (typeof value) {
    // Tagged, and strings length-prefixed, so no value needs escaping and none can pass for another.
    case 'string':
      return `s${value.length}:${value}`;
    case 'number':
      return `d${value}`;
    case 'boolean':
      return value ? 't' : 'f';
    case 'undefined':
      return 'u';
    case 'object': {
      if (value === null) return 'n';
      if (Array.isArray(value)) {
        let out = '[';
        for (const item of value as unknown[]) {
          const key = keyOf(item, depth + 1);
          if (key === undefined) return undefined;
          out += `${key},`;
        }
        return `${out}]`;
      }
      const prototype: unknown = Object.getPrototypeOf(value);
      if (prototype !== Object.prototype && prototype !== null) return undefined;
      let out = '{';
      for (const name in value) {
        const key = keyOf((value as Record<string, unknown>)[name], depth + 1);
        if (key === undefined) return undefined;
        out += `${name.length}:${name}=${key},`;
      }
      return `${out}}`;
    }
    default:
      return undefined;
  }
}

/** What the config says, as a string; undefined when it holds something with no plain content. */
export function configKey(config: Config<Rule>): string | undefined {
  let out = '';
  for (const name in config) {
    const value = (config as Record<string, unknown>)[name];
    let key: string | undefined = '';
    if (name === 'customRules' && Array.isArray(value)) {
      for (const rule of value as unknown[]) {
        if (typeof rule !== 'object' || rule === null) return undefined;
        key += `${ruleNumber(rule)},`;
      }
    } else {
      key = keyOf(value, 0);
      if (key === undefined) return undefined;
    }
    out += `${name.length}:${name}=${key};`;
  }
  return out;
}

/** Resolves a config, reusing the answer for a config that says the same thing. Throws ConfigError. */
export function resolveCached<CustomRule extends Rule>(config: Config<CustomRule> | undefined): ResolvedConfig {
  if (!config) return (defaultConfig ??= resolveConfig());
  const key = configKey(config);
  if (key === undefined) return resolveConfig(config);
  // The config of the last call, first: an app lints with one config, keystroke after keystroke.
  if (key === lastKey) return lastResolved!;
  let resolved = cache.get(key);
  if (resolved) {
    // Most recently used last, so the oldest entry is the first to go.
    cache.delete(key);
  } else {
    resolved = resolveConfig(config);
    if (cache.size >= CONFIG_CACHE_SIZE) cache.delete(cache.keys().next().value!);
  }
  cache.set(key, resolved);
  lastKey = key;
  lastResolved = resolved;
  return resolved;
}
