import { describe, expect, it } from 'vitest';
import { checkExercise } from '../src/check-exercise.js';
import { Exercise, type DraftExercise, type SpotExercise } from '../src/exercise.js';
import { formatFileIssue } from '../src/file-issue.js';
import { GENERIC_NON_ANSWERS, halfPrefixes, nonAnswersFor, wrongChoices } from '../src/non-answers.js';
import { loadExercises } from '../src/node/load-exercises.js';
import { validateExercise, validateNonAnswers, type LocatedExercise } from '../src/validate-exercises.js';

const { exercises } = loadExercises();
const catalogue = exercises.map((located) => located.exercise);
const located = (id: string): LocatedExercise => exercises.find((entry) => entry.exercise.id === id)!;

/** An exercise with its evidence goals taken out, the way the catalogue used to be. */
function weakened(id: string, goals: Record<string, unknown>): LocatedExercise {
  const original = located(id);
  const exercise = Exercise.parse({ ...original.exercise, goals, counterexamples: [] });
  return { ...original, exercise };
}

describe('the non-answer proof', () => {
  it('catches an exercise that only asks rules not to fire', () => {
    const weak = weakened('thank-the-sharer', { avoid: ['no-empty-post'], substance: { words: 2 } });
    const problems = validateNonAnswers(weak, catalogue).map(formatFileIssue);
    expect(problems[0]).toBe('exercises/content/3-appreciation-counts/thank-the-sharer.md:16: goals: the scenario pasted back passes every goal; add a goal it cannot meet');
    expect(problems).toContain(
      'exercises/content/3-appreciation-counts/thank-the-sharer.md:16: goals: the model answer of thank-the-mention passes every goal; add a goal it cannot meet',
    );
    // Two words that are not sentences ("Great post!") still fail the substance goal.
    expect(problems.some((line) => line.includes('"Great post!" passes'))).toBe(false);
  });

  it('catches half of the model answer passing', () => {
    const weak = weakened('thank-the-sharer', { address: { names: ['Kai'] }, avoid: ['thank-sharers'] });
    const [, half] = halfPrefixes(weak.exercise.modelAnswer);
    expect(half).toBe('Thank you, Kai! That means a lot coming from you. The section on day rates');
    expect(validateNonAnswers(weak, catalogue).map(formatFileIssue)).toContain(
      `exercises/content/3-appreciation-counts/thank-the-sharer.md:16: goals: half of the model answer ("${half}") passes every goal; add a goal it cannot meet`,
    );
  });

  it('names a counterexample that passes by its own line', () => {
    const original = located('thank-the-sharer');
    const passing = 'Thank you so much for sharing this, Kai! It started as a reply to your thread last month, so the credit is partly yours.';
    expect(checkExercise(original.exercise as DraftExercise, passing).passed).toBe(true);
    const exercise = { ...original.exercise, counterexamples: ['Thanks Kai!', passing] } as DraftExercise;
    expect(validateNonAnswers({ ...original, exercise }, catalogue).map(formatFileIssue)).toEqual([
      `exercises/content/3-appreciation-counts/thank-the-sharer.md:${original.locate(['counterexamples', 1])}: counterexamples.1: counterexample 2 passes every goal; add a goal it cannot meet`,
    ]);
  });

  it('tries the generic drafts, the starter, the scenario, both halves of the cut and every other model answer', () => {
    const exercise = located('beyond-great-post').exercise as DraftExercise;
    const names = nonAnswersFor(exercise, catalogue).map((nonAnswer) => nonAnswer.name);
    expect(names.slice(0, GENERIC_NON_ANSWERS.length)).toEqual(['an empty draft', 'whitespace', '"Thanks!"', '"Great post!"', '"ok"', 'gibberish', 'long gibberish']);
    expect(names).toContain('the starter itself');
    expect(names).toContain('the scenario pasted back');
    expect(names.filter((name) => name.startsWith('half of the model answer'))).toEqual(
      halfPrefixes(exercise.modelAnswer).map((half) => `half of the model answer ("${half}")`),
    );
    expect(names.filter((name) => name.startsWith('counterexample '))).toHaveLength(exercise.counterexamples.length);
    expect(names.filter((name) => name.startsWith('the model answer of '))).toHaveLength(catalogue.length - 1);
  });

  it('cuts a model answer in the middle and at the nearest word boundary', () => {
    expect(halfPrefixes('one two three four')).toEqual(['one two t', 'one two']);
    expect(halfPrefixes('')).toEqual([]);
  });
});

describe('point goals', () => {
  it('are rejected when a term has no word or min asks for more terms than there are', () => {
    const original = located('beyond-great-post');
    const exercise = Exercise.parse({
      ...original.exercise,
      goals: { ...(original.exercise as DraftExercise).goals, points: [{ label: 'Numbers', terms: ['%', 'courier'], min: 3 }] },
    });
    expect(validateExercise({ ...original, exercise }).map((issue) => `${issue.field}: ${issue.message}`)).toEqual([
      'goals.points.0.terms.0: the term "%" has no word in it, so it can never be found',
      'goals.points.0.min: asks for 3 terms but lists 2',
    ]);
  });
});

describe('a spot exercise', () => {
  const spot = located('spot-the-empty-share').exercise as SpotExercise;

  it('passes only with exactly the right choices', () => {
    expect(checkExercise(spot, [6]).passed).toBe(true);
    expect(checkExercise(spot, spot.choices).passed).toBe(false);
    expect(checkExercise(spot, []).passed).toBe(false);
    expect(wrongChoices(spot)).toHaveLength(2 ** spot.choices.length - 1);
    expect(wrongChoices(spot).filter((choices) => checkExercise(spot, choices).passed)).toEqual([]);
  });
});
