import { defineRule, noOptions } from '../define-rule.js';

// In progress: the checks land with this rule's table test.
export const thankSharers = defineRule({
  id: 'thank-sharers',
  meta: {
    lesson: 3,
    description: 'Ask replies to a share or mention to thank that person, ideally by name.',
    messages: { todo: 'Not yet implemented.' },
    options: noOptions,
    defaultSeverity: 'warning',
    hasSuggestions: false,
    scope: 'draft',
    docs: { rationale: '', howToFix: '', correct: [], incorrect: [] },
  },
  check() {},
});
