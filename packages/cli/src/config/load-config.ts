import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { CSV_COLUMNS, locateJsonError, type ColumnMap, type CsvColumn } from '@kindling/inputs';
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

/** What the CLI reads from a config beside the rules: how to read files, and which to skip. */
export interface ReadingConfig {
  /** Draft field to CSV column header, for exports whose headers Kindling cannot guess. */
  columns?: ColumnMap;
  /** Ignore patterns, relative to the config's folder. */
  ignores?: string[];
}

export type LoadedConfig = ({ config: Config; problems?: undefined } & ReadingConfig) | { config?: undefined; problems: ConfigProblem[] };

/** ESLint's `warn` is read as `warning`, so a config written from habit works. */
function withSeverityAliases(rules: unknown): unknown {
  if (typeof rules !== 'object' || rules === null || Array.isArray(rules)) return rules;
  const alias = (value: unknown): unknown => (value === 'warn' ? 'warning' : value);
  return Object.fromEntries(
    Object.entries(rules).map(([id, setting]) => [id, Array.isArray(setting) ? [alias(setting[0]), ...setting.slice(1)] : alias(setting)]),
  );
}

const KNOWN_FIELDS: ReadonlySet<string> = new Set(CSV_COLUMNS);

/** Checks the `columns` key: an object of draft field to header. */
export function readColumnMap(value: unknown, field: string): { columns: ColumnMap } | { problem: ConfigProblem } {
  if (typeof value !== 'object' || value === null || Array.isArray(value) || Object.values(value).some((header) => typeof header !== 'string')) {
    return { problem: { field, message: cliMessage('configColumns') } };
  }
  for (const key of Object.keys(value)) {
    if (!KNOWN_FIELDS.has(key)) return { problem: { field: `${field}.${key}`, message: cliMessage('unknownMapField', { field: key, fields: CSV_COLUMNS.join(', ') }) } };
  }
  return { columns: value as Record<CsvColumn, string> };
}

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
  const { columns, ignores, ...rest } = value as Record<string, unknown>;
  const reading: ReadingConfig = {};
  const problems: ConfigProblem[] = [];
  const at = (key: string): string => (keyPrefix ? `${keyPrefix}.${key}` : key);
  if (columns !== undefined) {
    const read = readColumnMap(columns, at('columns'));
    if ('problem' in read) problems.push(read.problem);
    else reading.columns = read.columns;
  }
  if (ignores !== undefined) {
    if (Array.isArray(ignores) && ignores.every((pattern) => typeof pattern === 'string')) reading.ignores = ignores;
    else problems.push({ field: at('ignores'), message: cliMessage('configIgnores') });
  }
  const config = ('rules' in rest ? { ...rest, rules: withSeverityAliases(rest.rules) } : rest) as Config;
  try {
    resolveConfig(config);
    if (problems.length > 0) return { problems };
    return { config, ...reading };
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    return { problems: [...problems, ...error.issues.map((issue) => ({ field: at(issue.path), message: issue.message }))] };
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
