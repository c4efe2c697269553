import * as z from 'zod/mini';
import type { LessonNumber } from '@kindling/rules';
import { describeIssue } from './describe-issue.js';
import { LessonNumberSchema } from './exercise.js';

// An attendee's progress: kept in localStorage on every keystroke, exported as a JSON file to
// move devices or hand to a facilitator. Pure functions over plain data, so the site, the tests
// and the facilitator view share them. A keystroke records a draft; only a check (the attendee
// presses Check, or the draft rests) records goals, completion and the best answer, so a prefix
// typed on the way never counts.

export const PROGRESS_KIND = 'kindling-exercise-progress';
export const PROGRESS_VERSION = 1;

export const MAX_NAME_LENGTH = 60;
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
  /** Times the attendee pressed Check, and how often each goal failed when they did. */
  checks: count,
  failedChecks: z._default(z.record(z.string(), z.number().check(z.int(), z.minimum(0))), {}),
  /** The answer that passed at a check, the latest one that did. */
  best: z.optional(z.object({ draft: z.string(), choices: z._default(z.array(LessonNumberSchema), []), goalsPassed: count })),
  /** Drafts that another tab's draft replaced at the same time: copies, so nothing is lost. */
  keptDrafts: z._default(z.array(z.object({ draft: z.string(), keptAt: isoTime })), []),
  completedAt: z.optional(isoTime),
  updatedAt: isoTime,
});
export type ExerciseProgress = z.infer<typeof ExerciseProgress>;

