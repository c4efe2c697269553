import { defineRule, noOptions } from '../define-rule.js';

// In progress: the checks land with this rule's table test.
export const introduceYourself = defineRule({
  id: 'introduce-yourself',
  meta: {
    lesson: 4,
    description: 'Ask for an introduction before a request to a stranger.',
    messages: { todo: 'Not yet implemented.' },
    options: noOptions,
    defaultSeverity: 'warning',
    hasSuggestions: false,
    scope: 'draft',
    docs: { rationale: '', howToFix: '', correct: [], incorrect: [] },
  },
  check() {},
});
