import { describe, expect, it } from 'vitest';
import { checkExercise } from '../src/check-exercise.js';
import { Exercise } from '../src/exercise.js';
import { emptyProgress, recordAnswer, recordHint, type Progress } from '../src/progress.js';
import { summariseRoom } from '../src/room.js';

const shouting = Exercise.parse({
  id: 'calm-launch',
  title: 'Celebrate calmly',
  type: 'rewrite',
  lessons: [1],
  context: { kind: 'post', channel: 'x' },
  starter: 'WE LAUNCHED TODAY!!! BUY IT NOW!!!!',
  goals: { avoid: [{ rule: 'no-shouting', label: 'Lower your voice' }] },
  hints: ['Read it aloud.', 'Use sentence case.'],
  modelAnswer: 'We launched today! Thank you, Maya.',
  debrief: 'Calm excitement carries further.',
  scenario: 'Launch day.',
});

const T = '2025-05-01T10:00:00.000Z';

function attempt(progress: Progress, draft: string): Progress {
  return recordAnswer(progress, shouting.id, { draft }, checkExercise(shouting, draft), T);
}

describe('summariseRoom', () => {
  it('counts finishers, ranks struggles and anonymises examples, counting an attendee once', () => {
    const finisher = attempt(
      recordHint(attempt(emptyProgress('a'), 'STILL LOUD!!!!'), shouting.id, checkExercise(shouting, 'STILL LOUD!!!!'), 2, T),
      'We launched! Thanks Priya, mail priya@example.com',
    );
    const sameFinisherOtherDevice = attempt(emptyProgress('a'), 'We launched!');
    const stuck = attempt(emptyProgress('b'), 'BUY IT BEFORE IT SELLS OUT!!!!');
    const untouched = emptyProgress('c');
    const room = summariseRoom([shouting], [finisher, sameFinisherOtherDevice, stuck, untouched]);

    expect(room.attendees).toBe(3);
    expect(room.exercises).toEqual([
      {
        id: 'calm-launch',
        title: 'Celebrate calmly',
        lessons: [1],
        started: 2,
        finished: 1,
        struggles: [{ goalId: 'avoid:no-shouting', label: 'Lower your voice', ruleId: 'no-shouting', lesson: undefined, attendees: 2 }],
        examples: ['We launched! Thanks [name], mail [email]'],
      },
    ]);
    expect(room.lessons.find((lesson) => lesson.lesson === 1)).toMatchObject({
      exercises: 1,
      attendeesFinishedAny: 1,
      attendeesFinishedAll: 1,
      struggles: [{ ruleId: 'no-shouting', attendees: 2 }],
    });
    expect(room.lessons.find((lesson) => lesson.lesson === 6)).toMatchObject({ exercises: 0, attendeesFinishedAny: 0, attendeesFinishedAll: 0 });
  });
});
