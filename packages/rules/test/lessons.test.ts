import { describe, expect, it } from 'vitest';
import { getLesson, LESSON_NUMBERS, lessons } from '../src/lessons.js';
import { rules } from '../src/rules/index.js';

describe('lessons', () => {
  it('counts down from 6 to 1, as the post does', () => {
    expect(lessons.map((l) => l.number)).toEqual([6, 5, 4, 3, 2, 1]);
    expect(LESSON_NUMBERS).toEqual([6, 5, 4, 3, 2, 1]);
  });

  it('gives each lesson a title, a summary and a docs URL', () => {
    expect(getLesson(2)).toEqual({
      number: 2,
      title: 'Love taking online offline',
      summary: 'Move a real conversation to DM, phone or coffee: not through a bot, and not to pitch.',
      url: 'https://kindling.dev/lessons/2-take-it-offline',
    });
  });

  it('has at least one rule for every lesson', () => {
    for (const number of LESSON_NUMBERS) {
      expect(rules.some((rule) => rule.meta.lesson === number), `lesson ${number}`).toBe(true);
    }
  });
});
