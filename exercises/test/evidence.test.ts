import { TextDoc } from '@kindling/rules';
import { describe, expect, it } from 'vitest';
import { checkExercise } from '../src/check-exercise.js';
import { findAddress, findTerms, measureSubstance } from '../src/evidence.js';
import { Exercise, type DraftExercise } from '../src/exercise.js';

const thankKai = Exercise.parse({
  id: 'thank-kai',
  title: 'Thank Kai',
  type: 'write',
  lessons: [3],
  context: { kind: 'reply', trigger: { type: 'share', by: '@kaibrooks' }, replyingTo: { author: '@kaibrooks', text: 'Worth a read.' } },
  goals: {
    address: { names: ['Kai', '@kaibrooks'] },
    points: [{ label: 'Say what it led to', terms: ['led to', 'thread', 'credit'], min: 2 }],
    substance: { words: 8 },
    pass: [{ lesson: 1, minScore: 101 - 1 }],
  },
  hints: ['One.', 'Two.'],
  modelAnswer: 'Thank you, Kai! The piece started in your thread, so the credit is yours.',
  debrief: 'Why.',
  scenario: 'Kai shared it.',
}) as DraftExercise;

const goal = (text: string, id: string) => checkExercise(thankKai, text).goals.find((result) => result.id === id)!;

describe('the person addressed', () => {
  it('is found by a name as a word, a possessive, or the @handle, and not inside another word', () => {
    expect(findAddress(new TextDoc('Thanks, kai!'), ['Kai'])?.text).toBe('kai');
    expect(findAddress(new TextDoc("Kai's share made my week"), ['Kai'])?.text).toBe("Kai's");
    expect(findAddress(new TextDoc('cc @KaiBrooks'), ['@kaibrooks'])?.text).toBe('@KaiBrooks');
    expect(findAddress(new TextDoc('Kaiser rolls for everyone'), ['Kai'])).toBeUndefined();
    expect(findAddress(new TextDoc(''), ['Kai'])).toBeUndefined();
  });

  it('fails with an explanation that names them', () => {
    expect(goal('Thanks for sharing!', 'address')).toEqual({
      id: 'address',
      kind: 'address',
      label: 'Speak to Kai by name',
      passed: false,
      explanation: "Nobody is named yet. Use Kai's name, so the message is clearly for them.",
    });
    expect(goal('Thanks, Kai!', 'address')).toMatchObject({ passed: true, explanation: 'You speak to Kai directly.' });
  });
});

describe('the point picked up', () => {
  it('matches terms as word stems and phrases as consecutive words', () => {
    expect(findTerms(new TextDoc('Your threads led to this, credited'), ['led to', 'thread', 'credit', 'to this post'])).toEqual(['led to', 'thread', 'credit']);
    expect(findTerms(new TextDoc('threadbare'), ['bare'])).toEqual([]);
  });

  it('needs `min` different terms, and says which are still missing', () => {
    expect(goal('Thanks Kai, your thread helped.', 'point:1')).toEqual({
      id: 'point:1',
      kind: 'point',
      label: 'Say what it led to',
      passed: false,
      explanation: 'You pick up "thread"; take in 1 more of it, for example "led to", "credit".',
    });
    expect(goal('', 'point:1').explanation).toBe('Not yet: pick up the point, for example with "led to", "thread", "credit".');
    expect(goal('Your thread led to it.', 'point:1')).toMatchObject({ passed: true, explanation: 'You pick up "led to", "thread".' });
  });
});

describe('real content', () => {
  it('counts different words with a vowel, and the small words that make sentences', () => {
    expect(measureSubstance(new TextDoc('asdf qwer zxcv? asdf qwer zxcv?'))).toEqual({ realWords: 2, commonWords: 0 });
    expect(measureSubstance(new TextDoc('Thank you, Kai! I owe you one.'))).toEqual({ realWords: 6, commonWords: 2 });
  });

  it('fails gibberish and word lists however long, and short drafts with their count', () => {
    expect(goal('asdf qwer uiop tyui wert rtyu dfga sade poiu yuio', 'substance')).toMatchObject({
      passed: false,
      explanation: 'This does not read as sentences yet. Write it the way you would say it to a person.',
    });
    expect(goal('Great post!', 'substance')).toEqual({
      id: 'substance',
      kind: 'substance',
      label: 'Say something real: at least 8 different words, in sentences',
      passed: false,
      explanation: '2 different words so far; this needs at least 8. Say a little more.',
    });
    expect(goal(thankKai.modelAnswer, 'substance')).toMatchObject({ passed: true, explanation: 'There is real content here.' });
  });
});

describe('a lesson that must pass with a minimum score', () => {
  it('never counts n/a, and says the score when the lesson passes too low', () => {
    expect(goal('', 'pass:1')).toMatchObject({ passed: false, label: 'Meet lesson 1 (Online kindness creates real relationships) with a score of 100 or more' });
    expect(goal('', 'pass:1').explanation).toMatch(/^Nothing in this draft speaks to lesson 1 yet: |^Lesson 1 scores \d+ of 100 so far; it needs 100\./u);
    expect(goal('See you at the meetup on Thursday, Kai.', 'pass:1').explanation).toMatch(/^Lesson 1 scores \d+ of 100 so far; it needs 100\. /u);
  });
});
