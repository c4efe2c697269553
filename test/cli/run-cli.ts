import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll } from 'vitest';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const CLI = join(ROOT, 'packages', 'cli', 'dist', 'bin.js');
export const SAMPLES = join(ROOT, 'packages', 'cli', 'samples');

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the built CLI as a child process, the way a user or a script would. */
export function runCli(args: readonly string[], options: { cwd?: string; input?: string | Uint8Array; env?: Record<string, string> } = {}): CliRun {
  const env: Record<string, string | undefined> = { ...process.env, NO_COLOR: undefined, FORCE_COLOR: undefined, ...options.env };
  const run = spawnSync(process.execPath, [CLI, ...args], {
    cwd: options.cwd ?? ROOT,
    input: options.input ?? '',
    env: env as NodeJS.ProcessEnv,
    encoding: 'utf8',
    timeout: 60_000,
  });
  if (run.error) throw run.error;
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** Runs the CLI with --format json and parses the report. */
export function lintJson(args: readonly string[], options: Parameters<typeof runCli>[1] = {}) {
  const run = runCli(['lint', '--format', 'json', ...args], options);
  return { ...run, report: JSON.parse(run.stdout) as JsonReport };
}

/**
 * A temporary folder of files for one test file, removed afterwards. Kept outside the
 * repository so no config above it is discovered by accident.
 */
export function fixtureFolder(files: Record<string, string | Uint8Array>): string {
  const folder = mkdtempSync(join(tmpdir(), 'kindling-cli-'));
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(dirname(join(folder, name)), { recursive: true });
    writeFileSync(join(folder, name), content);
  }
  afterAll(() => rmSync(folder, { recursive: true, force: true }));
  return folder;
}

export interface JsonFinding {
  ruleId: string;
  messageId: string;
  lesson: number;
  severity: string;
  message: string;
  range: [number, number];
  line: number;
  column: number;
  suggestions: unknown[];
  url: string;
}

export interface JsonReport {
  version: number;
  results: {
    source: string;
    index: number;
    line?: number;
    row?: number;
    id?: string | number;
    findings: JsonFinding[];
    praise: unknown[];
    lessons: Record<string, { status: string; score: number }>;
    score: number;
  }[];
  batch: { ruleId: string; severity: string; message: string; drafts: number[]; source: string }[];
  problems: { source: string; line?: number; row?: number; index?: number; field?: string; message: string }[];
  summary: { drafts: number; errors: number; warnings: number; infos: number; problems: number; score: number | null; calendar: Record<string, number> };
}
