import { describe, expect, it } from 'vitest';
import { isAmplifying, isConversation, isSelfPromotion, measureCalendar, type CalendarEntry } from '../src/calendar.js';
import { toDraft, type DraftInput } from '../src/draft.js';
import { TextDoc } from '../src/text.js';

function entry(input: DraftInput, fired: string[] = []): CalendarEntry {
  const draft = toDraft(input);
  return { draft, doc: new TextDoc(draft.text), firedRules: new Set(fired) };
}

const amplifies = (input: DraftInput) => {
  const { draft, doc } = entry(input);
  return isAmplifying(draft, doc);
};

describe('isAmplifying', () => {
  it('counts shares, whether marked by kind or by what they share', () => {
    expect(amplifies({ text: 'Worth reading.', kind: 'share' })).toBe(true);
    expect(amplifies({ text: 'Worth reading.', sharing: { author: '@sam' } })).toBe(true);
  });

  it('counts a post that credits someone by handle or name', () => {
    expect(amplifies({ text: 'Best advice this week (via @paulchaney): charge for outcomes.' })).toBe(true);
    expect(amplifies({ text: 'HT @ckkerley for the photo.' })).toBe(true);
    expect(amplifies({ text: 'A lovely checklist by Toby Bloomberg.' })).toBe(true);
    expect(amplifies({ text: 'Shout-out to Maria for the slides.' })).toBe(true);
  });

  it('does not mistake "by" before a date, a number or a verb for credit', () => {
    expect(amplifies({ text: 'I raised my rate by quoting per project.' })).toBe(false);
    expect(amplifies({ text: 'Send your questions by Friday.' })).toBe(false);
    expect(amplifies({ text: 'Prices went up by 20% this year.' })).toBe(false);
  });
});

describe('isConversation', () => {
  it('counts replies, comments, DMs and questions', () => {
    for (const kind of ['reply', 'comment', 'dm'] as const) {
      const { draft, doc } = entry({ text: 'Agreed.', kind });
      expect(isConversation(draft, doc)).toBe(true);
    }
    const question = entry({ text: 'What has worked for you?' });
    expect(isConversation(question.draft, question.doc)).toBe(true);
    const statement = entry({ text: 'Here is what worked for me.' });
    expect(isConversation(statement.draft, statement.doc)).toBe(false);
  });
});

describe('isSelfPromotion', () => {
  it('follows the promotion rules that fired on the draft', () => {
    expect(isSelfPromotion(entry({ text: 'x' }, ['no-self-promotion']))).toBe(true);
    expect(isSelfPromotion(entry({ text: 'x' }, ['no-pitch']))).toBe(true);
    expect(isSelfPromotion(entry({ text: 'x' }, ['no-empty-post']))).toBe(false);
  });

  it('still sees promotion when the promotion rules are off', () => {
    expect(isSelfPromotion(entry({ text: 'Buy my course today, link in bio!' }))).toBe(true);
    expect(isSelfPromotion(entry({ text: 'Here is what I learned pricing my first project.' }))).toBe(false);
  });
});

describe('measureCalendar', () => {
  it('counts each kind of draft', () => {
    const balance = measureCalendar([
      entry({ text: 'Great thread (via @paulchaney).', kind: 'share' }),
      entry({ text: 'Buy my course!' }, ['no-self-promotion']),
      entry({ text: 'What is your rate?' }),
      entry({ text: 'Here is what I learned.' }),
    ]);
    expect(balance).toEqual({ total: 4, amplifying: 1, selfPromotion: 1, conversation: 1 });
  });

  it('is all zeros for an empty calendar', () => {
    expect(measureCalendar([])).toEqual({ total: 0, amplifying: 0, selfPromotion: 0, conversation: 0 });
  });
});
