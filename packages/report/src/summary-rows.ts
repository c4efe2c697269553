import { LESSON_NUMBERS, getLesson, type CalendarBalance, type LessonNumber, type Suggestion } from '@kindling/rules';
import { CALENDAR_ROWS, COUNT, TEXT } from './labels.js';
import { fill, plural } from './template.js';
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

/** The overall score as `78/100`, or a note that there were no drafts to score. */
export function scoreText(score: number | null): string {
  return score === null ? TEXT.noScore : fill(TEXT.scoreOutOf, { score });
}

/** The headline counts: drafts, findings by severity, praise, and input problems when there are any. */
export function summaryCounts(summary: ReportSummary): string[] {
  const { drafts, errors, warnings, infos, praise, problems } = summary;
  const counts = [plural(drafts, COUNT.drafts), plural(errors, COUNT.errors), plural(warnings, COUNT.warnings), plural(infos, COUNT.infos), plural(praise, COUNT.praise)];
  if (problems > 0) counts.push(plural(problems, COUNT.inputProblems));
  return counts;
}

/**
 * The verdict of a run: clean only when drafts were linted and nothing was found, in them or in
 * the input. A run that linted no drafts is never clean, however little it found.
 */
export function runVerdict(summary: Pick<ReportSummary, 'drafts' | 'errors' | 'warnings' | 'infos' | 'problems'>): { tone: 'clean' | 'errors' | 'warnings' | 'noDrafts'; text: string } {
  const { drafts, errors, warnings, infos, problems } = summary;
  if (drafts === 0) return { tone: 'noDrafts', text: fill(TEXT.noDraftsLinted, { problems: plural(problems, COUNT.inputProblems) }) };
  const total = errors + warnings + infos + problems;
  if (total === 0) return { tone: 'clean', text: TEXT.allClear };
  const counts = [plural(errors, COUNT.errors), plural(warnings, COUNT.warnings), plural(infos, COUNT.infos)];
  if (problems > 0) counts.push(plural(problems, COUNT.inputProblems));
  return { tone: errors > 0 || problems > 0 ? 'errors' : 'warnings', text: `${plural(total, COUNT.problems)} (${counts.join(', ')})` };
}

/**
 * A suggestion as the HTML and Markdown reports show it: its message and, when it has a fix,
 * the change itself, so a reader who cannot run --fix sees what to write.
 */
export function suggestionText(suggestion: Suggestion, draftText: string): string {
  const { fix } = suggestion;
  if (!fix) return fill(TEXT.suggestion, { message: suggestion.message });
  const from = draftText.slice(fix.range[0], fix.range[1]);
  const template = from === '' ? TEXT.suggestionInsert : fix.text === '' ? TEXT.suggestionDelete : TEXT.suggestionReplace;
  return fill(template, { message: suggestion.message, from, to: fix.text });
}
