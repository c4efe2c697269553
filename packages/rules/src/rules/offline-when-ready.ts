import { defineRule, noOptions } from '../define-rule.js';

// In progress: the checks land with this rule's table test.
export const offlineWhenReady = defineRule({
  id: 'offline-when-ready',
  meta: {
    lesson: 2,
    description: 'Warn about asking a stranger for a call in a first message, and praise moving a long public exchange offline.',
    messages: { todo: 'Not yet implemented.' },
    options: noOptions,
    defaultSeverity: 'warning',
    hasSuggestions: false,
    scope: 'draft',
    docs: { rationale: '', howToFix: '', correct: [], incorrect: [] },
  },
  check() {},
});
