import type { BatchFinding, Finding, Praise } from './finding.js';
import type { LessonNumber } from './lessons.js';

export type LessonStatus = 'pass' | 'fail' | 'n/a';

export interface LessonResult {
  status: LessonStatus;
  /** 0..100, higher is better: a continuous estimate, not a copy of the status. */
  score: number;
}

export type LessonResults = Record<LessonNumber, LessonResult>;

export interface LintResult {
  /** The draft's own id, when it has one. */
  id?: string | number;
  /** The linted text, so reports can show and highlight it. */
  text: string;
  /** Problems, sorted by where they start. */
  findings: Finding[];
  /** What the draft does well. */
  praise: Praise[];
  lessons: LessonResults;
  /** 0..100: the mean of the lessons that apply. */
  score: number;
  /** The draft's `meta`, untouched. */
  meta?: unknown;
}

/** How a content calendar divides its attention. */
export interface CalendarBalance {
  total: number;
  /** Drafts that share or credit other people's content. */
  amplifying: number;
  /** Drafts that promote the author or sell. */
  selfPromotion: number;
  /** Replies, comments, DMs and posts that ask the community something. */
  conversation: number;
}

export interface BatchResult {
  results: LintResult[];
  /** Findings about the whole calendar. */
  batch: BatchFinding[];
  calendar: CalendarBalance;
}
