import { afterEach, describe, expect, it } from 'vitest';
import { lint } from '../src/lint.js';
import { modelWords, readHostility, readsBenignToModel, readsHostileToModel, strongestWord, useHostilityModel } from '../src/hostility-model.js';
import { TextDoc } from '../src/text.js';

const read = (text: string) => readHostility(new TextDoc(text));

// Each test installs a small model of its own, so the figures are worked out by hand.
afterEach(() => useHostilityModel());

describe('the hostility model', () => {
  it('is the logistic of the bias and the weights of the distinct words', () => {
    useHostilityModel({ bias: 0, weights: { awful: Math.log(3) } });
    expect(read('awful').probability).toBeCloseTo(0.75, 10);
    // A word said twice counts once.
    expect(read('awful, just awful').probability).toBeCloseTo(0.75, 10);
    expect(read('a fine day').probability).toBe(0.5);
  });

  it('points at the word that weighs most, with its range', () => {
    useHostilityModel({ bias: 0, weights: { awful: 1, rotten: 2 } });
    expect(strongestWord(new TextDoc('An awful, rotten plan'))).toMatchObject({ weight: 2, word: { text: 'rotten', start: 10, end: 16 } });
  });

  it('does not read quoted speech as the writer’s words', () => {
    useHostilityModel({ bias: 0, weights: { awful: 2 } });
    expect([...modelWords(new TextDoc('She said: "awful" and left'))].map(([key]) => key)).toEqual(['she', 'said', 'and', 'left']);
    expect(read('She said: "awful" and left').probability).toBe(0.5);
  });

  it('counts a word the rules know to be innocent, but never points at it', () => {
    useHostilityModel({ bias: 0, weights: { monster: 2 } });
    expect(read('He is a monster on the court').probability).toBeGreaterThan(0.8);
    expect(strongestWord(new TextDoc('He is a monster on the court'))).toBeUndefined();
    expect(readsHostileToModel(new TextDoc('He is a monster on the court'))).toBeUndefined();
  });

  it('calls a draft hostile only at even odds or worse and on a word that doubles the odds', () => {
    // "plan" leans a little, so the rest of the draft adds to the word pointed at.
    useHostilityModel({ bias: 0, weights: { rotten: 0.9, meh: 0.5, plan: 0.1 } });
    expect(readsHostileToModel(new TextDoc('A rotten plan'))).toMatchObject({ word: { text: 'rotten' } });
    // Even odds and worse, but no single word strong enough to name.
    expect(readsHostileToModel(new TextDoc('A meh plan'))).toBeUndefined();
    useHostilityModel({ bias: -2, weights: { rotten: 0.9, plan: 0.1 } });
    expect(readsHostileToModel(new TextDoc('A rotten plan'))).toBeUndefined();
  });

  it('wants the rest of the draft to lean towards offence too, beyond a draft with no weighted word', () => {
    useHostilityModel({ bias: -1, weights: { crazy: 1.5, vile: 0.6 } });
    // Even odds and worse, but only "crazy" says so.
    expect(readHostility(new TextDoc('This is crazy.')).probability).toBeGreaterThan(0.5);
    expect(readsHostileToModel(new TextDoc('This is crazy.'))).toBeUndefined();
    expect(readsHostileToModel(new TextDoc('This is crazy and vile.'))).toMatchObject({ word: { text: 'crazy' } });
  });

  it('calls a draft benign below one chance in ten', () => {
    useHostilityModel({ bias: -3, weights: {} });
    expect(readsBenignToModel(new TextDoc('WOW!!!'))).toBe(true);
    useHostilityModel({ bias: -2, weights: {} });
    expect(readsBenignToModel(new TextDoc('WOW!!!'))).toBe(false);
  });

  it('reads an empty draft at the model\'s base rate, with nothing to point at', () => {
    useHostilityModel({ bias: -1, weights: { awful: 2 } });
    expect(read('').probability).toBeCloseTo(1 / (1 + Math.exp(1)), 10);
    expect(strongestWord(new TextDoc(''))).toBeUndefined();
    expect(readsHostileToModel(new TextDoc(''))).toBeUndefined();
  });

  it('never looks up a word on the object prototype', () => {
    useHostilityModel({ bias: 0, weights: {} });
    expect(read('constructor toString __proto__ hasOwnProperty').probability).toBe(0.5);
  });
});

