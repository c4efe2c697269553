import { getLesson, LESSON_NUMBERS, type LessonNumber } from '@kindling/rules';
import { anonymise, sceneVocabulary } from './anonymise.js';
import { checkExercise, type GoalResult } from './check-exercise.js';
import { isCompleted } from './completion.js';
import type { Exercise } from './exercise.js';
import { mergeProgress, type ExerciseProgress, type Progress } from './progress.js';

// What a facilitator sees after a workshop, from the attendees' exported progress files. Runs in
// the facilitator's browser: the files are read there and never sent anywhere.

export interface GoalStruggle {
  goalId: string;
  label: string;
  ruleId?: string;
  lesson?: LessonNumber;
  /** Times the goal failed when an attendee pressed Check. */
  failedChecks: number;
  /** Attendees it failed for at least once when they pressed Check. */
  attendees: number;
}

export interface ExerciseSummary {
  id: string;
  title: string;
  lessons: LessonNumber[];
  started: number;
  /** Attendees whose passing answer still passes the goals. */
  finished: number;
  /** The goals that failed most often at Check, most first. */
  struggles: GoalStruggle[];
  /** Answers that passed, with names, handles, emails, phone numbers and links taken out. */
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
  /** The display names attendees gave, in file order; attendees without one are not listed. */
  names: string[];
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

function exampleOf(exercise: Exercise, entry: ExerciseProgress): string | undefined {
  if (exercise.type === 'spot' || !entry.best?.draft.trim()) return undefined;
  return anonymise(entry.best.draft, sceneVocabulary(exercise));
}

function summariseExercise(exercise: Exercise, attendees: readonly Progress[]): ExerciseSummary {
  const labels = new Map<string, GoalResult>(checkExercise(exercise, exercise.type === 'spot' ? [] : '').goals.map((goal) => [goal.id, goal]));
  const failed = new Map<string, { failedChecks: number; attendees: number }>();
  const examples: string[] = [];
  let started = 0;
  let finished = 0;
  for (const progress of attendees) {
    const entry = progress.exercises[exercise.id];
    if (!entry?.attempted) continue;
    started++;
    for (const [goalId, times] of Object.entries(entry.failedChecks)) {
      if (times === 0) continue;
      const earlier = failed.get(goalId) ?? { failedChecks: 0, attendees: 0 };
      failed.set(goalId, { failedChecks: earlier.failedChecks + times, attendees: earlier.attendees + 1 });
    }
    if (!isCompleted(exercise, entry)) continue;
    finished++;
    const example = exampleOf(exercise, entry);
    if (example && examples.length < MAX_EXAMPLES && !examples.includes(example)) examples.push(example);
  }
  const struggles = [...failed]
    // A goal the exercise no longer has (the file is older than the catalogue) is left out.
    .filter(([goalId]) => labels.has(goalId))
    .map(([goalId, counts]) => {
      const goal = labels.get(goalId)!;
      return { goalId, label: goal.label, ruleId: goal.ruleId, lesson: goal.lesson, ...counts };
    })
    .sort((a, b) => b.failedChecks - a.failedChecks || b.attendees - a.attendees || a.goalId.localeCompare(b.goalId));
  return { id: exercise.id, title: exercise.title, lessons: [...exercise.lessons], started, finished, struggles, examples };
}

function summariseLesson(lesson: LessonNumber, catalogue: readonly Exercise[], exercises: readonly ExerciseSummary[], attendees: readonly Progress[]): LessonSummary {
  const inLesson = catalogue.filter((exercise) => exercise.lessons.includes(lesson));
  const ids = inLesson.map((exercise) => exercise.id);
  const finishedCount = (progress: Progress) => inLesson.filter((exercise) => isCompleted(exercise, progress.exercises[exercise.id])).length;
  const byGoal = new Map<string, GoalStruggle>();
  for (const summary of exercises.filter((s) => ids.includes(s.id))) {
    for (const struggle of summary.struggles) {
      // The same rule failing in different exercises is one struggle for the lesson.
      const key = struggle.ruleId ?? `${summary.id}:${struggle.goalId}`;
      const earlier = byGoal.get(key);
      byGoal.set(
        key,
        earlier
          ? { ...earlier, failedChecks: earlier.failedChecks + struggle.failedChecks, attendees: earlier.attendees + struggle.attendees }
          : { ...struggle },
      );
    }
  }
  return {
    lesson,
    title: getLesson(lesson).title,
    exercises: ids.length,
    attendeesFinishedAny: attendees.filter((progress) => finishedCount(progress) > 0).length,
    attendeesFinishedAll: ids.length === 0 ? 0 : attendees.filter((progress) => finishedCount(progress) === ids.length).length,
    struggles: [...byGoal.values()].sort((a, b) => b.failedChecks - a.failedChecks || b.attendees - a.attendees),
  };
}

/** Sums up a room from its attendees' progress files. */
export function summariseRoom(catalogue: readonly Exercise[], files: readonly Progress[]): RoomSummary {
  const attendees = byAttendee(files);
  const exercises = catalogue.map((exercise) => summariseExercise(exercise, attendees));
  const lessons = LESSON_NUMBERS.map((lesson) => summariseLesson(lesson, catalogue, exercises, attendees));
  const names = attendees.flatMap((progress) => (progress.name ? [progress.name] : []));
  return { attendees: attendees.length, names, exercises, lessons };
}
