import { getLesson, type LessonNumber } from '@kindling/rules';
import type { Exercise, ExerciseContext } from './exercise.js';
import { checkExercise } from './check-exercise.js';
import type { FileIssue } from './file-issue.js';
import { describeContext } from './describe-context.js';

// The terminal mode's exercise files: one Markdown file per exercise, with a marked section
// the attendee edits. Pure text in and out; the CLI does the reading, writing and watching.

export const DRAFT_START = '<!-- your draft starts below this line -->';
export const DRAFT_END = '<!-- your draft ends above this line -->';
const TICK = /^\s*[-*]\s*\[([ xX])\]\s*([1-6])\b/u;

/** `03-thank-the-sharer.md`: numbered so a folder listing follows the course order. */
export function workbookFileName(exercise: Exercise, index: number): string {
  return `${String(index + 1).padStart(2, '0')}-${exercise.id}.md`;
}

/** The exercise id a workbook file name stands for, if it is one. */
export function exerciseIdOfFile(fileName: string): string | undefined {
  return /^\d+-([a-z0-9-]+)\.md$/u.exec(fileName)?.[1];
}

function lessonList(lessons: readonly LessonNumber[]): string {
  return lessons.map((lesson) => `${lesson}. ${getLesson(lesson).title}`).join('; ');
}

function goalLines(exercise: Exercise): string[] {
  // The labels come from the checker itself, so the file and the feedback name goals alike.
  return checkExercise(exercise, exercise.type === 'spot' ? [] : '').goals.map((goal) => `- ${goal.label}`);
}

function contextLines(context: ExerciseContext): string[] {
  return describeContext(context).map(({ label, text }) => `- **${label}:** ${text.replace(/\n/gu, ' ')}`);
}

function startingAnswer(exercise: Exercise): string {
  if (exercise.type === 'rewrite') return exercise.starter.trim();
  if (exercise.type === 'write') return '';
  return exercise.choices.map((lesson) => `- [ ] ${lesson}. ${getLesson(lesson).title}`).join('\n');
}

/** The whole file for one exercise, with the starter (or the spot choices) in the draft section. */
export function renderWorkbookFile(exercise: Exercise): string {
  const spotDraft = exercise.type === 'spot' ? ['## The draft', '', ...exercise.draft.split('\n').map((line) => `> ${line}`), ''] : [];
  const instructions =
    exercise.type === 'spot'
      ? 'Tick the lessons the draft misses by changing `[ ]` to `[x]`, then save.'
      : 'Write between the two marker lines, then save: the checker re-runs on every save.';
  return [
    `# ${exercise.title}`,
    '',
    `Lessons: ${lessonList(exercise.lessons)} · Type: ${exercise.type}`,
    '',
    '## Scenario',
    '',
    exercise.scenario.trim(),
    '',
    '## Context',
    '',
    ...contextLines(exercise.context),
    '',
    ...spotDraft,
    '## Goals',
    '',
    ...goalLines(exercise),
    '',
    `Stuck? \`kindling exercises hint ${exercise.id}\` shows the next hint.`,
    '',
    '## Your draft',
    '',
    instructions,
    '',
    DRAFT_START,
    startingAnswer(exercise),
    DRAFT_END,
    '',
  ].join('\n');
}

export type WorkbookAnswer = { ok: true; answer: string | LessonNumber[]; edited: boolean } | { ok: false; issue: FileIssue };

/** Reads the attendee's answer out of a workbook file: the draft text, or the ticked lessons. */
export function readWorkbookAnswer(exercise: Exercise, text: string, file: string): WorkbookAnswer {
  const lines = text.split(/\r?\n/u);
  const start = lines.findIndex((line) => line.trim() === DRAFT_START);
  const end = lines.findIndex((line, index) => index > start && line.trim() === DRAFT_END);
  if (start === -1 || end === -1) {
    const heading = lines.findIndex((line) => line.trim() === '## Your draft');
    return {
      ok: false,
      issue: {
        file,
        line: heading + 1 || 1,
        field: 'Your draft',
        message: `the marker lines are missing; put your draft between "${DRAFT_START}" and "${DRAFT_END}"`,
      },
    };
  }
  const body = lines.slice(start + 1, end).join('\n').trim();
  if (exercise.type !== 'spot') {
    return { ok: true, answer: body, edited: body !== startingAnswer(exercise) };
  }
  const ticked = body
    .split('\n')
    .map((line) => TICK.exec(line))
    .filter((match) => match !== null && match[1] !== ' ')
    .map((match) => Number(match![2]) as LessonNumber);
  return { ok: true, answer: ticked, edited: ticked.length > 0 };
}
