import { defineRule, noOptions } from '../define-rule.js';

// In progress: the checks land with this rule's table test.
export const noEmptyPost = defineRule({
  id: 'no-empty-post',
  meta: {
    lesson: 6,
    description: 'Flag posts with nothing in them for the reader: filler, a bare link, or only hashtags or emoji.',
    messages: { todo: 'Not yet implemented.' },
    options: noOptions,
    defaultSeverity: 'warning',
    hasSuggestions: false,
    scope: 'draft',
    docs: { rationale: '', howToFix: '', correct: [], incorrect: [] },
  },
  check() {},
});
