import { describe, expect, it } from 'vitest';
import { checkExercise } from '../src/check-exercise.js';
import { Exercise } from '../src/exercise.js';
import { emptyProgress, recordCheck, recordDraft, setDisplayName, type Progress } from '../src/progress.js';
import { summariseRoom } from '../src/room.js';
import { roomCsv } from '../src/room-csv.js';

const shouting = Exercise.parse({
  id: 'calm-launch',
  title: 'Celebrate calmly',
  type: 'rewrite',
  lessons: [1],
  context: { kind: 'post', channel: 'x' },
  starter: 'WE LAUNCHED TODAY!!! BUY IT NOW!!!!',
  goals: {
    points: [{ label: 'Thank the people behind it', terms: ['thank', 'thanks'] }],
    avoid: [{ rule: 'no-shouting', label: 'Lower your voice' }],
  },
  hints: ['Read it aloud.', 'Use sentence case.'],
  modelAnswer: 'We launched today! Thank you, Maya.',
  debrief: 'Calm excitement carries further.',
  scenario: 'Launch day.',
});

const T = '2025-05-01T10:00:00.000Z';

function press(progress: Progress, draft: string): Progress {
  return recordCheck(progress, shouting.id, { draft }, checkExercise(shouting, draft), T, { pressed: true });
}

describe('summariseRoom', () => {
  it('counts finishers, ranks the goals that failed at Check and anonymises passing drafts, counting an attendee once', () => {
    const finisher = press(press(setDisplayName(emptyProgress('a'), 'Ana'), 'STILL LOUD!!!!'), 'We launched! Thanks Priya, mail priya@example.com or 020 7946 0958');
    const sameFinisherOtherDevice = press(emptyProgress('a'), 'We launched!');
    const stuck = press(press(emptyProgress('b'), 'BUY IT BEFORE IT SELLS OUT!!!!'), 'We are launching today.');
    // Typed a passing draft but never checked it: started, not finished.
    const typedOnly = recordDraft(emptyProgress('c'), shouting.id, { draft: 'We launched! Thanks all.' }, T);
    const untouched = emptyProgress('d');
    const room = summariseRoom([shouting], [finisher, sameFinisherOtherDevice, stuck, typedOnly, untouched]);

    expect(room.attendees).toBe(4);
    expect(room.names).toEqual(['Ana']);
    expect(room.exercises).toEqual([
      {
        id: 'calm-launch',
        title: 'Celebrate calmly',
        lessons: [1],
        started: 3,
        finished: 1,
        struggles: [
          { goalId: 'point:1', label: 'Thank the people behind it', ruleId: undefined, lesson: undefined, failedChecks: 3, attendees: 2 },
          { goalId: 'avoid:no-shouting', label: 'Lower your voice', ruleId: 'no-shouting', lesson: undefined, failedChecks: 2, attendees: 2 },
        ],
        examples: ['We launched! Thanks [name], mail [email] or [phone]'],
      },
    ]);
    expect(room.lessons.find((lesson) => lesson.lesson === 1)).toMatchObject({
      exercises: 1,
      attendeesFinishedAny: 1,
      attendeesFinishedAll: 1,
      struggles: [
        { goalId: 'point:1', failedChecks: 3 },
        { ruleId: 'no-shouting', failedChecks: 2 },
      ],
    });
    expect(room.lessons.find((lesson) => lesson.lesson === 6)).toMatchObject({ exercises: 0, attendeesFinishedAny: 0, attendeesFinishedAll: 0 });
  });

  it('does not count a completion whose answer fails the goals, such as one from an older version', () => {
    const forged = press(emptyProgress('a'), 'We launched! Thanks all.');
    forged.exercises[shouting.id]!.best = { draft: 'Great post!', choices: [], goalsPassed: 2 };
    expect(summariseRoom([shouting], [forged]).exercises[0]).toMatchObject({ started: 1, finished: 0, examples: [] });
  });
});

describe('roomCsv', () => {
  it('writes one row per lesson and per started exercise, quoting and defusing cells', () => {
    const finisher = press(press(emptyProgress('a'), 'LOUD!!!!'), '=We launched, "finally"! Thanks all.');
    const csv = roomCsv(summariseRoom([shouting], [finisher]));
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe('scope,id,title,attendees,started,finished,finished all,struggled most with (times failed at Check),example drafts');
    expect(lines[1]).toBe('lesson,6,Provide value,1,,0,0,,');
    expect(lines).toContain('lesson,1,Online kindness creates real relationships,1,,1,1,Lower your voice (1); Thank the people behind it (1),');
    expect(lines.at(-2)).toBe(
      'exercise,calm-launch,Celebrate calmly,1,1,1,,Lower your voice (1); Thank the people behind it (1),"\'=We launched, ""finally""! Thanks all."',
    );
    expect(lines.at(-1)).toBe('');
  });
});
