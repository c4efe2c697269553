import { stat } from 'node:fs/promises';
import { extname, isAbsolute, relative, resolve } from 'node:path';
import { FORMAT_BY_EXTENSION, formatFromPath, type InputFormat } from '@kindling/inputs';
import type { InputProblem } from '@kindling/report';
import { glob, isDynamicPattern } from 'tinyglobby';
import { toInputError } from '../read/read-source.js';
import { cliMessage } from '../messages.js';

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

/**
 * Expands the paths given to `lint` (files, folders searched recursively, globs, `-`) into
 * sources in a stable order. A path that leads nowhere is a problem, and the others still run.
 */
export async function expandPaths(
  paths: readonly string[],
  cwd: string,
  stdinFormat: InputFormat | undefined,
): Promise<{ sources: Source[]; problems: InputProblem[] }> {
  const sources: Source[] = [];
  const problems: InputProblem[] = [];
  const seen = new Set<string>();

  const addFile = (absolute: string, size: number): void => {
    if (seen.has(absolute)) return;
    seen.add(absolute);
    const format = formatFromPath(absolute);
    const display = displayPath(cwd, absolute);
    if (format) sources.push({ display, path: absolute, format, size });
    else problems.push({ source: display, message: cliMessage('unknownFormat', { extension: extname(absolute) || display }) });
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
        const found = await glob(READABLE_GLOB, { cwd: absolute, absolute: true, ignore: IGNORED, caseSensitiveMatch: false });
        if (found.length === 0) problems.push({ source: given, message: cliMessage('emptyFolder') });
        for (const file of found.sort()) addFile(file, (await stat(file)).size);
      } else {
        addFile(absolute, stats.size);
      }
      continue;
    }
    if (isDynamicPattern(given)) {
      const found = await glob(given, { cwd, absolute: true, ignore: IGNORED, onlyFiles: true });
      if (found.length === 0) problems.push({ source: given, message: cliMessage('noMatch') });
      for (const file of found.sort()) addFile(file, (await stat(file)).size);
      continue;
    }
    problems.push({ source: given, message: toInputError(stats).message });
  }
  return { sources, problems };
}
