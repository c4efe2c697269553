import type { LessonNumber } from './lessons.js';

export type Severity = 'error' | 'warning' | 'info';

/** UTF-16 offsets into `draft.text`, end exclusive. `[0, 0]` means the whole draft. */
export type Range = readonly [start: number, end: number];

export interface Fix {
  range: Range;
  text: string;
}

export interface Suggestion {
  /** The key of the suggestion's message template in its rule's `meta.messages`. */
  messageId: string;
  message: string;
  fix?: Fix;
}

export interface Finding {
  ruleId: string;
  /**
   * The key of the message template in the rule's `meta.messages`: stable across wording
   * changes, so an app can branch on it or translate it.
   */
  messageId: string;
  lesson: LessonNumber;
  severity: Severity;
  message: string;
  range: Range;
  suggestions?: Suggestion[];
  url: string;
}

/** Something the draft does well, tied to a lesson. */
export interface Praise {
  ruleId: string;
  /** The key of the message template in the rule's `meta.messages`. */
  messageId: string;
  lesson: LessonNumber;
  message: string;
  range: Range;
  url: string;
}

/** A finding about a whole content calendar rather than one draft. */
export interface BatchFinding {
  ruleId: string;
  /** The key of the message template in the rule's `meta.messages`. */
  messageId: string;
  lesson: LessonNumber;
  severity: Severity;
  message: string;
  /** Indexes of the drafts the finding is about, in input order. */
  drafts: number[];
  url: string;
}

export const WHOLE_DRAFT: Range = [0, 0];
