import { defineRule, noOptions } from '../define-rule.js';

// In progress: the checks land with this rule's table test.
export const noBotMessage = defineRule({
  id: 'no-bot-message',
  meta: {
    lesson: 2,
    description: 'Flag template placeholders, mass-outreach openers, and the same DM sent to several people.',
    messages: { todo: 'Not yet implemented.' },
    options: noOptions,
    defaultSeverity: 'warning',
    hasSuggestions: false,
    scope: 'draft',
    docs: { rationale: '', howToFix: '', correct: [], incorrect: [] },
  },
  check() {},
});
