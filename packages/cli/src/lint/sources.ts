import { realpath, stat } from 'node:fs/promises';
import { extname, isAbsolute, relative, resolve, sep } from 'node:path';
import { FORMAT_BY_EXTENSION, formatFromPath, type InputFormat } from '@kindling/inputs';
import type { InputProblem } from '@kindling/report';
import { glob, isDynamicPattern } from 'tinyglobby';
import { toInputError } from '../read/read-source.js';
import { cliMessage } from '../messages.js';
import { isProjectFile, type IgnoreMatcher } from './ignores.js';

export const STDIN_SOURCE = '<stdin>';

/** One thing to lint: a file, or stdin. */
export interface Source {
  /** The name reports show: the path as the user gave it (relative to the working directory), or `<stdin>`. */
  display: string;
  /** Absolute path; undefined for stdin. */
  path?: string;
  /** Undefined for stdin without --stdin-format: the format is then sniffed from the text. */
  format?: InputFormat;
  /** File size in bytes, for the progress bar; 0 for stdin. */
  size: number;
}

const READABLE_GLOB = `**/*.{${Object.keys(FORMAT_BY_EXTENSION).join(',')}}`;
const IGNORED = ['**/node_modules/**', '**/.git/**'];

function displayPath(cwd: string, absolute: string): string {
  const fromCwd = relative(cwd, absolute);
  return fromCwd && !fromCwd.startsWith('..') && !isAbsolute(fromCwd) ? fromCwd.split('\\').join('/') : absolute;
}

/** The part of a glob before its first segment with a wildcard: the folder it searches. */
function globBase(pattern: string): string {
  const segments = pattern.split(/[\\/]/u);
  const firstMagic = segments.findIndex((segment) => isDynamicPattern(segment));
  return segments.slice(0, firstMagic === -1 ? segments.length : firstMagic).join('/') || '.';
}

function isInside(folder: string, path: string): boolean {
  return path === folder || path.startsWith(folder.endsWith(sep) ? folder : folder + sep);
}

/**
 * Expands the paths given to `lint` (files, folders searched recursively, globs, `-`) into
 * sources in a stable order. A path that leads nowhere is a problem, and the others still run.
 * Folders and globs pass over ignored files and project files (package.json, configs), and never
 * follow a symbolic link out of the folder searched; each real file is linted once, however many
 * paths lead to it.
 */
export async function expandPaths(
  paths: readonly string[],
  cwd: string,
  stdinFormat: InputFormat | undefined,
  ignore?: IgnoreMatcher,
): Promise<{ sources: Source[]; problems: InputProblem[] }> {
  const sources: Source[] = [];
  const problems: InputProblem[] = [];
  const seen = new Set<string>();

  /** `within`: the real folder searched, when the file was found by searching rather than named. */
  const addFile = async (absolute: string, size: number, within?: string): Promise<'taken' | 'skipped'> => {
    const real = await realpath(absolute).catch(() => absolute);
    if (within !== undefined && (!isInside(within, real) || isProjectFile(absolute))) return 'skipped';
    if (within !== undefined && ignore?.ignores(absolute)) return 'skipped';
    if (seen.has(real)) return 'taken';
    seen.add(real);
    const format = formatFromPath(absolute);
    const display = displayPath(cwd, absolute);
    if (isProjectFile(absolute)) problems.push({ source: display, message: cliMessage('projectFile') });
    else if (format) sources.push({ display, path: absolute, format, size });
    else problems.push({ source: display, message: cliMessage('unknownFormat', { extension: extname(absolute) || display }) });
    return 'taken';
  };

  const addFound = async (given: string, found: string[], folder: string, emptyMessage: 'emptyFolder' | 'noMatch'): Promise<void> => {
    const within = await realpath(folder).catch(() => folder);
    let taken = 0;
    for (const file of found.sort()) if ((await addFile(file, (await stat(file)).size, within)) === 'taken') taken++;
    if (taken === 0) problems.push({ source: given, message: cliMessage(found.length > 0 ? 'allSkipped' : emptyMessage) });
  };

  for (const given of paths) {
    if (given === '-') {
      if (!seen.has(STDIN_SOURCE)) sources.push({ display: STDIN_SOURCE, ...(stdinFormat ? { format: stdinFormat } : {}), size: 0 });
      seen.add(STDIN_SOURCE);
      continue;
    }
    const absolute = resolve(cwd, given);
    const stats = await stat(absolute).catch((error: unknown) => error as NodeJS.ErrnoException);
    if (!(stats instanceof Error)) {
      if (stats.isDirectory()) {
        const found = await glob(READABLE_GLOB, { cwd: absolute, absolute: true, ignore: IGNORED, caseSensitiveMatch: false, followSymbolicLinks: false });
        await addFound(given, found, absolute, 'emptyFolder');
      } else if (ignore?.ignores(absolute)) {
        problems.push({ source: displayPath(cwd, absolute), severity: 'info', message: cliMessage('ignoredFile') });
      } else {
        await addFile(absolute, stats.size);
      }
      continue;
    }
    if (isDynamicPattern(given)) {
      const found = await glob(given, { cwd, absolute: true, ignore: IGNORED, onlyFiles: true, followSymbolicLinks: false });
      await addFound(given, found, resolve(cwd, globBase(given)), 'noMatch');
      continue;
    }
    problems.push({ source: given, message: toInputError(stats).message });
  }
  return { sources, problems };
}
