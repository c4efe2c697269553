import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { LESSON_NUMBERS } from '@kindling/rules';
import type { FileIssue } from '../file-issue.js';
import { parseExercise } from '../parse-exercise.js';
import type { LocatedExercise } from '../validate-exercises.js';

/** The exercise files shipped with the package; the same path from src/node and dist/node. */
export const contentDir = fileURLToPath(new URL('../../content/', import.meta.url));

function markdownFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.md') && entry.name !== 'README.md')
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

/** Lesson order as the post counts them down (6 first), the "Shy online?" exercises last. */
function catalogueOrder(a: LocatedExercise, b: LocatedExercise): number {
  const rank = ({ exercise }: LocatedExercise) => (exercise.concern ? LESSON_NUMBERS.length : LESSON_NUMBERS.indexOf(exercise.lessons[0]!));
  return rank(a) - rank(b) || a.file.localeCompare(b.file);
}

export interface LoadedExercises {
  exercises: LocatedExercise[];
  /** Files that could not be read as exercises; the others are still loaded. */
  issues: FileIssue[];
}

/** Reads every exercise file under `dir`. A bad file is reported, and the rest still load. */
export function loadExercises(dir: string = contentDir, cwd: string = process.cwd()): LoadedExercises {
  const exercises: LocatedExercise[] = [];
  const issues: FileIssue[] = [];
  for (const path of markdownFiles(dir)) {
    const file = relative(cwd, path) || path;
    const parsed = parseExercise(readFileSync(path, 'utf8'), file);
    if (parsed.exercise) exercises.push({ exercise: parsed.exercise, file, locate: parsed.locate });
    else issues.push(...parsed.issues);
  }
  return { exercises: exercises.sort(catalogueOrder), issues };
}
