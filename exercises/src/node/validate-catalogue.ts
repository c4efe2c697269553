import type { FileIssue } from '../file-issue.js';
import { validateCoverage, validateExercise, validateIds, validateNonAnswers } from '../validate-exercises.js';
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
  const catalogue = exercises.map((located) => located.exercise);
  return {
    checked: exercises.length + new Set(issues.map((issue) => issue.file)).size,
    issues: [
      ...issues,
      ...validateIds(exercises),
      ...exercises.flatMap((located) => {
        const broken = validateExercise(located);
        // An exercise that fails its own model answer would fail every non-answer too; one problem at a time.
        return broken.length > 0 ? broken : validateNonAnswers(located, catalogue);
      }),
    ],
    coverage: validateCoverage(exercises.map((located) => located.exercise)),
  };
}
