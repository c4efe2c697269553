import { checkExercise } from './check-exercise.js';
import type { Exercise } from './exercise.js';
import type { ExerciseProgress } from './progress.js';

/**
 * Whether an exercise is done: it was completed at a check, and the answer that passed still
 * passes today's goals. A file from an older, laxer version, or edited by hand, does not count.
 */
export function isCompleted(exercise: Exercise, entry: ExerciseProgress | undefined): boolean {
  if (!entry?.completedAt || !entry.best) return false;
  return checkExercise(exercise, exercise.type === 'spot' ? entry.best.choices : entry.best.draft).passed;
}
