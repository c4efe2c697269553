import { getLesson, lint, rules, TextDoc, type DraftInput, type LessonNumber, type LintResult } from '@kindling/rules';
import { ruleDocs } from '@kindling/rules/docs';
import { findAddress, findTerms, measureSubstance, MIN_COMMON_WORDS } from './evidence.js';
import type { AddressGoal, DraftExercise, Exercise, LessonGoal, PointGoal, RuleGoal, SpotExercise, SubstanceGoal } from './exercise.js';
import { fill, goalExplanations, goalLabels } from './messages.js';

export type GoalKind = 'avoid' | 'praise' | 'pass' | 'address' | 'point' | 'substance' | 'spot';

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

function lessonOf(goal: LessonGoal): { lesson: LessonNumber; label?: string; minScore?: number } {
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
  const { lesson, label, minScore } = lessonOf(goal);
  const { title, summary } = getLesson(lesson);
  const { status, score } = result.lessons[lesson];
  const messages = result.findings.filter((f) => f.lesson === lesson && f.severity !== 'info').map((f) => f.message);
  // n/a never counts: a lesson that nothing in the draft speaks to is not met.
  const highEnough = minScore === undefined || score >= minScore;
  const passed = status === 'pass' && highEnough;
  const explanation =
    status === 'n/a'
      ? fill(goalExplanations.passNotApplicable, { lesson, summary })
      : status === 'fail'
        ? fill(goalExplanations.passFailed, { messages: joinMessages(messages) })
        : highEnough
          ? fill(goalExplanations.passPassed, { lesson })
          : fill(goalExplanations.passLowScore, { lesson, score, minScore: minScore!, summary });
  return {
    id: `pass:${lesson}`,
    kind: 'pass',
    label: label ?? (minScore === undefined ? fill(goalLabels.pass, { lesson, title }) : fill(goalLabels.passWithScore, { lesson, title, minScore })),
    passed,
    lesson,
    explanation,
  };
}

function addressGoal(goal: AddressGoal, doc: TextDoc): GoalResult {
  const name = goal.names[0]!;
  const passed = findAddress(doc, goal.names) !== undefined;
  return {
    id: 'address',
    kind: 'address',
    label: goal.label ?? fill(goalLabels.address, { name }),
    passed,
    explanation: fill(passed ? goalExplanations.addressPassed : goalExplanations.addressFailed, { name }),
  };
}

function quoted(terms: readonly string[]): string {
  return terms.map((term) => `"${term}"`).join(', ');
}

function pointGoal(goal: PointGoal, index: number, doc: TextDoc): GoalResult {
  const found = findTerms(doc, goal.terms);
  const passed = found.length >= goal.min;
  const examples = quoted(goal.terms.filter((term) => !found.includes(term)).slice(0, 3));
  const explanation = passed
    ? fill(goalExplanations.pointPassed, { found: quoted(found) })
    : found.length === 0
      ? fill(goalExplanations.pointFailed, { examples })
      : fill(goalExplanations.pointFailedSome, { found: quoted(found), missing: goal.min - found.length, examples });
  return { id: `point:${index + 1}`, kind: 'point', label: goal.label, passed, explanation };
}

function substanceGoal(goal: SubstanceGoal, doc: TextDoc): GoalResult {
  const { realWords, commonWords } = measureSubstance(doc);
  const sentences = commonWords >= MIN_COMMON_WORDS;
  const passed = sentences && realWords >= goal.words;
  const explanation = passed
    ? goalExplanations.substancePassed
    : realWords >= goal.words
      ? goalExplanations.substanceNoSentences
      : fill(goalExplanations.substanceShort, { count: realWords, words: goal.words });
  return { id: 'substance', kind: 'substance', label: goal.label ?? fill(goalLabels.substance, { words: goal.words }), passed, explanation };
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
  const text = typeof answer === 'string' ? answer : '';
  const result = lint(exerciseDraft(exercise, text));
  const doc = new TextDoc(text);
  const { goals: wanted } = exercise;
  const goals = [
    ...(wanted.address ? [addressGoal(wanted.address, doc)] : []),
    ...wanted.points.map((goal, index) => pointGoal(goal, index, doc)),
    ...(wanted.substance ? [substanceGoal(wanted.substance, doc)] : []),
    ...wanted.avoid.map((goal) => avoidGoal(goal, result)),
    ...wanted.praise.map((goal) => praiseGoal(goal, result)),
    ...wanted.pass.map((goal) => passGoal(goal, result)),
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
