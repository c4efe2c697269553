import { defineRule, noOptions } from '../define-rule.js';

// In progress: the checks land with this rule's table test.
export const creditTheSource = defineRule({
  id: 'credit-the-source',
  meta: {
    lesson: 5,
    description: 'Require shares, reposts and quotes to name the person who made the original.',
    messages: { todo: 'Not yet implemented.' },
    options: noOptions,
    defaultSeverity: 'warning',
    hasSuggestions: false,
    scope: 'draft',
    docs: { rationale: '', howToFix: '', correct: [], incorrect: [] },
  },
  check() {},
});
