import { defineRule, noOptions } from '../define-rule.js';

// In progress: the checks land with this rule's table test.
export const noHostility = defineRule({
  id: 'no-hostility',
  meta: {
    lesson: 1,
    description: 'Flag insults, name-calling, contempt, dismissiveness and profanity aimed at people.',
    messages: { todo: 'Not yet implemented.' },
    options: noOptions,
    defaultSeverity: 'error',
    hasSuggestions: false,
    scope: 'draft',
    docs: { rationale: '', howToFix: '', correct: [], incorrect: [] },
  },
  check() {},
});
