import { open } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { INPUT_FORMATS, type DraftDefaults } from '@kindling/inputs';
import type { InputProblem } from '@kindling/report';
import { Channel, DraftKind, type Config } from '@kindling/rules';
import { applyOverrides, parseOverrides, type ConfigOverrides } from '../config/cli-overrides.js';
import { ConfigLocator, type FoundConfig } from '../config/discover-config.js';
import { loadConfigFile } from '../config/load-config.js';
import { useColor } from '../color.js';
import { UsageError } from '../errors.js';
import { EXIT, lintExitCode } from '../exit-code.js';
import { LINT_HELP } from '../help.js';
import { write, type CliIo } from '../io.js';
import type { LintJob } from '../lint/lint-source.js';
import { ReportWriter } from '../lint/report-writer.js';
import { expandPaths, type Source } from '../lint/sources.js';
import { workUnits, type WorkUnit } from '../lint/work-units.js';
import { lintJobEvents } from '../lint/worker-messages.js';
import { lintInWorkers } from '../lint/worker-pool.js';
import { cliMessage } from '../messages.js';
import { OUTPUT_FORMATS, type OutputFormat } from '../output-formats.js';
import { OutputSink } from '../output-sink.js';
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
}

function readSettings(argv: readonly string[], io: CliIo): LintSettings | 'help' {
  const { values, positionals } = parseCommandArgs('lint', argv, LINT_OPTIONS);
  if (values.help) return 'help';
  if (positionals.length === 0) throw new UsageError('noPaths');
  const overrides = parseOverrides(values.preset, values.rule ?? []);
  for (const id of Object.keys(overrides.rules)) {
    if (!findRule(id)) throw new UsageError('unknownRule', { id, hint: didYouMean(id) });
  }
  const kind = choiceOption('kind', values.kind, DraftKind.options);
  const channel = choiceOption('channel', values.channel, Channel.options);
  const output = values.output;
  const stdinFormat = choiceOption('stdin-format', values['stdin-format'], INPUT_FORMATS);
  const maxWarnings = intOption('max-warnings', values['max-warnings'], 0);
  const concurrency = intOption('concurrency', values.concurrency, 1);
  return {
    paths: positionals,
    format: choiceOption('format', values.format, OUTPUT_FORMATS) ?? 'stylish',
    ...(output !== undefined ? { output } : {}),
    ...(values.config !== undefined ? { configPath: values.config } : {}),
    overrides,
    defaults: { ...(kind ? { kind } : {}), ...(channel ? { channel } : {}) },
    ...(maxWarnings !== undefined ? { maxWarnings } : {}),
    quiet: values.quiet ?? false,
    color: useColor({ color: values.color, noColor: values['no-color'], isTTY: output === undefined && io.stdoutIsTTY, env: io.env }),
    ...(concurrency !== undefined ? { concurrency } : {}),
    ...(stdinFormat ? { stdinFormat } : {}),
  };
}

/** Works out each source's config: --config for all, or the config nearest to each file. */
async function planJobs(sources: readonly Source[], settings: LintSettings, io: CliIo, problems: InputProblem[]): Promise<LintJob[]> {
  let explicit: FoundConfig | undefined;
  if (settings.configPath) {
    const path = resolve(io.cwd, settings.configPath);
    explicit = { ...((await loadConfigFile(path)) ?? { config: {} }), path };
  }
  const locator = new ConfigLocator();
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
    let config = merged.get(found);
    if (!config) {
      config = applyOverrides(found.config, settings.overrides);
      merged.set(found, config);
    }
    jobs.push({ source, config, defaults: settings.defaults, errorsOnly: settings.quiet });
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

/** Opens the report's destination before linting, so an unwritable --output fails at once. */
async function openOutput(settings: LintSettings, io: CliIo): Promise<OutputSink> {
  if (settings.output === undefined) return new OutputSink(io.stdout, false);
  try {
    const file = await open(resolve(io.cwd, settings.output), 'w');
    return new OutputSink(file.createWriteStream(), true);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'unknown error';
    throw new UsageError('badOptionValue', { option: '--output', expected: 'a file that can be written', value: `${settings.output}" (${code})` });
  }
}

/** `kindling lint [paths…]`: lints everything that can be read, reports, then sets the exit code. */
export async function runLintCommand(argv: readonly string[], io: CliIo): Promise<number> {
  const settings = readSettings(argv, io);
  if (settings === 'help') {
    await write(io.stdout, LINT_HELP);
    return EXIT.clean;
  }
  const expanded = await expandPaths(settings.paths, io.cwd, settings.stdinFormat);
  // The report is written while linting, so a previous report in a folder being linted is not read as drafts.
  const outputPath = settings.output === undefined ? undefined : resolve(io.cwd, settings.output);
  const sources = expanded.sources.filter((source) => source.path === undefined || source.path !== outputPath);
  const problems = expanded.problems;
  const jobs = await planJobs(sources, settings, io, problems);
  const sink = await openOutput(settings, io);
  const totalBytes = jobs.reduce((sum, job) => sum + job.source.size, 0);
  const progress = new ProgressBar(io.stderr, io.stderrIsTTY, totalBytes);
  // On a terminal the input problems go to stderr, one line each; stylish need not repeat them.
  const problemsOnStderr = settings.format === 'stylish' && settings.output === undefined;
  const writer = new ReportWriter({ format: settings.format, color: settings.color, problemsOnStderr }, sink, progress);
  for (const problem of problems) writer.event(problem.source, { type: 'problem', problem });
  await lintJobs(jobs, settings, io, writer);
  const report = await writer.finish();
  for (const problem of report.problems) await write(io.stderr, problemLine(problem));
  return lintExitCode(report.summary, settings.maxWarnings);
}
