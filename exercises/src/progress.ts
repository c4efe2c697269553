import * as z from 'zod/mini';
import type { LessonNumber } from '@kindling/rules';
import { describeIssue } from './describe-issue.js';
import { LessonNumberSchema } from './exercise.js';

// An attendee's progress: kept in localStorage on every keystroke, exported as a JSON file to
// move devices or hand to a facilitator. Pure functions over plain data, so the site, the tests
// and the facilitator view share them.

export const PROGRESS_KIND = 'kindling-exercise-progress';
export const PROGRESS_VERSION = 1;

const count = z._default(z.number().check(z.int(), z.minimum(0)), 0);
const isoTime = z.string().check(z.minLength(1));

export const ExerciseProgress = z.object({
  /** The current draft, for write and rewrite exercises. */
  draft: z._default(z.string(), ''),
  /** The lessons picked, for spot exercises. */
  choices: z._default(z.array(LessonNumberSchema), []),
  /** Whether the attendee has changed anything yet; the model answer waits for it. */
  attempted: z._default(z.boolean(), false),
  hintsShown: count,
  modelAnswerShown: z._default(z.boolean(), false),
  /** Goal ids that were failing when the attendee asked for help. */
  struggled: z._default(z.array(z.string()), []),
  /** Goal ids passing at the last check. */
  passedGoals: z._default(z.array(z.string()), []),
  /** The answer that met the most goals so far, the latest among equals. */
  best: z.optional(z.object({ draft: z.string(), choices: z._default(z.array(LessonNumberSchema), []), goalsPassed: count })),
  completedAt: z.optional(isoTime),
  updatedAt: isoTime,
});
export type ExerciseProgress = z.infer<typeof ExerciseProgress>;

export const Progress = z.object({
  kind: z.literal(PROGRESS_KIND),
  version: z.literal(PROGRESS_VERSION),
  /** A random id, so a facilitator counts each attendee once; never a name. */
  attendee: z.string().check(z.minLength(1)),
  exercises: z.record(z.string(), ExerciseProgress),
});
export type Progress = z.infer<typeof Progress>;

/** The slice of the Web Storage API the store needs; tests pass a Map-backed one. */
export interface ProgressStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

export const PROGRESS_STORAGE_KEY = 'kindling:exercises:progress';

export function emptyProgress(attendee: string): Progress {
  return { kind: PROGRESS_KIND, version: PROGRESS_VERSION, attendee, exercises: {} };
}

export function exerciseProgress(progress: Progress, id: string, now: string): ExerciseProgress {
  return progress.exercises[id] ?? ExerciseProgress.parse({ updatedAt: now });
}

function withExercise(progress: Progress, id: string, entry: ExerciseProgress): Progress {
  return { ...progress, exercises: { ...progress.exercises, [id]: entry } };
}

/** The outcome of checking an answer, as much of it as progress keeps. */
export interface CheckOutcome {
  goals: readonly { id: string; passed: boolean }[];
  passed: boolean;
}

export interface Answer {
  draft?: string;
  choices?: readonly LessonNumber[];
}

/** Records an answer and how it checked; called on every keystroke. */
export function recordAnswer(progress: Progress, id: string, answer: Answer, outcome: CheckOutcome, now: string): Progress {
  const entry = exerciseProgress(progress, id, now);
  const draft = answer.draft ?? entry.draft;
  const choices = answer.choices ? [...answer.choices] : entry.choices;
  const passedGoals = outcome.goals.filter((goal) => goal.passed).map((goal) => goal.id);
  const better = !entry.best || passedGoals.length >= entry.best.goalsPassed;
  return withExercise(progress, id, {
    ...entry,
    draft,
    choices,
    attempted: true,
    passedGoals,
    best: better ? { draft, choices, goalsPassed: passedGoals.length } : entry.best,
    completedAt: entry.completedAt ?? (outcome.passed ? now : undefined),
    updatedAt: now,
  });
}

