import type { FileIssue } from '../file-issue.js';
import { validateCoverage, validateExercise, validateIds } from '../validate-exercises.js';
import { contentDir, loadExercises } from './load-exercises.js';

export interface CatalogueReport {
  /** How many exercise files were read. */
  checked: number;
  issues: FileIssue[];
  /** Gaps in what the catalogue covers as a whole. */
  coverage: string[];
}

/** Everything the checker proves about the exercise files, in one pass. */
export function validateCatalogue(dir: string = contentDir, cwd?: string): CatalogueReport {
  const { exercises, issues } = loadExercises(dir, cwd);
  return {
    checked: exercises.length + new Set(issues.map((issue) => issue.file)).size,
    issues: [...issues, ...validateIds(exercises), ...exercises.flatMap(validateExercise)],
    coverage: validateCoverage(exercises.map((located) => located.exercise)),
  };
}
