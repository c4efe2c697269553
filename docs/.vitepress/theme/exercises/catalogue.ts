import { catalogue } from '@kindling/exercises/catalogue';
import { isCompleted, type Exercise, type ExerciseProgress } from '@kindling/exercises';
import { LESSON_NUMBERS, getLesson, type LessonNumber } from '@kindling/rules';

export { catalogue };

export function exerciseById(id: string): Exercise | undefined {
  return catalogue.find((exercise) => exercise.id === id);
}

export function exercisePath(exercise: Exercise): string {
  return `/exercises/${exercise.id}`;
}

/** The groups of the index: each lesson, by an exercise's first lesson, then the shy-online ones. */
export function exerciseGroups(): { key: string; title: string; exercises: Exercise[] }[] {
  const lessons = LESSON_NUMBERS.map((lesson: LessonNumber) => ({
    key: `lesson-${lesson}`,
    title: `Lesson ${lesson}: ${getLesson(lesson).title}`,
    exercises: catalogue.filter((exercise) => !exercise.concern && exercise.lessons[0] === lesson),
  }));
  return [...lessons, { key: 'shy-online', title: 'Shy online?', exercises: catalogue.filter((exercise) => exercise.concern) }];
}

export type ExerciseStatus = 'done' | 'started' | 'not started';

/** Done only when the answer that passed at a check still passes: a pass is earned. */
export function statusOf(exercise: Exercise, entry: ExerciseProgress | undefined): ExerciseStatus {
  if (isCompleted(exercise, entry)) return 'done';
  return entry?.attempted ? 'started' : 'not started';
}

/** The exercise after this one in course order, for the "Next exercise" link. */
export function nextExercise(exercise: Exercise): Exercise | undefined {
  return catalogue[catalogue.indexOf(exercise) + 1];
}
