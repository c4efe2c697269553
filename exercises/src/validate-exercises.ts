import { getLesson, lint, LESSON_NUMBERS, TextDoc } from '@kindling/rules';
import { checkExercise, knownRule, missedLessons, referencedRules } from './check-exercise.js';
import { ShyConcern, type Exercise, type ExerciseType } from './exercise.js';
import type { FileIssue } from './file-issue.js';
import { passingNonAnswers } from './non-answers.js';
import type { LocateField } from './parse-exercise.js';

/** An exercise as read from its file, with what is needed to point at its lines. */
export interface LocatedExercise {
  exercise: Exercise;
  file: string;
  locate: LocateField;
}

const EXERCISES_PER_LESSON = 4;
const MINIMUM_TOTAL = 28;
const TYPES: readonly ExerciseType[] = ['write', 'rewrite', 'spot'];
/** Ids the site uses for its own pages under /exercises/. */
const RESERVED_IDS = new Set(['index', 'summary', 'facilitator', 'handout', 'present']);

function issueAt(located: LocatedExercise, path: readonly PropertyKey[], message: string): FileIssue {
  return { file: located.file, line: located.locate(path), field: path.map(String).join('.'), message };
}

function failingGoals(check: ReturnType<typeof checkExercise>): string {
  return check.goals
    .filter((goal) => !goal.passed)
    .map((goal) => `${goal.id} (${goal.explanation})`)
    .join('; ');
}

/** Proves a spot exercise's answer key against the rules: the draft misses exactly those lessons. */
function validateSpot(located: LocatedExercise & { exercise: Extract<Exercise, { type: 'spot' }> }): FileIssue[] {
  const { exercise } = located;
  const issues: FileIssue[] = [];
  const missed = missedLessons(exercise);
  const expected = [...exercise.correct].sort();
  if (missed.slice().sort().join() !== expected.join()) {
    issues.push(issueAt(located, ['correct'], `the rules say the draft misses [${missed.join(', ')}], not [${exercise.correct.join(', ')}]`));
  }
  const model = lint({ ...(exercise.modelAnswerContext ?? exercise.context), text: exercise.modelAnswer });
  const stillFailing = exercise.correct.filter((lesson) => model.lessons[lesson].status !== 'pass');
  if (stillFailing.length > 0) {
    issues.push(issueAt(located, ['modelAnswer'], `the model answer does not pass lesson ${stillFailing.join(', ')}`));
  }
  return issues;
}

/**
 * Proves one exercise works: every rule it names exists, the starter (or an empty draft for a
 * `write`) fails its goals, and the model answer passes them all.
 */
export function validateExercise(located: LocatedExercise): FileIssue[] {
  const { exercise } = located;
  if (exercise.type === 'spot') return validateSpot({ ...located, exercise });
  const issues: FileIssue[] = [];
  for (const { ruleId, path } of referencedRules(exercise)) {
    if (!knownRule(ruleId)) issues.push(issueAt(located, path, `unknown rule "${ruleId}"`));
  }
  exercise.goals.points.forEach((point, index) => {
    point.terms.forEach((term, termIndex) => {
      if (new TextDoc(term).words.length === 0) {
        issues.push(issueAt(located, ['goals', 'points', index, 'terms', termIndex], `the term "${term}" has no word in it, so it can never be found`));
      }
    });
    if (point.min > point.terms.length) {
      issues.push(issueAt(located, ['goals', 'points', index, 'min'], `asks for ${point.min} terms but lists ${point.terms.length}`));
    }
  });
  if (issues.length > 0) return issues;
  const starter = exercise.type === 'rewrite' ? exercise.starter : '';
  if (checkExercise(exercise, starter).passed) {
    issues.push(issueAt(located, [exercise.type === 'rewrite' ? 'starter' : 'goals'], 'the starter already passes every goal'));
  }
  const model = checkExercise(exercise, exercise.modelAnswer);
  if (!model.passed) issues.push(issueAt(located, ['modelAnswer'], `the model answer fails ${failingGoals(model)}`));
  return issues;
}

/**
 * Proves that no non-answer passes: empty, generic or gibberish drafts, the exercise's own
 * starter, scenario, half of its model answer and counterexamples, and every other exercise's
 * model answer; for a spot exercise, every wrong set of choices, ticking everything included.
 */
export function validateNonAnswers(located: LocatedExercise, catalogue: readonly Exercise[]): FileIssue[] {
  return passingNonAnswers(located.exercise, catalogue).map((nonAnswer) =>
    issueAt(
      located,
      nonAnswer.field?.[0] === 'counterexamples' ? nonAnswer.field : ['goals'],
      `${nonAnswer.name} passes every goal; add a goal it cannot meet`,
    ),
  );
}

/** Ids must be unique across the catalogue, and match their file names. */
export function validateIds(all: readonly LocatedExercise[]): FileIssue[] {
  const issues: FileIssue[] = [];
  const seen = new Map<string, string>();
  for (const located of all) {
    const { id } = located.exercise;
    if (RESERVED_IDS.has(id)) issues.push(issueAt(located, ['id'], `id "${id}" is taken by a page of the site`));
    const firstFile = seen.get(id);
    if (firstFile) issues.push(issueAt(located, ['id'], `id "${id}" is already used by ${firstFile}`));
    else seen.set(id, located.file);
    const fileName = located.file.split(/[\\/]/u).at(-1)?.replace(/\.md$/u, '');
    if (fileName !== id) issues.push(issueAt(located, ['id'], `id "${id}" must match the file name "${fileName}.md"`));
  }
  return issues;
}

/** What the catalogue as a whole must cover: every lesson with every type, every shy concern. */
export function validateCoverage(all: readonly Exercise[]): string[] {
  const problems: string[] = [];
  if (all.length < MINIMUM_TOTAL) problems.push(`the catalogue has ${all.length} exercises; it needs at least ${MINIMUM_TOTAL}`);
  for (const lesson of LESSON_NUMBERS) {
    const forLesson = all.filter((e) => e.lessons.includes(lesson) && !e.concern);
    const name = `lesson ${lesson} (${getLesson(lesson).title})`;
    if (forLesson.length < EXERCISES_PER_LESSON) {
      problems.push(`${name} has ${forLesson.length} exercises; it needs at least ${EXERCISES_PER_LESSON}`);
    }
    const missingTypes = TYPES.filter((type) => !forLesson.some((e) => e.type === type));
    if (missingTypes.length > 0) problems.push(`${name} has no ${missingTypes.join(' or ')} exercise`);
  }
  for (const concern of ShyConcern.options) {
    if (!all.some((e) => e.concern === concern)) problems.push(`no exercise speaks to the shy concern "${concern}"`);
  }
  return problems;
}
