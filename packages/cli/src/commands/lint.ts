import { realpath } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { dirname, resolve } from 'node:path';
import { INPUT_FORMATS, type ColumnMap, type DraftDefaults } from '@kindling/inputs';
import type { InputProblem } from '@kindling/report';
import { Channel, DraftKind, resolveConfig, type Config } from '@kindling/rules';
import { applyOverrides, parseOverrides, type ConfigOverrides } from '../config/cli-overrides.js';
import { ConfigLocator, type FoundConfig } from '../config/discover-config.js';
import { loadConfigFile, readColumnMap } from '../config/load-config.js';
import { useColor } from '../color.js';
import { UsageError } from '../errors.js';
import { EXIT, lintExitCode } from '../exit-code.js';
import { LINT_HELP } from '../help.js';
import { write, type CliIo } from '../io.js';
import { IgnoreMatcher, readIgnoreFile } from '../lint/ignores.js';
import type { LintJob } from '../lint/lint-source.js';
import { ReportWriter } from '../lint/report-writer.js';
import { expandPaths, type Source } from '../lint/sources.js';
import { workUnits, type WorkUnit } from '../lint/work-units.js';
import { lintJobEvents } from '../lint/worker-messages.js';
import { lintInWorkers } from '../lint/worker-pool.js';
import { cliMessage } from '../messages.js';
import { OUTPUT_FORMATS, formatFromOutputPath, type OutputFormat } from '../output-formats.js';
import { OutputSink, openReportFile, type ReportFile } from '../output-sink.js';
import { isKnownEncoding } from '../read/decode.js';
import { choiceOption, intOption, parseCommandArgs } from '../parse-options.js';
import { problemLine } from '../problem-line.js';
import { ProgressBar } from '../progress.js';
import { didYouMean, findRule } from '../rule-lookup.js';

