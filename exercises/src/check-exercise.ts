import { getLesson, lint, rules, type DraftInput, type LessonNumber, type LintResult } from '@kindling/rules';
import { ruleDocs } from '@kindling/rules/docs';
import type { DraftExercise, Exercise, LessonGoal, RuleGoal, SpotExercise } from './exercise.js';
import { fill, goalExplanations, goalLabels } from './messages.js';

export type GoalKind = 'avoid' | 'praise' | 'pass' | 'spot';

export interface GoalResult {
  /** Stable within an exercise, e.g. `avoid:no-pitch` or `pass:3`; progress files record it. */
  id: string;
  kind: GoalKind;
  label: string;
  passed: boolean;
  ruleId?: string;
  lesson?: LessonNumber;
  /** Why the goal passes or fails, in the words of the findings where there are some. */
  explanation: string;
}

export interface ExerciseCheck {
  goals: GoalResult[];
  passed: boolean;
  /** The lint result behind the goals; for `spot`, the lint of the draft being inspected. */
  result: LintResult;
}

const ruleById = new Map(rules.map((rule) => [rule.id, rule]));

/** The Draft an exercise's text is checked as: the attendee's text in the exercise's situation. */
export function exerciseDraft(exercise: Exercise, text: string): DraftInput {
  return { ...exercise.context, text };
}

function ruleOf(goal: RuleGoal): { ruleId: string; label?: string } {
  return typeof goal === 'string' ? { ruleId: goal } : { ruleId: goal.rule, label: goal.label };
}

function lessonOf(goal: LessonGoal): { lesson: LessonNumber; label?: string } {
  return typeof goal === 'number' ? { lesson: goal } : goal;
}

function joinMessages(messages: readonly string[]): string {
  return [...new Set(messages)].join(' ');
}

function adviceFor(ruleId: string): string {
  const rule = ruleById.get(ruleId);
  if (!rule) return '';
  return ruleDocs[rule.id]?.howToFix ?? rule.meta.description;
}

function avoidGoal(goal: RuleGoal, result: LintResult): GoalResult {
  const { ruleId, label } = ruleOf(goal);
  const messages = result.findings.filter((finding) => finding.ruleId === ruleId).map((finding) => finding.message);
  const passed = messages.length === 0;
  return {
    id: `avoid:${ruleId}`,
    kind: 'avoid',
    label: label ?? fill(goalLabels.avoid, { ruleId }),
    passed,
    ruleId,
    explanation: passed ? fill(goalExplanations.avoidPassed, { ruleId }) : fill(goalExplanations.avoidFailed, { messages: joinMessages(messages) }),
  };
}

function praiseGoal(goal: RuleGoal, result: LintResult): GoalResult {
  const { ruleId, label } = ruleOf(goal);
  const messages = result.praise.filter((praise) => praise.ruleId === ruleId).map((praise) => praise.message);
  const passed = messages.length > 0;
  return {
    id: `praise:${ruleId}`,
    kind: 'praise',
    label: label ?? fill(goalLabels.praise, { ruleId }),
    passed,
    ruleId,
    explanation: passed
      ? fill(goalExplanations.praisePassed, { messages: joinMessages(messages) })
      : fill(goalExplanations.praiseFailed, { advice: adviceFor(ruleId) }).trim(),
  };
}

function passGoal(goal: LessonGoal, result: LintResult): GoalResult {
  const { lesson, label } = lessonOf(goal);
  const { title, summary } = getLesson(lesson);
  const status = result.lessons[lesson].status;
  const messages = result.findings.filter((f) => f.lesson === lesson && f.severity !== 'info').map((f) => f.message);
  const explanation =
    status === 'pass'
      ? fill(goalExplanations.passPassed, { lesson })
      : status === 'n/a'
        ? fill(goalExplanations.passNotApplicable, { lesson, summary })
        : fill(goalExplanations.passFailed, { messages: joinMessages(messages) });
  return {
    id: `pass:${lesson}`,
    kind: 'pass',
    label: label ?? fill(goalLabels.pass, { lesson, title }),
    passed: status === 'pass',
    lesson,
    explanation,
  };
}

/** The lessons a spot exercise's draft really misses, according to the rules. */
export function missedLessons(exercise: SpotExercise, result: LintResult = lint(exerciseDraft(exercise, exercise.draft))): LessonNumber[] {
  return exercise.choices.filter((lesson) => result.lessons[lesson].status === 'fail');
}

function lessonNames(lessons: readonly LessonNumber[]): string {
  return lessons.map((lesson) => `lesson ${lesson} (${getLesson(lesson).title})`).join(', ');
}

function spotGoals(exercise: SpotExercise, chosen: readonly LessonNumber[]): GoalResult[] {
  const picked = new Set(chosen);
  const found = exercise.correct.filter((lesson) => picked.has(lesson)).length;
  const extra = [...picked].filter((lesson) => !exercise.correct.includes(lesson));
  const foundAll = found === exercise.correct.length;
  return [
    {
      id: 'spot:find-all',
      kind: 'spot',
      label: goalLabels.spotFindAll,
      passed: foundAll,
      explanation: foundAll
        ? goalExplanations.spotFoundAll
        : fill(goalExplanations.spotMissing, { found, total: exercise.correct.length }),
    },
    {
      id: 'spot:only-misses',
      kind: 'spot',
      label: goalLabels.spotOnlyMisses,
      // Naming nothing is not yet a right answer, so this goal waits for a first pick.
      passed: picked.size > 0 && extra.length === 0,
      explanation: extra.length === 0 ? goalExplanations.spotOnlyMisses : fill(goalExplanations.spotExtra, { lessons: lessonNames(extra) }),
    },
  ];
}

/** Checks a draft against a write or rewrite exercise's goals. */
export function checkExercise(exercise: DraftExercise, text: string): ExerciseCheck;
/** Checks the lessons an attendee picked in a spot exercise. */
export function checkExercise(exercise: SpotExercise, chosen: readonly LessonNumber[]): ExerciseCheck;
export function checkExercise(exercise: Exercise, answer: string | readonly LessonNumber[]): ExerciseCheck;
export function checkExercise(exercise: Exercise, answer: string | readonly LessonNumber[]): ExerciseCheck {
  if (exercise.type === 'spot') {
    const result = lint(exerciseDraft(exercise, exercise.draft));
    const goals = spotGoals(exercise, typeof answer === 'string' ? [] : answer);
    return { goals, passed: goals.every((goal) => goal.passed), result };
  }
  const result = lint(exerciseDraft(exercise, typeof answer === 'string' ? answer : ''));
  const goals = [
    ...exercise.goals.avoid.map((goal) => avoidGoal(goal, result)),
    ...exercise.goals.praise.map((goal) => praiseGoal(goal, result)),
    ...exercise.goals.pass.map((goal) => passGoal(goal, result)),
  ];
  return { goals, passed: goals.every((goal) => goal.passed), result };
}

/** The rule ids an exercise refers to, each with where it sits in the exercise, for validation. */
export function referencedRules(exercise: Exercise): { ruleId: string; path: (string | number)[] }[] {
  if (exercise.type === 'spot') return [];
  return (['avoid', 'praise'] as const).flatMap((kind) =>
    exercise.goals[kind].map((goal, index) => ({ ruleId: ruleOf(goal).ruleId, path: ['goals', kind, index] })),
  );
}

export function knownRule(ruleId: string): boolean {
  return ruleById.has(ruleId);
}
