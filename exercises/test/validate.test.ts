import { describe, expect, it } from 'vitest';
import { formatFileIssue } from '../src/file-issue.js';
import { loadExercises } from '../src/node/load-exercises.js';
import { validateCoverage, validateExercise, validateIds, validateNonAnswers } from '../src/validate-exercises.js';

// The checker of scripts/check-exercises.ts, as a test: a broken exercise fails CI.
const { exercises, issues } = loadExercises();
const catalogue = exercises.map((located) => located.exercise);

describe('exercise files', () => {
  it('all match the schema', () => {
    expect(issues.map(formatFileIssue)).toEqual([]);
  });

  it('have unique ids that match their file names', () => {
    expect(validateIds(exercises).map(formatFileIssue)).toEqual([]);
  });

  it('cover every lesson with every type, and every shy concern', () => {
    expect(validateCoverage(exercises.map((located) => located.exercise))).toEqual([]);
  });
});

describe.each(exercises.map((located) => [located.exercise.id, located] as const))('%s', (_id, located) => {
  it('names only rules that exist, fails with its starter and passes with its model answer', () => {
    expect(validateExercise(located).map(formatFileIssue)).toEqual([]);
  });

  it('fails every non-answer: generic drafts, its own starter, scenario, half its model answer, counterexamples, other model answers', () => {
    expect(validateNonAnswers(located, catalogue).map(formatFileIssue)).toEqual([]);
  });

  it('has two or three hints', () => {
    expect(located.exercise.hints.length).toBeGreaterThanOrEqual(2);
    expect(located.exercise.hints.length).toBeLessThanOrEqual(3);
  });
});
