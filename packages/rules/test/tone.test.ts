import { describe, expect, it } from 'vitest';
import { lint } from '../src/lint.js';
import { TextDoc } from '../src/text.js';
import { estimateWarmth, voicesWarmFeeling, warmestPhrase, warmthFeatures, type WarmthWeights } from '../src/tone.js';
import { warmthWeights } from '../src/warmth-weights.js';

const warmth = (text: string) => estimateWarmth(new TextDoc(text));

describe('estimateWarmth', () => {
  it('ranks a courteous request above a curt challenge', () => {
    const request = warmth('Could you please take a look when you have a moment? Thanks!');
    const challenge = warmth('Why did you revert my edit?');
    expect(request).toBeGreaterThan(challenge);
    expect(request).toBeGreaterThanOrEqual(50);
    expect(challenge).toBeLessThan(50);
  });

  it('reads a draft with no markers as neutral', () => {
    expect(warmth('The meeting moved to 3pm.')).toBe(50);
  });

  it('is continuous: each courtesy adds a little less than the one before', () => {
    const steps = ['Look at my draft.', 'Please look at my draft.', 'Could you please look at my draft?', 'Could you please look at my draft? Thanks!'].map(warmth);
    for (let i = 1; i < steps.length; i++) expect(steps[i]!).toBeGreaterThan(steps[i - 1]!);
    expect(steps[2]! - steps[1]!).toBeGreaterThan(0);
    expect(steps[3]! - steps[2]!).toBeLessThan(steps[2]! - steps[0]!);
  });

  it('stays within 0..100 however many markers pile up', () => {
    expect(warmth('Thanks! '.repeat(200))).toBeLessThanOrEqual(100);
    expect(warmth('Why did you do that, stupid? '.repeat(200))).toBeGreaterThanOrEqual(0);
  });

  it('ignores markers inside handles, hashtags and links', () => {
    expect(warmth('@thanks #please https://example.com/thank-you')).toBe(50);
  });
});

describe('warmthFeatures', () => {
  it('counts each strategy and the shape of the draft', () => {
    const features = warmthFeatures(new TextDoc('Hi Sam! Could you send the file? Why is it late? Thanks.'));
    expect(Object.fromEntries(features)).toEqual({
      greeting: 1,
      indirectRequest: 1,
      directQuestion: 1,
      gratitude: 1,
      question: 1,
      extraQuestions: 1,
      friendlyExclamation: 1,
    });
  });

  it('counts a long run of blunt openings only up to its cap', () => {
    expect(warmthFeatures(new TextDoc('So. So. So. So. So. So.')).get('bluntOpening')).toBe(3);
  });

  it('finds nothing in a draft with no marker', () => {
    expect(warmthFeatures(new TextDoc('The meeting moved to 3pm.')).size).toBe(0);
  });
});

describe('the warmth model', () => {
  const only = (feature: keyof WarmthWeights, weight: number): WarmthWeights =>
    ({ ...Object.fromEntries(Object.keys(warmthWeights).map((key) => [key, 0])), [feature]: weight }) as WarmthWeights;

  it('is the logistic of the weighted features, as a percentage', () => {
    // log(3) makes the odds 3 to 1: 75 of 100.
    expect(estimateWarmth(new TextDoc('Thanks for this.'), only('gratitude', Math.log(3)))).toBe(75);
    expect(estimateWarmth(new TextDoc('Thanks. Thanks.'), only('gratitude', Math.log(3)))).toBe(90);
    expect(estimateWarmth(new TextDoc('Why is this late?'), only('gratitude', Math.log(3)))).toBe(50);
  });

  it('ships weights whose signs follow the politeness study', () => {
    for (const warm of ['gratitude', 'indirectRequest', 'greeting', 'hedge'] as const) expect(warmthWeights[warm]).toBeGreaterThan(0);
    for (const cold of ['directQuestion', 'factuality', 'negativeWord', 'bluntOpening'] as const) expect(warmthWeights[cold]).toBeLessThan(0);
  });
});

describe('voicesWarmFeeling', () => {
  it('hears thanks, praise, greetings and positive words, not requests or hedges', () => {
    expect(voicesWarmFeeling(new TextDoc('So grateful, thanks all'))).toBe(true);
    expect(voicesWarmFeeling(new TextDoc('What a great day'))).toBe(true);
    expect(voicesWarmFeeling(new TextDoc('Please read this, I think it matters'))).toBe(false);
    expect(voicesWarmFeeling(new TextDoc(''))).toBe(false);
  });
});

describe('warmestPhrase', () => {
  it('finds the phrase that does most to warm a draft', () => {
    const doc = new TextDoc('Hi Sam, could you send the file? Thank you!');
    expect(warmestPhrase(doc)).toMatchObject({ text: 'Thank you', start: 33, end: 42 });
  });

  it('finds nothing in a cold draft', () => {
    expect(warmestPhrase(new TextDoc('Why did you revert my edit?'))).toBeUndefined();
  });
});

describe('the lesson-1 score', () => {
  it('starts from the warmth estimate and ranks the request above the challenge', () => {
    const request = lint({ text: 'Could you please take a look when you have a moment? Thanks!' }).lessons[1].score;
    const challenge = lint({ text: 'Why did you revert my edit?' }).lessons[1].score;
    expect(request).toBeGreaterThan(challenge);
  });

  it('falls when a draft is hostile', () => {
    expect(lint({ text: 'Nobody asked for your opinion, idiot.' }).lessons[1]).toEqual({ status: 'fail', score: 0 });
  });
});
