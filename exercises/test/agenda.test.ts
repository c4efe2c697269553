import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { agendas, EXERCISE_TIMEBOX_MINUTES } from '../src/agenda.js';

// The presenter's timer uses these timeboxes; the facilitator guide is where facilitators read them.
const guide = readFileSync(new URL('../../docs/facilitator-guide.md', import.meta.url), 'utf8');

/** The rows of the table under a `## title` heading, Markdown links reduced to their text. */
function tableUnder(title: string): { start: string; minutes: number; what: string }[] {
  const section = guide.slice(guide.indexOf(`## ${title}`)).split('\n## ')[0]!;
  return section
    .split('\n')
    .filter((line) => /^\| \d+:\d{2} \|/u.test(line))
    .map((line) => {
      const [start, length, what] = line.split('|').slice(1, 4).map((cell) => cell.trim());
      return { start: start!, minutes: Number.parseInt(length!, 10), what: what!.replace(/\[([^\]]+)\]\([^)]*\)/gu, '$1') };
    });
}

describe('the agendas', () => {
  it.each(agendas.map((agenda) => [agenda.title, agenda] as const))('%s matches the facilitator guide', (title, agenda) => {
    expect(agenda.items).toEqual(tableUnder(title));
    expect(agenda.items.length).toBeGreaterThan(3);
  });

  it('start each item where the last one ended', () => {
    for (const agenda of agendas) {
      let minute = 0;
      for (const item of agenda.items) {
        const [hours, minutes] = item.start.split(':').map(Number);
        expect(hours! * 60 + minutes!).toBe(minute);
        minute += item.minutes;
      }
    }
  });

  it('time an exercise as the guide does', () => {
    expect(guide).toContain('Five to eight minutes per exercise');
    expect(EXERCISE_TIMEBOX_MINUTES).toEqual([5, 8]);
  });
});
