import type { GoalStruggle, RoomSummary } from './room.js';

// The facilitator's room summary as a CSV file, for a spreadsheet or the workshop's notes.

const HEADER = ['scope', 'id', 'title', 'attendees', 'started', 'finished', 'finished all', 'struggled most with (times failed at Check)', 'example drafts'] as const;

/** A cell, quoted when it needs to be; a leading =, +, - or @ is defused so no spreadsheet runs it. */
function cell(value: string | number): string {
  const text = String(value);
  const safe = /^[=+\-@\t\r]/u.test(text) ? `'${text}` : text;
  return /[",\n\r]/u.test(safe) ? `"${safe.replace(/"/gu, '""')}"` : safe;
}

function struggleCell(struggles: readonly GoalStruggle[]): string {
  return struggles
    .slice(0, 3)
    .map((struggle) => `${struggle.label} (${struggle.failedChecks})`)
    .join('; ');
}

/** One row per lesson, then one per exercise someone started; RFC 4180, CRLF line ends. */
export function roomCsv(room: RoomSummary): string {
  const rows: (string | number)[][] = [
    [...HEADER],
    ...room.lessons.map((lesson) => [
      'lesson',
      lesson.lesson,
      lesson.title,
      room.attendees,
      '',
      lesson.attendeesFinishedAny,
      lesson.attendeesFinishedAll,
      struggleCell(lesson.struggles),
      '',
    ]),
    ...room.exercises
      .filter((exercise) => exercise.started > 0)
      .map((exercise) => [
        'exercise',
        exercise.id,
        exercise.title,
        room.attendees,
        exercise.started,
        exercise.finished,
        '',
        struggleCell(exercise.struggles),
        exercise.examples.join('\n---\n'),
      ]),
  ];
  return `${rows.map((row) => row.map(cell).join(',')).join('\r\n')}\r\n`;
}
