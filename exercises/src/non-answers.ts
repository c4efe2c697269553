import type { LessonNumber } from '@kindling/rules';
import { checkExercise } from './check-exercise.js';
import type { DraftExercise, Exercise, SpotExercise } from './exercise.js';

// What attendees type when they want "Well done" without doing the exercise. Every exercise
// must fail every one of these: the checker proves it, and so does the test suite.

export interface NonAnswer {
  /** How the checker names it in a problem report. */
  name: string;
  text: string;
  /** The field that supplied it, for exercises whose own text is the non-answer. */
  field?: (string | number)[];
}

/** The drafts anyone can type into any exercise without reading it. */
export const GENERIC_NON_ANSWERS: readonly NonAnswer[] = [
  { name: 'an empty draft', text: '' },
  { name: 'whitespace', text: ' \n\t \n' },
  { name: '"Thanks!"', text: 'Thanks!' },
  { name: '"Great post!"', text: 'Great post!' },
  { name: '"ok"', text: 'ok' },
  { name: 'gibberish', text: 'asdf qwer zxcv?' },
  { name: 'long gibberish', text: 'asdf qwer zxcv hjkl uiop vbnm tyui ghjk fghj rtyu dfgh cvbn wert sdfg xcvb? asdf!' },
];

/** The scenario as it reads on the page, Markdown emphasis taken out, as if copied and pasted. */
function asPasted(markdown: string): string {
  return markdown.replace(/[*_`]+/gu, '').trim();
}

/** The first half of a text, cut in the middle, and cut at the word boundary nearest the middle. */
export function halfPrefixes(text: string): string[] {
  const trimmed = text.trim();
  const middle = Math.floor(trimmed.length / 2);
  const before = trimmed.lastIndexOf(' ', middle);
  const after = trimmed.indexOf(' ', middle);
  const nearest = before === -1 ? after : after === -1 || middle - before <= after - middle ? before : after;
  const cuts = [trimmed.slice(0, middle), nearest > 0 ? trimmed.slice(0, nearest) : ''];
  return [...new Set(cuts.map((cut) => cut.trim()).filter((cut) => cut.length > 0))];
}

/** Every non-answer a write or rewrite exercise must fail, given the whole catalogue. */
export function nonAnswersFor(exercise: DraftExercise, catalogue: readonly Exercise[]): NonAnswer[] {
  const own: NonAnswer[] = [
    ...(exercise.type === 'rewrite' ? [{ name: 'the starter itself', text: exercise.starter, field: ['starter'] }] : []),
    { name: 'the scenario pasted back', text: asPasted(exercise.scenario), field: ['scenario'] },
    ...halfPrefixes(exercise.modelAnswer).map((text) => ({ name: `half of the model answer ("${text}")`, text, field: ['modelAnswer'] })),
    ...exercise.counterexamples.map((text, index) => ({ name: `counterexample ${index + 1}`, text, field: ['counterexamples', index] })),
  ];
  const others = catalogue
    .filter((other) => other.id !== exercise.id)
    .map((other) => ({ name: `the model answer of ${other.id}`, text: other.modelAnswer }));
  return [...GENERIC_NON_ANSWERS, ...own, ...others];
}

/** Every set of choices in a spot exercise, ticked or not, except the right one. */
export function wrongChoices(exercise: SpotExercise): LessonNumber[][] {
  const right = [...exercise.correct].sort().join();
  const sets: LessonNumber[][] = [];
  for (let mask = 0; mask < 2 ** exercise.choices.length; mask++) {
    const set = exercise.choices.filter((_, index) => mask & (2 ** index));
    if ([...set].sort().join() !== right) sets.push(set);
  }
  return sets;
}

/** The non-answers that pass an exercise; an exercise works when there are none. */
export function passingNonAnswers(exercise: Exercise, catalogue: readonly Exercise[]): NonAnswer[] {
  if (exercise.type === 'spot') {
    return wrongChoices(exercise)
      .filter((choices) => checkExercise(exercise, choices).passed)
      .map((choices) => ({ name: `the choices [${choices.join(', ')}]`, text: '', field: ['correct'] }));
  }
  return nonAnswersFor(exercise, catalogue).filter((nonAnswer) => checkExercise(exercise, nonAnswer.text).passed);
}
