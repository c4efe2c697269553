import { existsSync, mkdirSync, readdirSync, readFileSync, watch, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import {
  checkExercise,
  exerciseIdOfFile,
  formatFileIssue,
  readWorkbookAnswer,
  renderWorkbookFile,
  workbookFileName,
  type Exercise,
  type ExerciseCheck,
} from '@kindling/exercises';
import { catalogue } from '@kindling/exercises/catalogue';

// `kindling exercises`: the exercises as Markdown files in a folder, re-checked on every save,
// like Rustlings. The folder is the attendee's: files that exist are never overwritten.

export interface ExercisesIo {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  cwd: string;
  /** Stops watch mode; the CLI stops it on Ctrl-C instead. */
  signal?: AbortSignal;
}

const DEFAULT_DIR = 'kindling-exercises';
const STATE_FILE = '.kindling-exercises.json';
/** Editors often write a file twice in a row; one check per save is enough. */
const SAVE_SETTLE_MS = 120;

const HELP = `Usage: kindling exercises [command] [folder]

Practise the six lessons in your own editor. The exercises are written into a folder
(default ./${DEFAULT_DIR}) as Markdown files; edit the "Your draft" section of one and
save, and it is checked again at once. Press Ctrl-C to stop; your drafts stay in the files.

Commands:
  (none)          Write the exercises into the folder and watch it
  list            Every exercise, with your progress
  next            The first exercise you have not finished
  hint <id>       The next hint for an exercise
  check           Check every exercise once (exit code 1 until all are done)

Options:
  -h, --help      Show this help
`;

const messages = {
  wrote: 'Wrote {{written}} exercises to {{dir}}{{kept}}.',
  kept: ' ({{count}} already there, kept as they are)',
  watching: 'Watching {{dir}}: edit an exercise file and save it to check your draft. Ctrl-C stops.',
  startWith: 'Start with {{file}}: {{title}}',
  stopped: 'Stopped watching. Your drafts are saved in {{dir}}.',
  noFolder: 'no exercises in {{dir}}; run "kindling exercises" first to write them',
  unknownExercise: 'unknown exercise "{{id}}"; "kindling exercises list" shows the ids',
  missingId: 'which exercise? Use "kindling exercises hint <id>"',
  unknownCommand: 'unknown argument "{{argument}}"; see "kindling exercises --help"',
  hint: 'Hint {{number}} of {{total}} for {{id}}: {{hint}}',
  lastHint: 'That was the last hint. The model answer is on the exercise page of the workshop site.',
  allDone: 'Every exercise is done. Well done!',
  next: 'Next: {{file}} ({{title}})',
  summary: '{{done}} of {{total}} done.',
  goalsMet: 'All {{total}} goals met.',
  goalsLeft: '{{passed}} of {{total}} goals met: keep going, and save again to re-check.',
  debrief: 'Why it works: {{debrief}}',
} as const;

function say(template: string, data: Record<string, string | number> = {}): string {
  return template.replace(/\{\{(\w+)\}\}/gu, (_, name: string) => String(data[name] ?? ''));
}

class ExercisesError extends Error {}

function out(stream: NodeJS.WritableStream, lines: readonly string[]): void {
  stream.write(`${lines.join('\n')}\n`);
}

interface Entry {
  exercise: Exercise;
  fileName: string;
}

const entries: readonly Entry[] = catalogue.map((exercise, index) => ({ exercise, fileName: workbookFileName(exercise, index) }));

function entryById(id: string): Entry {
  const entry = entries.find((candidate) => candidate.exercise.id === id);
  if (!entry) throw new ExercisesError(say(messages.unknownExercise, { id }));
  return entry;
}

type Status = 'done' | 'started' | 'new' | 'missing' | 'unreadable';

interface FileCheck {
  entry: Entry;
  status: Status;
  check?: ExerciseCheck;
  problem?: string;
}

function checkFile(dir: string, entry: Entry, cwd: string): FileCheck {
  const path = join(dir, entry.fileName);
  if (!existsSync(path)) return { entry, status: 'missing' };
  const read = readWorkbookAnswer(entry.exercise, readFileSync(path, 'utf8'), relative(cwd, path) || path);
  if (!read.ok) return { entry, status: 'unreadable', problem: formatFileIssue(read.issue) };
  const check = checkExercise(entry.exercise, read.answer);
  return { entry, check, status: check.passed ? 'done' : read.edited ? 'started' : 'new' };
}

const STATUS_MARK: Record<Status, string> = { done: '✔', started: '◐', new: '·', missing: '?', unreadable: '!' };

function checkLines(file: string, result: FileCheck): string[] {
  const { exercise } = result.entry;
  if (!result.check) return [result.problem ?? file];
  const { goals, passed } = result.check;
  const lines = [`${file}: ${exercise.title}`];
  for (const goal of goals) {
    lines.push(`  ${goal.passed ? '✔' : '✘'} ${goal.label}`);
    if (!goal.passed) lines.push(`      ${goal.explanation}`);
  }
  const met = goals.filter((goal) => goal.passed).length;
  lines.push(passed ? `  ${say(messages.goalsMet, { total: goals.length })}` : `  ${say(messages.goalsLeft, { passed: met, total: goals.length })}`);
  if (passed) lines.push(`  ${say(messages.debrief, { debrief: exercise.debrief.trim().replace(/\s*\n\s*/gu, ' ') })}`);
  return lines;
}

function requireFolder(dir: string): void {
  if (!existsSync(dir) || !readdirSync(dir).some((name) => exerciseIdOfFile(name))) {
    throw new ExercisesError(say(messages.noFolder, { dir }));
  }
}

function readHintState(dir: string): Record<string, number> {
  try {
    const data: unknown = JSON.parse(readFileSync(join(dir, STATE_FILE), 'utf8'));
    const shown = (data as { hintsShown?: unknown }).hintsShown;
    return typeof shown === 'object' && shown !== null ? (shown as Record<string, number>) : {};
  } catch {
    // No state yet, or a damaged one: hints start again from the first, nothing else is lost.
    return {};
  }
}

function writeExercises(dir: string, io: ExercisesIo): void {
  mkdirSync(dir, { recursive: true });
  let written = 0;
  for (const { exercise, fileName } of entries) {
    const path = join(dir, fileName);
    if (existsSync(path)) continue;
    writeFileSync(path, renderWorkbookFile(exercise));
    written++;
  }
  const keptCount = entries.length - written;
  out(io.stdout, [
    say(messages.wrote, {
      written,
      dir: relative(io.cwd, dir) || '.',
      kept: keptCount > 0 ? say(messages.kept, { count: keptCount }) : '',
    }),
  ]);
}

function firstUnfinished(dir: string, cwd: string): FileCheck | undefined {
  return entries.map((entry) => checkFile(dir, entry, cwd)).find((result) => result.status !== 'done');
}

function watchFolder(dir: string, io: ExercisesIo): Promise<number> {
  const shown = relative(io.cwd, dir) || '.';
  const lastChecked = new Map<string, string>();
  const timers = new Map<string, NodeJS.Timeout>();
  const recheck = (fileName: string) => {
    const id = exerciseIdOfFile(fileName);
    const entry = id ? entries.find((candidate) => candidate.exercise.id === id && candidate.fileName === fileName) : undefined;
    const path = join(dir, fileName);
    if (!entry || !existsSync(path)) return;
    const text = readFileSync(path, 'utf8');
    if (lastChecked.get(fileName) === text) return;
    lastChecked.set(fileName, text);
    out(io.stdout, ['', ...checkLines(join(shown, fileName), checkFile(dir, entry, io.cwd))]);
  };
  return new Promise((resolvePromise) => {
    // Watch, and listen for the stop, before saying "Watching": a save made as soon as the
    // attendee (or a test) reads that line must be seen, and Ctrl-C must stop cleanly.
    const watcher = watch(dir, (_event, fileName) => {
      if (!fileName) return;
      clearTimeout(timers.get(fileName));
      timers.set(
        fileName,
        setTimeout(() => recheck(fileName), SAVE_SETTLE_MS),
      );
    });
    let stopped = false;
    const stop = () => {
      if (stopped) return;
      stopped = true;
      watcher.close();
      for (const timer of timers.values()) clearTimeout(timer);
      process.off('SIGINT', stop);
      io.signal?.removeEventListener('abort', stop);
      out(io.stdout, ['', say(messages.stopped, { dir: shown })]);
      resolvePromise(0);
    };
    // A caller that passes a signal (the CLI does) owns Ctrl-C; otherwise catch it here.
    if (io.signal) io.signal.addEventListener('abort', stop);
    else process.on('SIGINT', stop);
    out(io.stdout, [say(messages.watching, { dir: shown })]);
    const next = firstUnfinished(dir, io.cwd);
    if (next) out(io.stdout, [say(messages.startWith, { file: join(shown, next.entry.fileName), title: next.entry.exercise.title })]);
    if (io.signal?.aborted) stop();
  });
}

function listExercises(dir: string, io: ExercisesIo): number {
  requireFolder(dir);
  const results = entries.map((entry) => checkFile(dir, entry, io.cwd));
  const lines = results.map(({ entry, status }) => `${STATUS_MARK[status]} ${entry.exercise.id.padEnd(34)} ${entry.exercise.title}`);
  const done = results.filter((result) => result.status === 'done').length;
  out(io.stdout, [...lines, '', say(messages.summary, { done, total: results.length })]);
  for (const result of results) if (result.problem) out(io.stderr, [result.problem]);
  return 0;
}

function showNext(dir: string, io: ExercisesIo): number {
  requireFolder(dir);
  const next = firstUnfinished(dir, io.cwd);
  if (!next) {
    out(io.stdout, [messages.allDone]);
    return 0;
  }
  const file = join(relative(io.cwd, dir) || '.', next.entry.fileName);
  out(io.stdout, [say(messages.next, { file, title: next.entry.exercise.title }), '', next.entry.exercise.scenario.trim()]);
  return 0;
}

function showHint(dir: string, id: string | undefined, io: ExercisesIo): number {
  if (!id) throw new ExercisesError(messages.missingId);
  const { exercise } = entryById(id);
  requireFolder(dir);
  const state = readHintState(dir);
  const shown = Math.min((state[id] ?? 0) + 1, exercise.hints.length);
  writeFileSync(join(dir, STATE_FILE), `${JSON.stringify({ hintsShown: { ...state, [id]: shown } }, null, 2)}\n`);
  const lines = [say(messages.hint, { number: shown, total: exercise.hints.length, id, hint: exercise.hints[shown - 1]! })];
  if (shown === exercise.hints.length) lines.push(messages.lastHint);
  out(io.stdout, lines);
  return 0;
}

function checkAll(dir: string, io: ExercisesIo): number {
  requireFolder(dir);
  const shown = relative(io.cwd, dir) || '.';
  const results = entries.map((entry) => checkFile(dir, entry, io.cwd));
  for (const result of results) {
    if (result.status === 'missing') continue;
    out(result.problem ? io.stderr : io.stdout, [...checkLines(join(shown, result.entry.fileName), result), '']);
  }
  const done = results.filter((result) => result.status === 'done').length;
  out(io.stdout, [say(messages.summary, { done, total: results.length })]);
  return done === results.length ? 0 : 1;
}

const SUBCOMMANDS = new Set(['list', 'next', 'hint', 'check']);

/** Runs `kindling exercises …` and returns the exit code: 0 ok, 1 unfinished (check), 2 bad usage. */
export async function runExercisesCommand(argv: readonly string[], io: ExercisesIo): Promise<number> {
  try {
    const { values, positionals } = parseArgs({ args: [...argv], options: { help: { type: 'boolean', short: 'h' } }, allowPositionals: true });
    if (values.help) {
      io.stdout.write(HELP);
      return 0;
    }
    const [first, ...rest] = positionals;
    const command = first !== undefined && SUBCOMMANDS.has(first) ? first : undefined;
    const args = command ? rest : positionals;
    const [id, folderAfterId] = command === 'hint' ? args : [undefined, ...args];
    const folder = command === 'hint' ? folderAfterId : args[0];
    const extra = command === 'hint' ? args.slice(2) : args.slice(1);
    if (extra.length > 0) throw new ExercisesError(say(messages.unknownCommand, { argument: extra[0]! }));
    const dir = resolve(io.cwd, folder ?? DEFAULT_DIR);
    switch (command) {
      case 'list':
        return listExercises(dir, io);
      case 'next':
        return showNext(dir, io);
      case 'hint':
        return showHint(dir, id, io);
      case 'check':
        return checkAll(dir, io);
      default:
        writeExercises(dir, io);
        return await watchFolder(dir, io);
    }
  } catch (error) {
    const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
    io.stderr.write(`kindling exercises: ${message}\n`);
    return 2;
  }
}
