import { defineRule, noOptions } from '../define-rule.js';

// In progress: the checks land with this rule's table test.
export const noUnansweredFollowUp = defineRule({
  id: 'no-unanswered-follow-up',
  meta: {
    lesson: 4,
    description: 'Flag a message that follows two or more of your own that got no answer.',
    messages: { todo: 'Not yet implemented.' },
    options: noOptions,
    defaultSeverity: 'warning',
    hasSuggestions: false,
    scope: 'draft',
    docs: { rationale: '', howToFix: '', correct: [], incorrect: [] },
  },
  check() {},
});