function failingIds(outcome: CheckOutcome): string[] {
  return outcome.goals.filter((goal) => !goal.passed).map((goal) => goal.id);
}

function union(a: readonly string[], b: readonly string[]): string[] {
  return [...new Set([...a, ...b])];
}

/** Reveals one more hint; the goals failing now are the ones the attendee struggled with. */
export function recordHint(progress: Progress, id: string, outcome: CheckOutcome, hintCount: number, now: string): Progress {
  const entry = exerciseProgress(progress, id, now);
  return withExercise(progress, id, {
    ...entry,
    hintsShown: Math.min(hintCount, entry.hintsShown + 1),
    struggled: union(entry.struggled, failingIds(outcome)),
    updatedAt: now,
  });
}

export function recordModelAnswerShown(progress: Progress, id: string, outcome: CheckOutcome, now: string): Progress {
  const entry = exerciseProgress(progress, id, now);
  return withExercise(progress, id, {
    ...entry,
    modelAnswerShown: true,
    struggled: union(entry.struggled, failingIds(outcome)),
    updatedAt: now,
  });
}

export function resetExercise(progress: Progress, id: string): Progress {
  const { [id]: _removed, ...rest } = progress.exercises;
  return { ...progress, exercises: rest };
}

/** Forgets every exercise but keeps the attendee id, so a facilitator still counts them once. */
export function resetAll(progress: Progress): Progress {
  return emptyProgress(progress.attendee);
}

function later(a: string | undefined, b: string | undefined): boolean {
  return (a ?? '') > (b ?? '');
}

function earliest(a: string | undefined, b: string | undefined): string | undefined {
  if (!a) return b;
  if (!b) return a;
  return a < b ? a : b;
}

function mergeEntry(mine: ExerciseProgress, theirs: ExerciseProgress): ExerciseProgress {
  const newer = later(theirs.updatedAt, mine.updatedAt) ? theirs : mine;
  const best =
    !mine.best || (theirs.best && theirs.best.goalsPassed > mine.best.goalsPassed) ? (theirs.best ?? mine.best) : mine.best;
  return {
    ...newer,
    attempted: mine.attempted || theirs.attempted,
    hintsShown: Math.max(mine.hintsShown, theirs.hintsShown),
    modelAnswerShown: mine.modelAnswerShown || theirs.modelAnswerShown,
    struggled: union(mine.struggled, theirs.struggled),
    best,
    completedAt: earliest(mine.completedAt, theirs.completedAt),
  };
}

/**
 * Combines imported progress into the current one without losing either: per exercise, the
 * newer draft wins, completion and hints are kept from both, and the best answer is the better.
 */
export function mergeProgress(current: Progress, incoming: Progress): Progress {
  const exercises = { ...current.exercises };
  for (const [id, theirs] of Object.entries(incoming.exercises)) {
    const mine = exercises[id];
    exercises[id] = mine ? mergeEntry(mine, theirs) : theirs;
  }
  return { ...current, exercises };
}

/** The export file's text: pretty-printed, so a line number in an error means something. */
export function serialiseProgress(progress: Progress): string {
  return `${JSON.stringify(progress, null, 2)}\n`;
}

export type ProgressParseResult = { ok: true; progress: Progress } | { ok: false; error: string };

/** The line of a field in pretty-printed JSON: each key of the path is looked for after the last. */
function lineOfPath(text: string, path: readonly PropertyKey[]): number {
  let offset = 0;
  for (const key of path) {
    if (typeof key !== 'string') continue;
    const at = text.indexOf(JSON.stringify(key), offset);
    if (at === -1) break;
    offset = at;
  }
  return text.slice(0, offset).split('\n').length;
}

function lineOfJsonError(text: string, error: unknown): number {
  const position = /position (\d+)/u.exec(error instanceof Error ? error.message : '');
  return position ? text.slice(0, Number(position[1])).split('\n').length : 1;
}