export const Progress = z.object({
  kind: z.literal(PROGRESS_KIND),
  version: z.literal(PROGRESS_VERSION),
  /** A random id, so a facilitator counts each attendee once, whatever name they give. */
  attendee: z.string().check(z.minLength(1)),
  /** The display name the attendee chose for the room, if any; it names their export file. */
  name: z.optional(z.string().check(z.trim(), z.maxLength(MAX_NAME_LENGTH))),
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

/** Records what the attendee typed or ticked; called on every keystroke. Never completes. */
export function recordDraft(progress: Progress, id: string, answer: Answer, now: string): Progress {
  const entry = exerciseProgress(progress, id, now);
  return withExercise(progress, id, {
    ...entry,
    draft: answer.draft ?? entry.draft,
    choices: answer.choices ? [...answer.choices] : entry.choices,
    attempted: true,
    updatedAt: now,
  });
}

export interface CheckOptions {
  /** The attendee pressed Check: failing goals are counted for the facilitator. A draft at rest is not counted. */
  pressed: boolean;
}

/**
 * Records a check of the answer: the goals it meets and, when it passes, completion and the
 * answer itself as the best one. Called when the attendee presses Check or the draft rests.
 */
export function recordCheck(progress: Progress, id: string, answer: Answer, outcome: CheckOutcome, now: string, options: CheckOptions): Progress {
  const entry = exerciseProgress(recordDraft(progress, id, answer, now), id, now);
  const failedChecks = { ...entry.failedChecks };
  if (options.pressed) for (const goalId of failingIds(outcome)) failedChecks[goalId] = (failedChecks[goalId] ?? 0) + 1;
  return withExercise(progress, id, {
    ...entry,
    passedGoals: outcome.goals.filter((goal) => goal.passed).map((goal) => goal.id),
    checks: entry.checks + (options.pressed ? 1 : 0),
    failedChecks,
    best: outcome.passed ? { draft: entry.draft, choices: entry.choices, goalsPassed: outcome.goals.length } : entry.best,
    completedAt: entry.completedAt ?? (outcome.passed ? now : undefined),
  });
}

/** Keeps a copy of a draft that is about to be replaced, unless one is kept already. */
export function keepDraft(progress: Progress, id: string, draft: string, now: string): Progress {
  const entry = exerciseProgress(progress, id, now);
  if (!draft.trim() || entry.keptDrafts.some((kept) => kept.draft === draft)) return progress;
  return withExercise(progress, id, { ...entry, keptDrafts: [...entry.keptDrafts, { draft, keptAt: now }] });
}

/** Sets the name the attendee goes by in the room; an empty one removes it. */
export function setDisplayName(progress: Progress, name: string): Progress {
  const trimmed = name.trim().slice(0, MAX_NAME_LENGTH);
  const { name: _old, ...rest } = progress;
  return trimmed ? { ...rest, name: trimmed } : rest;
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

function maxCounts(a: Readonly<Record<string, number>>, b: Readonly<Record<string, number>>): Record<string, number> {
  const merged = { ...a };
  for (const [goalId, times] of Object.entries(b)) merged[goalId] = Math.max(merged[goalId] ?? 0, times);
  return merged;
}

function unionKept(a: ExerciseProgress['keptDrafts'], b: ExerciseProgress['keptDrafts']): ExerciseProgress['keptDrafts'] {
  const seen = new Set(a.map((kept) => kept.draft));
  return [...a, ...b.filter((kept) => !seen.has(kept.draft) && seen.add(kept.draft))];
}

function mergeEntry(mine: ExerciseProgress, theirs: ExerciseProgress): ExerciseProgress {
  const newer = later(theirs.updatedAt, mine.updatedAt) ? theirs : mine;
  const best = !mine.best || (theirs.best && theirs.best.goalsPassed > mine.best.goalsPassed) ? (theirs.best ?? mine.best) : mine.best;
  return {
    ...newer,
    attempted: mine.attempted || theirs.attempted,
    hintsShown: Math.max(mine.hintsShown, theirs.hintsShown),
    modelAnswerShown: mine.modelAnswerShown || theirs.modelAnswerShown,
    struggled: union(mine.struggled, theirs.struggled),
    // The larger count, not the sum: the same file imported twice must not count twice.
    checks: Math.max(mine.checks, theirs.checks),
    failedChecks: maxCounts(mine.failedChecks, theirs.failedChecks),
    best,
    keptDrafts: unionKept(mine.keptDrafts, theirs.keptDrafts),
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

export interface SyncResult {
  progress: Progress;
  /** Exercises both tabs changed since they last agreed; the draft that lost is in keptDrafts. */
  conflicts: string[];
}

/** JSON with object keys sorted, so two equal values read from different places compare equal. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    inner && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner).filter(([, v]) => v !== undefined).sort(([a], [b]) => (a < b ? -1 : 1)))
      : inner,
  );
}

/** Whether two progress values (or entries) say the same, whatever order their keys are in. */
export function sameProgress(a: unknown, b: unknown): boolean {
  return canonical(a) === canonical(b);
}

const sameEntry = (a: ExerciseProgress | undefined, b: ExerciseProgress | undefined) => sameProgress(a, b);

/**
 * Brings another tab's progress into this tab's, given what both last agreed on (`base`): what
 * only one side changed is taken from that side; what both changed is merged, newest draft
 * first, with the other draft kept as a copy.
 */
export function syncProgress(base: Progress, mine: Progress, theirs: Progress, now: string): SyncResult {
  const exercises: Record<string, ExerciseProgress> = {};
  const conflicts: string[] = [];
  const ids = new Set([...Object.keys(base.exercises), ...Object.keys(mine.exercises), ...Object.keys(theirs.exercises)]);
  for (const id of ids) {
    const [was, m, t] = [base.exercises[id], mine.exercises[id], theirs.exercises[id]];
    let entry: ExerciseProgress | undefined;
    if (sameEntry(m, was)) entry = t;
    else if (sameEntry(t, was) || sameEntry(m, t)) entry = m;
    // One side reset the exercise while the other worked on it: the work is kept.
    else if (!m || !t) entry = m ?? t;
    else {
      entry = mergeEntry(m, t);
      const other = entry.draft === m.draft ? t.draft : m.draft;
      if (other !== entry.draft && other.trim()) {
        conflicts.push(id);
        entry = exerciseProgress(keepDraft({ ...mine, exercises: { [id]: entry } }, id, other, now), id, now);
      }
    }
    if (entry) exercises[id] = entry;
  }
  const name = mine.name === base.name ? theirs.name : mine.name;
  // Two tabs opened on an empty store each made up an attendee id: the stored one wins, so they agree.
  const progress: Progress = { kind: PROGRESS_KIND, version: PROGRESS_VERSION, attendee: theirs.attendee, ...(name ? { name } : {}), exercises };
  return { progress, conflicts };
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
