import { describe, expect, it } from 'vitest';
import { lint } from '../src/index.js';

const post = { text: 'We moved our team retro to Fridays and attendance doubled. What changed for you?', author: '@maria' };
const reply = (text: string) => lint({ text, kind: 'reply', replyingTo: post }).lessons[4];

describe('the lesson-4 score', () => {
  const short = 'Fridays worked for our retro too.';
  const longer = `${short} We run it over lunch, keep it to 30 minutes, and rotate who facilitates.`;
  const longest = `${longer} Two things helped most: a shared board filled in before the meeting, and one action item per person, checked at the next retro. Attendance went from 5 of 12 to 11 of 12 in a month.`;

  it('keeps rising with real content, however long the comment gets', () => {
    const scores = [short, longer, longest].map((text) => reply(text));
    expect(scores.map((lesson) => lesson.status)).toEqual(['pass', 'pass', 'pass']);
    expect(scores[0]!.score).toBeLessThan(scores[1]!.score);
    expect(scores[1]!.score).toBeLessThan(scores[2]!.score);
    expect(scores[2]!.score).toBeGreaterThanOrEqual(80);
  });

  it('scores stock praise and an empty reply below a specific one', () => {
    const specific = reply(short);
    expect(reply('Great post, thanks for sharing!')).toEqual({ status: 'fail', score: expect.any(Number) });
    expect(reply('Great post, thanks for sharing!').score).toBeLessThan(specific.score);
    // An empty reply is no-empty-post's to report (lesson 6); here it only scores the floor.
    expect(reply('').score).toBe(45);
    expect(reply('').score).toBeLessThan(specific.score);
  });

  it('gives nothing for saying the same word again', () => {
    expect(reply('Fridays, Fridays, Fridays, Fridays, Fridays!').score).toBe(reply('Fridays!').score);
  });

  it('counts figures as content', () => {
    expect(reply('Ours went from 5 to 11 after Fridays.').score).toBeGreaterThan(reply('Ours went from some to more after Fridays.').score);
  });
});
