import { getLesson, LESSON_NUMBERS, type LessonNumber } from '@kindling/rules';
import { anonymise, sceneVocabulary } from './anonymise.js';
import { checkExercise, type GoalResult } from './check-exercise.js';
import type { Exercise } from './exercise.js';
import { mergeProgress, type ExerciseProgress, type Progress } from './progress.js';

// What a facilitator sees after a workshop, from the attendees' exported progress files. Runs in
// the facilitator's browser: the files are read there and never sent anywhere.

export interface GoalStruggle {
  goalId: string;
  label: string;
  ruleId?: string;
  lesson?: LessonNumber;
  /** Attendees who asked for help while this goal failed, or who left it failing. */
  attendees: number;
}

export interface ExerciseSummary {
  id: string;
  title: string;
  lessons: LessonNumber[];
  started: number;
  finished: number;
  /** Most struggled-with first. */
  struggles: GoalStruggle[];
  /** Finished answers with names, handles, emails and links taken out. */
  examples: string[];
}

export interface LessonSummary {
  lesson: LessonNumber;
  title: string;
  exercises: number;
  /** Attendees who finished at least one of the lesson's exercises. */
  attendeesFinishedAny: number;
  /** Attendees who finished all of them. */
  attendeesFinishedAll: number;
  /** Struggles across the lesson's exercises, by rule or lesson, most frequent first. */
  struggles: GoalStruggle[];
}

export interface RoomSummary {
  attendees: number;
  exercises: ExerciseSummary[];
  lessons: LessonSummary[];
}

const MAX_EXAMPLES = 3;

/** One progress per attendee: two files from the same attendee (laptop and phone) are merged. */
function byAttendee(files: readonly Progress[]): Progress[] {
  const merged = new Map<string, Progress>();
  for (const progress of files) {
    const earlier = merged.get(progress.attendee);
    merged.set(progress.attendee, earlier ? mergeProgress(earlier, progress) : progress);
  }
  return [...merged.values()];
}

function answerOf(exercise: Exercise, entry: ExerciseProgress): string | LessonNumber[] {
  return exercise.type === 'spot' ? entry.choices : entry.draft;
}

function struggledGoals(exercise: Exercise, entry: ExerciseProgress, goals: readonly GoalResult[]): Set<string> {
  const struggled = new Set(entry.struggled);
  if (!entry.completedAt && entry.attempted) for (const goal of goals) if (!goal.passed) struggled.add(goal.id);
  return struggled;
}

function exampleOf(exercise: Exercise, entry: ExerciseProgress): string | undefined {
  if (!entry.completedAt || exercise.type === 'spot') return undefined;
  const draft = entry.best?.draft ?? entry.draft;
  return draft.trim() ? anonymise(draft, sceneVocabulary(exercise)) : undefined;
}

function summariseExercise(exercise: Exercise, attendees: readonly Progress[]): ExerciseSummary {
  const labels = new Map<string, GoalResult>();
  const counts = new Map<string, number>();
  const examples: string[] = [];
  let started = 0;
  let finished = 0;
  for (const progress of attendees) {
    const entry = progress.exercises[exercise.id];
    if (!entry?.attempted) continue;
    started++;
    if (entry.completedAt) finished++;
    const { goals } = checkExercise(exercise, answerOf(exercise, entry));
    for (const goal of goals) labels.set(goal.id, goal);
    for (const goalId of struggledGoals(exercise, entry, goals)) counts.set(goalId, (counts.get(goalId) ?? 0) + 1);
    const example = exampleOf(exercise, entry);
    if (example && examples.length < MAX_EXAMPLES && !examples.includes(example)) examples.push(example);
  }
  const struggles = [...counts]
    .filter(([goalId]) => labels.has(goalId))
    .map(([goalId, count]) => {
      const goal = labels.get(goalId)!;
      return { goalId, label: goal.label, ruleId: goal.ruleId, lesson: goal.lesson, attendees: count };
    })
    .sort((a, b) => b.attendees - a.attendees || a.goalId.localeCompare(b.goalId));
  return { id: exercise.id, title: exercise.title, lessons: [...exercise.lessons], started, finished, struggles, examples };
}

function summariseLesson(lesson: LessonNumber, catalogue: readonly Exercise[], exercises: readonly ExerciseSummary[], attendees: readonly Progress[]): LessonSummary {
  const ids = catalogue.filter((exercise) => exercise.lessons.includes(lesson)).map((exercise) => exercise.id);
  const finishedCount = (progress: Progress) => ids.filter((id) => progress.exercises[id]?.completedAt).length;
  const byGoal = new Map<string, GoalStruggle>();
  for (const summary of exercises.filter((s) => ids.includes(s.id))) {
    for (const struggle of summary.struggles) {
      // The same rule failing in different exercises is one struggle for the lesson.
      const key = struggle.ruleId ?? struggle.goalId;
      const earlier = byGoal.get(key);
      byGoal.set(key, earlier ? { ...earlier, attendees: earlier.attendees + struggle.attendees } : { ...struggle });
    }
  }
  return {
    lesson,
    title: getLesson(lesson).title,
    exercises: ids.length,
    attendeesFinishedAny: attendees.filter((progress) => finishedCount(progress) > 0).length,
    attendeesFinishedAll: ids.length === 0 ? 0 : attendees.filter((progress) => finishedCount(progress) === ids.length).length,
    struggles: [...byGoal.values()].sort((a, b) => b.attendees - a.attendees),
  };
}

/** Sums up a room from its attendees' progress files. */
export function summariseRoom(catalogue: readonly Exercise[], files: readonly Progress[]): RoomSummary {
  const attendees = byAttendee(files);
  const exercises = catalogue.map((exercise) => summariseExercise(exercise, attendees));
  const lessons = LESSON_NUMBERS.map((lesson) => summariseLesson(lesson, catalogue, exercises, attendees));
  return { attendees: attendees.length, exercises, lessons };
}
