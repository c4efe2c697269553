import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { INPUT_FORMATS, type DraftDefaults } from '@kindling/inputs';
import { ReportBuilder, type InputProblem, type Report } from '@kindling/report';
import { Channel, DraftKind, type Config } from '@kindling/rules';
import { applyOverrides, parseOverrides, type ConfigOverrides } from '../config/cli-overrides.js';
import { ConfigLocator, type FoundConfig } from '../config/discover-config.js';
import { loadConfigFile } from '../config/load-config.js';
import { useColor } from '../color.js';
import { UsageError } from '../errors.js';
import { EXIT, lintExitCode } from '../exit-code.js';
import { LINT_HELP } from '../help.js';
import { write, type CliIo } from '../io.js';
import { lintSource, type LintJob, type SourceListener } from '../lint/lint-source.js';
import { ResultRetention } from '../lint/result-retention.js';
import { expandPaths, type Source } from '../lint/sources.js';
import { lintInWorkers } from '../lint/worker-pool.js';
import { cliMessage } from '../messages.js';
import { OUTPUT_FORMATS, renderers, type OutputFormat } from '../output-formats.js';
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
  concurrency: number;
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
    concurrency: intOption('concurrency', values.concurrency, 1) ?? 1,
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

async function lintJobs(jobs: readonly LintJob[], settings: LintSettings, io: CliIo, builder: ReportBuilder, retention: ResultRetention): Promise<void> {
  const totalBytes = jobs.reduce((sum, job) => sum + job.source.size, 0);
  const progress = new ProgressBar(io.stderr, io.stderrIsTTY, totalBytes);
  const listenerFor = (source: string, countProgress: boolean): SourceListener => ({
    result(result) {
      builder.addResult(result);
      retention.result(result);
      if (countProgress) progress.addDrafts(1);
    },
    problem(problem) {
      builder.addProblem(problem);
    },
    batch(findings, calendar, named) {
      builder.addBatch(source, findings, calendar);
      retention.named(source, named);
    },
    bytes(count) {
      progress.addBytes(count);
    },
  });
  const fileJobs = jobs.filter((job) => job.source.path);
  if (settings.concurrency > 1 && fileJobs.length > 1) {
    // Workers report drafts to the progress bar as they finish them, so the replay does not count them again.
    await lintInWorkers(fileJobs, settings.concurrency, (job) => listenerFor(job.source.display, false), {
      results: (count) => progress.addDrafts(count),
      bytes: (count) => progress.addBytes(count),
    });
    // stdin cannot move to a worker, so it is linted here, after the files.
    for (const job of jobs.filter((candidate) => !candidate.source.path)) await lintSource(job, listenerFor(job.source.display, true), io.stdin);
  } else {
    for (const job of jobs) await lintSource(job, listenerFor(job.source.display, true), io.stdin);
  }
  progress.done();
}

async function writeReport(report: Report, settings: LintSettings, io: CliIo): Promise<void> {
  // On a terminal the input problems go to stderr, one line each; stylish need not repeat them.
  const shown = settings.format === 'stylish' && settings.output === undefined ? { ...report, problems: [] } : report;
  const text = renderers[settings.format](shown, { color: settings.color });
  if (settings.output === undefined) return write(io.stdout, text);
  try {
    await writeFile(resolve(io.cwd, settings.output), text);
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
  const { sources, problems } = await expandPaths(settings.paths, io.cwd, settings.stdinFormat);
  const jobs = await planJobs(sources, settings, io, problems);
  const retention = new ResultRetention(settings.format);
  const builder = new ReportBuilder({ keepResults: retention.keepsEveryResult });
  for (const problem of problems) builder.addProblem(problem);
  await lintJobs(jobs, settings, io, builder, retention);
  const finished = builder.finish();
  const report = retention.keepsEveryResult ? finished : { ...finished, results: retention.results(jobs.map((job) => job.source.display)) };
  await writeReport(report, settings, io);
  for (const problem of report.problems) await write(io.stderr, problemLine(problem));
  return lintExitCode(report.summary, settings.maxWarnings);
}

