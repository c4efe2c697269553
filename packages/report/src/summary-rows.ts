import { LESSON_NUMBERS, getLesson, type CalendarBalance, type LessonNumber } from '@kindling/rules';
import { CALENDAR_ROWS } from './labels.js';
import type { LessonSummary, ReportSummary } from './model.js';

export interface LessonRow extends LessonSummary {
  number: LessonNumber;
  title: string;
  url: string;
}

/** The per-lesson summary in the post's countdown order, with each lesson's title. */
export function lessonRows(summary: ReportSummary): LessonRow[] {
  return LESSON_NUMBERS.map((number) => {
    const { title, url } = getLesson(number);
    return { number, title, url, ...summary.lessons[number] };
  });
}

export interface CalendarRow {
  key: (typeof CALENDAR_ROWS)[number]['key'];
  label: string;
  count: number;
  /** Share of all drafts, 0..100, rounded. */
  percent: number;
}

export function calendarRows(calendar: CalendarBalance): CalendarRow[] {
  return CALENDAR_ROWS.map(({ key, label }) => ({
    key,
    label,
    count: calendar[key],
    percent: calendar.total === 0 ? 0 : Math.round((calendar[key] / calendar.total) * 100),
  }));
}