describe('kinds of hostile vocabulary as features', () => {
  const features = (text: string) => [...modelWords(new TextDoc(text))].map(([key, word]) => [key, word.text]);

  it('reads each kind once, where its first word stands, next to the words', () => {
    expect(features('That plan was dumb and lazy, you idiot')).toEqual([
      ['that', 'That'], ['plan', 'plan'], ['was', 'was'], ['<putDown>', 'dumb'], ['dumb', 'dumb'], ['and', 'and'],
      ['lazy', 'lazy'], ['you', 'you'], ['<insult>', 'idiot'], ['idiot', 'idiot'],
    ]);
  });

  it('reads no kind for a denied word, a word in quoted speech, or a draft of plain words', () => {
    expect(features('Your plan is not dumb.').map(([key]) => key)).toEqual(['your', 'plan', 'is', 'not', 'dumb']);
    expect(features('She said "you idiot" and left').map(([key]) => key)).toEqual(['she', 'said', 'and', 'left']);
    expect(features('A fine plan').map(([key]) => key)).toEqual(['a', 'fine', 'plan']);
  });

  it('gives a list word the model never saw the weight of its kind, and names it', () => {
    useHostilityModel({ bias: 0, weights: { '<putDown>': 1, plan: 0.1 } });
    expect(read('That plan was dumb').probability).toBeCloseTo(1 / (1 + Math.exp(-1.1)), 10);
    expect(readsHostileToModel(new TextDoc('That plan was dumb'))).toMatchObject({ weight: 1, word: { text: 'dumb', start: 14, end: 18 } });
    // Without the kind, "dumb" weighs nothing and there is nothing to name.
    useHostilityModel({ bias: 0, weights: { plan: 1.1 } });
    expect(readsHostileToModel(new TextDoc('That plan was dumb'))).toBeUndefined();
  });

  it('adds a word\'s own weight to its kind\'s, and points at the heavier of two words of one kind', () => {
    useHostilityModel({ bias: 0, weights: { '<putDown>': 0.5, lazy: 0.4, plan: 0.1 } });
    expect(strongestWord(new TextDoc('That plan was dumb and lazy'))).toMatchObject({ weight: 0.9, word: { text: 'lazy' } });
    // Neither weighs enough alone to carry a finding.
    useHostilityModel({ bias: 0, weights: { '<putDown>': 0.5, plan: 0.1 } });
    expect(strongestWord(new TextDoc('That plan was dumb and lazy'))).toBeUndefined();
  });
});

describe('the model in the rules', () => {
  it('lowers a swear word and a loud sentence to notes where readers would hardly take offence', () => {
    useHostilityModel({ bias: -5, weights: {} });
    const findings = lint({ text: 'THIS PARTY IS LOUD AND THE BAND IS SHIT!!!' }).findings.map((f) => [f.ruleId, f.messageId, f.severity]);
    expect(findings).toEqual([
      ['no-shouting', 'allCaps', 'info'],
      ['warm-tone', 'profanity', 'info'],
      ['no-shouting', 'exclamations', 'info'],
    ]);
  });

  it('leaves the swear word a warning where they might; the capitals stay a note, as nothing in them is cross', () => {
    useHostilityModel({ bias: 0, weights: {} });
    expect(lint({ text: 'THIS PARTY IS LOUD AND THE BAND IS SHIT!!!' }).findings.map((f) => [f.messageId, f.severity])).toEqual([
      ['allCaps', 'info'],
      ['profanity', 'warning'],
      ['exclamations', 'info'],
    ]);
  });

  it('adds nothing of its own where a rule has already spoken', () => {
    useHostilityModel({ bias: 0, weights: { idiot: 3 } });
    expect(lint({ text: 'You idiot.' }).findings.map((f) => [f.ruleId, f.messageId])).toEqual([['no-hostility', 'nameCalling']]);
  });
});

describe('what a finding of the model may point at', () => {
  it('points only at hostile vocabulary, never at a topic word that tips the odds', () => {
    useHostilityModel({ bias: 0, weights: { hurricane: 3, disgrace: 1 } });
    // "hurricane" tips the odds and is the rest of the draft, but "disgrace" is what is pointed at.
    expect(readsHostileToModel(new TextDoc('The hurricane response was a disgrace'))).toMatchObject({ word: { text: 'disgrace' } });
    expect(readsHostileToModel(new TextDoc('The hurricane hit the coast'))).toBeUndefined();
  });

  it('does not point at a word the draft denies, but does at a later use that it does not', () => {
    useHostilityModel({ bias: 0, weights: { dumb: 3, plan: 0.5 } });
    expect(readsHostileToModel(new TextDoc('Your plan is not dumb.'))).toBeUndefined();
    expect(readsHostileToModel(new TextDoc('That plan was dumb.'))).toMatchObject({ word: { text: 'dumb' } });
    expect(readsHostileToModel(new TextDoc('I am not dumb. That plan was dumb.'))).toMatchObject({ word: { text: 'dumb', start: 29 } });
  });

  it('reads a draft without its allowed words: they neither tip the odds nor are pointed at', () => {
    useHostilityModel({ bias: -1.5, weights: { damn: 3, disgrace: 1, fraud: 1 } });
    const allowDamn = (word: { key: string }) => word.key === 'damn';
    expect(readsHostileToModel(new TextDoc('This damn plan is a disgrace'))).toMatchObject({ word: { text: 'damn' } });
    // Without "damn" the odds are below even: nothing to say.
    expect(readsHostileToModel(new TextDoc('This damn plan is a disgrace'), allowDamn)).toBeUndefined();
    expect(readsHostileToModel(new TextDoc('This damn plan is a disgrace and a fraud'), allowDamn)).toMatchObject({ word: { text: 'disgrace' } });
  });
});
