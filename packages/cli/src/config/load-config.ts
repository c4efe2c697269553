import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { locateJsonError } from '@kindling/inputs';
import { ConfigError, resolveConfig, type Config } from '@kindling/rules';
import { parseDocument } from 'yaml';
import { toInputError } from '../read/read-source.js';
import { cliMessage } from '../messages.js';

/** A config problem: one line naming the file, and the line or key when known. */
export interface ConfigProblem {
  line?: number;
  field?: string;
  message: string;
}

export type LoadedConfig = { config: Config; problems?: undefined } | { config?: undefined; problems: ConfigProblem[] };

/**
 * In YAML, a key with every entry under it commented out (as `kindling init` writes them) is
 * null. It means "nothing set here", so it is dropped rather than rejected.
 */
function withoutEmptyKeys(value: unknown): unknown {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return value;
  return Object.fromEntries(Object.entries(value).filter(([, entry]) => entry !== null));
}

function parseText(path: string, text: string): { value: unknown } | { problems: ConfigProblem[] } {
  if (/\.ya?ml$/iu.test(path)) {
    const doc = parseDocument(text);
    const [error] = doc.errors;
    if (error) {
      const reason = (error.message.split('\n')[0] ?? '').replace(/ at line \d+, column \d+:?$/u, '');
      return { problems: [{ line: error.linePos?.[0].line ?? 1, message: cliMessage('invalidConfigYaml', { reason }) }] };
    }
    return { value: withoutEmptyKeys(doc.toJS() ?? {}) };
  }
  try {
    return { value: JSON.parse(text) as unknown };
  } catch {
    const place = locateJsonError(text);
    return { problems: [{ line: place?.line ?? 1, message: cliMessage('invalidConfigJson', { reason: place?.reason ?? 'not valid JSON' }) }] };
  }
}

/** Checks a config and names every bad key, e.g. `rules.no-shoutin: unknown rule "no-shoutin"`. */
export function validateConfig(value: unknown, keyPrefix = ''): LoadedConfig {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { problems: [{ ...(keyPrefix ? { field: keyPrefix } : {}), message: cliMessage('configNotObject') }] };
  }
  try {
    resolveConfig(value as Config);
    return { config: value as Config };
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    return { problems: error.issues.map((issue) => ({ field: keyPrefix ? `${keyPrefix}.${issue.path}` : issue.path, message: issue.message })) };
  }
}

/**
 * Reads a config file: kindling.config.json, kindling.config.yaml, or package.json (its
 * "kindling" key; undefined when it has none).
 */
export async function loadConfigFile(path: string): Promise<LoadedConfig | undefined> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    return { problems: [{ message: toInputError(error).message }] };
  }
  const parsed = parseText(path, text);
  if ('problems' in parsed) return parsed;
  if (basename(path) === 'package.json') {
    const value = parsed.value as Record<string, unknown> | null;
    if (typeof value !== 'object' || value === null || !('kindling' in value)) return undefined;
    return validateConfig(value.kindling, 'kindling');
  }
  return validateConfig(parsed.value);
}