const LINT_OPTIONS = {
  format: { type: 'string', short: 'f' },
  output: { type: 'string', short: 'o' },
  config: { type: 'string', short: 'c' },
  preset: { type: 'string' },
  rule: { type: 'string', multiple: true },
  kind: { type: 'string' },
  channel: { type: 'string' },
  'max-warnings': { type: 'string' },
  quiet: { type: 'boolean', short: 'q' },
  color: { type: 'boolean' },
  'no-color': { type: 'boolean' },
  concurrency: { type: 'string', short: 'j' },
  'stdin-format': { type: 'string' },
  map: { type: 'string', multiple: true },
  'ignore-pattern': { type: 'string', multiple: true },
  encoding: { type: 'string' },
  'print-config': { type: 'string' },
  fix: { type: 'boolean' },
  'fix-dry-run': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

interface LintSettings {
  paths: string[];
  format: OutputFormat;
  output?: string;
  configPath?: string;
  overrides: ConfigOverrides;
  defaults: DraftDefaults;
  maxWarnings?: number;
  quiet: boolean;
  color: boolean;
  /** Undefined when not given: the default depends on the size of the batch. */
  concurrency?: number;
  stdinFormat?: (typeof INPUT_FORMATS)[number];
  /** --map: draft field to CSV header, over any config's `columns`. */
  columns: ColumnMap;
  ignorePatterns: string[];
  encoding?: string;
  fix?: 'write' | 'dry-run';
  /** --print-config FILE: print the config that file gets, and lint nothing. */
  printConfig?: string;
}

/** `--map text=Caption` (repeatable): which CSV header holds which draft field. */
function parseMaps(values: readonly string[]): ColumnMap {
  const map: Record<string, string> = {};
  for (const value of values) {
    const match = /^\s*([\w.]+)\s*=\s*(.*\S)\s*$/u.exec(value);
    if (!match) throw new UsageError('badMapOption', { value });
    map[match[1]!] = match[2]!;
  }
  const read = readColumnMap(map, '--map');
  if ('problem' in read) throw new UsageError('badOptionValue', { option: '--map', expected: read.problem.message, value: values.join(' ') });
  return read.columns;
}

function readSettings(argv: readonly string[], io: CliIo): LintSettings | 'help' {
  const { values, positionals } = parseCommandArgs('lint', argv, LINT_OPTIONS);
  if (values.help) return 'help';
  const printConfig = values['print-config'];
  if (positionals.length === 0 && printConfig === undefined) throw new UsageError('noPaths');
  const overrides = parseOverrides(values.preset, values.rule ?? []);
  for (const id of Object.keys(overrides.rules)) {
    if (!findRule(id)) throw new UsageError('unknownRule', { id, hint: didYouMean(id) });
  }
  const kind = choiceOption('kind', values.kind, DraftKind.options);
  const channel = choiceOption('channel', values.channel, Channel.options);
  const output = values.output;
  const stdinFormat = choiceOption('stdin-format', values['stdin-format'], INPUT_FORMATS);
  // -1 means no limit, as in ESLint.
  const maxWarnings = intOption('max-warnings', values['max-warnings'], -1);
  const concurrency = intOption('concurrency', values.concurrency, 1);
  const encoding = values.encoding;
  if (encoding !== undefined && !isKnownEncoding(encoding)) {
    throw new UsageError('badOptionValue', { option: '--encoding', expected: 'an encoding such as utf-8 or windows-1252', value: encoding });
  }
  const fix = values.fix ? 'write' : values['fix-dry-run'] ? 'dry-run' : undefined;
  return {
    paths: positionals,
    format: choiceOption('format', values.format, OUTPUT_FORMATS) ?? (output !== undefined ? formatFromOutputPath(output) : undefined) ?? 'stylish',
    ...(output !== undefined ? { output } : {}),
    ...(values.config !== undefined ? { configPath: values.config } : {}),
    overrides,
    defaults: { ...(kind ? { kind } : {}), ...(channel ? { channel } : {}) },
    ...(maxWarnings !== undefined && maxWarnings >= 0 ? { maxWarnings } : {}),
    quiet: values.quiet ?? false,
    color: useColor({ color: values.color, noColor: values['no-color'], isTTY: output === undefined && io.stdoutIsTTY, env: io.env }),
    ...(concurrency !== undefined ? { concurrency } : {}),
    ...(stdinFormat ? { stdinFormat } : {}),
    columns: parseMaps(values.map ?? []),
    ignorePatterns: values['ignore-pattern'] ?? [],
    ...(encoding !== undefined ? { encoding } : {}),
    ...(fix ? { fix } : {}),
    ...(printConfig !== undefined ? { printConfig } : {}),
  };
}

/** The config a file gets: --config, or the one nearest to it. */
async function explicitConfig(settings: LintSettings, io: CliIo): Promise<FoundConfig | undefined> {
  if (!settings.configPath) return undefined;
  const path = resolve(io.cwd, settings.configPath);
  return { ...((await loadConfigFile(path)) ?? { config: {} }), path };
}

/** `--print-config FILE`: the config that file would be linted with, as JSON, in the style of ESLint. */
async function printConfig(file: string, settings: LintSettings, io: CliIo): Promise<number> {
  const found = (await explicitConfig(settings, io)) ?? (await new ConfigLocator().forFile(resolve(io.cwd, file)));
  if (found.problems) {
    for (const problem of found.problems) await write(io.stderr, problemLine({ source: found.path ?? '', ...problem }));
    return EXIT.usageOrInput;
  }
  const config = applyOverrides(found.config, settings.overrides);
  const resolved = resolveConfig(config);
  const enabled = new Map(resolved.rules.map((entry) => [entry.rule.id, entry]));
  const rules = Object.fromEntries(
    resolved.catalogue.map((rule) => {
      const entry = enabled.get(rule.id);
      return [rule.id, entry ? [entry.severity, entry.options] : 'off'];
    }),
  );
  const columns = { ...found.columns, ...settings.columns };
  const printed = {
    ...(found.path ? { configFile: found.path } : {}),
    preset: resolved.preset,
    rules,
    ...(Object.keys(columns).length > 0 ? { columns } : {}),
    ...(found.ignores ? { ignores: found.ignores } : {}),
  };
  await write(io.stdout, `${JSON.stringify(printed, null, 2)}\n`);
  return EXIT.clean;
}

/** Works out each source's config: --config for all, or the config nearest to each file. */
async function planJobs(sources: readonly Source[], settings: LintSettings, io: CliIo, problems: InputProblem[]): Promise<LintJob[]> {
  const explicit = await explicitConfig(settings, io);
  const locator = new ConfigLocator();
  const ignoresOf = new Map<FoundConfig, IgnoreMatcher>();
  const merged = new Map<FoundConfig, Config>();
  const reported = new Set<FoundConfig>();
  const jobs: LintJob[] = [];
  for (const source of sources) {
    const found = explicit ?? (await (source.path ? locator.forFile(source.path) : locator.forFolder(io.cwd)));
    if (found.problems) {
      const configSource = found.path ?? '';
      if (!reported.has(found)) {
        reported.add(found);
        for (const problem of found.problems) problems.push({ source: configSource, ...problem });
      }
      problems.push({ source: source.display, message: cliMessage('configWontLint', { config: configSource }) });
      continue;
    }
    // A config's "ignores" are relative to its own folder, as in ESLint.
    if (found.ignores && found.path && source.path) {
      let matcher = ignoresOf.get(found);
      if (!matcher) ignoresOf.set(found, (matcher = new IgnoreMatcher(dirname(found.path), found.ignores)));
      if (matcher.ignores(source.path)) continue;
    }
    let config = merged.get(found);
    if (!config) {
      config = applyOverrides(found.config, settings.overrides);
      merged.set(found, config);
    }
    const columns = { ...found.columns, ...settings.columns };
    jobs.push({
      source,
      config,
      defaults: settings.defaults,
      errorsOnly: settings.quiet,
      ...(Object.keys(columns).length > 0 ? { columns } : {}),
      ...(settings.encoding !== undefined ? { encoding: settings.encoding } : {}),
      ...(settings.fix ? { fix: settings.fix } : {}),
    });
  }
  return jobs;
}

/**
 * Files adding up to this many bytes are a large batch: without --concurrency they are linted
 * on two worker threads when the machine has two cores. About 30,000 tweet-length JSONL drafts;
 * below this, starting workers costs more than it saves.
 */
const LARGE_BATCH_BYTES = 4 * 1024 * 1024;

/** --concurrency, or the default: one thread, or two for a large batch on a machine with two cores or more. */
function threadsFor(jobs: readonly LintJob[], settings: LintSettings): number {
  if (settings.concurrency !== undefined) return settings.concurrency;
  const bytes = jobs.reduce((sum, job) => sum + job.source.size, 0);
  return bytes >= LARGE_BATCH_BYTES ? Math.min(2, availableParallelism()) : 1;
}

async function lintJobs(jobs: readonly LintJob[], settings: LintSettings, io: CliIo, writer: ReportWriter): Promise<void> {
  const fileJobs = jobs.filter((job) => job.source.path);
  const threads = threadsFor(fileJobs, settings);
  const onMainThread = async (job: LintJob): Promise<void> => {
    const source = job.source.display;
    await lintJobEvents(job, writer.rendering, (event) => writer.event(source, event), io.stdin);
    await writer.sourceDone(source);
  };
  if (threads > 1 && fileJobs.length > 0) {
    const sourceOf = (unit: WorkUnit): string => (unit.kind === 'lint' ? unit.job.source.display : unit.source);
    await lintInWorkers(workUnits(fileJobs, (count) => writer.event('', { type: 'bytes', count })), threads, writer.rendering, {
      event: (unit, event) => writer.event(sourceOf(unit), event),
      unitDone: (unit) => (unit.endsSource ? writer.sourceDone(sourceOf(unit)) : undefined),
    });
    // stdin cannot move to a worker, so it is linted here, after the files.
    for (const job of jobs.filter((candidate) => !candidate.source.path)) await onMainThread(job);
  } else {
    for (const job of jobs) await onMainThread(job);
  }
}

/** `kindling lint [paths…]`: lints everything that can be read, reports, then sets the exit code. */
export async function runLintCommand(argv: readonly string[], io: CliIo): Promise<number> {
  const settings = readSettings(argv, io);
  if (settings === 'help') {
    await write(io.stdout, LINT_HELP);
    return EXIT.clean;
  }
  if (settings.printConfig !== undefined) return printConfig(settings.printConfig, settings, io);
  const patterns = [...(await readIgnoreFile(io.cwd)), ...settings.ignorePatterns];
  const ignore = patterns.length > 0 ? new IgnoreMatcher(io.cwd, patterns) : undefined;
  const expanded = await expandPaths(settings.paths, io.cwd, settings.stdinFormat, ignore);
  const outputPath = settings.output === undefined ? undefined : resolve(io.cwd, settings.output);
  const sources = expanded.sources;
  if (outputPath !== undefined) {
    const input = await findInput(sources, outputPath);
    if (input) throw new UsageError('outputIsInput', { path: input.display });
  }
  const problems = expanded.problems;
  const jobs = await planJobs(sources, settings, io, problems);
  // The report goes to a temporary file beside its destination, renamed over it only when the
  // run finishes, so an interrupted or failed run leaves the previous report as it was. Ctrl-C
  // is caught before the file is opened: caught after, a press in between would leave it behind.
  let file: ReportFile | undefined;
  const abandon = (): void => {
    file?.abandon();
    process.exit(130);
  };
  process.once('SIGINT', abandon).once('SIGTERM', abandon);
  try {
    if (outputPath !== undefined) {
      try {
        file = await openReportFile(outputPath);
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code ?? 'unknown error';
        throw new UsageError('badOptionValue', { option: '--output', expected: 'a file that can be written', value: `${settings.output}" (${code})` });
      }
    }
    const sink = file?.sink ?? new OutputSink(io.stdout, false);
    const totalBytes = jobs.reduce((sum, job) => sum + job.source.size, 0);
    const progress = new ProgressBar(io.stderr, io.stderrIsTTY, totalBytes);
    // On a terminal the input problems go to stderr, one line each; stylish need not repeat them.
    const problemsOnStderr = settings.format === 'stylish' && settings.output === undefined;
    const writer = new ReportWriter({ format: settings.format, color: settings.color, problemsOnStderr }, sink, progress);
    for (const problem of problems) writer.event(problem.source, { type: 'problem', problem });
    await lintJobs(jobs, settings, io, writer);
    const report = await writer.finish();
    await file?.commit();
    file = undefined;
    for (const problem of report.problems) await write(io.stderr, problemLine(problem));
    if (report.summary.drafts === 0 && !problemsOnStderr) await write(io.stderr, `kindling: ${cliMessage('noDrafts')}\n`);
    return lintExitCode(report.summary, settings.maxWarnings);
  } finally {
    process.removeListener('SIGINT', abandon).removeListener('SIGTERM', abandon);
    await file?.abandon();
  }
}

/** The source that is the file at `path`, following symbolic links, if any. */
async function findInput(sources: readonly Source[], path: string): Promise<Source | undefined> {
  const real = await realpath(path).catch(() => path);
  for (const source of sources) {
    if (source.path === undefined) continue;
    if (source.path === path || (await realpath(source.path).catch(() => source.path)) === real) return source;
  }
  return undefined;
}
