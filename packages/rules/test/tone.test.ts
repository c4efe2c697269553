import { describe, expect, it } from 'vitest';
import { lint } from '../src/lint.js';
import { TextDoc } from '../src/text.js';
import { estimateWarmth, warmestPhrase } from '../src/tone.js';

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
