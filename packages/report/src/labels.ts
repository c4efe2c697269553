import type { LessonStatus, Severity } from '@kindling/rules';

// Every piece of text the formats print, kept as data so wording changes in one place.

export const SEVERITY_LABEL: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'info' };

/** How many drafts pass, fail or skip a lesson, as the terminal summary prints it. */
export const LESSON_COUNT: Record<LessonStatus, string> = { pass: '{{count}} pass', fail: '{{count}} fail', 'n/a': '{{count}} n/a' };

export const COUNT = {
  drafts: ['{{count}} draft', '{{count}} drafts'],
  errors: ['{{count}} error', '{{count}} errors'],
  warnings: ['{{count}} warning', '{{count}} warnings'],
  infos: ['{{count}} info', '{{count}} infos'],
  problems: ['{{count}} problem', '{{count}} problems'],
  inputProblems: ['{{count}} input problem', '{{count}} input problems'],
  praise: ['{{count}} thing done well', '{{count}} things done well'],
} as const satisfies Record<string, readonly [string, string]>;

export const LOCATION = {
  line: '{{source}}:{{line}}',
  row: '{{source}} row {{row}}',
  index: '{{source}} [{{index}}]',
  calendar: '{{source}} (content calendar)',
  lineAlone: 'line {{line}}',
  rowAlone: 'row {{row}}',
  indexAlone: '[{{index}}]',
  andMore: '{{listed}} and {{more}} more',
} as const;

export const TEXT = {
  reportTitle: 'Kindling report',
  overallScore: 'Overall score',
  scoreOutOf: '{{score}}/100',
  noScore: 'no drafts',
  lessonsHeading: 'Lessons',
  calendarHeading: 'Content calendar',
  draftsHeading: 'Drafts',
  batchHeading: 'Content calendar findings',
  problemsHeading: 'Input problems',
  problemWithField: '{{field}}: {{message}}',
  wholeDraft: 'whole draft',
  noFindings: 'No findings: this draft follows every lesson that applies.',
  doneWell: 'Done well',
  suggestion: 'Suggestion: {{message}}',
  suggestionReplace: 'Suggestion: {{message}} Change “{{from}}” to “{{to}}”',
  suggestionInsert: 'Suggestion: {{message}} Add “{{to}}”',
  suggestionDelete: 'Suggestion: {{message}} Delete “{{from}}”',
  concerns: '(drafts: {{drafts}})',
  meanScore: 'mean {{score}}',
  notApplicable: 'n/a',
  lessonLine: '{{number}} {{title}}',
  chartTitle: 'Mean score per lesson',
  chartDescription: 'Mean score out of 100 for each of the six lessons: {{values}}.',
  chartValue: 'lesson {{number}}, {{title}}: {{score}}',
  draftScore: 'score {{score}}/100',
  allClear: 'No problems found.',
  noDraftsLinted: '0 drafts linted, {{problems}}',
  countOfTotal: '{{count}} of {{total}}',
  footer: 'Made with Kindling. Checked against the six lessons of online kindness; nothing was uploaded.',
} as const;

/** How a content calendar divides its attention, in the order reports show it. */
export const CALENDAR_ROWS = [
  { key: 'amplifying', label: 'Sharing others' },
  { key: 'selfPromotion', label: 'Self-promotion' },
  { key: 'conversation', label: 'Conversation' },
] as const;

export const CALENDAR_COLUMNS = ['Kind of draft', 'Drafts', 'Share', 'Balance'] as const;
