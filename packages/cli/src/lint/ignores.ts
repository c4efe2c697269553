import { readFile } from 'node:fs/promises';
import { basename, join, relative, sep } from 'node:path';
import picomatch from 'picomatch';

/** The file, in the working directory, whose lines are ignore patterns, like ESLint's old `.eslintignore`. */
export const IGNORE_FILE = '.kindlingignore';

/**
 * Files that configure a project rather than hold drafts. A folder or a glob passes over them,
 * so `kindling lint .` never reads its own config or package.json as drafts.
 */
export const NOT_DRAFTS: ReadonlySet<string> = new Set([
  'kindling.config.json',
  'kindling.config.yaml',
  'kindling.config.yml',
  'package.json',
  'package-lock.json',
  'npm-shrinkwrap.json',
  'tsconfig.json',
  'jsconfig.json',
  'deno.json',
  'composer.json',
]);

export function isProjectFile(path: string): boolean {
  return NOT_DRAFTS.has(basename(path).toLowerCase());
}

/** Reads `.kindlingignore` from `folder`: one pattern a line, `#` comments and blank lines skipped. */
export async function readIgnoreFile(folder: string): Promise<string[]> {
  const text = await readFile(join(folder, IGNORE_FILE), 'utf8').catch(() => '');
  return text
    .split(/\r?\n/u)
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'));
}

/**
 * Ignore patterns in the style of ESLint and .gitignore, relative to `base`: `drafts/old/**`,
 * `*.bak.csv`, a bare name such as `archive` (that file or folder at any depth), a trailing `/`
 * for folders only, and `!pattern` to take a file back. The last pattern that matches decides.
 */
export class IgnoreMatcher {
  readonly #base: string;
  readonly #rules: { negated: boolean; test: (path: string) => boolean }[];

  constructor(base: string, patterns: readonly string[]) {
    this.#base = base;
    this.#rules = patterns.map((raw) => {
      const negated = raw.startsWith('!');
      let pattern = negated ? raw.slice(1) : raw;
      const anchored = pattern.startsWith('/');
      pattern = pattern.replace(/^\/+/u, '').replace(/\/+$/u, '');
      const globs = [pattern, `${pattern}/**`];
      if (!anchored && !pattern.includes('/')) globs.push(`**/${pattern}`, `**/${pattern}/**`);
      return { negated, test: picomatch(globs, { dot: true }) };
    });
  }

  get empty(): boolean {
    return this.#rules.length === 0;
  }

  /** Whether the file at absolute `path` is ignored. Files outside `base` are never ignored by it. */
  ignores(path: string): boolean {
    const fromBase = relative(this.#base, path).split(sep).join('/');
    if (fromBase === '' || fromBase.startsWith('../') || fromBase === '..') return false;
    let ignored = false;
    for (const rule of this.#rules) if (rule.test(fromBase)) ignored = !rule.negated;
    return ignored;
  }
}