/**
 * Reads a progress file, such as an export. Never throws: a problem comes back as one line
 * naming the file, the line and the field.
 */
export function parseProgress(text: string, file: string): ProgressParseResult {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return { ok: false, error: `${file}:${lineOfJsonError(text, error)}: (file): not valid JSON, so not a Kindling progress file` };
  }
  if (typeof data !== 'object' || data === null || (data as { kind?: unknown }).kind !== PROGRESS_KIND) {
    return { ok: false, error: `${file}:1: kind: not a Kindling progress file (expected kind "${PROGRESS_KIND}")` };
  }
  const version = (data as { version?: unknown }).version;
  if (version !== PROGRESS_VERSION) {
    return {
      ok: false,
      error: `${file}:${lineOfPath(text, ['version'])}: version: expected ${PROGRESS_VERSION}, found ${JSON.stringify(version)}; it was saved by another version of Kindling`,
    };
  }
  const parsed = Progress.safeParse(data, { reportInput: true });
  if (parsed.success) return { ok: true, progress: parsed.data };
  const issue = parsed.error.issues[0]!;
  const { path, message } = describeIssue(issue, '(file)');
  return { ok: false, error: `${file}:${lineOfPath(text, issue.path)}: ${path}: ${message}` };
}

/** Keeps the exercises that still read correctly when some entries of stored progress are damaged. */
function salvage(data: Record<string, unknown>): Progress | undefined {
  if (data.kind !== PROGRESS_KIND || data.version !== PROGRESS_VERSION || typeof data.attendee !== 'string' || !data.attendee) return undefined;
  if (typeof data.exercises !== 'object' || data.exercises === null) return undefined;
  const exercises: Record<string, ExerciseProgress> = {};
  for (const [id, entry] of Object.entries(data.exercises)) {
    const parsed = ExerciseProgress.safeParse(entry, { reportInput: true });
    if (parsed.success) exercises[id] = parsed.data;
  }
  return { kind: PROGRESS_KIND, version: PROGRESS_VERSION, attendee: data.attendee, exercises };
}

export interface LoadedProgress {
  progress: Progress;
  /** Set when stored data could not be used as it was. The bad value is kept under `backupKey`. */
  recovered?: { reason: string; backupKey: string; salvaged: number };
}

/**
 * Loads progress from storage. Corrupted or foreign data never crashes the page and is never
 * thrown away: it is copied to a backup key, and whatever can be salvaged is kept.
 */
export function loadProgress(storage: ProgressStorage, newAttendee: () => string, now: string): LoadedProgress {
  let raw: string | null;
  try {
    raw = storage.getItem(PROGRESS_STORAGE_KEY);
  } catch {
    return { progress: emptyProgress(newAttendee()) };
  }
  if (raw === null) return { progress: emptyProgress(newAttendee()) };
  const parsed = parseProgress(raw, 'saved progress');
  if (parsed.ok) return { progress: parsed.progress };
  const backupKey = `${PROGRESS_STORAGE_KEY}:backup:${now}`;
  try {
    storage.setItem(backupKey, raw);
  } catch {
    // Storage is full or blocked: the bad value stays where it is until the next save.
  }
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    data = undefined;
  }
  const salvaged = typeof data === 'object' && data !== null ? salvage(data as Record<string, unknown>) : undefined;
  return {
    progress: salvaged ?? emptyProgress(newAttendee()),
    recovered: { reason: parsed.error, backupKey, salvaged: salvaged ? Object.keys(salvaged.exercises).length : 0 },
  };
}

export type SaveResult = { ok: true } | { ok: false; error: string };

/** Saves progress; a full or blocked storage is reported, not thrown, so typing never breaks. */
export function saveProgress(storage: ProgressStorage, progress: Progress): SaveResult {
  try {
    storage.setItem(PROGRESS_STORAGE_KEY, JSON.stringify(progress));
    return { ok: true };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}
